"""Which requests handed out by e-mail, app or QR code still wait for an answer
(Remote.pending): every mail check and the worklists ask it.

Judging a request costs its items' statuses (rules.item_status: ~40 statements, ~9 ms), and
a desk of five years has thousands of requests answered long ago (pending29). An answered
item can turn back into "gevraagd" — gezag gained later (decider_changed), a new policy, a
changed answer, a birthday (the youth decides along from 12), an expiry written ahead that
counts from its due date — so "answered" alone may never skip it. Two things skip safely:

1. `_LIVE_SQL`, facts that hold whatever gezag, policy or age say: an item with a withdrawal
   or a revocation/invalidation/supersession dated at or before now is closed (item_status
   returns that terminal status first; a row's judged moment is never later than its
   recorded one, event_seek.capped_rows), and an item past its end date is expired, refused
   or conflicting, never "gevraagd". A request none of whose items is live is not waiting
   now. (An expiry action is no such fact: an answer written before it still counts.)
2. `_Judged`, per open vault: the requests found not waiting, kept while nothing they
   depend on can have changed — the same last event (seq and hash: every write logs an
   event in its own transaction, also another process's; a rolled-back one is gone, and
   a later event under its seq has another hash; `_carried`: or only newer events that
   change no status, or only that of the request they name), a clock not set back, and
   the same stretch of time: not past the next local midnight (age, end dates) nor past
   the first decision or event dated after the moment judged (`_dated`). The requests
   still waiting are judged each time; only those are ever few."""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..capture.settings import RemoteSettings
from ..clock import from_iso, local_date, start_of_local_day, to_iso
from ..event_seek import corrections, first_seq_from, judged_expiry
from ..model import ItemStatus
from ..store.db import Database, Row
from .consent import Consents
from .context import Context
from .gezag_history import CLOCK_MARGIN, reading_once

# The requests handed out with an item that may still be asked now (see 1. above).
_LIVE_SQL = """SELECT DISTINCT i.request_id FROM consent_items i
 JOIN consent_requests r ON r.id = i.request_id
 WHERE i.request_id IN (SELECT request_id FROM remote_messages) AND r.valid_until >= ?
  AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.item_id = i.id AND w.withdrawn_at <= ?)
  AND NOT EXISTS (SELECT 1 FROM item_actions a WHERE a.item_id = i.id AND a.kind <> 'expire'
   AND a.at <= ?)"""

_ROWS_SQL = f"""SELECT m.request_id, r.youth_id, r.reference_code, m.sent_at, m.kind, e.expired_at
 FROM remote_messages m JOIN consent_requests r ON r.id = m.request_id
 LEFT JOIN remote_expiries e ON e.request_id = m.request_id
 WHERE m.request_id IN ({_LIVE_SQL})"""

# Moments a verdict may turn at without a write (`_dated`): an event's (by its moment,
# event_seek.Corrections: a desk whose clock ran ahead dates its rows as its event), and a
# decision's, which may be dated up to five minutes after it is written (consent_input:
# clock skew; decisions.recorded logs it). Read from the log's last day on (CLOCK_MARGIN):
# anything dated later than now was written within it. (A withdrawal or an action coming
# due only closes an item.)
_DATED_KIND = "decisions.recorded"


@dataclass(frozen=True)
class _Judged:
    """Requests judged not waiting at `since`, true until `until` while the log's last
    event is `head` (see 2. above)."""

    head: tuple[int, Any]
    since: datetime
    until: datetime
    done: frozenset[int]


# Events after which the verdicts kept still hold: they change no item's status (evidence
# stored, a youth without requests, mail fetched, settings) or only those of the request
# they name (its answers; a message handed out). Any other event: every request anew.
_NO_STATUS = frozenset(
    {
        "evidence.added",
        "youth.added",
        "mail.replies_fetched",
        "remote.settings_changed",
        "remote.smtp_changed",
    }
)
_ONE_REQUEST = frozenset({"decisions.recorded", "remote.sent"})
_MANY_NEW = 200  # more events since than this: judged anew rather than read through

_judged: weakref.WeakKeyDictionary[Database, _Judged] = weakref.WeakKeyDictionary()


def _handed_out(
    db: Database, today: date, stamp: str
) -> dict[int, tuple[int, str, str | None, list[tuple[str, str]]]]:
    """Per live request handed out (youth, code, expiry, its messages' moments and kinds),
    the first handed out first. Gathered here, not by min()/max() in SQL: an aggregate's
    every step allocates, and on the vault connection every freed allocation is wiped
    (cipher_memory_security) — 0.5 s over 3,000 requests once the process had judged some."""
    out: dict[int, tuple[int, str, str | None, list[tuple[str, str]]]] = {}
    for r in db.query(_ROWS_SQL, (today.isoformat(), stamp, stamp)):
        rid = int(r[0])
        if rid not in out:
            out[rid] = (int(r[1]), str(r[2]), None if r[5] is None else str(r[5]), [])
        out[rid][3].append((str(r[3]), str(r[4])))
    return dict(sorted(out.items(), key=lambda kv: (min(kv[1][3]), kv[0])))


def _head(db: Database) -> tuple[int, Any]:
    row = db.query_one("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
    return (0, None) if row is None else (int(row[0]), row[1])


def _carried(db: Database, kept: _Judged | None, head: tuple[int, Any], now: datetime) -> _Judged:
    """What of `kept` still holds at `now` under `head` (nothing: done empty)."""
    nothing = _Judged(head, now, now, frozenset())
    if kept is None or not kept.since <= now < kept.until:
        return nothing
    if head == kept.head:
        return kept
    seq, digest = kept.head
    if head[0] <= seq or db.scalar("SELECT hash FROM events WHERE seq = ?", (seq,)) != digest:
        return nothing  # a transaction rolled back, another log
    rows = db.query(
        "SELECT seq, at, kind, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
        (seq, _MANY_NEW + 1),
    )
    if len(rows) > _MANY_NEW or any(r[2] not in _NO_STATUS | _ONE_REQUEST for r in rows):
        return nothing
    dropped = {int(_data(r[3])["request"]) for r in rows if r[2] in _ONE_REQUEST}
    until = min([kept.until, *_dated(db, rows, to_iso(now))])
    return _Judged(head, now, until, kept.done - dropped)


def _until(db: Database, now: datetime) -> datetime:
    """The first moment after `now` at which a verdict may turn without a write: the next
    local midnight (age, end dates), or a moment dated after now in the log."""
    first = first_seq_from(db, to_iso(now - CLOCK_MARGIN))
    rows = db.query("SELECT seq, at, kind, body FROM events WHERE seq >= ?", (first,))
    later = _dated(db, rows, to_iso(now))
    out = start_of_local_day(local_date(now) + timedelta(days=1))
    return min([out, *later])


def _dated(db: Database, rows: Sequence[Row], stamp: str) -> list[datetime]:
    """The moments after `stamp` among events (seq, at, kind, body) and their decisions."""
    found, out = corrections(db), []
    for seq, at, kind, body in rows:
        moments = [found.moment(int(seq), str(at))]
        if kind == _DATED_KIND:
            moments.append(str(_data(body).get("decided_at") or at))
        out += [from_iso(m) for m in moments if m > stamp]
    return out


def _data(body: Any) -> dict[str, Any]:
    return dict(json.loads(bytes(body) if not isinstance(body, str) else body)["data"])


@dataclass(frozen=True)
class PendingRemote:
    request_id: int
    youth_id: int
    reference_code: str
    first_sent_at: datetime
    last_sent_at: datetime
    age_days: int
    reminders: int
    expires_on: date
    reminder_due: bool


class Waiting:
    def __init__(self, ctx: Context, consents: Consents) -> None:
        self._ctx = ctx
        self._consents = consents

    def pending(self, settings: RemoteSettings) -> list[PendingRemote]:
        """Remote requests still waiting for an answer, oldest first. Each item is judged
        now (gezag, policy: the log since a day back): read once for all of them (each mail
        check asks this; a vault written today was scanned whole twice per item)."""
        with reading_once():
            return self._pending(settings)

    def _pending(self, settings: RemoteSettings) -> list[PendingRemote]:
        db = self._ctx.db
        now = self._ctx.clock.now()
        today = self._ctx.clock.today()
        head, stamp = _head(db), to_iso(now)
        kept = _carried(db, _judged.get(db), head, now)
        known = kept.done
        done: set[int] = set()
        out = []
        for rid, (youth, code, expired, sent) in _handed_out(db, today, stamp).items():
            # An expiry written by a clock that ran ahead, before the request was really due,
            # counts from its due date (event_seek.judged_expiry; s23): waiting until then.
            if expired is not None and judged_expiry(db, rid, from_iso(expired)) <= now:
                continue
            if rid in known:
                continue
            if not self._waits(rid, now):
                done.add(rid)
                continue
            first, last = from_iso(min(sent)[0]), from_iso(max(sent)[0])
            since_last = (today - local_date(last)).days
            out.append(
                PendingRemote(
                    request_id=rid,
                    youth_id=youth,
                    reference_code=code,
                    first_sent_at=first,
                    last_sent_at=last,
                    age_days=(today - local_date(first)).days,
                    reminders=sum(1 for _at, kind in sent if kind == "reminder"),
                    expires_on=local_date(first) + timedelta(days=settings.expiry_days),
                    reminder_due=since_last >= settings.reminder_after_days,
                )
            )
        if known:
            _judged[db] = _Judged(head, now, kept.until, known | done)
        else:
            _judged[db] = _Judged(head, now, _until(db, now), frozenset(done))
        return out

    def _waits(self, request_id: int, now: datetime) -> bool:
        """Whether an item of the request is "gevraagd" now (the rules, in full)."""
        request = self._consents.request(request_id)
        return any(
            self._consents.item_status(i.id, now).status == ItemStatus.REQUESTED
            for i in request.items
        )
