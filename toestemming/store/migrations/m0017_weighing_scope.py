"""Schema version 17: a weighing may be limited to buitenkantinformatie (DAT) only.

Seed 003, casus 8: on the leerplichtambtenaar's legal task a care professional "mag wel
zeggen of de jongere in behandeling is maar niet waarvoor"; the privacyreglement (art. 8.6)
lets a geheimhouder give "alleen buitenkantinformatie". The weighing's step 3 records that
limit as `dat_only`, and a disclosure on that weighing of any WAT category is refused (the
content needs consent). Once written the limit does not change: the erase-only trigger of
m0007 keeps its list, so a second trigger guards this column (an insider who flips it is
also found by the replay: the event `assessment.recorded` carries it)."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
ALTER TABLE assessments ADD COLUMN dat_only INTEGER NOT NULL DEFAULT 0 CHECK (dat_only IN (0, 1));
CREATE TRIGGER assessments_scope_fixed BEFORE UPDATE OF dat_only ON assessments
WHEN NEW.dat_only IS NOT OLD.dat_only
BEGIN
  SELECT RAISE(ABORT, 'assessments: the scope of a weighing is fixed');
END;
"""
    )
