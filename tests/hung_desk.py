"""A desk whose helper processes the test stops (SIGSTOP: a read of a hung share), run in a
process of its own so that a hang fails the test instead of the run (multi26, multi27).

The desk script gets the vault's path and a file to write what it says to (a file, not
stdout: a helper left alive would hold a pipe open); it lists the helpers it stopped on lines
`<MARK> pid…`. Whatever happens, those are killed afterwards (only processes the test started)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_attack_s26_orphan_helpers import _alive

ROOT = Path(__file__).resolve().parents[1]
SAFETY_S = 90  # a hung desk fails the test (not a measurement)

# The end of a desk script's main block (`svc`, `out` open): close the vault, say how it went
# (CLOSED, or CLOSED-WITH the message id: a helper left holding the file), end at once.
CLOSE_AND_END = r"""
    try:
        svc.close()
        print("CLOSED", file=out)
    except Exception as exc:
        print("CLOSED-WITH", getattr(exc, "message_id", type(exc).__name__), file=out)
    out.close()
    os._exit(0)
"""


def run_desk(script: str, tmp_path: Path, mark: str, hung: str) -> list[str]:
    """What the desk said, once it ended with 0; the test fails with `hung` when it does not
    end. The processes listed on `mark` lines are ended, and none of them left alive."""
    path = tmp_path / "desk.py"
    path.write_text(script)
    said = tmp_path / "said.txt"
    desk = subprocess.Popen(
        [sys.executable, str(path), str(tmp_path / "kluis.tvault"), str(said)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        try:
            desk.wait(timeout=SAFETY_S)
        except subprocess.TimeoutExpired:
            pytest.fail(hung)
        lines = said.read_text().splitlines()
        assert desk.returncode == 0, lines
    finally:
        if desk.poll() is None:
            desk.kill()
        for pid in _listed(said, mark):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert not any(_alive(pid) for pid in _listed(said, mark))  # killed, not left
    return lines


def _listed(said: Path, mark: str) -> list[int]:
    lines = said.read_text().splitlines() if said.exists() else []
    return [int(p) for line in lines if line.startswith(mark + " ") for p in line.split()[1:]]
