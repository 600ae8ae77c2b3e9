"""A GUI probe at the screen sizes the desk meets: 1024×768, 1280×800, 1366×768, 1920×1080
and a tablet held upright (800×1280). For each, a child process gets an offscreen screen of
exactly that size (Qt's offscreen platform, `configfile`) and runs tests/ui/
probe_screen_s6.py there: the main window, the youth page and every dialog reachable from the
menus and the youth page must fit the screen, show their buttons, cut no text off, overlap
nothing, and let Tab reach every control (tests/ui/probe_checks.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCREENS = ["1024x768", "1280x800", "1366x768", "1920x1080", "800x1280"]


def run_probe(
    screen: str, tmp_path: Path, shots: Path | None = None
) -> subprocess.CompletedProcess[str]:
    width, height = (int(n) for n in screen.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": f"probe {screen}",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PROBE_SCREEN"] = screen
    if shots is not None:
        env["PROBE_SHOTS"] = str(shots)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(HERE / "probe_screen_s6.py"),
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "--basetemp",
            str(tmp_path / "child"),
        ],
        cwd=HERE.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_fits_and_works_by_keyboard(screen: str, tmp_path: Path) -> None:
    done = run_probe(screen, tmp_path)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
