"""A dispute holds a youth's record: while a complaint, an objection, a question of the
Autoriteit Persoonsgegevens or a court case about their data is open, the proof is not erased
— neither when the retention period ends nor on request (AVG art. 17(3)(e): kept for a legal
claim). DOMAIN rule 10: keep the proof as long as the processing plus the time it may be
challenged; a challenge that is open is that time.

The hold lives in the hash-chained log only (`retention.held`, its latest event per youth
decides; no table, no migration): what kind of dispute it is, never a free text — the log
holds no personal values. Split from retention.py by job."""

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
    """The open dispute that holds this youth's record (the latest `retention.held` event
    about them), or None."""
    return held_youths(db).get(youth_id)


def held_youths(db: Database) -> dict[int, DisputeKind]:
    """Every youth whose record a dispute holds now, with its kind. An event the program never
    writes (read_hold) counts for nothing here — `check` names it (replay_registry_events)."""
    out: dict[int, DisputeKind] = {}
    for (body,) in db.query("SELECT body FROM events WHERE kind = ? ORDER BY seq", (HOLD_KIND,)):
        try:
            doc = json.loads(bytes(body) if not isinstance(body, str) else body)
            if doc.get("kind") != HOLD_KIND:
                continue
            youth, kind = read_hold(doc.get("data"))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if kind is not None:
            out[youth] = kind
        else:
            out.pop(youth, None)
    return out


def read_hold(data: Any) -> tuple[int, DisputeKind | None]:
    """(youth, the dispute — None: released) of a `retention.held` event's data, read as the
    program writes it (Retention._set_hold): {"youth": n, "held": true, "dispute": kind} or
    {"youth": n, "held": false}. Anything else raises (review24: {"dispute": "boos"} made the
    erasure worklist crash, "held": "False" read as held, "youth": "7" as youth 7)."""
    youth, is_held = data["youth"], data["held"]
    if type(youth) is not int or type(is_held) is not bool:
        raise TypeError("not a number / not a yes or no")
    if set(data) != ({"youth", "held", "dispute"} if is_held else {"youth", "held"}):
        raise KeyError("fields")
    return youth, DisputeKind(data["dispute"]) if is_held else None
