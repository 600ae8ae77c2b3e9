"""Objections (verzet, usecases/objections.py) against the log (objection.recorded).

An objection decides what may be shared: it turns a weighing on public task or legitimate
interest into a "no" for its recipient x purpose. An insider who deletes the row (triggers
dropped) reopens that sharing; one who INSERTs a row by hand, or changes whose or which
recipient it is, changes the answer too. Every row must follow from its event, field by
field, and every event must have its row."""

from __future__ import annotations

from typing import Any

from .replay_registry_events import Registry
from .replay_rows import Add, Row, compare, failing
from .store.db import Database

_FIELDS = (
    "youth_id",
    "recipient_id",
    "purpose_id",
    "signer_kind",
    "signer_id",
    "channel",
    "objected_at",
    "recorded_at",
)
_KEYS = ("youth", "recipient", "purpose", "signer_kind", "signer_id", "channel", "at")


def check_objections(db: Database, reg: Registry, add: Add) -> int:
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'objections'"):
        return 0  # a vault checked read-only before migration 18

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        origin, d = facts
        values = row[1:9]
        wanted = [d.get(k) for k in _KEYS] + [d.get("recorded_at")]
        bad = failing(
            *((name, got == want) for name, got, want in zip(_FIELDS, values, wanted, strict=True)),
            ("worker_id", row[9] == origin.actor),
            ("signer_id", _signer_is_of(reg, d)),
        )
        return bad, origin.seq

    return compare(
        add,
        "objections",
        db.iterate(
            f"SELECT id, {', '.join(_FIELDS)}, worker_id FROM objections ORDER BY id", tuples=True
        ),
        reg.objections,
        lambda oid, _f: f"bezwaar nr. {oid}",
        check,
    )


def _signer_is_of(reg: Registry, d: dict[str, Any]) -> bool:
    """The objector is the youth or one of the youth's own representatives (usecases/objections
    offers no one else): an appended event naming the parent of ANOTHER youth, with a row to
    match, must not read as that youth's verzet (session 19, atk24). Records moved by a merge
    are left to the merge's own comparison."""
    youth, kind, sid = d.get("youth"), d.get("signer_kind"), d.get("signer_id")
    if youth in reg.merged_away:
        return True
    if kind == "youth":
        return sid == youth or sid in reg.merged_away
    rep = reg.representatives.get(sid) if type(sid) is int else None
    if rep is None or rep.merged_from is not None:
        return True  # not known from the log: the row comparison and the registry name it
    return rep.youth == youth
