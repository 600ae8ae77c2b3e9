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

from .clock import from_iso, local_date, start_of_local_day, to_iso
from .log_clock import CORRECTED, SLACK, corrected_since
from .model import Decision, ItemAction, ItemActionKind, Withdrawal
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


def row_moment(
    db: Database, stamp: str, kinds: frozenset[str], row: tuple[str, int] | None = None
) -> str:
    """The moment of a row dated `stamp` (stored form) that was written together with an
    event of one of `kinds` (same transaction, same clock): `stamp` itself, unless that event
    lies in front of a clock correction dated earlier (the row was written by the clock that
    ran ahead: it happened no later than that correction).

    `row` (the key in the event's data that names the row, and the row's id) finds the row's
    own event (ahead_rows): a real clock dates the event microseconds after its row (s21: the
    exact-date match below never applied outside a test's fixed clock). Without it, any event
    of `kinds` dated exactly `stamp` counts (as before s21)."""
    found = corrections(db)
    if not found.found:
        return stamp
    if row is not None:
        key, rid = row
        cap = ahead_rows(db).get((_group(kinds, key), rid))
        return stamp if cap is None or stamp <= cap else cap
    start = 1
    for seq, _at in found.found:
        cap = found.cap(start)  # (every event of [start, seq) has this correction after it)
        if cap is not None and stamp > cap and _dated_in(db, start, seq, stamp, kinds):
            return cap
        start = seq
    return stamp


def _group(kinds: frozenset[str], key: str) -> str:
    """Which rows `kinds` + `key` name (the events of one table share a group)."""
    return min(_ROW_EVENTS.get(k, (k, key))[0] for k in kinds)


# The events written with rows whose dates the rules read: kind → (group, key of the row ids).
_ROW_EVENTS: dict[str, tuple[str, str]] = {
    "decisions.recorded": ("decision", "decisions"),
    "withdrawal.recorded": ("withdrawal", "withdrawals"),
    "item.revoke": ("action", "action"),
    "item.invalidate": ("action", "action"),
    "item.supersede": ("action", "action"),
    "item.expire": ("action", "action"),
    "remote.expired": ("action", "actions"),
    "representative.added": ("representative.added", "representative"),
    "representative.ended": ("representative.ended", "representative"),
    # Verzet: the other "no" (Sharing.options reads objected_at; review23).
    "objection.recorded": ("objection", "objection"),
    "disclosure.recorded": ("disclosure", "disclosure"),
    # A weighing's created_at beside its sharing's date (forms_views: weighed afterwards?).
    "assessment.recorded": ("assessment", "assessment"),
    # A legal duty's marking and a startkwalificatie (and its take-back): when each was
    # recorded decides which sharings name the law (legal_duties.law_shared_on; core25).
    "purpose.legal_duty": ("legal_duty", "purpose"),
    "youth.startkwalificatie": ("qualification", "qualification"),
    "youth.startkwalificatie_withdrawn": ("qualification.taken_back", "withdrawal"),
}

# Per open database: the corrections the map below was made for, and the map.
_ahead: weakref.WeakKeyDictionary[
    Database, tuple[tuple[tuple[int, str], ...], dict[tuple[str, int], str]]
] = weakref.WeakKeyDictionary()


def ahead_rows(db: Database) -> dict[tuple[str, int], str]:
    """(group, row id) → the correction's date, for every row written with an event dated
    after a clock correction that followed it (the clock ran ahead then). Made once per open
    database and set of corrections: per correction, one binary search for where its
    segment's dates pass the correction's (less the slack a log's dates may run back), then
    only that stretch of events is read — the time the clock ran ahead. So a status costs
    a dictionary look-up per row, however long the log."""
    found = corrections(db)
    cached = _ahead.get(db)
    if cached is not None and cached[0] == found.found:
        return cached[1]
    out: dict[tuple[str, int], str] = {}
    marks = ",".join("?" * len(_ROW_EVENTS))
    start = 1
    for seq, _at in found.found:
        cap = found.cap(start)  # (every event of [start, seq) has this correction after it)
        if cap is not None:
            low = _first_from(db, start, seq, to_iso(from_iso(cap) - SLACK))
            for kind, body in db.query(
                f"SELECT kind, body FROM events WHERE seq >= ? AND seq < ? AND at > ? "
                f"AND kind IN ({marks}) ORDER BY seq",
                (low, seq, cap, *_ROW_EVENTS),
            ):
                group, key = _ROW_EVENTS[str(kind)]
                raw = bytes(body) if not isinstance(body, str) else body
                named = json.loads(raw).get("data", {}).get(key)
                for rid in named if isinstance(named, list) else [named]:
                    if isinstance(rid, int) and not isinstance(rid, bool):
                        out.setdefault((group, rid), cap)
        start = seq
    _ahead[db] = (found.found, out)
    return out


def _first_from(db: Database, start: int, end: int, stamp: str) -> int:
    """The first seq in [start, end) dated at or after `stamp` (dated in order there)."""
    low, high = start, end
    while low < high:
        mid = (low + high) // 2
        at = db.scalar("SELECT at FROM events WHERE seq = ?", (mid,))
        if at is not None and str(at) < stamp:
            low = mid + 1
        else:
            high = mid
    return low


def _dated_in(db: Database, start: int, end: int, stamp: str, kinds: frozenset[str]) -> bool:
    """Does an event of `kinds` dated exactly `stamp` lie in seq [start, end)?"""
    low = _first_from(db, start, end, stamp)
    rows = db.query(
        "SELECT kind FROM events WHERE seq >= ? AND seq < ? AND at = ? ORDER BY seq",
        (low, min(end, low + _SAME_DATE), stamp),
    )
    return any(str(kind) in kinds for (kind,) in rows)


def _row_cap(rows: dict[tuple[str, int], str], group: str, rid: int) -> datetime | None:
    cap = rows.get((group, rid))
    return None if cap is None else from_iso(cap)


def judged_moment(db: Database, group: str, rid: int, at: datetime) -> datetime:
    """Row `rid` of `group` (_ROW_EVENTS: "disclosure", "withdrawal" …) dated `at`, as the
    rules judge it: no later than a clock correction that followed its event (s23: a sharing
    recorded by a clock that ran ahead read as made after a withdrawal of the next day)."""
    if not rows_to_cap(db):
        return at
    cap = _row_cap(ahead_rows(db), group, rid)
    return at if cap is None else min(at, cap)


def rows_to_cap(db: Database) -> bool:
    """Whether any row was recorded by a clock that ran ahead (a correction followed it):
    asked once for a whole list of items, so a log without one costs a list no more than
    one look (capped_rows would ask per item)."""
    return bool(corrections(db).found) and bool(ahead_rows(db))


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
    rows = ahead_rows(db)
    if not rows:
        return decisions, withdrawals, actions
    out_d = []
    for d in decisions:
        cap = _row_cap(rows, "decision", d.id)
        out_d.append(
            d
            if cap is None
            else replace(d, decided_at=min(d.decided_at, cap), recorded_at=min(d.recorded_at, cap))
        )
    out_w = []
    for w in withdrawals:
        cap = _row_cap(rows, "withdrawal", w.id)
        out_w.append(
            w
            if cap is None
            else replace(
                w, withdrawn_at=min(w.withdrawn_at, cap), recorded_at=min(w.recorded_at, cap)
            )
        )
    out_a = []
    for a in actions:
        cap = _row_cap(rows, "action", a.id)
        if cap is None:
            out_a.append(a)
            continue
        at = _expired(db, a.item_id, a.at, cap) if a.kind == ItemActionKind.EXPIRE else None
        out_a.append(replace(a, at=at or min(a.at, cap)))
    return tuple(out_d), tuple(out_w), tuple(out_a)


def judged_expiry(db: Database, request_id: int, at: datetime) -> datetime:
    """The moment the rules judge a remote request's expiry by (recorded `at`): as recorded,
    or — written while the clock ran ahead — as capped_rows reads its items' expiry."""
    if not rows_to_cap(db):
        return at
    row = db.query_one(
        "SELECT a.id, a.item_id FROM item_actions a JOIN consent_items i ON i.id = a.item_id "
        "WHERE i.request_id = ? AND a.kind = 'expire' AND a.at = ? ORDER BY a.id LIMIT 1",
        (request_id, to_iso(at)),
    )
    cap = None if row is None else _row_cap(ahead_rows(db), "action", int(row[0]))
    return at if row is None or cap is None else _expired(db, int(row[1]), at, cap)


def _expired(db: Database, item_id: int, at: datetime, cap: datetime) -> datetime:
    """An expiry dated `at` by a clock that ran ahead (`cap`: the correction after it): from
    the later of the correction and its due moment, never later than `at` (expiry_due)."""
    due = expiry_due(db, item_id)
    return min(at, cap) if due is None else min(at, max(min(at, cap), due))


def expiry_due(db: Database, item_id: int) -> datetime | None:
    """When the remote request of `item_id` was due to expire (its first message's Dutch date
    plus the days its expiry counted; usecases/remote.expire_overdue), None when it has not
    expired. Why (s23): a request expired by a clock that ran ahead by less than the unlock
    hold (a month, say) and then put right expired weeks too early; capped to the correction
    alone, its expiry still counted from that day, and a parent's "ja" written before the real
    due date was refused as late. An expiry written ahead counts from the later of the
    correction and this due moment (never later than its own date)."""
    row = db.query_one(
        "SELECT e.after_days, (SELECT min(m.sent_at) FROM remote_messages m "
        "WHERE m.request_id = e.request_id) FROM remote_expiries e "
        "JOIN consent_items i ON i.request_id = e.request_id WHERE i.id = ?",
        (item_id,),
    )
    if row is None or row[1] is None:
        return None
    try:
        first = from_iso(str(row[1]))
        return start_of_local_day(local_date(first) + timedelta(days=int(row[0])))
    except (ValueError, TypeError, OverflowError):
        return None  # (a damaged row is the replay's to name)
