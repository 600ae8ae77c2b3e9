"""A probe child that crashes (SIGSEGV: the first-day walk at 200 % text on a loaded CI) is
reported with the last steps it reached and the top of its stack — the walk's stdout is lost
in a crash, and the bottom of the stack is only pytest's frames (sessions 24–25: the report
was pytest's frames alone)."""

from __future__ import annotations

import signal
from pathlib import Path

from probe_child import run_on_screen, what_went_wrong


def test_a_crashed_child_names_its_last_step_and_where_it_crashed(tmp_path: Path) -> None:
    done = run_on_screen("crash_child_s25.py", 800, 600, tmp_path, {})
    assert done.returncode == -signal.SIGSEGV
    report = what_went_wrong(done)
    assert "probe step: lege kluis: MainWindow" in report
    assert "Segmentation fault" in report
    assert "_reading_the_texts_behind" in report
    # The stack's top first, before pytest's own frames.
    assert report.index("_reading_the_texts_behind") < report.index("pluggy")
