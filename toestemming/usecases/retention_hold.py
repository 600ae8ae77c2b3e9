"""A dispute holds a youth's record: while a complaint, an objection, a question of the
Autoriteit Persoonsgegevens or a court case about their data is open, the proof is not erased
— neither when the retention period ends nor on request (AVG art. 17(3)(e): kept for a legal
claim). DOMAIN rule 10: keep the proof as long as the processing plus the time it may be
challenged; a challenge that is open is that time.

The hold lives in the hash-chained log only (`retention.held`; no table, no migration): what
kind of dispute it is, never a free text — the log holds no personal values. Split from
retention.py by job.

A record is held while ANY of its disputes runs (core25): two records of one youth merged,
each under its own dispute (the mother's bezwaar on one, the AP's inquiry on the other), keep
both, and the end of one does not free the record while the other still runs. So each
`retention.held` event opens one dispute ({"held": true, "dispute": kind}) or ends one
({"held": false, "dispute": kind}); {"held": false} alone — what earlier releases wrote when a
youth had one dispute at most — ends every dispute of the youth."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from ..store.db import Database

HOLD_KIND = "retention.held"


class DisputeKind(StrEnum):
    OBJECTION = "objection"  # bezwaar bij de organisatie
    COMPLAINT = "complaint"  # klacht (bij de organisatie of de FG)
    AUTHORITY = "authority"  # de Autoriteit Persoonsgegevens onderzoekt
    COURT = "court"  # een zaak bij de rechter


def held(db: Database, youth_id: int) -> DisputeKind | None:
    """The latest opened of the disputes that hold this youth's record, or None."""
    open_ = disputes(db, youth_id)
    return open_[-1] if open_ else None


def disputes(db: Database, youth_id: int) -> tuple[DisputeKind, ...]:
    """Every dispute that holds this youth's record now, in the order they were opened (a
    kind twice: two records merged, each under its own complaint)."""
    return held_youths(db).get(youth_id, ())


def held_youths(db: Database) -> dict[int, tuple[DisputeKind, ...]]:
    """Every youth whose record a dispute holds now, with its open disputes. An event the
    program never writes (read_hold) counts for nothing here — `check` names it
    (replay_registry_events)."""
    out: dict[int, list[DisputeKind]] = {}
    for (body,) in db.query("SELECT body FROM events WHERE kind = ? ORDER BY seq", (HOLD_KIND,)):
        try:
            doc = json.loads(bytes(body) if not isinstance(body, str) else body)
            if doc.get("kind") != HOLD_KIND:
                continue
            youth, opened, kind = read_hold(doc.get("data"))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        running = out.setdefault(youth, [])
        if opened and kind is not None:
            running.append(kind)
        elif kind is None:
            running.clear()  # (an earlier release's "over": every dispute of the youth)
        elif kind in running:
            running.remove(kind)
    return {youth: tuple(kinds) for youth, kinds in out.items() if kinds}


def read_hold(data: Any) -> tuple[int, bool, DisputeKind | None]:
    """(youth, opened?, the dispute — None: every dispute of the youth) of a `retention.held`
    event's data, read as the program writes it (Retention._set_hold): {"youth": n, "held":
    true, "dispute": kind} opens one, {"youth": n, "held": false, "dispute": kind} ends one,
    {"youth": n, "held": false} ends all. Anything else raises (review24: {"dispute": "boos"}
    made the erasure worklist crash, "held": "False" read as held, "youth": "7" as youth 7)."""
    youth, is_held = data["youth"], data["held"]
    if type(youth) is not int or type(is_held) is not bool:
        raise TypeError("not a number / not a yes or no")
    fields = set(data)
    if fields != {"youth", "held", "dispute"} and (is_held or fields != {"youth", "held"}):
        raise KeyError("fields")
    return youth, is_held, DisputeKind(data["dispute"]) if "dispute" in data else None
