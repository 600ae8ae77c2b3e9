"""Schema version 22: taking back a startkwalificatie recorded by mistake.

Migration 21 let a worker correct a startkwalificatie's diploma or date by appending, but not
take it back: a diploma recorded for the wrong youth, or one the youth did not get after all,
stayed on record forever and kept the kwalificatieplicht (and with it the verzuimmelding's
legal duty) ended for a youth who is still kwalificatieplichtig. A row here takes back the
youth's startkwalificatie as it stood: the row `qualification_id` (then the latest) and every
earlier row of that youth (usecases/qualifications.py). A later record counts again.

Append-only, like migration 21: who (worker_id) and when (recorded_at); each row follows from
its event `youth.startkwalificatie_withdrawn`. The reason is free text that may name people:
stored here (encrypted), in the log only as a salted commitment, and emptied with the youth's
other free text on erasure — the one UPDATE the trigger lets through (as item_actions,
m0007_retention)."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE youth_qualification_withdrawals (
  id INTEGER PRIMARY KEY,
  qualification_id INTEGER NOT NULL UNIQUE REFERENCES youth_qualifications(id),
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  recorded_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX youth_qualification_withdrawals_youth ON youth_qualification_withdrawals(youth_id);
CREATE TRIGGER youth_qualification_withdrawals_only_erase
BEFORE UPDATE ON youth_qualification_withdrawals
WHEN NOT ((SELECT erased_at FROM youths WHERE id = OLD.youth_id) IS NOT NULL
  AND NEW.reason = '' AND NEW.id IS OLD.id AND NEW.qualification_id IS OLD.qualification_id
  AND NEW.youth_id IS OLD.youth_id AND NEW.recorded_at IS OLD.recorded_at
  AND NEW.worker_id IS OLD.worker_id)
BEGIN
  SELECT RAISE(ABORT, 'youth_qualification_withdrawals: only erasure of an erased youth');
END;
CREATE TRIGGER youth_qualification_withdrawals_no_delete
BEFORE DELETE ON youth_qualification_withdrawals
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
