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
- in `check` (`runs_back`): a log whose dates run back (a vault from before this rule, or a
  clock moved back while the app was open, which a session cannot see from the inside) is
  named, so the privacy officer knows those dates cannot be taken as they stand.

What this does not decide: which of the two was wrong, the clock now or the clock then. A log
dated in the future (a clock that was ahead, then corrected) keeps the vault read-only until
that moment has passed; trusted timestamps (usecases/trusted_time.py) are the outside witness.
Phrases carry moments and numbers only."""

from __future__ import annotations

from datetime import datetime, timedelta

from .clock import from_iso
from .errors import Phrase
from .log_head import moment
from .store.db import Database

SLACK = timedelta(minutes=5)
SHOWN = 3  # how many places where the dates run back `check` names; the rest are counted


def last_moment(db: Database) -> datetime | None:
    """The log's newest moment: its last event's date, or a later signed checkpoint's."""
    found = [
        db.scalar("SELECT at FROM events ORDER BY seq DESC LIMIT 1"),
        db.scalar("SELECT max(at) FROM checkpoints"),
    ]
    moments = []
    for text in found:
        try:
            moments.append(from_iso(str(text))) if text is not None else None
        except ValueError:
            continue  # (a damaged date is the audit check's to name)
    return max(moments, default=None)


def behind(db: Database, now: datetime) -> Phrase | None:
    """The reason to refuse writes when `now` is more than SLACK before the log's last
    moment; None when the clock is not behind."""
    last = last_moment(db)
    if last is None or now + SLACK >= last:
        return None
    return Phrase("error-vault-read-only-clock-behind", {"last": moment(last.isoformat())})


def runs_back(db: Database) -> list[Phrase]:
    """Where an event is dated more than SLACK before an event in front of it."""
    found: list[tuple[int, str, str]] = []
    latest: datetime | None = None
    latest_text = ""
    for seq, at in db.iterate("SELECT seq, at FROM events ORDER BY seq"):
        try:
            when = from_iso(str(at))
        except ValueError:
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
    return phrases
