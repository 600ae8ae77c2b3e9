"""Where a moment falls in the log, without reading it all.

Events have no index by kind, and a log may hold hundreds of thousands. They are written in
time order, so a binary search on the primary key finds the first event logged at or after a
moment in a few point reads (a team of desks whose clocks differ a little: the caller starts
some margin earlier, or falls back to a full read).

A clock put right (log_clock.CORRECTED, usecases/clock_right.py) breaks that order: the events
in front of the correction are dated by a clock that ran ahead, the ones after it by the right
clock, so dates run back there (s20: gezag_history counted a father as a decider on a day the
court had already taken his gezag, as the search happened to land). Every event in front of a
correction happened no later than the moment the worker stated as right in it (its own date):
an event's *moment* here is the earlier of its date and the date of every later correction.
Those moments run forward again (after a correction the clock is held against it), so the
search stays a binary search; a log without a correction reads exactly as before."""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .clock import from_iso, to_iso
from .log_clock import CORRECTED, corrected_since
from .model import Decision, ItemAction, Withdrawal
from .store.db import Database


@dataclass(frozen=True)
class Corrections:
    """The clock corrections of a log: (seq, date) in log order."""

    found: tuple[tuple[int, str], ...] = ()

    def cap(self, seq: int) -> str | None:
        """The earliest date of a correction after event `seq` (None: none after it)."""
        later = [at for c, at in self.found if c > seq]
        return min(later) if later else None

    def moment(self, seq: int, at: str) -> str:
        """Event `seq`'s moment (stored form): its date, or an earlier correction's after it."""
        cap = self.cap(seq)
        return at if cap is None or at <= cap else cap


Events = tuple[tuple[frozenset[str], str], ...]

# How many events from where a date falls are read for the ones of that date (one transaction
# writes a handful; a clock that stood still, a few more).
_SAME_DATE = 64

# Per open database: the corrections read, and up to which seq (a log only grows at its end).
_read: weakref.WeakKeyDictionary[Database, tuple[int, Corrections]] = weakref.WeakKeyDictionary()


def corrections(db: Database) -> Corrections:
    """The log's clock corrections. A log that never had one (the meta row that names the
    last one is absent) costs two point reads; otherwise the corrections are read once per
    open database and then only from where that read stopped."""
    if corrected_since(db) == 0:
        return Corrections()
    top = int(db.scalar("SELECT coalesce(max(seq), 0) FROM events"))
    upto, known = _read.get(db, (0, Corrections()))
    if upto > top:  # (another log behind the same object: read again)
        upto, known = 0, Corrections()
    if upto < top:
        rows = db.query(
            "SELECT seq, at FROM events WHERE seq > ? AND kind = ? ORDER BY seq", (upto, CORRECTED)
        )
        known = Corrections(known.found + tuple((int(s), str(a)) for s, a in rows))
        _read[db] = (top, known)
    return known


def first_seq_from(db: Database, stamp: str) -> int:
    """The seq of the first event whose moment (stored form, clock.to_iso; see Corrections)
    is not before `stamp`; one past the last event when there is none."""
    found = corrections(db)
    low, high = 1, int(db.scalar("SELECT coalesce(max(seq), 0) FROM events")) + 1
    while low < high:
        mid = (low + high) // 2
        at = db.scalar("SELECT at FROM events WHERE seq = ?", (mid,))
        if at is not None and found.moment(mid, str(at)) < stamp:
            low = mid + 1
        else:
            high = mid
    return low


def row_moment(
    db: Database, stamp: str, kinds: frozenset[str], row: tuple[str, int] | None = None
) -> str:
    """The moment of a row dated `stamp` (stored form) that was written together with an
    event of one of `kinds` (same transaction, same clock): `stamp` itself, unless that event
    lies in front of a clock correction dated earlier (the row was written by the clock that
    ran ahead: it happened no later than that correction).

    The event is dated a little after its row (the clock is asked again when the event is
    dated: microseconds with a real clock, s21; only a test's fixed clock gives both one
    date), so it is looked for from `stamp` up to WRITE_WINDOW later. `row` (the key in the
    event's data and the row's id) picks out that row's own event; without it any event of
    `kinds` dated exactly `stamp` counts (as before s21)."""
    found = corrections(db)
    start = 1
    for seq, _at in found.found:
        cap = found.cap(start)  # (every event of [start, seq) has this correction after it)
        if cap is not None and stamp > cap and _written_in(db, start, seq, stamp, kinds, row):
            return cap
        start = seq
    return stamp


# How long after its row an event may be dated (one transaction; a slow disk, a team server).
WRITE_WINDOW = timedelta(minutes=5)


def _written_in(
    db: Database,
    start: int,
    end: int,
    stamp: str,
    kinds: frozenset[str],
    row: tuple[str, int] | None,
) -> bool:
    """Does the event of `kinds` written with the row dated `stamp` lie in seq [start, end)?
    (Dated in order between two corrections: a binary search, then the few events of that
    moment.)"""
    low, high = start, end
    while low < high:
        mid = (low + high) // 2
        at = db.scalar("SELECT at FROM events WHERE seq = ?", (mid,))
        if at is not None and str(at) < stamp:
            low = mid + 1
        else:
            high = mid
    until = stamp if row is None else to_iso(from_iso(stamp) + WRITE_WINDOW)
    marks = ",".join("?" * len(kinds))
    rows = db.query(
        f"SELECT body FROM events WHERE seq >= ? AND seq < ? AND at >= ? AND at <= ? "
        f"AND kind IN ({marks}) ORDER BY seq",
        (low, min(end, low + _SAME_DATE), stamp, until, *sorted(kinds)),
    )
    if row is None:
        return bool(rows)
    key, wanted = row
    for (body,) in rows:
        data = json.loads(bytes(body) if not isinstance(body, str) else body).get("data", {})
        named = data.get(key)
        if named == wanted or (isinstance(named, list) and wanted in named):
            return True
    return False


# The events written with the rows the status rules read (one transaction each), and the key
# in their data that names the row's id.
DECISION_EVENT = (frozenset({"decisions.recorded"}), "decisions")
WITHDRAWAL_EVENT = (frozenset({"withdrawal.recorded"}), "withdrawals")
ACTION_EVENTS = (
    (frozenset({"item.revoke", "item.invalidate", "item.supersede", "item.expire"}), "action"),
    (frozenset({"remote.expired"}), "actions"),
)


def _row_cap(
    db: Database, found: Corrections, recorded: datetime, events: Events, rid: int
) -> datetime | None:
    """The earlier moment of a row recorded at `recorded` by a clock that ran ahead (None:
    its dates stand)."""
    stamp = to_iso(recorded)
    if not found.found or stamp <= min(at for _, at in found.found):
        return None  # (no correction dated before it: nothing to cap)
    for kinds, key in events:
        capped = row_moment(db, stamp, kinds, (key, rid))
        if capped != stamp:
            return from_iso(capped)
    return None


def capped_rows(
    db: Database,
    decisions: tuple[Decision, ...],
    withdrawals: tuple[Withdrawal, ...],
    actions: tuple[ItemAction, ...],
) -> tuple[tuple[Decision, ...], tuple[Withdrawal, ...], tuple[ItemAction, ...]]:
    """An item's decisions, withdrawals and actions with the moments the status rules read
    (decided_at, withdrawn_at, an action's at, and when each was recorded) no later than a
    clock correction that followed them (s21: a withdrawal recorded on Tuesday by a laptop
    whose clock said Thursday, then put right, left a sharing of Wednesday "covered"). A row's
    own moment given by the worker or a mail (an earlier decided_at) stays when it is earlier.
    A log without a correction costs nothing more (the corrections are read once)."""
    found = corrections(db)
    if not found.found:
        return decisions, withdrawals, actions
    out_d = []
    for d in decisions:
        cap = _row_cap(db, found, d.recorded_at, (DECISION_EVENT,), d.id)
        out_d.append(
            d if cap is None else replace(d, decided_at=min(d.decided_at, cap), recorded_at=cap)
        )
    out_w = []
    for w in withdrawals:
        cap = _row_cap(db, found, w.recorded_at, (WITHDRAWAL_EVENT,), w.id)
        out_w.append(
            w if cap is None else replace(w, withdrawn_at=min(w.withdrawn_at, cap), recorded_at=cap)
        )
    out_a = []
    for a in actions:
        cap = _row_cap(db, found, a.at, ACTION_EVENTS, a.id)
        out_a.append(a if cap is None else replace(a, at=cap))
    return tuple(out_d), tuple(out_w), tuple(out_a)
