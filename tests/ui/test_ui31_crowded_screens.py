"""The session-31 outside probe: every window of the desk and every page of signing mode on
the screens of the brief — a 1280×720 laptop at 125 % (1024×576), a 2560×1440 screen at
200 % (1280×720), a 1366×768 laptop with 200 % text, a 10" tablet upright with 150 % text —
with a crowded desk (crowded_s31: long names of a youth, her parents, a recipient with its
department and a purpose, an item in every status) and signing mode's text as large as A+
makes it. Each screen is one child process (probe_screen_s31.py), checked by probe_checks,
probe_s9 and probe_31 (group box titles, widgets outside their parent, siblings over each
other, text under 9 pt, cut cells).

Found with it: Intrekken opened 1459 px wide on a 1366×768 laptop (the item and the whole
request as radio buttons that did not wrap; the parent's name and role in a drop-down as
wide as its longest entry), Bezwaar 1178 px on a 1024×600 netbook, Gegevens delen scrolled
sideways (a long category name in a check box), Startkwalificatie cut the youth's name, and
signing's withdrawal page scrolled sideways on an upright tablet (a Dutch compound wider
than the line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from probe_child import run_on_screen, what_went_wrong
from test_ui25_small_screens import _findings

# name → (physical width, height, QT_SCALE_FACTOR, system text size, language)
CROWDED: dict[str, tuple[int, int, float, float, str]] = {
    "1280x720@1.25x": (1280, 720, 1.25, 1, "nl"),
    "2560x1440@2x": (2560, 1440, 2, 1, "en"),
    "1366x768 text 200%": (1366, 768, 1, 2, "en"),
    "800x1280 text 150%": (800, 1280, 1, 1.5, "en"),
}
# Known and left: nothing. (Session 31 left the signature page's "U tekent als …" squeezed and
# "Wie bent u?" with the second parent below the fold at A+'s largest step on 1366×768 with
# 200 % text and on the upright tablet: A+ now goes on only while the page holds it, see
# ui/signing/fit.py and test_ui32_signing_largest.py.)
LEFT: dict[str, re.Pattern[str]] = {}
NOTHING = re.compile(r"(?!)")


@pytest.mark.parametrize("screen", sorted(CROWDED))
def test_a_crowded_desk_fits_every_screen(screen: str, tmp_path: Path) -> None:
    width, height, scale, text, language = CROWDED[screen]
    env = {
        "PROBE_SCREEN": screen.replace(" ", "_"),
        "PROBE_LOGICAL": f"{round(width / scale)}x{round(height / scale)}",
        "PROBE_LANG": language,
        "PROBE_STATE": "crowded",
    }
    if text != 1:
        env["PROBE_FONT"] = str(text)
    done = run_on_screen("probe_screen_s31.py", width, height, tmp_path, env, scale)
    if done.returncode == 0:
        return
    found = _findings(done.stdout)
    assert found, what_went_wrong(done)  # a crash or an error, not the probe's findings
    left = LEFT.get(screen, NOTHING)
    unexpected = {w: p for w, p in found.items() if p and not left.match(w)}
    assert not unexpected, "\n".join(f"{w}: {p}" for w, p in unexpected.items())
