"""Startkwalificaties (usecases/qualifications.py) against the log (youth.startkwalificatie).

A startkwalificatie ends the leer- and kwalificatieplicht duties for its youth: an insider who
INSERTs a row by hand (or backdates one) takes the verzuimmelding off the legal obligation and
onto consent; one who deletes it (triggers dropped) puts the duty back. Every row must follow
from its event, field by field, and every event must have its row. The same for a take-back
(youth.startkwalificatie_withdrawn, migration 22): a take-back INSERTed by hand puts a duty
back on a youth who has the diploma; one deleted takes it away again. Its reason against the
event's salted commitment, or empty once the youth is erased (the salt is gone)."""

from __future__ import annotations

from typing import Any

from .audit import commitment
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


_TAKEN_BACK = "youth_qualification_withdrawals"


def check_qualifications_taken_back(
    db: Database, reg: Registry, salts: dict[int, bytes], add: Add
) -> int:
    if not db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' "
        "AND name = 'youth_qualification_withdrawals'"
    ):
        return 0  # a vault checked read-only before migration 22

    def check(row: Row, facts: tuple[Any, dict[str, Any]]) -> tuple[list[str], int]:
        origin, d = facts
        _id, qualification, youth, recorded_at, worker, reason = row
        young = reg.youths.get(int(youth))
        erased = young is not None and young.erased is not None
        salt = salts.get(origin.seq)
        said = (erased and reason == "") or (
            salt is not None and commitment(salt, {"reason": reason}) == d.get("pd")
        )
        bad = failing(
            ("qualification_id", qualification == d.get("qualification")),
            ("youth_id", youth == d.get("youth")),
            ("recorded_at", recorded_at == d.get("recorded_at")),
            ("worker_id", worker == origin.actor),
            ("reason", said),
        )
        return bad, origin.seq

    return compare(
        add,
        _TAKEN_BACK,
        db.iterate(
            "SELECT id, qualification_id, youth_id, recorded_at, worker_id, reason "
            f"FROM {_TAKEN_BACK} ORDER BY id",
            tuples=True,
        ),
        reg.qualifications_taken_back,
        lambda wid, _f: f"teruggenomen startkwalificatie nr. {wid}",
        check,
    )
