"""Schema version 20: purposes that a law requires (wettelijke plicht).

Seed 004: an RMC may ask other parties about a young person only "als de jongere nog leer- of
kwalificatieplichtig is en er sprake is van relatief of absoluut verzuim"; past that, "RMC mag
zonder toestemming van de niet kwalificatieplichtige jongere geen gegevens opvragen". A
verzuimmelding or the RMC registration rests on the law, not on consent: asking consent there
would offer a choice that changes nothing (not free, DOMAIN.md rule 2), and an objection (AVG
art. 21) does not reach it. One row per purpose marks it as such a duty: the law named, and the
age from which it no longer holds (kwalificatieplicht: 18), when it ends. Append-only: a purpose
does not stop being a legal duty by an edit; it follows from the event `purpose.legal_duty`."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE legal_duties (
  purpose_id INTEGER PRIMARY KEY REFERENCES purposes(id),
  law TEXT NOT NULL,
  until_age INTEGER,
  recorded_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;
CREATE TRIGGER legal_duties_no_update BEFORE UPDATE ON legal_duties
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER legal_duties_no_delete BEFORE DELETE ON legal_duties
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
