"""review28: on the smallest screen (1024×600 at 200 %: 512×262 under the title bar) a desk
dialog's content scrolls and only its buttons stay put (ui/small_screen.py, session 20). The
worker adds a youth, reads from the top, clicks Toevoegen before the name is in — and the red
Dutch message that says what is missing appeared at the bottom of the scrolled content, out of
view: to her, the button did nothing. A message shown in a scrolled dialog is scrolled into
view."""

from __future__ import annotations

from consent_fixtures import desk
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.people import AddYouthDialog
from ui.screen_fit import scrollable
from ui.small_screen import SCROLLED, fit_small_screen

__all__ = ["desk"]

ROOM = QSize(512, 262)


def _in_view(widget: QWidget, area: QScrollArea) -> bool:
    port = area.viewport()
    top_left = widget.mapTo(port, widget.rect().topLeft())
    return port.rect().intersects(QRect(top_left, widget.size()))


def test_the_message_of_a_wrong_click_is_in_view_on_a_tiny_screen(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = AddYouthDialog(service)
    qtbot.addWidget(dialog)
    fit_small_screen(dialog, ROOM, scrollable)
    assert dialog.property(SCROLLED), "the dialog no longer scrolls on this screen"
    dialog.resize(ROOM)
    dialog.show()
    qtbot.waitExposed(dialog)
    (area,) = dialog.findChildren(QScrollArea)
    area.verticalScrollBar().setValue(0)  # she reads from the top

    dialog.save_button.click()  # nothing filled in

    assert dialog.message.kind == "error"
    qtbot.waitUntil(lambda: _in_view(dialog.message, area), timeout=2000)
