"""A child that says two steps and then crashes (not collected by itself:
test_probe_child_report.py runs it through probe_child, as the GUI probes run theirs)."""

from __future__ import annotations

import faulthandler
import sys

from probe_child import step


def _reading_the_texts_behind() -> None:
    # What glibc says as it aborts on a heap it finds broken (session 31's first-day crash).
    print("malloc_consolidate(): unaligned fastbin chunk detected", file=sys.stderr, flush=True)
    faulthandler._sigsegv()  # what a C++ object read after its deletion does


def test_walk_that_crashes() -> None:
    step("kluis maken: SetupDialog")
    step("lege kluis: MainWindow")
    _reading_the_texts_behind()
