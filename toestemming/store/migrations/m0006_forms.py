"""Schema version 6: `transition_forms`, the transitieformulier per youth.

Saving adds a version (never an UPDATE), so what was printed and signed can be shown again
later. Rows may be deleted as a whole when the youth's data is erased."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE transition_forms (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  version INTEGER NOT NULL,
  request_id INTEGER REFERENCES consent_requests(id),
  data TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  UNIQUE (youth_id, version)
) STRICT;
CREATE TRIGGER transition_forms_no_update BEFORE UPDATE ON transition_forms
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
