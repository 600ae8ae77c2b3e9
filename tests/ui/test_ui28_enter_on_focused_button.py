"""Enter on a focused helper button presses that button, not the dialog's default: a worker
with the keyboard only who tabbed to "Sjabloon gebruiken" and pressed Enter got a request made
of whatever was chosen so far ("Verzoek aanmaken", the default), a write she never asked for."""

from __future__ import annotations

from consent_fixtures import activate, desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.new_request import NewRequestDialog
from ui.main_window import MainWindow

__all__ = ["desk"]


def test_enter_on_sjabloon_gebruiken_uses_the_template_and_makes_no_request(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    before = len(service.consents.requests_for_youth(seeded.zoe))
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_new_request()
    assert isinstance(dialog, NewRequestDialog)
    activate(dialog)
    combo = dialog.template_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first template
    assert combo.currentIndex() > 0 or combo.currentData() is not None
    items_before = dialog.items_tree.topLevelItemCount()
    dialog.template_button.setFocus()
    assert QApplication.focusWidget() is dialog.template_button
    qtbot.keyClick(dialog.template_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.request is None  # nothing made
    assert len(service.consents.requests_for_youth(seeded.zoe)) == before
    assert dialog.items_tree.topLevelItemCount() >= max(items_before, 1)
    dialog.reject()
