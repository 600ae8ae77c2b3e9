"""The signing item page on a 1024×600 laptop at 200 % display scaling (512×300 logical
pixels): tests/ui/ui27_item_short_screen.py in a child process with exactly that screen.
ui26 left it: the text the signer agrees to showed in a box one line high."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import run_on_screen


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_item_text_is_a_block_to_read_at_300_px(language: str, tmp_path: Path) -> None:
    env = {"PROBE_SCREEN": "1024x600@2x", "PROBE_LANG": language}
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("ui27_item_short_screen.py", 1024, 600, tmp_path, env, 2)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
