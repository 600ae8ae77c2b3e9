"""Run one slow service call (key derivation, large reads) off the GUI thread.

    task = Task(lambda: Service.open(path, passphrase))
    task.succeeded.connect(...)   # both signals are emitted on the GUI thread
    task.failed.connect(...)
    task.start()

The worker thread never emits the public signals itself: it hands the outcome to the Task
through a queued connection, and the Task (living on the GUI thread) re-emits it. So slots may
be lambdas or plain functions and still run on the GUI thread, where widgets may be touched.

Python's cyclic garbage collector runs in whichever thread happens to allocate when it is due.
Run in a pool thread, it may free a Qt wrapper that belongs to the GUI thread: a segfault (seen
once in CI, collecting during a reply reading in the pool while a test's dialogs were garbage).
So automatic collection is off while any task runs in the pool; cyclic garbage waits and is
collected on the GUI thread once the last task has ended.

Reference counting frees an object in the thread that lets go of it last. So the pool thread
lets go of the callable (and of what it captured: the dialog that started the task) and of the
outcome BEFORE it says it is done: the Task, on the GUI thread, still holds them then. Before,
a pool thread descheduled right after its emit (a loaded machine) woke after the GUI thread
had delivered and the dialog was closed and forgotten, and destroyed that dialog itself: a
QWidget deleted off the GUI thread, while the GUI thread may be reading its list of windows
(tests/ui/test_crash25_task_lets_go.py; found looking for the first-day probe's SIGSEGV on a
loaded CI, session 25 — whether it was that crash is not known).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """One background call; exactly one of `succeeded` / `failed` is emitted, once."""

    succeeded = Signal(object)  # the call's return value
    failed = Signal(object)  # the exception it raised
    _ended = Signal()  # emitted from the pool thread once the outcome is in `_outcome`

    # Tasks stay referenced until they have delivered, even if the starter forgot them.
    _running: ClassVar[set[Task]] = set()
    # Run on the GUI thread before any outcome is delivered: ui/changes.py signals the writes
    # a task committed first, so its result never reaches a slot before the screens show them.
    before_delivery: ClassVar[list[Callable[[], None]]] = []

    def __init__(self, fn: Callable[[], Any], pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._outcome: tuple[object, object] | None = None  # (result, exception), put by the pool
        # Queued: `_ended` is only emitted from the pool thread and this object lives on the
        # GUI thread, so the automatic connection queues it (test_background checks the slot
        # runs on the GUI thread). Not spelled out: the unlock window starts a Task while it is
        # built, and naming the connection type would make PySide build its whole `Qt`
        # namespace (~20 ms) before the window appears (see ui/unlock.py, `_polish`).
        self._ended.connect(self._deliver)

    def start(self) -> None:
        Task._running.add(self)
        _collection.hold()
        self._pool.start(_Runnable(self))

    def _put(self, result: object, exc: object) -> None:
        """(pool thread) Keep the outcome here, on the GUI thread's side, for `_deliver`."""
        self._outcome = (result, exc)

    @Slot()
    def _deliver(self) -> None:
        Task._running.discard(self)
        _collection.release()  # on the GUI thread: collecting now frees Qt wrappers safely
        outcome, self._outcome, self._fn = self._outcome, None, None
        result, exc = outcome if outcome is not None else (None, None)
        for hook in list(Task.before_delivery):
            hook()
        if exc is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(exc)


class _GuiThreadCollection:
    """Automatic cyclic collection off while tasks run in the pool (held from start until the
    outcome reaches the GUI thread); the state it found is restored when the last one ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holds = 0
        self._was_enabled = True

    def hold(self) -> None:
        with self._lock:
            if self._holds == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holds += 1

    def release(self) -> None:
        with self._lock:
            if self._holds == 0:
                return
            self._holds -= 1
            if self._holds == 0 and self._was_enabled:
                gc.enable()

    @property
    def held(self) -> bool:
        return self._holds > 0


_collection = _GuiThreadCollection()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = task._fn
        self._put: Callable[[object, object], None] | None = task._put
        self._ended = task._ended

    def run(self) -> None:
        fn, put = self._fn, self._put
        self._fn = self._put = None
        assert fn is not None and put is not None  # (run once)
        try:
            put(fn(), None)
        except Exception as exc:  # the GUI thread decides what (if anything) to show
            put(None, exc)
        # Let go here, while the Task holds them all: never this thread's the last reference.
        del fn, put
        self._ended.emit()
