"""The tablet's item page on the screen this process has (not collected by itself:
test_ui27_signing_item_short.py runs it in a child process with one 1024×600 screen at
200 % display scaling: 512×300 logical pixels). A youth reads what they agree to before
tapping Ja or Nee: the text must show as a block of lines to read, not a strip of one."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode


def settle(mode: SigningMode) -> None:
    for _ in range(4):
        QApplication.processEvents()
        mode.grab()


def test_the_item_text_shows_lines_to_read_on_a_300_px_screen(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    language = os.environ.get("PROBE_LANG", "nl")
    three_item_request(service, seeded.odegaard, arabic=language == "ar")
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, screen) as mode:
        if language != "nl":
            mode.set_language(language)
        if mode.stack.currentWidget() is mode.who_page:
            mode.choose_signer(mode.model.people[0])
        page = mode.item_page
        assert mode.stack.currentWidget() is page
        settle(mode)
        if os.environ.get("PROBE_SHOTS"):
            shot = Path(os.environ["PROBE_SHOTS"]) / f"ui27_item_{language}_{screen.height()}.png"
            mode.grab().save(str(shot))
        # What of the text itself (not the recipient above it) is in the window before
        # anything is scrolled: ui26's fix gave the text's box half the screen, but the
        # recipient, "Onderdeel 1 van 3" and the bar's second row left 19 px of it.
        sheet = page.lines[0].parentWidget()
        top = sheet.mapTo(mode, sheet.rect().topLeft()).y()
        box = page.text_scroll
        bottom = min(box.mapTo(mode, box.rect().bottomLeft()).y(), mode.height())
        line = page.lines[-1].fontMetrics().lineSpacing()
        seen = bottom - top
        print(f"ITEM text {seen} px in view, line {line} px, bar {mode.bar.height()} px")
        if len(mode.language_buttons) == 2:
            # One row of tools (A−, A+, two languages, Begeleider), not two: with three
            # languages they need two rows in 512 px.
            assert mode.bar.height() <= 80, f"the bar takes {mode.bar.height()} of 300 px"
        # Ja and Nee start on the screen: the signer sees where the answers are.
        yes = page.yes_button.mapTo(mode, page.yes_button.rect().topLeft()).y()
        assert yes < mode.height() - 16, f"Ja starts at {yes} of {mode.height()} px"
        # The heading and two lines of the text before the signer must scroll (two lines
        # when three languages take two rows of the bar).
        lines = 3 if len(mode.language_buttons) == 2 else 2
        assert seen >= lines * line, f"{seen} px of the text in view: {seen / line:.1f} lines"
