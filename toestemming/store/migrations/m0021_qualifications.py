"""Schema version 21: a youth's startkwalificatie (havo, vwo or an mbo diploma from level 2).

Seed 004: the RMC may ask around about a young person only "als de jongere nog leer- of
kwalificatieplichtig is"; the kwalificatieplicht ends at 18 or earlier, on the day the youth
gets a startkwalificatie (DOMAIN.md glossary; seed 000: "jongeren ... zonder
startkwalificatie"; seed 002 casus 2.3.3). From that day a duty bound to an age (the
verzuimmelding, kwalificatieplicht) no longer holds for this youth: consent is needed again
(usecases/qualifications.py, legal_duties.duty_for). A dated fact, appended: a correction is a
newer row (the latest counts), never an edit; each row follows from its event
`youth.startkwalificatie`. No free text: the diploma is one of a fixed list, the date a date,
so nothing here needs emptying when the youth's data is erased (like objections)."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE youth_qualifications (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  diploma TEXT NOT NULL CHECK (diploma IN ('havo', 'vwo', 'mbo2', 'mbo3', 'mbo4')),
  obtained_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;
CREATE INDEX youth_qualifications_youth ON youth_qualifications(youth_id);
CREATE TRIGGER youth_qualifications_no_update BEFORE UPDATE ON youth_qualifications
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER youth_qualifications_no_delete BEFORE DELETE ON youth_qualifications
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
