"""Task: slow calls run on a pool thread, results arrive on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from ui.background import Task


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = QThread.currentThread()
    ran_on: list[threading.Thread] = []
    delivered_on: list[QThread] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    task = Task(work)
    # A lambda has no receiver object; it must still run on the GUI thread.
    task.succeeded.connect(lambda value: delivered_on.append(QThread.currentThread()))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert delivered_on == [gui]


def test_exception_is_delivered_not_raised(qtbot: QtBot) -> None:
    def work() -> None:
        raise ValueError("kapot")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)


def test_task_survives_without_a_reference(qtbot: QtBot) -> None:
    results: list[object] = []
    task = Task(lambda: "klaar")
    task.succeeded.connect(results.append)
    task.start()
    del task  # the starter forgot it; the delivery must still happen
    qtbot.waitUntil(lambda: results == ["klaar"], timeout=5000)


def test_no_garbage_collection_in_the_pool_thread(qtbot: QtBot) -> None:
    """Cyclic garbage may hold Qt wrappers of the GUI thread; freed in a pool thread they can
    crash the app (a segfault seen in CI). While tasks run, automatic collection is off; it is
    back (and collects on the GUI thread) once the last outcome has arrived, even when one
    task fails and two overlap."""
    import gc

    assert gc.isenabled()
    seen: list[bool] = []
    release = threading.Event()

    def slow() -> int:
        seen.append(gc.isenabled())
        release.wait(5)
        return 1

    def fails() -> None:
        seen.append(gc.isenabled())
        raise ValueError("kapot")

    first, second = Task(slow), Task(fails)
    first.start()
    with qtbot.waitSignal(second.failed, timeout=5000):
        second.start()
    assert not gc.isenabled()  # the first still runs
    with qtbot.waitSignal(first.succeeded, timeout=5000):
        release.set()
    assert seen == [False, False]
    assert gc.isenabled()
