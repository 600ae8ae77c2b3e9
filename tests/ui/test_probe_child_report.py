"""A probe child that crashes (SIGSEGV: the first-day walk at 200 % text on a loaded CI) is
reported with the last steps it reached, what the C library said as it died, and its own
frames — the walk's stdout is lost in a crash, and the bottom of the stack is only pytest's
frames (sessions 24–25: the report was pytest's frames alone; session 31: glibc's line was
dropped, and pytest's frames filled the room meant for the other threads)."""

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
    # What the C library said as it died, just before Python's line (session 31: dropped).
    assert "malloc_consolidate(): unaligned fastbin chunk detected" in report
    # The child's own frames; pytest's and pluggy's, under every test, left out.
    assert "test_walk_that_crashes" in report
    assert "pluggy" not in report and "_pytest" not in report
