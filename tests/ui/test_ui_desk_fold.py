"""The desk on a 1024×600 netbook with the system's text at 200 % (the hidden GUI probe's
hardest desk): the backup banner took three lines there and the first youth's consent cards
lay below the fold, reachable only by scrolling. Runs tests/ui/desk_fold_screen.py in a child
process with exactly that screen (probe_child.run_on_screen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import run_on_screen


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("text_size", [2, 1.5, 1])
def test_first_cards_above_the_fold_on_a_netbook(
    language: str, text_size: float, tmp_path: Path
) -> None:
    env = {"PROBE_SCREEN": "1024x600", "PROBE_LANG": language, "PROBE_FONT": str(text_size)}
    # (at the usual text size the desk is as before: the banner wrapped, the details first)
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("desk_fold_screen.py", 1024, 600, tmp_path, env)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
