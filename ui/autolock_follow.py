"""The auto-lock's idle limit as the vault's policy has it now, read off the GUI thread.

Another desk or process may change the limit (multi27), so the timer asks the vault again —
but the ask must never keep a desk from locking: on a team server it is a SELECT to
PostgreSQL, and a stalled server (a dropped network, a hung share for a local vault) would
hang the GUI thread in it, the poll with it, and an unattended desk would stay open with
personal data on screen (review33). So:

  * the timer compares the idle time with the limit it KNOWS, and locks, before it asks;
  * it asks at most every REFRESH_SECONDS (on the injected clock), not at every poll;
  * the ask runs on a thread of its own; the poll waits for it at most WAIT_SECONDS (a
    healthy vault answers well within that, so the new limit applies in the same poll), then
    goes on — a slow answer is taken up by a later poll, and while one ask hangs no second one
    is started.

The thread only reads (Service.policy: the store serialises it with the GUI thread's work and
with closing); an error keeps the last limit and is said once until a read succeeds again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from toestemming.clock import Clock

log = logging.getLogger(__name__)

REFRESH_SECONDS = 10
WAIT_SECONDS = 0.25

_FAILED = object()  # (the read raised)


class LimitFollower:
    """Asks `follow` for the limit in the background; `take()` hands over what came back."""

    def __init__(
        self,
        follow: Callable[[], int | None],
        clock: Clock,
        *,
        every: float = REFRESH_SECONDS,
        wait: float = WAIT_SECONDS,
    ) -> None:
        self._follow = follow
        self._clock = clock
        self._every = timedelta(seconds=every)
        self._wait = wait
        self._asked: datetime | None = None  # when the last ask started (None: ask at once)
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()
        self._answer: object = None  # int, None (no answer: keep), or _FAILED
        self._answered = False
        self._round = 0  # (an ask's answer counts only if nothing newer was known meanwhile)
        self._failed = False  # said already (once, not at every ask: a removed worker's window)

    def reset(self) -> None:
        """Ask at the next chance (the timer started again)."""
        self._asked = None

    @property
    def reading(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def due(self) -> bool:
        if self.reading:
            return False  # (one hung ask is enough: no pile of threads behind a stalled vault)
        if self._asked is None:
            return True
        now = self._clock.now()
        # A clock set back counts as due: the next ask resets the mark.
        return now < self._asked or now - self._asked >= self._every

    def ask(self) -> None:
        """Start an ask and wait for it at most `wait` seconds (never longer)."""
        if self.reading:
            return
        self._asked = self._clock.now()
        with self._guard:
            asked_in = self._round
        thread = threading.Thread(
            target=self._read, args=(asked_in,), name="autolock-limit", daemon=True
        )
        self._thread = thread
        thread.start()
        thread.join(self._wait)

    def forget(self) -> None:
        """A newer limit is known (saved at this desk): an ask still out must not bring the
        one it read before back."""
        with self._guard:
            self._round += 1
            self._answer, self._answered = None, False

    def join(self, timeout: float) -> bool:
        """Wait for a running ask (tests; closing). True when none runs any more."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.reading

    def take(self) -> int | None:
        """The limit an ask brought since the last take (None: nothing new). Never waits."""
        with self._guard:
            if not self._answered:
                return None
            answer, self._answer, self._answered = self._answer, None, False
        if answer is _FAILED:
            if not self._failed:
                log.warning("auto-lock: the idle limit could not be read; the last one stays")
            self._failed = True
            return None
        self._failed = False
        return answer if isinstance(answer, int) else None

    def _read(self, asked_in: int) -> None:
        try:
            answer: object = self._follow()
        except Exception:  # (a vault that cannot be read now: a later ask tries again)
            answer = _FAILED
        with self._guard:
            if asked_in == self._round:
                self._answer, self._answered = answer, True
