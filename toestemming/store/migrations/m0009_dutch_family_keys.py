"""Schema version 9: family-name keys the Dutch way ("de Vries" sorts and is found under V).

Only data changes: every youth's family_key is recomputed with validation.family_key."""

from __future__ import annotations

from ...validation import family_key
from ..db import Database


def apply(db: Database) -> None:
    rows = db.query("SELECT id, family_name FROM youths")
    db.executemany(
        "UPDATE youths SET family_key = ? WHERE id = ?", [(family_key(r[1]), r[0]) for r in rows]
    )
