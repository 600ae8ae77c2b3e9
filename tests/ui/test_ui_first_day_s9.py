"""A new worker's first day, clicks only, on a 1366×768 school laptop, a 1024×600 netbook and
a 1920×1080 screen at 200 % (tests/ui/first_day_screen_s9.py in a child process with exactly
that screen): empty forms,
a birth date in the future, cancel and close halfway, double clicks, a 15-year-old without a
parent, the tablet, the proof and the transitieformulier — the next step always a visible,
enabled button with a Dutch label, every refusal Dutch, nothing half-saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_child import what_went_wrong
from test_ui_probe_s9 import run_probe


@pytest.mark.parametrize("screen", ["1366x768", "1024x600", "1920x1080@2x"])
def test_first_day_by_clicks_only(screen: str, tmp_path: Path) -> None:
    done = run_probe(screen, "nl", tmp_path, module="first_day_screen_s9.py")
    assert done.returncode == 0, what_went_wrong(done)
    assert "user actions" in done.stdout
