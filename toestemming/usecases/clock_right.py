"""`svc.clock_right`: the way out of a vault held read-only by a clock that ran ahead.

Why: log_clock opens a local vault read-only when the clock is more than a few minutes behind
the log's last moment. After a laptop ran a day ahead and was then put right, every event of
that day is "in the future": nothing could be written (not even a backup recorded) until the
day had passed. The worker who knows the clock is right now states it here: one event, dated
by the clock now, that holds the log's last moment, that now and (as actor) who said it. From
then on the log's last moment counts from this event (log_clock.last_moment), and `check`
names the step back and every later event dated inside the overlapping window, so a privacy
officer sees it — an insider who sets the clock back to backdate a consent included.
"""

from __future__ import annotations

from datetime import datetime

from .. import log_clock
from ..clock import to_iso
from ..errors import Phrase, ValidationError
from ..log_head import moment
from ..store.turns import one_turn
from .context import Context


class ClockRight:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def behind(self) -> Phrase | None:
        """The reason this vault is read-only when it is the clock alone (None otherwise):
        what the desk and the CLI show before asking the worker to state the clock is right."""
        vault = self._ctx.vault
        reason = vault.db.read_only_reason if vault is not None else None
        return reason if reason is not None and reason.message_id == log_clock.BEHIND_ID else None

    def last_moment(self) -> datetime | None:
        return log_clock.last_moment(self._ctx.db)

    @one_turn
    def confirm(self) -> int | None:
        """The worker states that the clock is right now. Returns the event's seq; None when
        the clock is no longer behind (put right meanwhile: nothing to state, writes allowed).
        Refused (nothing written) when the vault is not read-only for the clock alone."""
        reason = self.behind()
        if reason is None:
            raise ValidationError(message_id="error-clock-right-not-behind")
        db = self._ctx.db
        now = self._ctx.clock.now()
        last = log_clock.last_moment(db)
        if last is None or now + log_clock.SLACK >= last:
            db.read_only_reason = None
            return None
        db.read_only_reason = None  # this one write: the step back it states
        try:
            with db.transaction():
                seq = self._ctx.audit.append(
                    log_clock.CORRECTED,
                    self._ctx.worker_id,
                    {"last": to_iso(last), "now": to_iso(now)},
                    at=now,
                )
                self._ctx.set_meta(log_clock.META_CORRECTED, str(seq))
        except BaseException:
            db.read_only_reason = reason
            raise
        return seq

    @staticmethod
    def shown(when: datetime) -> str:
        return moment(to_iso(when))
