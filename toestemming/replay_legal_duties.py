"""Legal duties (usecases/legal_duties.py) against the log (purpose.legal_duty).

A legal duty decides what is asked and what may be shared: while it holds, no consent is asked
and no objection recorded, and only the legal obligation carries a sharing. An insider who adds
a row by hand turns an ordinary purpose into one nobody may refuse; one who deletes it (triggers
dropped) or changes its age limit reopens or closes sharing without consent. Every row must
follow from its event, field by field, and every event must have its row."""

from __future__ import annotations

from typing import Any

from .replay_registry_events import Registry
from .replay_rows import Add, Row, compare, failing
from .store.db import Database


def check_legal_duties(db: Database, reg: Registry, add: Add) -> int:
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legal_duties'"):
        return 0  # a vault checked read-only before migration 20

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        origin, d = facts
        until = d.get("until_age")
        bad = failing(
            ("law", row[1] == d.get("law")),
            # Strictly typed: 18 and "18" are not the same age limit.
            ("until_age", row[2] == until and type(row[2]) is type(until)),
            ("recorded_at", row[3] == d.get("recorded_at")),
            ("worker_id", row[4] == origin.actor),
        )
        return bad, origin.seq

    return compare(
        add,
        "legal_duties",
        db.iterate(
            "SELECT purpose_id, law, until_age, recorded_at, worker_id FROM legal_duties "
            "ORDER BY purpose_id",
            tuples=True,
        ),
        reg.legal_duties,
        lambda pid, _f: f"wettelijke plicht van doel nr. {pid}",
        check,
    )
