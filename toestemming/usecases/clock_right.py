"""`svc.clock_right`: the way out of a vault held read-only by a clock that ran ahead.

Why: log_clock opens a local vault read-only when the clock is more than a few minutes behind
the log's last moment. After a laptop ran a day ahead and was then put right, every event of
that day is "in the future": nothing could be written (not even a backup recorded) until the
day had passed. The worker who knows the clock is right now states it here: one event, dated
by the clock now, that holds the log's last moment, that now and (as actor) who said it. From
then on the log's last moment counts from this event (log_clock.last_moment), and `check`
names the step back and every later event dated inside the overlapping window, so a privacy
officer sees it — an insider who sets the clock back to backdate a consent included.

The gate (s17): the same rule before every write of an open window. A clock set back while
the vault was open (by hand, to date a consent before the sharing it should cover) went
unseen until `check`; now the write is refused and the window reads only, with the same
explanation and the same way out as at open. A clock put right again lets writes through.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from .. import log_clock
from ..clock import to_iso
from ..errors import Phrase, ValidationError, VaultError
from ..log_head import moment
from ..store.turns import one_turn
from ..writer_guard import WriterGuard
from .clock_ahead import ClockAhead, ask_tsa
from .context import Context

_log = logging.getLogger(__name__)


class ClockRight:
    def __init__(self, ctx: Context, guard: WriterGuard | None = None) -> None:
        self._ctx = ctx
        self._stating = False  # confirm()'s own write: the one step back that is allowed
        # The highest moment of the log this window has seen (since the last correction): the
        # gate holds the clock against it, not against the last event alone — else a clock
        # stepped back a few minutes per write passed the slack every time (review21).
        self._high: datetime | None = None
        # Told (on the writing thread) when a write was refused for the clock: the desk's banner.
        self.refused: list[Callable[[], None]] = []
        if guard is not None:
            guard.clock_gate = self.gate
        # A team server's window (no vault lock, no log held against the clock at open: the
        # clients' clocks differ by design) is held against its own clock: what this window
        # read from it before may not be passed backwards by more than SLACK.
        self._seen = ctx.clock.now()
        vault = ctx.vault
        self._team = vault is not None and not vault.local_backups
        if self._team:
            ctx.audit.before_dating = self.own_clock
            ctx.db.before_write = self._team_gate  # (a server has no writer lock of its own)
        self.ahead = ClockAhead(ctx)  # a clock far ahead (from hold() at unlock on)

    def gate(self) -> bool:
        """Before a write (WriterGuard): False, and the window read-only for the clock, when
        the clock is more than SLACK before the log's last moment; a window read-only for the
        clock alone whose clock was put right meanwhile writes again."""
        if self._ctx.vault is not None and not self.ahead.gate():
            return False  # (clock_ahead.py: read-only with its reason)
        if self._team:  # (no log held against the clock: its own clock only, own_clock)
            return self._ctx.clock.now() + log_clock.SLACK >= self._seen
        db = self._ctx.db
        reason = db.read_only_reason
        if self._stating or (reason is not None and not log_clock.is_clock_reason(reason)):
            return True  # (another reason refuses the write itself)
        try:
            high = self._highest()
        except VaultError:
            # The log cannot be read here (its key renewed by another process): this gate
            # judges the clock only; the write itself then fails with the precise reason
            # (HeaderChanged for a key file, the renewed key for the database).
            return True
        late = None
        if high is not None and self._ctx.clock.now() + log_clock.SLACK < high:
            late = Phrase(log_clock.MOVED_BACK_ID, {"last": moment(high.isoformat())})
        if late is None:
            db.read_only_reason = None
            return True
        if reason is None:
            db.read_only_reason = late
            _log.warning("the clock is behind the log: this window only reads")
            for tell in list(self.refused):
                tell()
        return False

    def _highest(self) -> datetime | None:
        """The log's last moment now, or a higher one this window saw before (the log's
        dates may only step back within the slack of the highest, as `check` reads them)."""
        last = log_clock.last_moment(self._ctx.db)
        if last is not None and (self._high is None or last > self._high):
            self._high = last
        return self._high

    def _team_gate(self) -> None:
        """Before a team desk's write: a desk opened read-only for its clock (behind the team's
        log at open, Service) whose clock was put right meanwhile writes again. Its clock is
        not held against the log after open: a colleague's clock a little ahead is no reason
        to stop a desk that is writing (own_clock holds it against itself)."""
        db = self._ctx.db
        if self._stating or db.read_only_reason is None:
            return
        if log_clock.is_clock_reason(db.read_only_reason):
            now = self._ctx.clock.now()
            if log_clock.behind(db, now, message_id=log_clock.TEAM_BEHIND_ID) is None:
                db.read_only_reason = None
                self._seen = max(self._seen, now)

    def own_clock(self, now: datetime) -> None:
        """AuditLog.before_dating of a team window: refuse to date anything more than SLACK
        before a moment this window's clock gave earlier (set back while the window was open).
        Nothing is made read-only: the clock put right (or the window opened again) writes."""
        held = None if self.ahead.gate() else self._ctx.db.read_only_reason
        if held is not None:  # (clock_ahead.py)
            raise VaultError(message_id="error-vault-read-only", params={"reason": held})
        if now + log_clock.SLACK < self._seen:
            reason = Phrase(log_clock.TEAM_MOVED_BACK_ID, {"last": self.shown(self._seen)})
            raise VaultError(message_id="error-vault-read-only", params={"reason": reason})
        self._seen = max(self._seen, now)

    def behind(self) -> Phrase | None:
        """The reason this vault is read-only when it is the clock alone (None otherwise):
        what the desk and the CLI show before asking the worker to state the clock is right."""
        vault = self._ctx.vault
        reason = vault.db.read_only_reason if vault is not None else None
        return reason if log_clock.is_clock_reason(reason) else None

    def last_moment(self) -> datetime | None:
        """The moment the clock is held against (what the banner and the CLI show)."""
        return log_clock.last_moment(self._ctx.db) if self._team else self._highest()

    def confirm(self) -> int | None:
        """The worker states that the clock is right now. Returns the event's seq; None when
        the clock is no longer behind (put right meanwhile: nothing to state, writes allowed).
        Refused (nothing written) when the vault is not read-only for the clock alone, or when
        the configured timestamp authority's time differs from the clock by more than SLACK
        (s23: a clock set BACK to date a consent before the sharing it should cover was stated
        right by the worker alone). The TSA is asked first, outside the write turn; one that
        does not answer refuses nothing (the statement is then the worker's word alone)."""
        if self.behind() is None:
            raise ValidationError(message_id="error-clock-right-not-behind")
        said = ask_tsa(self._ctx)
        if said is not None:
            now = self._ctx.clock.now()
            if abs(said - now) > log_clock.SLACK:
                raise ValidationError(
                    message_id="error-clock-right-tsa-differs",
                    params={"tsa": self.shown(said), "clock": self.shown(now)},
                )
        return self._state(said)

    @one_turn
    def _state(self, tsa: datetime | None) -> int | None:
        reason = self.behind()
        if reason is None:
            raise ValidationError(message_id="error-clock-right-not-behind")
        db = self._ctx.db
        now = self._ctx.clock.now()
        last = self._highest()
        if last is None or now + log_clock.SLACK >= last:
            db.read_only_reason = None
            return None
        db.read_only_reason = None  # this one write: the step back it states
        self._stating = True
        data = {"last": to_iso(last), "now": to_iso(now)}
        if tsa is not None:
            data["tsa"] = to_iso(tsa)  # the second opinion the statement was held against
        try:
            with db.transaction():
                seq = self._ctx.audit.append(log_clock.CORRECTED, self._ctx.worker_id, data, at=now)
                self._ctx.set_meta(log_clock.META_CORRECTED, str(seq))
            self._high = None  # (from here on the log's moments count from this event)
        except BaseException:
            db.read_only_reason = reason
            raise
        finally:
            self._stating = False
        return seq

    @staticmethod
    def shown(when: datetime) -> str:
        return moment(to_iso(when))
