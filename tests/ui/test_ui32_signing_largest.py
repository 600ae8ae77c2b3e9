"""Signing mode at the largest text A+ gives, on small and upright screens with the system's
large text: tests/ui/signing_largest_s32.py in a child process with exactly that screen
(probe_child.run_on_screen). PROBE_SHOTS=folder keeps a PNG per page.

Found with it (session 32): with a parent's long name, A+ went on while the screen held 14
lines of its height, whatever its width and whatever the page held. At 1024×600 with 200 %
text the signature page's "U tekent als …" was squeezed to 68 of 248 px and Vorige /
Bevestigen were cut; on an upright tablet with 150 % text to 300 of 350 px; "Wie bent u?"
showed the second parent below the fold (1366×768 and 1920×1080 at 150 % with 200 % text)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from probe_child import run_on_screen, what_went_wrong

# name → (physical width, height, QT_SCALE_FACTOR, system text size, language)
SCREENS: dict[str, tuple[int, int, float, float, str]] = {
    "1024x600 text 200%": (1024, 600, 1, 2, "nl"),
    "800x1280 text 150%": (800, 1280, 1, 1.5, "en"),
    "1366x768 text 200%": (1366, 768, 1, 2, "en"),
    "1920x1080@1.5x text 200%": (1920, 1080, 1.5, 2, "nl"),
}


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_signing_at_the_largest_text(screen: str, tmp_path: Path) -> None:
    width, height, scale, text, language = SCREENS[screen]
    env = {
        "PROBE_SCREEN": screen.replace(" ", "_").replace("%", ""),
        "PROBE_LOGICAL": f"{round(width / scale)}x{round(height / scale)}",
        "PROBE_LANG": language,
        "PROBE_FONT": str(text),
    }
    if os.environ.get("PROBE_SHOTS"):
        env["PROBE_SHOTS"] = os.environ["PROBE_SHOTS"]
    done = run_on_screen("signing_largest_s32.py", width, height, tmp_path, env, scale)
    assert done.returncode == 0, what_went_wrong(done)
    assert "2 passed" in done.stdout
