"""Fixtures and helpers for the consent-workflow GUI tests: the real main window on the real
test vault (tests/ui/ui_vault.py), and small steps that drive the real dialogs like a worker."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from toestemming.model import Answer, Representative, SignerKind, SignerRef, Youth
from toestemming.service import Service
from ui.app import build_main_window
from ui.consent.new_request import NewRequestDialog
from ui.consent.record_decision import RecordDecisionDialog
from ui.main_window import MainWindow


@pytest.fixture
def desk(qtbot: QtBot, service: Service) -> Iterator[MainWindow]:
    """The main window at the screen size the workers use, shown and active."""
    win = build_main_window(service)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.detail.dialog is not None:
        win.detail.dialog.reject()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user; characters outside QTest's key table (ë, Ç) go as key events."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def click(qtbot: QtBot, widget: QWidget) -> None:
    # Widgets added to a shown layout appear on the next pass of the event loop.
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=2000)
    if isinstance(widget, QCheckBox | QRadioButton):
        # A check box stretched by its layout only reacts on its box and text, at the left
        # (at the right in a right-to-left window).
        x = min(8, widget.width() // 2)
        if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = widget.width() - 1 - x
        pos = QPoint(x, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def add_youth(qtbot: QtBot, win: MainWindow, given: str, family: str, born: str) -> Youth:
    """'Jongere toevoegen…' → fill in → Toevoegen; the new youth's page opens."""
    dialog = win.detail.open_add_youth()
    assert dialog is not None
    type_text(qtbot, dialog.given_field, given)
    type_text(qtbot, dialog.family_field, family)
    type_text(qtbot, dialog.birth_field, born)
    type_text(qtbot, dialog.school_field, "Praktijkschool De Brug")
    click(qtbot, dialog.save_button)
    assert dialog.youth is not None, dialog.message.text()
    assert win.detail.youth_id == dialog.youth.id
    return dialog.youth


def add_parent(qtbot: QtBot, win: MainWindow, name: str, *, gezag: bool = True) -> Representative:
    dialog = win.detail.open_add_representative()
    assert dialog is not None
    type_text(qtbot, dialog.name_field, name)
    if dialog.gezag_box.isChecked() != gezag:
        click(qtbot, dialog.gezag_box)
    click(qtbot, dialog.save_button)
    assert dialog.representative is not None, dialog.message.text()
    return dialog.representative


def check_first(view: object, text: str) -> None:
    """Tick the line of a checkable list that starts with `text`."""
    from PySide6.QtWidgets import QListWidget

    assert isinstance(view, QListWidget)
    for i in range(view.count()):
        if view.item(i).text().startswith(text):
            view.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no line {text!r}")


def compose_request(
    qtbot: QtBot, win: MainWindow, purpose: str, recipient: str, categories: list[str]
) -> NewRequestDialog:
    """Ctrl+N → tick purpose, recipient and data → add → create; returns the dialog on its
    'how to continue' page."""
    dialog = win.detail.open_new_request()
    assert dialog is not None
    check_first(dialog.purpose_list, purpose)
    check_first(dialog.recipient_list, recipient)
    for category in categories:
        check_first(dialog.category_list, category)
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.create_button)
    assert dialog.request is not None, dialog.error.text()
    return dialog


def record_at_desk(qtbot: QtBot, win: MainWindow, dialog: NewRequestDialog) -> RecordDecisionDialog:
    """From the new request's last page: 'Beslissing vastleggen aan de balie…'."""
    click(qtbot, dialog.desk_button)
    qtbot.waitUntil(lambda: isinstance(win.detail.dialog, RecordDecisionDialog))
    record = win.detail.dialog
    assert isinstance(record, RecordDecisionDialog)
    return record


def answer(
    qtbot: QtBot, dialog: RecordDecisionDialog, signer: SignerRef, answers: dict[int, Answer]
) -> bool:
    """Choose who decides, click ja/nee per item, click Vastleggen; True when stored."""
    dialog.choose_signer(signer)
    for item_id, value in answers.items():
        row = dialog.rows[item_id]
        click(qtbot, row.yes if value == Answer.YES else row.no)
    click(qtbot, dialog.save_button)
    return dialog.message.kind == "ok"


def parent_refs(service: Service, youth_id: int) -> list[SignerRef]:
    return [
        SignerRef(SignerKind.REPRESENTATIVE, r.id) for r in service.people.representatives(youth_id)
    ]


def show_youth(win: MainWindow, youth_id: int) -> None:
    """Choose `youth_id` in the window's list (search cleared first), so its page shows."""
    win.search_field.clear()
    win.flush_search()
    row = win.model.row_of(youth_id)
    assert row is not None
    win.table.setCurrentIndex(win.model.index(row, 0))
    assert win.detail.youth_id == youth_id


def activate(dialog: QDialog) -> None:
    """What the window manager does when a dialog opens (the offscreen platform does not)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # no replacement for offscreen
        QApplication.setActiveWindow(dialog)
