"""The service's change feed (toestemming/changes.py) as a Qt signal.

The feed tells its listener on the thread that committed. A commit on the GUI thread (a
dialog, the tablet) is signalled at once, so the screen is current when the dialog's call
returns. Commits on a worker thread (a CSV import writes one transaction per youth, a proof
export logs its event) are gathered and signalled on the GUI thread at most every
BATCH_MS, so a thousand-row import reloads the views a few times a second, not a thousand times;
and before any background task delivers its result (ui/background.Task), so whoever waits for
that result finds the screens already current.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from toestemming.changes import Change
from toestemming.service import Service

from .background import Task
from .gui_wake import gui_wake


def _weakly(method: Callable[[], None]) -> Callable[[], None]:
    """`method`, called while its object lives (hooks kept by the application's waker and
    by Task must not keep a closed window's signal alive)."""
    ref = weakref.WeakMethod(method)

    def call() -> None:
        bound = ref()
        if bound is not None:
            with contextlib.suppress(RuntimeError):  # (the window is already gone)
                bound()

    return call


def _weakly_with(method: Callable[[list[Change]], None]) -> Callable[[list[Change]], None]:
    """The same for a method given the commit's changes."""
    ref = weakref.WeakMethod(method)

    def call(changes: list[Change]) -> None:
        bound = ref()
        if bound is not None:
            with contextlib.suppress(RuntimeError):
                bound(changes)

    return call


BATCH_MS = 200


class _Gathered:
    """What workers committed, kept for the GUI thread: plain Python (a worker calls
    `committed`; nothing of Qt is touched on its thread, not even a signal's emit)."""

    def __init__(self, on_gui_thread: Callable[[list[Change]], None]) -> None:
        self._gui_thread = threading.get_ident()
        self._on_gui_thread = on_gui_thread
        self._lock = threading.Lock()
        self._changes: dict[Change, None] = {}
        self._bell = gui_wake().bell

    def committed(self, changes: list[Change]) -> None:
        if threading.get_ident() == self._gui_thread:
            self._on_gui_thread(changes)
            return
        with self._lock:
            first = not self._changes
            self._changes.update(dict.fromkeys(changes))
        if first:
            self._bell.ring()  # woken, the GUI thread starts the batch timer

    def any(self) -> bool:
        with self._lock:
            return bool(self._changes)

    def take(self) -> list[Change]:
        with self._lock:
            taken, self._changes = list(self._changes), {}
        return taken


class ChangeSignal(QObject):
    changed = Signal(object)  # list[Change]: one commit's, or several gathered from a thread

    def __init__(self, service: Service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gathered = _Gathered(_weakly_with(self._committed_here))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)
        self._stop = service.changes.subscribe(self._gathered.committed)
        self._stop_listening = gui_wake().listen(_weakly(self._start_timer))
        # A background task's outcome is delivered only after its writes are signalled.
        self._hook = _weakly(self.flush)
        Task.before_delivery.append(self._hook)

    def _committed_here(self, changes: list[Change]) -> None:
        self.flush()  # what a worker gathered first, so the order stays
        self.changed.emit(changes)

    def _start_timer(self) -> None:
        if self._gathered.any() and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Signal what workers committed since the last time (tests, and on a timer)."""
        gathered = self._gathered.take()
        if gathered:
            self.changed.emit(gathered)

    def detach(self) -> None:
        """No more signals (the vault is being closed)."""
        self._stop()
        self._stop_listening()
        if self._hook in Task.before_delivery:
            Task.before_delivery.remove(self._hook)
        self._timer.stop()
        self._gathered.take()
