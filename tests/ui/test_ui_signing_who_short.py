"""The tablet's "Wie ben jij?" on a short screen: a 1024×600 netbook with the system's text at
200 %. Both parents of Zoë (15) must decide; the one who picks up the tablet looks for their
name and taps it. With the hint above them the names lay below the fold, the first cut in
half and the second out of view (the session-14 GUI probe)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import mode_with_large_text
from ui_vault import Seeded

from toestemming.service import Service


def _in_view(widget: QWidget, viewport: QWidget) -> bool:
    """The whole of `widget` lies inside `viewport` (not scrolled or cut off)."""
    corner = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(corner, widget.size()))


def test_every_name_is_in_view_on_a_netbook_with_200_percent_text(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    with mode_with_large_text(qtbot, qapp, service, seeded.zoe, 2, QSize(1024, 600)) as mode:
        page = mode.who_page
        assert len(page.buttons) == 2  # both parents with gezag
        viewport = page.people_scroll.viewport()
        for button in page.buttons:
            assert _in_view(button, viewport), f"{button.text()!r} below the fold"
        # The page still says who this is about and what to do, and the texts are whole.
        assert _in_view(page.title, viewport) and _in_view(page.about, viewport)
        assert page.hint.isVisible()
        # It stays so when the page is laid out again (its smaller title fits; no flipping).
        for height in (601, 600):
            mode.resize(1024, height)
            for _ in range(3):
                QApplication.processEvents()
            assert all(_in_view(b, viewport) for b in page.buttons), height
        # On a roomy screen the hint stays where it was: above the names.
        mode.resize(1024, 1280)
        for _ in range(3):
            QApplication.processEvents()
        assert page.hint.parentWidget() is page.buttons[0].parentWidget()
        assert page.hint.y() < page.buttons[0].y()
