"""The session-9 GUI probe: every window of ui/ (found in the code) on the screens a desk or
tablet meets — a 1024×600 netbook, 1280×720, a 1366×768 school laptop, 1920×1080, a 10"
tablet upright (800×1280) and a 1920×1080 screen at 200 % (QT_SCALE_FACTOR=2: 960×540
logical pixels) and at 150 % — on the Dutch and the English desk. Each combination runs in a child
process whose offscreen platform has exactly that screen (tests/ui/probe_screen_s9.py):
nothing larger than the screen or off it, no text cut off, every button in view and named,
every input named, no overlap, no column narrower than its heading, Tab reaches every
control. A window class added to ui/ that the probe does not open fails it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from probe_child import run_on_screen

# name → (physical width, height, QT_SCALE_FACTOR)
SCREENS: dict[str, tuple[int, int, float]] = {
    "1024x600": (1024, 600, 1),
    "1280x720": (1280, 720, 1),
    "1366x768": (1366, 768, 1),
    "1920x1080": (1920, 1080, 1),
    "800x1280": (800, 1280, 1),
    "1920x1080@2x": (1920, 1080, 2),
    "1920x1080@1.5x": (1920, 1080, 1.5),  # the usual Windows laptop setting: 1280×720
}
LANGUAGES = ["nl", "en"]


def run_probe(
    screen: str,
    language: str,
    tmp_path: Path,
    shots: Path | None = None,
    module: str = "probe_screen_s9.py",
) -> subprocess.CompletedProcess[str]:
    width, height, scale = SCREENS[screen]
    env = {
        "PROBE_SCREEN": screen,
        "PROBE_LOGICAL": f"{round(width / scale)}x{round(height / scale)}",
        "PROBE_LANG": language,
    }
    if shots is not None:
        env["PROBE_SHOTS"] = str(shots)
    return run_on_screen(module, width, height, tmp_path, env, scale)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_window_fits_and_is_usable(screen: str, language: str, tmp_path: Path) -> None:
    done = run_probe(screen, language, tmp_path)
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
