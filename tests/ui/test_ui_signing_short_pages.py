"""The tablet's summary, signature and thanks pages on a 1024×600 netbook, with the system's
text at 200 %, 150 % and as usual: tests/ui/signing_short_screen.py in a child process with
exactly that screen (probe_child.run_on_screen). PROBE_SHOTS=folder keeps a PNG per page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import run_on_screen


@pytest.mark.parametrize("text_size", [2, 1.5, 1])
def test_last_pages_fit_a_netbook(text_size: float, tmp_path: Path) -> None:
    env = {"PROBE_SCREEN": "1024x600", "PROBE_FONT": str(text_size)}
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("signing_short_screen.py", 1024, 600, tmp_path, env)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
