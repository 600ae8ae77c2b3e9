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
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..clock import from_iso, to_iso
from ..event_seek import corrections, first_seq_from, row_moment
from ..model import ParentPolicy, Policy, Representative
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


@dataclass(frozen=True)
class _Read:
    """A youth's representatives (with the moments they were registered and ended) and their
    gezag changes after `since` (moment, representative, new value), in log order."""

    since: datetime
    reps: list[tuple[Representative, datetime, datetime | None]]
    gezag: list[tuple[datetime, int, bool]]


class LoggedHistory:
    """Who held gezag when (rules.GezagHistory), read from the vault only when the rules ask:
    a former yes is judged against the holders of its own moment, the parents' yes at 15
    against those of the eve of 16 (cases27). `current` is the list of `now`. Once the
    changes are asked, read once (the rows, the gezag events from then on) and answered from
    that, as representatives_at would."""

    def __init__(
        self, db: Database, youth_id: int, now: datetime, current: Sequence[Representative]
    ) -> None:
        self._db, self._youth, self._now, self._current = db, youth_id, now, current
        self._read: _Read | None = None
        # One moment asked for every item of the youth (the eve of 16): read once (review35).
        self._one: dict[datetime, Sequence[Representative]] = {}

    def at(self, moment: datetime) -> Sequence[Representative]:
        if moment >= self._now:
            return self._current
        read = self._read
        if read is None or moment < read.since:  # (one moment: as representatives_then)
            if moment not in self._one:
                self._one[moment] = representatives_at(self._db, self._youth, moment)
            return self._one[moment]
        out = []
        for rep, added, ended in read.reps:
            if added > moment or (ended is not None and ended <= moment):
                continue  # not registered yet, or the representation ended before
            later = next((v for at, rid, v in read.gezag if rid == rep.id and at > moment), None)
            out.append(rep if later is None else replace(rep, has_gezag=not later))
        return out

    def policy_at(self, moment: datetime, current: Policy) -> Policy:
        """`current` with the parent rules in force at `moment` (`policy_at` below):
        an item asked under another rule (pending29)."""
        return policy_at(self._db, moment, self._now, current)

    def changes(self, since: datetime, until: datetime) -> Sequence[datetime]:
        read = self._load(since)
        found = [m for _rep, added, ended in read.reps for m in (added, ended) if m is not None]
        found += [at for at, _rid, _v in read.gezag]
        return sorted({m for m in found if since < m <= until})

    def _load(self, since: datetime) -> _Read:
        if self._read is not None and self._read.since <= since:
            return self._read
        db = self._db
        rows = db.query(
            f"SELECT {repo.REP_COLS}, created_at, ended_at FROM representatives "
            "WHERE youth_id = ? ORDER BY id",
            (self._youth,),
        )
        reps = []
        for r in rows:
            row = ("representative", int(r[0]))
            added = from_iso(row_moment(db, str(r[8]), ADDED_KINDS, row))
            ended = None
            if r[9] is not None:
                ended = from_iso(row_moment(db, str(r[9]), ENDED_KINDS, row))
            reps.append((repo.rep_from_row(r[:8]), added, ended))
        ids = {rep.id for rep, _a, _e in reps}
        gezag = [
            (at, int(data["representative"]), bool(data["has_gezag"]))
            for at, data in timed_events_after(db, GEZAG_KIND, since)
            if int(data["representative"]) in ids
        ]
        self._read = _Read(since, reps, gezag)
        return self._read


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


# Inside reading_once(): per (database, kind), the events read from which seq on. Reading ten
# mailed replies into proposals judged each item at the reply's moment several times (who had
# gezag, the policy, the recipient's state): each a scan of the log from that moment without an
# index by kind — 0.46 s per proposal in a 10k-youth bench whose replies were dated before the
# log began. Within one reading the same events are now read once and picked out in Python.
_Rows = list[tuple[int, str, Any]]
_once: ContextVar[dict[tuple[int, str], tuple[int, _Rows]] | None] = ContextVar(
    "events_read_once", default=None
)


@contextmanager
def reading_once() -> Iterator[None]:
    """Within: events_after reads each kind's events once (from the earliest seq asked) and
    answers later calls from them. For a reading that writes nothing (proposals from replies);
    nested uses share the outer one."""
    if _once.get() is not None:
        yield
        return
    token = _once.set({})
    try:
        yield
    finally:
        _once.reset(token)


def forget_reading() -> None:
    """An event was written: the reading in progress (if any) no longer holds the whole log.
    The scopes are for readings that write nothing (none does, review29); should one ever
    write, the next look-up reads the log again instead of answering with the gezag, policy
    or recipient state from before the write (Context.event calls this)."""
    memo = _once.get()
    if memo:
        memo.clear()


def _kind_rows(db: Database, kind: str, start: int) -> _Rows:
    """(seq, at, data) of the events of `kind` from seq `start` on, in log order."""
    memo = _once.get()
    key = (id(db), kind)
    if memo is not None and key in memo and memo[key][0] <= start:
        rows = memo[key][1]
        return [r for r in rows if r[0] >= start]
    rows = _kept_rows(db, kind, start)
    if memo is not None:
        memo[key] = (start, rows)
    return rows


@dataclass
class _Kept:
    """A kind's events from seq `start` up to seq `last` (whose hash was `last_hash`)."""

    start: int
    last: int
    last_hash: Any
    rows: _Rows


# Per open vault: the events of a kind read so far (cases28). Every status of an item still
# asked looks at the gezag changes since it was asked — one scan of the log from that moment
# each (the log has no index by kind): 20 ms per "Mag ik delen?" in a 2,000-event vault, and
# growing with the log. Events are only appended, so what was read stays true; only the
# events after the last one read are read again. A transaction rolled back after a read (its
# events gone, their seq maybe used again) shows at the next read as a last event that is
# gone or has another hash: then everything is read anew.
_kept: weakref.WeakKeyDictionary[Database, dict[str, _Kept]] = weakref.WeakKeyDictionary()


def _kept_rows(db: Database, kind: str, start: int) -> _Rows:
    per_db = _kept.setdefault(db, {})
    kept = per_db.get(kind)
    top = int(db.scalar("SELECT coalesce(max(seq), 0) FROM events"))
    if kept is not None and (
        kept.last > top
        or db.scalar("SELECT hash FROM events WHERE seq = ?", (kept.last,)) != kept.last_hash
    ):
        kept = None
    if kept is None:
        kept = _Kept(start, start - 1, None, [])
        if start <= top:
            kept.rows = _read_kind(db, kind, start, top)
            kept.last = top
            kept.last_hash = db.scalar("SELECT hash FROM events WHERE seq = ?", (top,))
        per_db[kind] = kept
        return [r for r in kept.rows if r[0] >= start]
    if start < kept.start:
        kept.rows = _read_kind(db, kind, start, kept.start - 1) + kept.rows
        kept.start = start
    if top > kept.last:
        kept.rows = kept.rows + _read_kind(db, kind, kept.last + 1, top)
        kept.last = top
        kept.last_hash = db.scalar("SELECT hash FROM events WHERE seq = ?", (top,))
    return [r for r in kept.rows if r[0] >= start]


def _read_kind(db: Database, kind: str, first: int, last: int) -> _Rows:
    """(seq, at, data) of the events of `kind` in seq [first, last]: their data parsed once."""
    return [
        (int(seq), str(at), json.loads(bytes(body) if not isinstance(body, str) else body)["data"])
        for seq, at, body in db.query(
            "SELECT seq, at, body FROM events WHERE seq >= ? AND seq <= ? AND kind = ? "
            "ORDER BY seq",
            (first, last, kind),
        )
    ]


def events_after(db: Database, kind: str, moment: datetime) -> Iterator[dict[str, Any]]:
    """The data of the events of `kind` that happened after `moment`, in log order
    (timed_events_after without the moments)."""
    for _at, data in timed_events_after(db, kind, moment):
        yield data


def timed_events_after(
    db: Database, kind: str, moment: datetime
) -> Iterator[tuple[datetime, dict[str, Any]]]:
    """(moment, data) of the events of `kind` that happened after `moment`, in log order.

    Only the events since the moment are read (event_seek; a day's margin for a team's
    clocks). Few are of the kind wanted, and the caller picks out its own (the team server's
    json_extract reads numbers from text only). An event's moment is its date, or that of a
    later clock correction when that is earlier (event_seek.Corrections)."""
    stamp, found = to_iso(moment), corrections(db)
    # A moment typed in the first day of year 1 has no day before it (OverflowError, found
    # by the hypothesis fault test): nothing is older, so read from the moment itself.
    try:
        since = moment - CLOCK_MARGIN
    except OverflowError:
        since = moment
    for seq, at, data in _kind_rows(db, kind, first_seq_from(db, to_iso(since))):
        judged = found.moment(seq, at)
        if at <= stamp or judged <= stamp:
            continue  # before the moment, or dated by a clock that ran ahead
        yield from_iso(judged), dict(data)


# -- the parent rule of a past moment (policy_history.py re-exports it) ---------------------
POLICY_KIND = "policy.changed"


def policy_at(db: Database, moment: datetime, now: datetime, current: Policy) -> Policy:
    """`current` with the parent rules (parent_policy, co_decision_12_15) in force at `moment`:
    those of the last change at or before it, else the defaults (a vault starts with them).
    An event's moment is its date, or a later clock correction's when that is earlier."""
    if moment >= now:
        return current
    # The common case costs only the log since the moment: no change after it → today's.
    if not any(True for _ in events_after(db, POLICY_KIND, moment)):
        return current
    at, found = to_iso(moment), corrections(db)
    then = Policy()
    for seq, when, body in db.query(
        "SELECT seq, at, body FROM events WHERE kind = ? ORDER BY seq", (POLICY_KIND,)
    ):
        doc = json.loads(bytes(body) if not isinstance(body, str) else body)
        if doc.get("kind") == POLICY_KIND and found.moment(int(seq), str(when)) <= at:
            then = _logged(doc.get("data") or {}, then)
    return replace(
        current, parent_policy=then.parent_policy, co_decision_12_15=then.co_decision_12_15
    )


def _logged(data: dict[str, Any], before: Policy) -> Policy:
    """The parent rules as a policy.changed event logs them (str() of each value)."""
    parents = {p.value: p for p in ParentPolicy}.get(str(data.get("parent_policy")))
    co = {"True": True, "False": False}.get(str(data.get("co_decision_12_15")))
    return replace(
        before,
        parent_policy=before.parent_policy if parents is None else parents,
        co_decision_12_15=before.co_decision_12_15 if co is None else co,
    )
