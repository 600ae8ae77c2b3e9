"""Vandaag's people: every youth with an item in a worklist scan, with the current
representatives, read in one statement (repo.youth_with_reps reads one youth)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Representative, Youth
from .db import Database
from .repo import YOUTH_COL_COUNT, YOUTH_WITH_REPS_SQL, rep_from_row, youth_from_row


def youths_with_reps_of_items(
    db: Database, where: str, params: Sequence[Any]
) -> dict[int, tuple[Youth, list[Representative]]]:
    """youth_with_reps for every youth with an item in `item_state s WHERE where`, in one
    statement: Vandaag judges every open item after each commit, and one query per youth was
    half of that scan (1.3 of 2.2 s at 4k youths, session 26)."""
    sql = YOUTH_WITH_REPS_SQL.replace(
        "WHERE y.id = ? ORDER BY p.id",
        "WHERE y.id IN (SELECT s.youth_id FROM item_state s WHERE " + where + ") "
        "ORDER BY y.id, p.id",
    )
    first = YOUTH_COL_COUNT
    out: dict[int, tuple[Youth, list[Representative]]] = {}
    for r in db.query(sql, params):
        youth_id = int(r[0])
        if youth_id not in out:
            out[youth_id] = (youth_from_row(r), [])
        if r[first] is not None:
            out[youth_id][1].append(rep_from_row(r[first:]))
    return out
