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

import weakref
from dataclasses import dataclass

from .log_clock import CORRECTED, corrected_since
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


def row_moment(db: Database, stamp: str, kinds: frozenset[str]) -> str:
    """The moment of a row dated `stamp` (stored form) that was written together with an
    event of one of `kinds` (same transaction, same clock): `stamp` itself, unless an event of
    those kinds dated `stamp` lies in front of a clock correction dated earlier (the row was
    written by the clock that ran ahead: it happened no later than that correction)."""
    found = corrections(db)
    start = 1
    for seq, _at in found.found:
        cap = found.cap(start)  # (every event of [start, seq) has this correction after it)
        if cap is not None and stamp > cap and _dated_in(db, start, seq, stamp, kinds):
            return cap
        start = seq
    return stamp


def _dated_in(db: Database, start: int, end: int, stamp: str, kinds: frozenset[str]) -> bool:
    """Does an event of `kinds` dated exactly `stamp` lie in seq [start, end)? (Dated in
    order between two corrections: a binary search, then the few events of that date.)"""
    low, high = start, end
    while low < high:
        mid = (low + high) // 2
        at = db.scalar("SELECT at FROM events WHERE seq = ?", (mid,))
        if at is not None and str(at) < stamp:
            low = mid + 1
        else:
            high = mid
    rows = db.query(
        "SELECT kind FROM events WHERE seq >= ? AND seq < ? AND at = ? ORDER BY seq",
        (low, min(end, low + _SAME_DATE), stamp),
    )
    return any(str(kind) in kinds for (kind,) in rows)
