"""The representatives of a youth as they were at a past moment.

Who must decide (rules.who_must_decide) depends on who has gezag. Gezag changes: a court gives
a parent gezag, a voogdij ends, a curator is appointed. A status judged at a past moment — a
sharing recorded days after it happened, with its own date — must be judged by the
representatives of that moment, not of today: a sharing covered on its day stays covered
(DOMAIN rule 4: what was lawful then stays lawful), and a consent given by someone who got
gezag only later did not cover it.

Rebuilt from what the vault keeps: a representative counts from the moment they were
registered (`created_at`) until their representation ended (`ended_at`), and their gezag at a
moment is the value before the first logged change after it (`representative.gezag` events:
set_gezag logs only real changes, so that value is the opposite of the change's). This is what
the desk knew then; a parent who had gezag all along but was registered late counts from the
day of registering.

A clock put right (usecases/clock_right.py) leaves dates in the future in front of the
correction: those events, and the rows written with them, count from the earlier of their date
and the correction's (event_seek), not from the date a clock that ran ahead gave them (s20)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from ..clock import from_iso, to_iso
from ..event_seek import corrections, first_seq_from, row_moment
from ..model import Representative
from ..store import repo
from ..store.db import Database

GEZAG_KIND = "representative.gezag"
ADDED_KINDS = frozenset({"representative.added"})
ENDED_KINDS = frozenset({"representative.ended"})
CLOCK_MARGIN = timedelta(days=1)


def representatives_at(db: Database, youth_id: int, moment: datetime) -> list[Representative]:
    """The youth's representatives at `moment`, with the gezag they had then."""
    rows = db.query(
        f"SELECT {repo.REP_COLS}, created_at, ended_at FROM representatives "
        "WHERE youth_id = ? ORDER BY id",
        (youth_id,),
    )
    later = _gezag_changes_after(db, {int(r[0]) for r in rows}, moment)
    out = []
    for r in rows:
        row = ("representative", int(r[0]))
        if from_iso(row_moment(db, str(r[8]), ADDED_KINDS, row)) > moment:
            continue  # not registered yet
        if r[9] is not None and from_iso(row_moment(db, str(r[9]), ENDED_KINDS, row)) <= moment:
            continue  # representation ended before
        rep = repo.rep_from_row(r[:8])
        if rep.id in later:
            rep = replace(rep, has_gezag=not later[rep.id])
        out.append(rep)
    return out


def representatives_then(
    db: Database,
    youth_id: int,
    moment: datetime,
    now: datetime,
    current: list[Representative],
) -> list[Representative]:
    """`current` (today's list) for a moment from now on; else the list of that moment."""
    return current if moment >= now else representatives_at(db, youth_id, moment)


def _gezag_changes_after(db: Database, rep_ids: set[int], moment: datetime) -> dict[int, bool]:
    """Per representative among `rep_ids`: the value of their first gezag change after
    `moment`. Picked out by the representative, not by the event's youth: merging duplicate
    records (duplicates.py) moves a representative to the kept youth, and their earlier
    events still name the removed one."""
    first: dict[int, bool] = {}
    for data in events_after(db, GEZAG_KIND, moment):
        if int(data["representative"]) in rep_ids:
            first.setdefault(int(data["representative"]), bool(data["has_gezag"]))
    return first


def events_after(db: Database, kind: str, moment: datetime) -> Iterator[dict[str, Any]]:
    """The data of the events of `kind` that happened after `moment`, in log order.

    Only the events since the moment are read (event_seek; a day's margin for a team's
    clocks). Few are of the kind wanted, and the caller picks out its own (the team server's
    json_extract reads numbers from text only). An event's moment is its date, or that of a
    later clock correction when that is earlier (event_seek.Corrections)."""
    stamp, found = to_iso(moment), corrections(db)
    for seq, at, body in db.query(
        "SELECT seq, at, body FROM events WHERE seq >= ? AND kind = ? AND at > ? ORDER BY seq",
        (first_seq_from(db, to_iso(moment - CLOCK_MARGIN)), kind, stamp),
    ):
        if found.moment(int(seq), str(at)) <= stamp:
            continue  # dated by a clock that ran ahead: it happened before the moment
        yield dict(json.loads(bytes(body) if not isinstance(body, str) else body)["data"])
