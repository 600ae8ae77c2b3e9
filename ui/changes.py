"""The service's change feed (toestemming/changes.py) as a Qt signal.

The feed tells its listener on the thread that committed. A commit on the GUI thread (a
dialog, the tablet) is signalled at once, so the screen is current when the dialog's call
returns. Commits on a pool thread (a CSV import writes one transaction per youth, a proof
export logs its event) are gathered and signalled on the GUI thread at most every
BATCH_MS, so a thousand-row import reloads the views a few times a second, not a thousand times;
and before any background task delivers its result (ui/background.Task), so whoever waits for
that result finds the screens already current.
"""

from __future__ import annotations

import contextlib
import threading
import weakref

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from toestemming.changes import Change
from toestemming.service import Service

from .background import Task

BATCH_MS = 200


class ChangeSignal(QObject):
    changed = Signal(object)  # list[Change]: one commit's, or several gathered from a thread
    _woken = Signal()  # (from a pool thread: there is something gathered)

    def __init__(self, service: Service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._gathered: dict[Change, None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)
        self._woken.connect(self._start_timer)  # queued: the timer lives on the GUI thread
        self._stop = service.changes.subscribe(self._committed)
        # A background task's outcome is delivered only after its writes are signalled.
        ref = weakref.WeakMethod(self.flush)

        def hook() -> None:
            flush = ref()
            if flush is not None:
                with contextlib.suppress(RuntimeError):  # (the window is already gone)
                    flush()

        self._hook = hook
        Task.before_delivery.append(hook)

    def _committed(self, changes: list[Change]) -> None:
        if QThread.currentThread() is self.thread():
            self.flush()  # what a thread gathered first, so the order stays
            self.changed.emit(changes)
            return
        with self._lock:
            first = not self._gathered
            self._gathered.update(dict.fromkeys(changes))
        if first:
            self._woken.emit()

    def _start_timer(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Signal what pool threads committed since the last time (tests, and on a timer)."""
        with self._lock:
            gathered, self._gathered = list(self._gathered), {}
        if gathered:
            self.changed.emit(gathered)

    def detach(self) -> None:
        """No more signals (the vault is being closed)."""
        self._stop()
        if self._hook in Task.before_delivery:
            Task.before_delivery.remove(self._hook)
        self._timer.stop()
        with self._lock:
            self._gathered = {}
