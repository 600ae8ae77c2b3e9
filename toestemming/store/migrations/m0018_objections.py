"""Schema version 18: objections (verzet, AVG art. 21).

Seed 003, privacyreglement art. 8.2-8.3: when data are exchanged on the school's public task
or a legitimate interest, "heeft de student en/of diens wettelijk vertegenwoordiger het recht
van verzet"; seed 003 casus 1 (line 515): the student "altijd vergewist moet zijn dat hij
bezwaar kan maken". An objection is not a consent decision (nothing was asked): it is its
own row, per youth x recipient x purpose, who made it, when and how. From then on a weighing
on public task or legitimate interest no longer carries a sharing there; only a legal
obligation or a vital interest can, as an override (usecases/objections.py, sharing_rules).
Append-only like the other records; it follows from the event `objection.recorded`."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE objections (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  purpose_id INTEGER NOT NULL REFERENCES purposes(id),
  signer_kind TEXT NOT NULL,
  signer_id INTEGER NOT NULL,
  channel TEXT NOT NULL,
  objected_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;
CREATE INDEX objections_about ON objections(youth_id, recipient_id, purpose_id);
CREATE TRIGGER objections_no_update BEFORE UPDATE ON objections
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER objections_no_delete BEFORE DELETE ON objections
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
