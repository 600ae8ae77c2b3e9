"""The tablet's last three pages on the screen this process has (not collected by itself:
test_ui_signing_short_pages.py runs it in a child process with one 1024×600 screen and
PROBE_FONT the system's text size). A parent who has answered taps "Verder naar
handtekening", signs, taps "Bevestigen"; the next person waits for "Volgende persoon".

The session-16 probe found, at 200 % text: titles and buttons cut to 68 px where their text
needs 80–136, the signature box over Vorige / Opnieuw / Bevestigen, and "Volgende persoon"
below the screen with the receipt button over it. Each page is checked here with the probe's
own checks (nothing cut, outside, overlapping or unpainted), plus: the button that goes on is
wholly in view without scrolling, every button at least 44 px high (a finger), and the pad
keeps room to sign."""

from __future__ import annotations

import os
from pathlib import Path

from probe_checks import name, probe
from probe_s9 import buttons_painted
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import (
    mode_with_large_text,
    mouse_stroke,
    read_to_end,
    three_item_request,
    zigzag,
)
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode


def settle(mode: SigningMode) -> None:
    for _ in range(4):
        QApplication.processEvents()
        mode.grab()


def in_view(widget: QWidget, mode: SigningMode) -> bool:
    """Wholly shown in the window as it stands (not scrolled away, not below the screen)."""
    seen = widget.visibleRegion().boundingRect()
    corner = widget.mapTo(mode, widget.rect().topLeft())
    return seen.size() == widget.size() and mode.rect().contains(QRect(corner, widget.size()))


def look(mode: SigningMode, step: str, go_on: list[QAbstractButton]) -> list[str]:
    settle(mode)
    picture = mode.grab()
    if os.environ.get("PROBE_SHOTS"):
        tag = f"{os.environ.get('PROBE_FONT', '1')}_{step}"
        picture.save(str(Path(os.environ["PROBE_SHOTS"]) / f"signing_short_{tag}.png"))
    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    # Painted first: the probe's Tab walk scrolls the focused button into view.
    found = buttons_painted(mode, picture) + probe(mode, screen)
    page = mode.stack.currentWidget()
    for b in page.findChildren(QAbstractButton):
        if b.isVisible() and b.height() < 44:
            found.append(f"{name(b)} {b.height()} px high: too low for a finger")
    found += [f"{name(b)} not wholly in view" for b in go_on if not in_view(b, mode)]
    return [f"{step}: {p}" for p in found]


def test_summary_signature_and_thanks_fit(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    text = float(os.environ.get("PROBE_FONT", "1"))
    # Dutch and English: the language buttons take a row of the bar above the page, as
    # with the probe's request (Sanne, 17, signs alone).
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, text, screen) as mode:
        assert len(mode.language_buttons) == 2
        if mode.stack.currentWidget() is mode.who_page:
            mode.choose_signer(mode.model.people[0])
        settle(mode)
        for _ in mode.items:  # Ja to each item, as a hurried parent does (once read)
            assert mode.stack.currentWidget() is mode.item_page
            read_to_end(mode)
            qtbot.mouseClick(mode.item_page.yes_button, Qt.MouseButton.LeftButton)
            if mode.item_page.special_box.isVisible():
                mode.item_page.special_box.setChecked(True)
            qtbot.mouseClick(mode.item_page.next_button, Qt.MouseButton.LeftButton)
        summary = mode.summary_page
        assert mode.stack.currentWidget() is summary
        found = look(mode, "samenvatting", [summary.next_button, summary.back_button])
        qtbot.mouseClick(summary.next_button, Qt.MouseButton.LeftButton)
        sign = mode.sign_page
        assert mode.stack.currentWidget() is sign
        assert sign.pad.height() >= 120, f"{sign.pad.height()} px to sign in"
        mouse_stroke(qtbot, sign.pad, zigzag(20, 20, width=min(300, sign.pad.width() - 40)))
        found += look(mode, "ondertekenen", [sign.confirm_button, sign.again_button])
        qtbot.mouseClick(sign.confirm_button, Qt.MouseButton.LeftButton)
        thanks = mode.thanks_page
        assert mode.stack.currentWidget() is thanks, sign.error.text()
        found += look(mode, "bedankt", [thanks.next_button])
        # The receipt follows the result in the scrolling column on a short screen: its
        # top edge in view, so the signer sees there is one.
        viewport = thanks.scroll_area.viewport()
        if thanks.short:
            receipt = thanks.receipt_button
            top = receipt.mapTo(viewport, receipt.rect().topLeft()).y()
            assert 0 <= top < viewport.height() - 16, f"the receipt starts at {top}"
            # The worker finds the passphrase at the column's end, a swipe away.
            bar = thanks.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle(mode)
            field = thanks.worker.field
            corner = field.mapTo(viewport, field.rect().topLeft())
            assert viewport.rect().contains(QRect(corner, field.size())), corner
            assert thanks.worker.unlock_button.isVisible()
        assert not found, "\n".join(found)
