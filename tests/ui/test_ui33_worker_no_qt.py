"""A background task's worker thread calls nothing of Qt: not while it works (a commit it makes
reaches the screens through ui/changes.py), not when it hands its outcome over. Before
(session 31), the worker ran in a QRunnable, emitted a signal of the Task and, at a commit,
asked Qt for its thread and emitted the change signal's wake — PySide's wrapper bookkeeping on
two threads at once (ui/background.py).

Every call into a built-in of PySide6 or shiboken6 on the worker's thread is recorded with a
profile function the work installs on its own thread (it removes itself when the worker's
outermost call returns)."""

from __future__ import annotations

import sys
import threading
from types import FrameType
from typing import Any

from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui import background
from ui.background import Task, wait_for_tasks
from ui.changes import ChangeSignal


def _qt_calls_recorder(calls: list[str]) -> Any:
    outermost: list[FrameType] = []

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if not outermost:
            outer = frame
            while outer.f_back is not None:
                outer = outer.f_back
            outermost.append(outer)
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = type(owner).__module__ if owner is not None else ""
            module = module or getattr(arg, "__module__", "") or ""
            if module.startswith(("PySide6", "shiboken6")):
                calls.append(f"{module}: {getattr(arg, '__qualname__', arg)}")
        elif event == "return" and frame is outermost[0]:
            sys.setprofile(None)

    return profile


def test_a_worker_that_commits_calls_nothing_of_qt(qtbot: QtBot, service: Service) -> None:
    signal = ChangeSignal(service)
    changed: list[object] = []
    signal.changed.connect(changed.append)
    calls: list[str] = []
    worked_on: list[int] = []

    def work() -> str:
        sys.setprofile(_qt_calls_recorder(calls))
        worked_on.append(threading.get_ident())
        service.people.add_youth(given_name="Sam", family_name="de Vries", birth_date="2010-05-01")
        return "klaar"

    task = Task(work)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        task.start()
    assert blocker.args == ["klaar"]
    assert wait_for_tasks(5)  # (the worker's last steps, after its ring, are done too)
    assert worked_on and worked_on[0] != threading.get_ident()
    assert calls == []
    assert changed  # the commit reached the GUI thread, before the outcome
    signal.detach()


def test_a_worker_that_fails_calls_nothing_of_qt(qtbot: QtBot) -> None:
    calls: list[str] = []

    def work() -> None:
        sys.setprofile(_qt_calls_recorder(calls))
        raise ValueError("kapot")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=10_000):
        task.start()
    assert wait_for_tasks(5)
    assert calls == []
    assert not background.running()
