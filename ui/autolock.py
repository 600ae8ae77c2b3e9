"""Auto-lock: lock the vault after idle time, when the window is minimised, or on request.

Modelled on KeePassXC's core/InactivityTimer: an event filter on the whole application marks
every key press, click, scroll and touch as activity; a light poll timer compares the idle time
with the limit. Time comes from the injected clock, not from QTimer intervals, so

  * tests move a FixedClock forward and call `check_now()` — no sleeping, and
  * a laptop that slept for an hour locks at once on waking (wall time has passed) — NOT yet
    when the key or mouse move that woke it arrives before the poll (multi25 locked on such
    input, but the injected clock cannot tell a suspended process from a test or scenario that
    moves the clock on by days and then clicks: both locked; see the strict xfail), and
  * a clock set back counts idle time from the moment the jump is seen (not the jump's length
    plus the limit).

While background work runs (an import, key derivation) locking waits: closing the vault under
a running writer would break that write. The lock then follows as soon as the work ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from toestemming.clock import Clock

from .background import Task

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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = timedelta(seconds=max(1, int(seconds)))
        self._busy = busy
        self._last_activity: datetime = clock.now()
        self._active = False
        self._pending: str | None = None  # a lock that waits for background work to end
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_now)
        self._watched: list[QWidget] = []

    # -- control ------------------------------------------------------------------------------
    @property
    def seconds(self) -> int:
        return int(self._limit.total_seconds())

    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def lock_pending(self) -> bool:
        return self._pending is not None

    def set_seconds(self, seconds: int) -> None:
        self._limit = timedelta(seconds=max(1, int(seconds)))

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._pending = None
        self._last_activity = self._clock.now()
        self._poll.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._pending = None
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
        now = self._clock.now()
        if now < self._last_activity:
            # The clock was set back (by hand, a wrong time server): the idle time would be
            # negative for the jump's length. It counts from the moment the jump is seen.
            self._last_activity = now
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
            self._last_activity = self._clock.now()
            if self._pending == "idle":
                self._pending = None  # someone is here after all (e.g. back from the tablet)
        elif (
            kind == QEvent.Type.WindowStateChange
            and watched in self._watched
            and isinstance(watched, QWidget)
            and watched.windowState() & Qt.WindowState.WindowMinimized
        ):
            self.request_lock("minimised")
        return False  # only watching, never swallowing
