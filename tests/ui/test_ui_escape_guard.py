"""Escape does not drop typed work unseen (ui/escape_guard.py): a hurried worker who typed a
youth's name and hits Escape (to close a drop-down, or by a slip) keeps the dialog, with a
word why; a second Escape closes it. Nothing typed, a field the dialog filled in itself, or a
passphrase: Escape closes at once, as before. Annuleren always closes at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from consent_fixtures import desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from ui.consent.people import AddYouthDialog
from ui.main_window import MainWindow

__all__ = ["desk"]


@pytest.fixture
def add_youth(qtbot: QtBot, desk: MainWindow, seeded: Seeded) -> Iterator[AddYouthDialog]:
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_add_youth()
    assert isinstance(dialog, AddYouthDialog)
    qtbot.waitExposed(dialog)
    yield dialog
    QToolTip.hideText()


def _escape(qtbot: QtBot, dialog: QDialog) -> None:
    target = QApplication.focusWidget()
    qtbot.keyClick(
        target if target is not None and target.window() is dialog else dialog, Qt.Key.Key_Escape
    )
    QApplication.processEvents()


def test_escape_after_typing_a_name_keeps_the_dialog_once(
    qtbot: QtBot, add_youth: AddYouthDialog
) -> None:
    field = add_youth.findChildren(QLineEdit)[0]
    field.setFocus()
    qtbot.keyClicks(field, "Sem")
    _escape(qtbot, add_youth)
    assert add_youth.isVisible() and field.text() == "Sem"
    assert "nog niet opgeslagen" in QToolTip.text()
    _escape(qtbot, add_youth)  # the worker means it
    assert not add_youth.isVisible()


def test_escape_with_nothing_typed_closes_at_once(qtbot: QtBot, add_youth: AddYouthDialog) -> None:
    add_youth.findChildren(QLineEdit)[0].setText("vooraf ingevuld")  # not typed by the worker
    _escape(qtbot, add_youth)
    assert not add_youth.isVisible()


def test_a_typed_passphrase_is_not_held(qtbot: QtBot, desk: MainWindow) -> None:
    dialog = QDialog(desk)
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.keyClicks(field, "geheim")
    _escape(qtbot, dialog)
    assert not dialog.isVisible()


def test_cancel_is_a_choice_and_closes_at_once(qtbot: QtBot, add_youth: AddYouthDialog) -> None:
    field = add_youth.findChildren(QLineEdit)[0]
    qtbot.keyClicks(field, "Sem")
    cancel = next(b for b in add_youth.findChildren(QPushButton) if b.text() == "Annuleren")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not add_youth.isVisible()
