"""Startkwalificaties (usecases/qualifications.py) against the log (youth.startkwalificatie).

A startkwalificatie ends the leer- and kwalificatieplicht duties for its youth: an insider who
INSERTs a row by hand (or backdates one) takes the verzuimmelding off the legal obligation and
onto consent; one who deletes it (triggers dropped) puts the duty back. Every row must follow
from its event, field by field, and every event must have its row."""

from __future__ import annotations

from typing import Any

from .replay_registry_events import Registry
from .replay_rows import Add, Row, compare, failing
from .store.db import Database

_FIELDS = ("youth_id", "diploma", "obtained_on", "recorded_at")
_KEYS = ("youth", "diploma", "obtained_on", "recorded_at")


def check_qualifications(db: Database, reg: Registry, add: Add) -> int:
    if not db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'youth_qualifications'"
    ):
        return 0  # a vault checked read-only before migration 21

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        origin, d = facts
        bad = failing(
            *(
                (n, row[i + 1] == d.get(k))
                for i, (n, k) in enumerate(zip(_FIELDS, _KEYS, strict=True))
            ),
            ("worker_id", row[5] == origin.actor),
        )
        return bad, origin.seq

    return compare(
        add,
        "youth_qualifications",
        db.iterate(
            f"SELECT id, {', '.join(_FIELDS)}, worker_id FROM youth_qualifications ORDER BY id",
            tuples=True,
        ),
        reg.qualifications,
        lambda qid, _f: f"startkwalificatie nr. {qid}",
        check,
    )
