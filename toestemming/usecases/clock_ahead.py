"""`svc.clock_right.ahead`: a computer clock far AHEAD of the log (turns22).

Why: a dead CMOS battery or a wrong time server can put a laptop years ahead (2031 instead of
2026). Nothing noticed it: decisions were dated in 2031 (and the age split judged on that day:
a girl of 14 read as 19, deciding alone), `expire_overdue` at unlock expired every pending
remote request as "no answer for 60 days", and once the clock was right again the clock gate
(clock_right.py) refused every write as "behind the log" — until the worker stated the clock
was right, leaving years of wrongly dated events in the log.

The rule: when the clock is more than AHEAD_AFTER past the log's last moment (log_clock), the
window reads only — at unlock, and from then on before every write of the open window — until
the worker confirms today's date. `hold()` starts it: the desk calls it at unlock before
anything is expired or written (ui/clock_ahead_dialog.py), the CLI before a write. A service
opened by other code (a script, a test stepping an injected clock through years) is not held
until it calls `hold()`. AHEAD_AFTER is two months: a school's summer holiday (six weeks, a few
days before and after) passes without a question; a quiet desk that opens once a quarter is
asked, which costs one typed date. The worker types the date (not a click on "klopt"): a date
that differs from the computer's is refused, and the worker is told to put the clock right; a
clock put right while the window is open writes again without a question. The confirmation is
one event in the log (`clock.ahead_confirmed`: the log's last moment and now), so the privacy
officer sees who said the long gap was real.

A second opinion (s21): a worker asked "what is today's date?" reads it off the same wrong
clock in the corner of the screen. When a timestamp authority is configured (RFC 3161,
trusted_time.py), `second_opinion()` asks it for its time before the worker confirms (a network
call: never inside the write turn); a confirmation more than TSA_DIFFERS from the TSA's time is
refused, and the TSA's time goes into the event. The CLI (`toestemming confirm-clock
--vandaag DD-MM-JJJJ`, cli_clock.py) holds a vault too and is the way out without the desk.

Setting up that second opinion while held (s23, `first_tsa`): a desk far ahead that had no TSA
could not get one — `set-tsa` writes, and the hold refused it. Now the FIRST TSA goes through
the hold, and only that: it must answer (its time is asked before the write and goes into the
event), and the event is dated at the log's last moment, not by the clock that is in question
(dated by it, the log's last moment would move up to the suspect date and the hold would lift
without anyone confirming anything). Changing or removing a TSA that is already set stays held:
that would take the second opinion away just when it contradicts the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .. import log_clock, timestamps
from .. import validation as v
from ..clock import local_date, to_iso
from ..errors import Phrase, ValidationError
from ..log_head import moment
from ..store.turns import one_turn
from .context import Context
from .trusted_time import TSA_META, TrustedTime, TsaUnreachable

AHEAD_AFTER = timedelta(days=62)
AHEAD_ID = log_clock.AHEAD_ID
# How far the TSA's time may be from the computer's for a confirmation (a TSA answers in UTC to
# the second; a day covers a desk whose time zone is set wrong, not a clock a month ahead).
TSA_DIFFERS = timedelta(days=1)
CONFIRMED = "clock.ahead_confirmed"
TSA_CHANGED = "tsa.changed"  # (trusted_time.set_url's event)


def ask_tsa(ctx: Context) -> datetime | None:
    """The configured TSA's time; None when none is configured or it does not answer."""
    trusted = TrustedTime(ctx)
    if not trusted.url():
        return None
    try:
        return trusted.probe()
    except TsaUnreachable:
        return None


@dataclass(frozen=True)
class ClockJump:
    """The log's last moment and the clock's now, more than AHEAD_AFTER apart."""

    last: datetime
    now: datetime

    @property
    def days(self) -> int:
        return (self.now - self.last).days


class ClockAhead:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._stating = False  # confirm()'s own write
        self.watching = False  # hold() called: the window is held against a jump from now on
        self.tsa_said: datetime | None = None  # the TSA's time (second_opinion), when asked

    def second_opinion(self) -> datetime | None:
        """The configured TSA's time (signed by a service outside this computer); None when
        no TSA is configured or it does not answer (nothing is refused for that). Nothing is
        written; confirm() holds the worker's date against it."""
        said = ask_tsa(self._ctx)
        if said is not None:
            self.tsa_said = said
        return said

    def jump(self) -> ClockJump | None:
        """The gap when the clock is more than AHEAD_AFTER past the log's last moment."""
        last = log_clock.last_moment(self._ctx.db)
        now = self._ctx.clock.now()
        if last is None or now - last <= AHEAD_AFTER:
            return None
        return ClockJump(last, now)

    def hold(self) -> ClockJump | None:
        """At unlock (the desk, the CLI): from now on this window reads only while the clock
        is far ahead. Returns the gap when it is now (ask the worker for today's date)."""
        self.watching = True
        self.gate()
        return self.held()

    def held(self) -> ClockJump | None:
        """The gap when this window reads only for it (the desk's dialog, the CLI)."""
        if getattr(self._ctx.db.read_only_reason, "message_id", None) != AHEAD_ID:
            return None
        return self.jump()

    def gate(self) -> bool:
        """At open and before a write: False, and the window read-only with the reason, when
        the clock is far ahead; a window held for this alone whose clock was put right
        meanwhile writes again."""
        if self._stating or not self.watching:
            return True
        db = self._ctx.db
        reason = db.read_only_reason
        ours = getattr(reason, "message_id", None) == AHEAD_ID
        if reason is not None and not ours:
            return True  # (another reason refuses the write itself)
        jump = self.jump()
        if jump is None:
            if ours:
                db.read_only_reason = None
            return True
        if reason is None:
            db.read_only_reason = Phrase(
                AHEAD_ID,
                {
                    "last": moment(to_iso(jump.last)),
                    "now": moment(to_iso(jump.now)),
                    "days": jump.days,
                },
            )
        return False

    @one_turn
    def confirm(self, today: date | str) -> int:
        """The worker types today's date. The same as the computer's: the long gap was real,
        one event records it, and the window writes again (returns its seq). Another date:
        refused, nothing written; the clock must be put right first."""
        jump = self.held()
        if jump is None:
            raise ValidationError(message_id="error-clock-ahead-not-held")
        typed = v.parse_date(today, "Datum van vandaag", "today")
        clock_day = local_date(jump.now)
        if typed != clock_day:
            raise ValidationError(
                message_id="error-clock-ahead-date-differs",
                params={"clock": f"{clock_day:%d-%m-%Y}", "typed": f"{typed:%d-%m-%Y}"},
                field="today",
            )
        tsa = self.tsa_said
        if tsa is not None and abs(tsa - jump.now) > TSA_DIFFERS:
            raise ValidationError(
                message_id="error-clock-ahead-tsa-differs",
                params={"tsa": moment(to_iso(tsa)), "clock": moment(to_iso(jump.now))},
                field="today",
            )
        db = self._ctx.db
        reason = db.read_only_reason
        db.read_only_reason = None  # this one write: the gap it states
        self._stating = True
        try:
            with db.transaction():
                data = {"last": to_iso(jump.last), "now": to_iso(jump.now)}
                if tsa is not None:
                    data["tsa"] = to_iso(tsa)  # the second opinion the worker had
                seq = self._ctx.event(CONFIRMED, data)
        except BaseException:
            db.read_only_reason = reason
            raise
        finally:
            self._stating = False
        return seq

    def first_tsa(self, url: str) -> datetime:
        """While this window reads only for a clock far ahead: set up the first timestamp
        authority (see the module's docstring). Asks it for its time first (a network call,
        outside the write turn); refused, nothing written, when the window is not held for the
        clock, a TSA is already set, or it does not answer. Returns the TSA's time."""
        if self.held() is None:
            raise ValidationError(message_id="error-clock-ahead-not-held")
        if TrustedTime(self._ctx).url():
            raise ValidationError(message_id="error-clock-ahead-tsa-change-held")
        value = timestamps.normalise_url(url)
        said = TrustedTime(self._ctx).probe(value)  # (TsaUnreachable: nothing written)
        self._record_tsa(value, said)
        self.tsa_said = said
        return said

    @one_turn
    def _record_tsa(self, url: str, said: datetime) -> int:
        jump = self.held()
        if jump is None or TrustedTime(self._ctx).url():  # (changed while the TSA answered)
            raise ValidationError(message_id="error-clock-ahead-tsa-change-held")
        db = self._ctx.db
        reason = db.read_only_reason
        db.read_only_reason = None  # this one write; the hold stays (finally)
        self._stating = True
        try:
            with db.transaction():
                self._ctx.set_meta(TSA_META, url)
                return self._ctx.audit.append(
                    TSA_CHANGED,
                    self._ctx.worker_id,
                    {"url": url, "tsa": to_iso(said), "clock_ahead": to_iso(jump.now)},
                    at=jump.last,
                )
        finally:
            db.read_only_reason = reason
            self._stating = False
