"""The desk's dialogs by keyboard alone, as a worker who does not reach for the mouse: the
shortcut opens the dialog with the focus in its first field, Tab goes in reading order,
Space ticks, Enter confirms. (Recording a decision by keyboard: test_ui_consent_page.py;
adding a youth: test_ui_desk_people.py.)"""

from __future__ import annotations

from consent_fixtures import desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.new_request import NewRequestDialog
from ui.main_window import MainWindow

__all__ = ["desk"]


def activate(dialog: QDialog) -> None:
    """What the window manager does when a dialog opens (the offscreen platform does not)."""
    QApplication.setActiveWindow(dialog)


def key(
    qtbot: QtBot,
    dialog: QDialog,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, mod)
    now = dialog.focusWidget()
    assert now is not None
    return now


def test_new_request_by_keyboard_alone(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.mehmet)  # 17: decides himself
    before = len(service.consents.requests_for_youth(seeded.mehmet))
    desk.detail.setFocus()
    qtbot.keyClick(desk.detail, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.detail.dialog
    assert isinstance(dialog, NewRequestDialog)
    activate(dialog)
    assert dialog.focusWidget() is dialog.template_combo  # the first thing on the form
    key(qtbot, dialog, Qt.Key.Key_Tab)  # "Sjabloon gebruiken"
    for view in (dialog.purpose_list, dialog.recipient_list, dialog.category_list):
        assert key(qtbot, dialog, Qt.Key.Key_Tab) is view
        key(qtbot, dialog, Qt.Key.Key_Down)  # the first line
        key(qtbot, dialog, Qt.Key.Key_Space)  # ticked
        assert view.item(view.currentRow()).checkState() == Qt.CheckState.Checked
    assert key(qtbot, dialog, Qt.Key.Key_Tab) is dialog.add_button
    key(qtbot, dialog, Qt.Key.Key_Space)
    assert dialog.items_tree.topLevelItemCount() == 1
    widget = dialog.focusWidget()
    for _ in range(12):  # on to "Verzoek aanmaken"
        if widget is dialog.create_button:
            break
        widget = key(qtbot, dialog, Qt.Key.Key_Tab)
    assert widget is dialog.create_button
    key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.request is not None, dialog.error.text()
    assert len(service.consents.requests_for_youth(seeded.mehmet)) == before + 1
