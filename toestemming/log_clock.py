"""The log's dates only run forward: the computer's clock is held against the log's last moment.

Why: the audit chain fixes the ORDER of events, not their dates; each event takes its date
from the computer's clock. Set the clock back a month (an insider who wants a consent to look
given before the sharing it should cover, or a PC whose clock was reset) and the next event
was dated before the ones in front of it; the log stayed "in orde" and a proof showed the
earlier date. So:

- at open (`behind`): a clock more than SLACK behind the log's last moment (its newest event
  or signed checkpoint) opens the vault read-only with a reason that names that moment —
  nothing misdated can be written; set the clock right and open again. A few minutes of drift
  (a time sync, two PCs of a team) is no reason to stop.
- before every write of a window that is open (s17, usecases/clock_right.ClockRight.gate,
  asked by writer_guard before each write transaction and key-header change): a clock moved
  back more than SLACK while the window was open makes the window read-only with the same
  explanation and the same way out (MOVED_BACK_ID); the write is refused, nothing changed.
- in `check` (`runs_back`): a log whose dates run back (a vault from before these rules, or
  one written past them) is named, so the privacy officer knows those dates cannot be taken
  as they stand.

- the way out (s16, `CORRECTED`): a log dated in the future (a clock that ran ahead, then was
  put right) kept the vault read-only until that moment passed, with no backup possible. A
  worker may now state "de klok van deze computer klopt nu" (usecases/clock_right.py): one
  logged event, dated by the clock now, holding the log's last moment and that now, by that
  worker. From that event on the log's last moment counts from the event, so new events may
  be dated before the ones in front of it. `check` accepts exactly that step back (the event's
  own date, its stated last moment no earlier than the log's) and names it as a notice with
  who, when, and which later events are dated inside the overlapping window — an insider who
  sets the clock back on purpose to backdate a consent gets those events named there. Every
  other step back stays a problem.

What this does not decide: which of the two was wrong, the clock now or the clock then. Trusted
timestamps (usecases/trusted_time.py) are the outside witness. Phrases carry moments, numbers
and the worker's name (screen and `check` only, never a log)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from .clock import from_iso
from .errors import Phrase
from .log_head import moment
from .store.db import Database

SLACK = timedelta(minutes=5)
SHOWN = 3  # how many places where the dates run back `check` names; the rest are counted
CORRECTED = "clock.corrected"  # a worker stated the clock is right now (usecases/clock_right)
META_CORRECTED = "clock.corrected_seq"  # its seq: found at open without scanning the log
BEHIND_ID = "error-vault-read-only-clock-behind"
# The same, found before a write while the window was open (the clock moved back meanwhile).
MOVED_BACK_ID = "error-vault-read-only-clock-moved-back"
# A team desk opened with its clock already behind the team's log (s17: the same way out).
TEAM_BEHIND_ID = "error-team-clock-behind"
CLOCK_IDS = frozenset({BEHIND_ID, MOVED_BACK_ID, TEAM_BEHIND_ID})
# The clock far AHEAD of the log (usecases/clock_ahead.py): read-only until today's date is
# confirmed. Not one of CLOCK_IDS (those are put right by "de klok klopt nu"); a backup is
# still made then, not recorded (backup.py).
AHEAD_ID = "error-vault-read-only-clock-ahead"
# A team server's window whose own clock was set back while it was open (clock_right.own_clock).
TEAM_MOVED_BACK_ID = "error-team-clock-moved-back"
# ... and at a worker's first open, before the worker row that "De klok klopt nu" needs.
TEAM_FIRST_BEHIND_ID = "error-team-clock-behind-first-open"


def last_moment(db: Database) -> datetime | None:
    """The log's newest moment that the clock is held against: its last event's date, or a
    later signed checkpoint's — since the last clock correction only (its step back is the
    one the worker stated; the checkpoints before it are dated by the clock that was ahead)."""
    since = corrected_since(db)
    found = [
        db.scalar("SELECT at FROM events ORDER BY seq DESC LIMIT 1"),
        db.scalar("SELECT max(at) FROM checkpoints WHERE tree_size >= ?", (since,)),
    ]
    moments = []
    for text in found:
        try:
            moments.append(from_iso(str(text))) if text is not None else None
        except ValueError:
            continue  # (a damaged date is the audit check's to name)
    return max(moments, default=None)


def corrected_since(db: Database) -> int:
    """The seq of the last clock correction (0: none). Two point queries: the meta row says
    where, the event there must be one (a stray meta value moves nothing)."""
    raw = db.scalar("SELECT value FROM meta WHERE key = ?", (META_CORRECTED,))
    try:
        seq = int(str(raw)) if raw is not None else 0
    except ValueError:
        return 0
    kind = db.scalar("SELECT kind FROM events WHERE seq = ?", (seq,)) if seq > 0 else None
    return seq if kind == CORRECTED else 0


def behind(db: Database, now: datetime, *, message_id: str = BEHIND_ID) -> Phrase | None:
    """The reason to refuse writes when `now` is more than SLACK before the log's last
    moment; None when the clock is not behind. (`message_id`: at open, or MOVED_BACK_ID
    for a window whose clock was set back while it was open.)"""
    last = last_moment(db)
    if last is None or now + SLACK >= last:
        return None
    return Phrase(message_id, {"last": moment(last.isoformat())})


def is_clock_reason(reason: Phrase | None) -> bool:
    """Is `reason` (a read-only reason) the clock alone, at open or found before a write?"""
    # (getattr: a reason given as plain text by an older caller is simply not the clock's)
    return getattr(reason, "message_id", None) in CLOCK_IDS


def runs_back(db: Database) -> list[Phrase]:
    """Where an event is dated more than SLACK before an event in front of it (the step back
    of a clock correction excepted: `corrections` names those)."""
    return read_dates(db).problems


def corrections(db: Database) -> list[Phrase]:
    """The clock corrections in the log, each with the later events dated inside the window
    it overlaps: notices for the privacy officer, not problems."""
    return read_dates(db).notices


@dataclass
class _Window:
    seq: int
    actor: int | None
    now: str
    last: datetime
    last_text: str
    count: int = 0
    first: int = 0
    final: int = 0


@dataclass(frozen=True)
class Dates:
    problems: list[Phrase]
    notices: list[Phrase]


def read_dates(db: Database) -> Dates:
    """One pass over the log's dates: the steps back, and the corrections that explain one."""
    found: list[tuple[int, str, str]] = []
    windows: list[_Window] = []
    latest: datetime | None = None
    latest_text = ""
    rows = db.iterate(
        "SELECT seq, at, actor, CASE WHEN kind = ? THEN body END FROM events ORDER BY seq",
        (CORRECTED,),
    )
    for seq, at, actor, body in rows:
        try:
            when = from_iso(str(at))
        except ValueError:
            continue
        for window in windows:
            if when < window.last:  # dated inside the window the correction overlaps
                window.count += 1
                window.first = window.first or int(seq)
                window.final = int(seq)
        stated = _stated(body, when, latest)
        if stated is not None:
            windows.append(_Window(int(seq), actor, str(at), stated[0], stated[1]))
            latest, latest_text = when, str(at)  # the step back the worker stated
            continue
        if latest is not None and when + SLACK < latest:
            found.append((int(seq), str(at), latest_text))
        if latest is None or when > latest:
            latest, latest_text = when, str(at)
    phrases = [
        Phrase("log-clock-runs-back", {"seq": seq, "at": moment(at), "before": moment(before)})
        for seq, at, before in found[:SHOWN]
    ]
    if len(found) > SHOWN:
        phrases.append(Phrase("log-clock-runs-back-more", {"count": len(found) - SHOWN}))
    return Dates(phrases, [_notice(db, w) for w in windows])


def _stated(body: object, when: datetime, latest: datetime | None) -> tuple[datetime, str] | None:
    """A correction event that explains its own step back: its date is the `now` it states,
    the `last` it states is no earlier than the newest date before it (a checkpoint may be
    later still), and the clock was behind that by more than SLACK. None otherwise: then it
    is an event like any other, and a step back is a problem."""
    if body is None or latest is None:
        return None
    try:
        data = json.loads(bytes(body) if isinstance(body, (bytes, memoryview)) else str(body))
        stated = data["data"]
        last_text, now = str(stated["last"]), from_iso(str(stated["now"]))
        last = from_iso(last_text)
    except (ValueError, KeyError, TypeError):
        return None
    if now != when or last < latest or when + SLACK >= last:
        return None
    return last, last_text


def _notice(db: Database, window: _Window) -> Phrase:
    name = db.scalar("SELECT name FROM workers WHERE id = ?", (window.actor,))
    params: dict[str, str | int] = {
        "seq": window.seq,
        "who": str(name) if name is not None else "?",
        "now": moment(window.now),
        "last": moment(window.last_text),
    }
    if window.count == 0:
        return Phrase("log-clock-corrected", params)
    return Phrase(
        "log-clock-corrected-overlap",
        {**params, "count": window.count, "first": window.first, "final": window.final},
    )
