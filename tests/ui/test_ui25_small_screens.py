"""Every desk dialog on the smallest screens a worker meets: a 1024×600 Windows laptop at
200 % display scaling (512×300 logical pixels — the title bar leaves 262) and a 10" tablet
held upright at 150 % (533 px wide). Most dialogs were made for 1366×768 and asked 520 px
or more: they opened wider and taller than the screen, OK / Annuleren / Sluiten below its
edge, out of reach of a mouse or a finger. Now (ui/small_screen.py) a dialog's wishes give
way and what does not fit scrolls, its buttons in view.

The GUI probe runs on each screen in a child process (tests/ui/probe_screen_s9.py); here we
hold every desk dialog to being on the screen with its buttons — the rest of the probe's
findings on these screens were listed in LEFT, which is now empty and must stay so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_ui_probe_s9 import SMALL_SCREENS, run_probe

# Known and left: nothing (ui26 made the main window, signing mode, Nieuw verzoek,
# Instellingen e-mail, Verzoek op afstand, Kluis maken and Wissen fit). A window that does
# not fit is named here only with a reason; the pattern matches no window.
LEFT = re.compile(r"(?!)")
OFF_SCREEN = re.compile(r"not inside the screen|^\d+×\d+ on \d+×\d+$|^content needs \d+×\d+$")


def _findings(output: str) -> dict[str, list[str]]:
    """The probe's report: window → its problems (the assertion's text in the child). Read
    by indentation relative to the assertion's first line (pytest's "E" lines): a window's
    name as deep as it, its problems deeper. (Read at fixed depths before session 31, which
    were not pytest's: every problem was taken for a window without problems, and this test
    passed whatever the probe found.)"""
    found: dict[str, list[str]] = {}
    window = ""
    base = -1
    for line in output.splitlines():
        if not line.startswith("E "):
            continue
        depth = len(line) - len(line[1:].lstrip()) - 1
        text = line[1:].strip()
        if text.startswith("AssertionError:"):
            base = depth
        elif base < 0 or not text:
            continue
        elif depth == base:
            window = text.rstrip(":")
            found[window] = []
        elif depth > base and window:
            found[window].append(text)
    return found


# Dutch, and (ui26) right to left: the desk as on a Windows set to Arabic, signing in Arabic.
@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("screen", sorted(SMALL_SCREENS))
def test_every_desk_dialog_is_on_a_tiny_screen_with_its_buttons(
    screen: str, language: str, tmp_path: Path
) -> None:
    done = run_probe(screen, language, tmp_path)
    assert "never opened: []" in done.stdout or done.returncode == 0, done.stdout[-4000:]
    found = _findings(done.stdout)
    off = {
        window: [p for p in problems if OFF_SCREEN.search(p) or "outside" in p]
        for window, problems in found.items()
        if not LEFT.match(window)
    }
    off = {w: p for w, p in off.items() if p}
    assert not off, "\n".join(f"{w}: {p}" for w, p in off.items())
    unexpected = sorted(w for w, problems in found.items() if problems and not LEFT.match(w))
    assert not unexpected, "\n".join(f"{w}: {found[w]}" for w in unexpected)
