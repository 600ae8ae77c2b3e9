"""Vandaag on a short desk: on a 1024×600 netbook with the system's text at 200 % the
worklists' panel showed one line ("Wacht op antwoo…") under the list of youths, the rest
only by scrolling a box one line high. Runs tests/ui/desk_today_screen.py in a child process
with exactly that screen (probe_child.run_on_screen), also at 1280×720 and 1366×768."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import run_on_screen


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "screen",
    [(1024, 600, 2.0), (1280, 720, 2.0), (1366, 768, 2.0), (1024, 600, 1.0)],
    ids=lambda s: f"{s[0]}x{s[1]}-text{int(s[2] * 100)}",
)
def test_vandaag_shows_lines_on_a_short_desk(
    language: str, screen: tuple[int, int, float], tmp_path: Path
) -> None:
    width, height, text_size = screen
    env = {
        "PROBE_SCREEN": f"{width}x{height}",
        "PROBE_LANG": language,
        "PROBE_FONT": str(text_size),
    }
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("desk_today_screen.py", width, height, tmp_path, env)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
