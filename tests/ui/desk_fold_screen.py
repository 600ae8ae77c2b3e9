"""The desk on the screen this process has (not collected by itself: test_ui_desk_fold.py runs
it in a child process with one offscreen screen of 1024×600 and PROBE_FONT the system's text
size): the main window maximised as a worker opens it, the backup banner showing, the first
youth chosen. Her consent cards must start in view, above the fold, without scrolling."""

from __future__ import annotations

import os
from pathlib import Path

from consent_fixtures import desk
from probe_screen_s9 import language, settle
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication
from ui_vault import Seeded

from ui.main_window import MainWindow
from ui.page_column import ColumnScroll

__all__ = ["desk", "language"]


def maximise(desk: MainWindow) -> None:
    """As a worker opens the desk: the whole screen less a title bar and the frame."""
    screen = QGuiApplication.primaryScreen()
    frame = desk.frameGeometry().width() - desk.width()
    room = screen.availableGeometry().size() - QSize(frame, 38)
    desk.move(screen.availableGeometry().topLeft())
    desk.resize(room)
    settle()


def test_first_cards_start_above_the_fold(desk: MainWindow, seeded: Seeded) -> None:
    maximise(desk)
    desk.detail.show_youth(seeded.zoe)
    settle()
    if os.environ.get("PROBE_SHOTS"):
        desk.grab().save(str(Path(os.environ["PROBE_SHOTS"]) / "desk_fold.png"))
    # The demo vault has no verified backup yet: the banner shows, as on a new desk.
    banner = desk.vault_care.backup_banner  # type: ignore[attr-defined]
    assert banner.isVisible()
    text = banner.message_label
    large = float(os.environ.get("PROBE_FONT", "1")) > 1
    # With large text one line, the whole text in its tooltip and for a screen reader; with
    # the usual text the banner says all of it, wrapped, as before.
    assert text.one_line == large
    assert text.toolTip() == (text.text() if large else "")
    assert text.accessibleDescription() == (text.text() if large else "")
    assert (text.shown_text() != text.text()) == large
    if large:
        assert banner.height() < text.fontMetrics().height() * 2 + 16, banner.height()
    # The youth's details still on her page (after the cards with large text), not cut off.
    details = desk.detail.decides_label
    assert details.isVisibleTo(desk) and details.text()
    above = details.mapTo(desk, QPoint(0, 0)).y() < cards_top(desk)
    assert above != large
    cards = desk.detail.consents.cards
    assert cards, "the seeded youth has consent items"
    scroll = next(s for s in desk.detail.findChildren(ColumnScroll) if s.isVisible())
    viewport = scroll.viewport()
    first = cards[0]
    top = first.mapTo(viewport, QPoint(0, 0)).y()
    # A line of the card's text in view at least: its top edge, plus its heading.
    assert top >= 0 and top + first.fontMetrics().height() * 2 <= viewport.height(), (
        f"first card starts at {top}, the page shows {viewport.height()} px"
    )


def cards_top(desk: MainWindow) -> int:
    return desk.detail.consents.mapTo(desk, QPoint(0, 0)).y()
