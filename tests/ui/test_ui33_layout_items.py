"""Asking a layout which widgets it places leaves no layout-item wrapper behind.

A QLayoutItem wrapper that Python makes (`layout.itemAt(i)`) stays tied to its layout's
wrapper, and when Qt deletes the item (its widget deleted, the layout rebuilt) shiboken keeps
it registered: the address, reused, came back as a QWidgetItem where a window or a layout lived
(the first-day walk, session 31: `topLevelWidgets()` and `QWidget.layout()` returned one; the
walk held 37 such wrappers after its second step). ui/screen_fit._placed runs on every dialog
shown (is it cramped?), so it asks without itemAt."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from ui.screen_fit import _placed


def _item_wrappers() -> int:
    gc.collect()
    return sum(
        1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QLayout)
    )


def test_placed_widgets_are_found_without_a_layout_item_wrapper(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    label, button, field = QLabel("Naam"), QPushButton("Bewaren"), QLineEdit()
    column.addWidget(label)
    row = QHBoxLayout()
    column.addLayout(row)
    row.addWidget(button)
    row.addStretch(1)
    form = QFormLayout()
    column.addLayout(form)
    form.addRow("Adres", field)
    dialog.show()
    before = _item_wrappers()
    placed = _placed(column)
    assert {label, button, field} <= set(placed)  # nested layouts too
    assert len(placed) == 4  # and the form's own label
    del placed
    assert _item_wrappers() == before
