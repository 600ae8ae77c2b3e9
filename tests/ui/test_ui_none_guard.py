"""A long day at the desk: PySide6 6.12 on Python 3.11 loses one reference to None with
every call that returns nothing, and the process aborts when None's count reaches zero
(ui/none_guard.py). Measured before the guard: the desk aborted after about 4,000 resizes of
its main window. A child process makes 300,000 such calls after importing ui, as a day of
typing, resizing and clicking does; it must live to say so."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import ui  # what every entry point imports first
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("Zoë Çelik")
    label.show()
    for i in range(100_000):
        label.setText("Zoë" if i % 2 else "Çelik")  # returns nothing: one None lost each
        label.resize(200 + i % 50, 40)
        label.setToolTip("")
    print("still here")
    """
)


def test_a_day_of_calls_does_not_abort_the_desk() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).parent.parent.parent,
    )
    assert done.returncode == 0 and "still here" in done.stdout, done.stderr[-2000:]


def test_none_cannot_run_out_in_this_process() -> None:
    import ui.none_guard as guard

    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) >= guard.HEADROOM
    assert guard.keep_none_alive() is (sys.version_info < (3, 12))  # a second call: no harm
    assert sys.getrefcount(None) < 2 * guard.HEADROOM


EMITS = textwrap.dedent(
    """
    import ui  # what every entry point imports first
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    class Desk(QObject):
        changed = Signal()
        lock_requested = Signal(str)

    app = QApplication([])
    desk, heard = Desk(), []
    desk.lock_requested.connect(heard.append)
    for i in range(100_000):  # a day of change signals and lock requests
        desk.changed.emit()  # each returns True without a reference (PySide6 6.12)
        desk.lock_requested.emit("idle")
    print("still here", len(heard))
    """
)


def test_a_day_of_signals_does_not_abort_the_desk() -> None:
    """Multi26: Signal.emit() loses one reference to True per call; without the guard the
    child aborts ("Fatal Python error: bool_dealloc") after about as many emits as True had
    references (~600 in a bare process)."""
    done = subprocess.run(
        [sys.executable, "-c", EMITS],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).parent.parent.parent,
    )
    assert done.returncode == 0 and "still here 100000" in done.stdout, done.stderr[-2000:]


def test_true_and_false_cannot_run_out_in_this_process() -> None:
    import ui.none_guard as guard

    for obj in (True, False):
        if sys.version_info < (3, 12):
            assert sys.getrefcount(obj) >= guard.HEADROOM
        assert sys.getrefcount(obj) < 2 * guard.HEADROOM
