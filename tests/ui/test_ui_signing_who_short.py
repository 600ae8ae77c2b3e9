"""The tablet's "Wie ben jij?" on a short screen: a 1024×600 netbook with the system's text at
200 %. Both parents of Zoë (15) must decide; the one who picks up the tablet looks for their
name and taps it. With the hint above them the names lay below the fold, the first cut in
half and the second out of view (the session-14 GUI probe)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.signing import SigningMode


def _in_view(widget: QWidget, viewport: QWidget) -> bool:
    """The whole of `widget` lies inside `viewport` (not scrolled or cut off)."""
    corner = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(corner, widget.size()))


def test_every_name_is_in_view_on_a_netbook_with_200_percent_text(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    mode = SigningMode(
        service,
        service.consents.requests_for_youth(seeded.zoe)[0].id,
        FixedClock(service.clock.now()),
    )
    qtbot.addWidget(mode)
    try:
        mode.present(full_screen=False)
        mode.resize(1024, 600)
        qtbot.waitExposed(mode)
        for _ in range(3):
            QApplication.processEvents()
        page = mode.who_page
        assert len(page.buttons) == 2  # both parents with gezag
        viewport = page.people_scroll.viewport()
        for button in page.buttons:
            assert _in_view(button, viewport), f"{button.text()!r} below the fold"
        # The page still says who this is about and what to do, and the texts are whole.
        assert _in_view(page.title, viewport) and _in_view(page.about, viewport)
        assert page.hint.isVisible()
        # On a roomy screen the hint stays where it was: above the names.
        mode.resize(1024, 1280)
        for _ in range(3):
            QApplication.processEvents()
        assert page.hint.parentWidget() is page.buttons[0].parentWidget()
        assert page.hint.y() < page.buttons[0].y()
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()
        qapp.setFont(normal)
