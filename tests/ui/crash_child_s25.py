"""A child that says two steps and then crashes (not collected by itself:
test_probe_child_report.py runs it through probe_child, as the GUI probes run theirs)."""

from __future__ import annotations

import faulthandler

from probe_child import step


def _reading_the_texts_behind() -> None:
    faulthandler._sigsegv()  # what a C++ object read after its deletion does


def test_walk_that_crashes() -> None:
    step("kluis maken: SetupDialog")
    step("lege kluis: MainWindow")
    _reading_the_texts_behind()
