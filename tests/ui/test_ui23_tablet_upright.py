"""A 10" tablet held upright at Windows' 150 % (800×1280: 533×853 logical pixels), the screen
the GUI probe names: the signer answers, signs and sees the thanks page, each page checked by
the probe's own checks (tests/ui/signing_short_screen.py in a child with exactly that screen).

Found by the probe at this size: the signature page asked 592 px of a 533 px screen (the pad's
least width was 480 px), so the whole tablet — the signature, the worker's passphrase and both
withdrawal pages — stood past the screen's right edge with Bevestigen cut off."""

from __future__ import annotations

import os
from pathlib import Path

from probe_child import run_on_screen


def test_signing_fits_an_upright_tablet_at_150_percent(tmp_path: Path) -> None:
    env = {"PROBE_SCREEN": "800x1280@1.5", "PROBE_FONT": "1"}
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("signing_short_screen.py", 800, 1280, tmp_path, env, 1.5)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
