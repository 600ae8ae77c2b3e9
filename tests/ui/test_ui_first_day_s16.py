"""A new worker's first day in Dutch and in English, on a 1024×600 netbook with the system's
text at 200 % (tests/ui/first_day_screen_s16.py in a child process with exactly that screen;
at other sizes test_ui29_every_text.py walks it): every window met on the way is probed as it
stands.
`--shots`-like: set TOESTEMMING_SCREENSHOTS to a folder to keep a PNG of every step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import what_went_wrong
from test_ui_probe_s9 import run_probe

# The 1366×768 school laptop (text at its usual size) is walked by test_ui29_every_text.py's
# first day with a 16 px font: in Dutch at 1280×720 and as the Dutch desk (Arabic) at
# 1366×768, in English at 1024×600 — less room and larger text, the same walk and checks.
CASES = {
    "1024x600 text 200%": ("1024x600", 2.0),
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_first_day_walk(case: str, language: str, tmp_path: Path) -> None:
    screen, text_size = CASES[case]
    folder = os.environ.get("TOESTEMMING_SCREENSHOTS")
    shots = Path(folder) if folder else None
    done = run_probe(
        screen, language, tmp_path, shots, module="first_day_screen_s16.py", text_size=text_size
    )
    assert done.returncode == 0, what_went_wrong(done)
    assert "windows looked at" in done.stdout
