"""Where a moment falls in the log, without reading it all.

Events have no index by kind, and a log may hold hundreds of thousands. They are written in
time order, so a binary search on the primary key finds the first event logged at or after a
moment in a few point reads (a team of desks whose clocks differ a little: the caller starts
some margin earlier, or falls back to a full read)."""

from __future__ import annotations

from .store.db import Database


def first_seq_from(db: Database, stamp: str) -> int:
    """The seq of the first event whose `at` (stored form, clock.to_iso) is not before
    `stamp`; one past the last event when there is none."""
    low, high = 1, int(db.scalar("SELECT coalesce(max(seq), 0) FROM events")) + 1
    while low < high:
        mid = (low + high) // 2
        at = db.scalar("SELECT at FROM events WHERE seq = ?", (mid,))
        if at is not None and str(at) < stamp:
            low = mid + 1
        else:
            high = mid
    return low
