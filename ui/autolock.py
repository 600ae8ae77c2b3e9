"""Auto-lock: lock the vault after idle time, when the window is minimised, or on request.

Modelled on KeePassXC's core/InactivityTimer: an event filter on the whole application marks
every key press, click, scroll and touch as activity; a light poll timer compares the idle time
with the limit. Time comes from the injected clock, not from QTimer intervals, so

  * tests move a FixedClock forward and call `check_now()` — no sleeping, and
  * a laptop that slept for an hour locks at once on waking (wall time has passed) — also when
    the key or mouse move that woke it arrives before the poll's tick. That input locks when the
    limit has passed on BOTH the injected clock and a second, suspend-aware time source
    (`wake_seconds`: CLOCK_BOOTTIME where the system has it — it runs on while the machine
    sleeps and does not jump when the wall clock is set — else the wall clock). The injected
    clock alone cannot tell a suspended laptop from a test or scenario that moves it on by days
    and then clicks (session 22 locked every such desk test); the second source only moves with
    real time, and tests drive it separately (the `wake_seconds` argument, or the module's
    `suspend_aware_seconds` for a whole desk). That input is swallowed and the lock follows on
    the next turn of the event loop (not inside the filter: locking closes widgets), and
  * a clock set back counts idle time from the moment the jump is seen (not the jump's length
    plus the limit).

The limit follows the vault's policy (another desk may change it), but the poll never waits
for the vault before locking: it compares with the limit it knows and locks first; only a poll
that does not lock asks, now and then and off the GUI thread (autolock_follow.py) — a stalled
team server or hung share must not keep an unattended desk open (review33).

While background work runs (an import, key derivation) locking waits: closing the vault under
a running writer would break that write. The lock then follows as soon as the work ends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from toestemming.clock import Clock

from .autolock_follow import LimitFollower
from .background import Task

log = logging.getLogger(__name__)

DEFAULT_IDLE_SECONDS = 300
POLL_MS = 1000

# Input that means a person is at the keyboard. Window activation and paint events do not
# count: they also happen when nobody is there (another window closing, a notification).
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


# Screens that must not be locked under them (signing mode: the vault serves the tablet and
# the mode has its own idle reset and passphrase to leave). Keyed by id of the holding object.
_HOLDS: set[int] = set()


def suspend_aware_seconds() -> float:
    """Seconds on a source that keeps running while the machine is suspended: CLOCK_BOOTTIME
    (Linux: never set back, counts the sleep), else the wall clock (Windows, macOS: it also
    counts the sleep; a wall clock set back only delays this sign, the poll still locks)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.time()


def hold_lock(owner: QObject) -> None:
    """Postpone auto-lock while `owner` lives (released on destroy or `release_lock`)."""
    key = id(owner)
    _HOLDS.add(key)
    owner.destroyed.connect(lambda *_: _HOLDS.discard(key))


def release_lock(owner: QObject) -> None:
    _HOLDS.discard(id(owner))


def background_work_running() -> bool:
    """True while a ui.background.Task has not delivered its result yet, or a screen holds
    the lock (see hold_lock)."""
    return bool(Task._running) or bool(_HOLDS)


class InactivityTimer(QObject):
    """Emits `inactivity_detected` once after `seconds` without user input (then stops).

    `lock_requested` is emitted for every reason to lock (idle, minimised, `request_lock`),
    at most once per start(); connect it to the window's lock()."""

    inactivity_detected = Signal()
    lock_requested = Signal(str)  # reason: "idle", "minimised" or "manual"

    def __init__(
        self,
        clock: Clock,
        seconds: int = DEFAULT_IDLE_SECONDS,
        *,
        busy: Callable[[], bool] = background_work_running,
        wake_seconds: Callable[[], float] | None = None,
        follow: Callable[[], int | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = timedelta(seconds=max(1, int(seconds)))
        # The limit as it stands now (the vault's policy, which another window or process may
        # change): asked now and then while no background work runs, off the GUI thread and
        # only when not locking (ui/autolock_follow.py); None from it keeps the last limit.
        self._follower = None if follow is None else LimitFollower(follow, clock)
        self._busy = busy
        self._wake_source = wake_seconds  # None: suspend_aware_seconds, looked up when read
        self._last_activity: datetime = clock.now()
        self._last_activity_wake = self._wake_seconds()
        self._active = False
        self._pending: str | None = None  # a lock that waits for background work to end
        self._woken = False  # input after a suspend came: the lock is on its way
        self._slept = False  # the pending lock is one after a suspend: input keeps it
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_now)
        self._watched: list[QWidget] = []

    # -- control ------------------------------------------------------------------------------
    @property
    def seconds(self) -> int:
        self._take_limit()
        return int(self._limit.total_seconds())

    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def lock_pending(self) -> bool:
        return self._pending is not None

    def set_seconds(self, seconds: int) -> None:
        self._limit = timedelta(seconds=max(1, int(seconds)))

    @property
    def follower(self) -> LimitFollower | None:
        return self._follower

    def limit_saved(self, seconds: int) -> None:
        """The limit was just saved at this desk: it applies at once, over any older answer
        an ask still out would bring."""
        if self._follower is not None:
            self._follower.forget()
        self.set_seconds(seconds)

    def _take_limit(self) -> None:
        """Take up the limit an ask brought back (never waits for the vault)."""
        seconds = None if self._follower is None else self._follower.take()
        if seconds is not None:
            self.set_seconds(seconds)

    def _refresh_limit(self) -> None:
        """Ask `follow` for the limit when it is time to (autolock_follow: off this thread,
        waited for briefly). Not while background work runs (its reads wait for that work's
        writes; the lock waits for it anyway); an error keeps the last limit."""
        follower = self._follower
        if follower is None or self._busy() or not follower.due():
            return
        follower.ask()
        self._take_limit()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._pending = None
        self._woken = False
        self._slept = False
        self._mark_activity()
        if self._follower is not None:
            self._follower.reset()  # (the first poll asks)
        self._poll.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._pending = None
        self._woken = False
        self._slept = False
        self._poll.stop()

    def watch_minimise(self, window: QWidget) -> None:
        """Lock when `window` is minimised (someone walks away and hides it)."""
        window.installEventFilter(self)
        self._watched.append(window)

    def request_lock(self, reason: str = "manual") -> None:
        """Lock now, or as soon as background work has finished."""
        if not self._active:
            return
        if self._busy():
            self._pending = reason
            return
        self._fire(reason)

    def idle_seconds(self) -> float:
        return (self._clock.now() - self._last_activity).total_seconds()

    def _wake_seconds(self) -> float:
        source = self._wake_source if self._wake_source is not None else suspend_aware_seconds
        return source()

    def _mark_activity(self) -> None:
        self._last_activity = self._clock.now()
        self._last_activity_wake = self._wake_seconds()

    def _due_after_sleep(self) -> bool:
        """The idle limit has passed on the injected clock AND in real time (the suspend-aware
        source) since the last input: the poll would have locked had the machine been awake
        to run it. (The product clock alone moves on in tests and scenarios too.)"""
        slept = self._wake_seconds() - self._last_activity_wake
        idle = self._clock.now() - self._last_activity
        return slept >= self._limit.total_seconds() and idle >= self._limit

    def _lock_after_sleep(self) -> None:
        self._woken = False
        if not self._active:
            return
        self._slept = True  # (a lock waiting for running work stays, whatever is typed)
        self.request_lock("idle")

    def check_now(self) -> bool:
        """Compare the idle time with the limit (the poll timer calls this every second).
        Returns True when it locked."""
        if not self._active:
            return False
        if self._pending is not None:
            if self._busy():
                return False
            self._fire(self._pending)
            return True
        self._take_limit()
        now = self._clock.now()
        if now < self._last_activity:
            # The clock was set back (by hand, a wrong time server): the idle time would be
            # negative for the jump's length. It counts from the moment the jump is seen.
            self._last_activity = now
        if now - self._last_activity < self._limit:
            # Not locking by the limit known: only now ask the vault (a stalled read must
            # never stand between an idle desk and its lock, review33).
            self._refresh_limit()
            if now - self._last_activity < self._limit:
                return False
        if self._busy():
            # Someone is waiting for an import or similar; idle time counts from its end.
            self._pending = "idle"
            return False
        self._fire("idle")
        return True

    def _fire(self, reason: str) -> None:
        self.stop()
        if reason == "idle":
            self.inactivity_detected.emit()
        self.lock_requested.emit(reason)

    # -- QObject ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS:
            if self._woken:
                return True  # the lock after sleeping is on its way: this input does nothing
            if self._active and self._pending is None and self._due_after_sleep():
                # A laptop woken after sleeping with the vault open: the wake key or mouse
                # move arrives before the poll's tick. It is swallowed (the Enter that woke the
                # laptop confirms no dialog) and the lock follows at once — outside this
                # filter: locking closes dialogs and widgets, among them this event's target.
                self._woken = True
                QTimer.singleShot(0, self, self._lock_after_sleep)
                return True
            if self._pending == "idle" and self._slept:
                return False  # woken during running work: input does not call the lock off
            self._mark_activity()
            if self._pending == "idle":
                self._pending = None  # someone is here after all (e.g. back from the tablet)
        elif (
            kind == QEvent.Type.WindowStateChange
            and watched in self._watched
            and isinstance(watched, QWidget)
            and watched.windowState() & Qt.WindowState.WindowMinimized
        ):
            self.request_lock("minimised")
        return False  # only watching (swallowing only the input that woke a slept laptop)
