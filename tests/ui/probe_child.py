"""Run a probe module in a child process whose offscreen platform has exactly one screen of a
given size (Qt's offscreen `configfile`), maybe scaled (QT_SCALE_FACTOR): the GUI probes
(test_ui_probe_s6.py, test_ui_probe_s9.py, test_ui_first_day_s9.py) start their child here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def run_on_screen(
    module: str,
    width: int,
    height: int,
    tmp_path: Path,
    env: dict[str, str],
    scale: float = 1,
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": f"probe {width}x{height}",
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
    child_env = dict(os.environ)
    child_env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    child_env["QT_SCALE_FACTOR"] = str(scale)
    child_env.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(HERE / module),
            "-q",
            "-s",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "--basetemp",
            str(tmp_path / "child"),
        ],
        cwd=HERE.parent.parent,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def what_went_wrong(done: subprocess.CompletedProcess[str]) -> str:
    """The child's report for an assertion message: the end of its output and, after a crash,
    the steps it said last (`step`, on stderr: unbuffered, in order with the crash) and
    faulthandler's stacks of every thread (where it crashed) without pytest's own frames."""
    fatal = done.stderr.find("Fatal Python error")
    if fatal < 0:
        return done.stdout[-8000:] + done.stderr[-2000:]
    before = done.stderr[:fatal].splitlines()
    steps = [line for line in before if line.startswith(STEP)]
    # What Qt, glibc or C++ said as it died ("QThread: Destroyed while…", "free(): invalid
    # pointer", "terminate called after…") stands just before Python's own line: keep it.
    said = [line for line in before if not line.startswith(STEP)]
    return (
        done.stdout[-8000:]
        + "\n".join(steps[-5:])
        + "\n"
        + "\n".join(said[-20:])[-3000:]
        + "\n"
        + "\n".join(
            line
            for line in done.stderr[fatal:].splitlines()
            if not any(noise in line for noise in _RUNNER_FRAMES)
        )[:8000]
    )


# pytest's and pluggy's frames under every test: dropped so every thread's own frames fit.
_RUNNER_FRAMES = ("/_pytest/", "/pluggy/", "/pytest/__main__.py", "<frozen runpy>")


STEP = "probe step: "


def step(what: str) -> None:
    """Say in the child what it does now (a crash report names the last step it reached)."""
    print(f"{STEP}{what}", file=sys.stderr, flush=True)
