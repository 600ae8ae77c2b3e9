"""Run one slow service call (key derivation, large reads) off the GUI thread.

    task = Task(lambda: Service.open(path, passphrase))
    task.succeeded.connect(...)   # both signals are emitted on the GUI thread
    task.failed.connect(...)
    task.start()

The worker thread never calls Qt, and never holds a Python wrapper of a Qt object. It runs on
a plain Python thread (`concurrent.futures`), leaves its outcome in a dict under the task's
number and wakes the GUI thread with one byte on a socket pair (ui/gui_wake.py); the GUI
thread, woken by a QSocketNotifier, takes the outcome and emits the public signals. Before
(session 31), the work ran in a QRunnable of Qt's pool: PySide built and destroyed that
runnable's wrapper on the worker, called its `run` from C++, and the worker emitted a signal
of the Task — PySide's wrapper bookkeeping on two threads at once. It was the first suspect
of the first-day probe's heap corruption; the crash kept its rate without it
(docs/ARCHITECTURE.md, "Known crash"), but a worker that touches nothing of Qt is one thing
less to suspect.

Python's cyclic garbage collector runs in whichever thread happens to allocate when it is due.
Run in a worker, it may free a Qt wrapper that belongs to the GUI thread: a segfault (seen
once in CI, collecting during a reply reading in the pool while a test's dialogs were garbage).
So automatic collection is off while any task runs; cyclic garbage waits and is collected on
the GUI thread once the last task has ended.

Reference counting frees an object in the thread that lets go of it last. So the worker lets
go of the callable (and of what it captured: the dialog that started the task) and of the
outcome BEFORE it says it is done: the Task, on the GUI thread, still holds the callable then,
and the outcome waits in the dict (tests/ui/test_crash25_task_lets_go.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from itertools import count
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal

from .gui_wake import Bell, gui_wake

# As many workers as Qt's pool had on a small machine: two slow calls at once (a backup and
# an inbox check) and no more — every other waits its turn.
WORKERS = 4


class Task(QObject):
    """One background call; exactly one of `succeeded` / `failed` is emitted, once."""

    succeeded = Signal(object)  # the call's return value
    failed = Signal(object)  # the exception it raised

    # Tasks stay referenced until they have delivered, even if the starter forgot them.
    _running: ClassVar[dict[int, Task]] = {}
    # Run on the GUI thread before any outcome is delivered: ui/changes.py signals the writes
    # a task committed first, so its result never reaches a slot before the screens show them.
    before_delivery: ClassVar[list[Callable[[], None]]] = []

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = fn
        self._number = next(_numbers)
        _listen()  # (Tasks are made on the GUI thread: the waker is made there)

    def start(self) -> None:
        Task._running[self._number] = self
        _collection.hold()
        # The worker gets the number, a box with the callable (it empties the box) and the
        # waker's plain-Python half: nothing of Qt.
        future = _pool().submit(_work, self._number, [self._fn], gui_wake().bell)
        with _futures_lock:
            _futures.add(future)
        future.add_done_callback(_forget)

    @classmethod
    def deliver_ended(cls) -> None:
        """(GUI thread, woken) Deliver every outcome the workers have left."""
        while True:
            with _outcomes_lock:
                if not _outcomes:
                    return
                number, outcome = _outcomes.popitem()
            task = cls._running.pop(number, None)
            if task is not None:
                task._deliver(*outcome)

    def _deliver(self, result: object, exc: object) -> None:
        _collection.release()  # on the GUI thread: collecting now frees Qt wrappers safely
        self._fn = None
        for hook in list(Task.before_delivery):
            hook()
        if exc is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(exc)


def running() -> bool:
    """Whether a task has not delivered yet (auto-lock waits; a desk closing waits)."""
    return bool(Task._running)


def wait_for_tasks(timeout: float) -> bool:
    """Wait up to `timeout` seconds until no worker runs (a closing desk, tests); their
    outcomes are delivered later, by the event loop. True when none runs any more."""
    with _futures_lock:
        pending = list(_futures)
    _done, not_done = wait(pending, timeout=timeout)
    return not not_done


_numbers = count(1)
_outcomes: dict[int, tuple[object, object]] = {}  # number → (result, exception), by workers
_outcomes_lock = threading.Lock()
_futures: set[Future[None]] = set()
_futures_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_listening = False


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="task")
    return _executor


def _listen() -> None:
    global _listening
    if not _listening:
        gui_wake().listen(Task.deliver_ended)
        _listening = True


def _forget(future: Future[None]) -> None:
    with _futures_lock:
        _futures.discard(future)


def _work(number: int, box: list[Callable[[], Any] | None], bell: Bell) -> None:
    """(worker thread) Run the call, leave its outcome, ring the GUI thread."""
    fn = box.pop()
    assert fn is not None
    try:
        outcome: tuple[object, object] = (fn(), None)
    except Exception as exc:  # the GUI thread decides what (if anything) to show
        outcome = (None, exc)
    # Let go here, while the Task holds the callable: never this thread's the last reference.
    del fn
    with _outcomes_lock:
        _outcomes[number] = outcome
    del outcome
    bell.ring()


class _GuiThreadCollection:
    """Automatic cyclic collection off while tasks run (held from start until the outcome
    reaches the GUI thread); the state it found is restored when the last one ends."""

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
