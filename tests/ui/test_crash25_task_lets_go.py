"""A Task's pool thread never holds the last reference to what the GUI thread made.

On a loaded machine (CI on two cores, a netbook) the pool thread is descheduled right after it
hands its outcome over; the GUI thread delivers it, the dialog that started the task is
closed and forgotten, and the pool thread, waking, let go of the task's callable last: the
dialog the callable captured was destroyed on the pool thread — a QWidget deleted off the GUI
thread, while the GUI thread may walk its list of windows (QApplication.topLevelWidgets).
Found looking for the first-day probe's SIGSEGV on a loaded CI (sessions 24–25,
tests/ui/test_ui_first_day_s16.py); whether it was that crash is not known.

The descheduling is made certain here, not waited for: the pool thread is held after its run
until the GUI thread has delivered (an Event)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ui import background
from ui.background import Task


@pytest.fixture
def delivered() -> Iterator[threading.Event]:
    """The worker, after its run, waits until the GUI thread has delivered (then it lets
    go of what it still holds: its last references are dropped on that thread)."""
    event = threading.Event()
    work = background._work

    def work_then_be_descheduled(*args: object) -> None:
        work(*args)  # type: ignore[arg-type]
        event.wait(5)

    background._work = work_then_be_descheduled  # type: ignore[assignment]
    try:
        yield event
    finally:
        event.set()
        background._work = work  # type: ignore[assignment]


def _start_in_a_dialog(freed_on: list[str], results: list[object]) -> None:
    """A dialog (no parent: Python owns it) starts a task whose callable reads it, and is
    closed and forgotten before the result comes (the worker closed it)."""
    dialog = QDialog()
    dialog.setWindowTitle("Bezig")
    weakref.finalize(dialog, lambda: freed_on.append(threading.current_thread().name))
    task = Task(lambda: dialog.windowTitle() and "klaar")
    task.succeeded.connect(results.append)
    task.start()


def test_a_closed_dialog_the_task_captured_is_freed_on_the_gui_thread(
    qtbot: QtBot, delivered: threading.Event
) -> None:
    freed_on: list[str] = []
    results: list[object] = []
    _start_in_a_dialog(freed_on, results)
    qtbot.waitUntil(lambda: results == ["klaar"], timeout=5000)
    delivered.set()  # the pool thread wakes after the GUI thread has delivered
    assert background.wait_for_tasks(5)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]
