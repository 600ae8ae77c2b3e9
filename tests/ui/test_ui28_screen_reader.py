"""What a screen reader reads: every input of every window the GUI probe opens (the desk, each
dialog of tests/ui/probe_screen_s9.py, signing mode page by page) has a name in Qt's
accessibility interface — the name NVDA or Narrator speaks when the field gets the focus.

The probe's own check (probe_s9.named_controls) looks at the enabled inputs in view and lets a
placeholder count as a name; Qt does not read a placeholder as the name, and a field that is
greyed out or on a page not yet shown is read all the same once it is reached. Here every
input of the window counts, shown or not, and the name is asked from QAccessible itself.

The same walk runs right to left (a Windows set to Arabic, as the GUI probe's "ar" desk): a
date field keeps its day, month, year and time in their order there — a QDateTimeEdit laid out
right to left turned its sections round, and "23-11-2026 11:00" read "00:11 2026-11-23"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import shiboken6
from consent_fixtures import desk
from probe_screen_s6 import EXTRA
from probe_screen_s9 import MORE, signing_steps
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_dialog_sizes import DIALOGS
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.background import wait_for_tasks
from ui.main_window import MainWindow
from ui.signing import SigningMode

__all__ = ["desk"]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _is_input(w: QWidget) -> bool:
    parent = w.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox):
        return False  # the line edit inside an editable box or a date field: the box is read
    if isinstance(w, QHeaderView):
        return False  # part of its table
    if isinstance(w, QTextEdit | QPlainTextEdit):
        return not w.isReadOnly()
    if isinstance(parent, QTabBar | QScrollBar) or w.objectName().startswith("qt_"):
        return False  # Qt's own parts (tab scroll arrows, a table's corner button)
    return isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractItemView)


def spoken_name(w: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(w)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(top: QWidget, skip: Sequence[QWidget] = ()) -> list[str]:
    """Inputs and buttons of `top` (its own, not another window's) a screen reader calls
    nothing: 'edit', 'button', no word of what it is for."""
    found = []
    for w in top.findChildren(QWidget):
        if w.window() is not top or any(page.isAncestorOf(w) for page in skip):
            continue
        if isinstance(w, QAbstractButton):
            if isinstance(w.parentWidget(), QTabBar | QScrollBar | QComboBox | QLineEdit):
                continue  # Qt's own parts (a search field's clear button: no focus)
            if not w.isVisibleTo(top):
                continue  # a button filled in when it shows (the inbox line of Vandaag)
            if w.objectName().startswith("qt_"):
                continue
        elif not _is_input(w):
            continue
        if not spoken_name(w):
            what = type(w).__name__
            hint = w.placeholderText() if isinstance(w, QLineEdit) else w.objectName()
            found.append(f"{what}{f'({hint!r})' if hint else ''} in {type(w.parent()).__name__}")
    return found


def turned_dates(top: QWidget) -> list[str]:
    """Date and time fields of `top` that a right-to-left window shows back to front."""
    return [
        f"{type(w).__name__} {w.text()!r} in {type(w.parent()).__name__}"
        for w in top.findChildren(QDateTimeEdit)
        if w.window() is top and w.layoutDirection() != Qt.LayoutDirection.LeftToRight
    ]


def check(top: QWidget, skip: Sequence[QWidget] = ()) -> list[str]:
    return unnamed(top, skip) + turned_dates(top)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_input_of_every_window_has_a_spoken_name_and_dates_in_order(
    qtbot: QtBot,
    right_to_left: None,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
) -> None:
    assert desk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    problems: dict[str, list[str]] = {}
    problems["hoofdvenster"] = check(desk)
    desk.detail.show_youth(seeded.zoe)
    _settle()
    problems["jongerenpagina"] = check(desk)
    for what, opener in sorted({**DIALOGS, **EXTRA, **MORE}.items()):
        desk.detail.show_youth(seeded.zoe)
        dialog = opener(desk, service, seeded, tmp_path)
        if dialog is None:
            dialog = desk.detail.dialog
        assert isinstance(dialog, QDialog), what
        dialog.show()
        wait_for_tasks(20)
        _settle()
        problems[what] = check(dialog)
        if shiboken6.isValid(dialog):
            dialog.reject()
        _settle()

    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    mode = SigningMode(service, request, FixedClock(service.clock.now()))
    qtbot.addWidget(mode)
    mode.present(full_screen=False)
    try:
        for what, step in signing_steps(mode):
            step()
            _settle()
            # The page in view (the stack's other pages are filled in when they show).
            stack = mode.stack
            others = [stack.widget(i) for i in range(stack.count()) if i != stack.currentIndex()]
            problems[f"tablet: {what}"] = check(mode, others)
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()

    report = {k: v for k, v in problems.items() if v}
    assert not report, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in report.items())
