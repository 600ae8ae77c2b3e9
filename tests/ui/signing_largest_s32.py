"""Signing mode with the text as large as A+ makes it, on the screen this process has (not
collected by itself: test_ui32_signing_largest.py runs it in a child process with one
offscreen screen and PROBE_FONT the system's text size), for the crowded youth of
crowded_s31 (a parent's long name). A reader taps A+ until it gives no more — on "Wie bent
u?" and again on each later page — and each page is checked with the probes' own checks
(nothing cut, outside, overlapping), plus: every name on "Wie bent u?" in view, the
signature page's "U tekent als …" whole, and its Vorige and Bevestigen wholly in view.

PROBE_SHOTS=folder keeps a PNG per page."""

from __future__ import annotations

import os
from pathlib import Path

from crowded_s31 import crowded
from probe_31 import probe31
from probe_checks import name, probe
from probe_s9 import buttons_painted
from probe_screen_s9 import _names_in_view, language, settle
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.signing import SigningMode

__all__ = ["language"]


def in_view(widget: QWidget, mode: SigningMode) -> bool:
    """Wholly shown in the window as it stands (not scrolled away, not below the screen)."""
    seen = widget.visibleRegion().boundingRect()
    corner = widget.mapTo(mode, widget.rect().topLeft())
    return seen.size() == widget.size() and mode.rect().contains(QRect(corner, widget.size()))


def larger_as_far_as_it_goes(qtbot: QtBot, mode: SigningMode) -> None:
    for _ in range(12):
        if not mode.larger_button.isEnabled():
            return
        qtbot.mouseClick(mode.larger_button, Qt.MouseButton.LeftButton)
        settle()


def look(mode: SigningMode, what: str) -> list[str]:
    settle()
    mode.grab()
    settle()
    picture = mode.grab()
    if os.environ.get("PROBE_SHOTS"):
        tag = f"{os.environ['PROBE_SCREEN']}_{what.replace(' ', '_')}"
        picture.save(str(Path(os.environ["PROBE_SHOTS"]) / f"s32_{tag}.png"))
    page = mode.stack.currentWidget()
    # As the page opens: the probe's Tab walk scrolls the names into view.
    found = _names_in_view(mode) if page is mode.who_page else []
    room = QGuiApplication.primaryScreen().availableGeometry().size()
    found += buttons_painted(mode, picture) + probe(mode, room) + probe31(mode)
    if page is mode.sign_page:
        sign = page
        hint = sign.hint
        needs = hint.heightForWidth(hint.width())
        if hint.height() < needs:
            found.append(f"{hint.text()!r} {hint.height()} px high of {needs}")
        for b in (sign.back_button, sign.confirm_button):
            if not in_view(b, mode):
                found.append(f"{name(b)} not wholly in view")
    return [f"{what} (A+ {mode.step}): {p}" for p in found]


def test_largest_text_fits_every_page(qtbot: QtBot, service: Service, seeded: Seeded) -> None:
    seeded = crowded(service, seeded)
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    mode = SigningMode(service, request, FixedClock(service.clock.now()))
    qtbot.addWidget(mode)
    found: list[str] = []
    try:
        mode.present(full_screen=True)
        qtbot.waitExposed(mode)
        settle()
        assert mode.stack.currentWidget() is mode.who_page  # two parents and the youth
        steps = [
            ("wie bent u", lambda: None),
            ("onderdeel", lambda: mode.choose_signer(mode.model.people[0])),
            ("samenvatting", mode.show_summary),
            ("ondertekenen", mode._enter_signature),
            ("begeleider", mode.ask_passphrase),
            ("intrekken: wie", mode.start_withdrawal),
            ("intrekken: wat", lambda: mode.choose_withdrawer(mode.model.withdraw_people[0])),
        ]
        for what, step in steps:
            step()
            settle()
            larger_as_far_as_it_goes(qtbot, mode)  # the reader taps A+ on this page too
            found += look(mode, what)
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()
    assert not found, "\n".join(found)


def test_the_readers_size_comes_back_after_the_signature_page(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """The signature page may show a step smaller than the reader chose (it did not hold the
    long name at that size); back on the summary (Vorige) the text is as large as chosen."""
    seeded = crowded(service, seeded)
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    mode = SigningMode(service, request, FixedClock(service.clock.now()))
    qtbot.addWidget(mode)
    try:
        mode.present(full_screen=True)
        qtbot.waitExposed(mode)
        mode.choose_signer(mode.model.people[0])
        mode.show_summary()
        settle()
        larger_as_far_as_it_goes(qtbot, mode)
        chosen = mode.step
        mode._enter_signature()
        settle()
        assert mode.step <= chosen
        found = look(mode, "ondertekenen na samenvatting")
        qtbot.mouseClick(mode.sign_page.back_button, Qt.MouseButton.LeftButton)
        settle()
        assert mode.stack.currentWidget() is mode.summary_page
        assert mode.step == chosen, (mode.step, chosen)
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()
    assert not found, "\n".join(found)
