"""Asking a layout which widgets it places leaves no layout-item wrapper behind.

A QLayoutItem wrapper that Python makes (`layout.itemAt(i)`) stays tied to its layout's
wrapper, and when Qt deletes the item (its widget deleted, the layout rebuilt) shiboken keeps
it registered: the address, reused, came back as a QWidgetItem where a window or a layout lived
(the first-day walk, session 31: `topLevelWidgets()` and `QWidget.layout()` returned one; the
walk held 37 such wrappers after its second step). ui/screen_fit._placed runs on every dialog
shown (is it cramped?), so it asks without itemAt."""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.layout_items import items_of
from ui.screen_fit import _placed
from ui.signing.wrapping import FlowLayout


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


def _label_in_a_column(qtbot: QtBot) -> tuple[QDialog, QVBoxLayout, QLabel]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    label = QLabel("Naam")
    column.addWidget(label)
    column.addWidget(QPushButton("Bewaren"))
    column.addStretch(1)
    return dialog, column, label


def test_an_item_looked_at_is_not_left_registered_when_qt_deletes_it(qtbot: QtBot) -> None:
    before = _valid_item_wrappers()  # other tests' own layouts keep theirs
    _dialog, column, label = _label_in_a_column(qtbot)
    with items_of(column) as items:
        assert [type(i).__name__ for i in items] == ["QWidgetItem", "QWidgetItem", "QSpacerItem"]
        assert items[0] is not None and items[0].widget() is label
        kept = items[0]  # a caller holding on to it, as the old _placed's lists did
    label.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt deletes the item
    assert column.count() == 2
    # Raw itemAt leaves this wrapper valid and registered under the freed address.
    assert not shiboken6.isValid(kept)
    assert _valid_item_wrappers() == before


def test_an_item_taken_while_looking_stays_the_callers(qtbot: QtBot) -> None:
    _dialog, column, _label = _label_in_a_column(qtbot)
    with items_of(column) as items:
        taken = column.takeAt(len(items) - 1)
    assert taken is not None and shiboken6.isValid(taken) and shiboken6.ownedByPython(taken)
    assert taken.spacerItem() is not None
    assert column.count() == 2


def test_our_own_layouts_keep_their_items(qtbot: QtBot) -> None:
    """FlowLayout holds its items' wrappers and hands out those: they stay valid."""
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(t) for t in ("Ja", "Nee", "Later")]
    for button in buttons:
        flow.addWidget(button)
    with items_of(flow) as items:
        assert [i.widget() for i in items if i is not None] == buttons
    assert all(shiboken6.isValid(i) for i in flow._items)
    holder.resize(400, 100)
    holder.show()
    assert buttons[1].x() > buttons[0].x()  # still laid out through those items


def _valid_item_wrappers() -> int:
    gc.collect()
    return sum(
        1
        for o in gc.get_objects()
        if isinstance(o, QLayoutItem) and not isinstance(o, QLayout) and shiboken6.isValid(o)
    )


def test_nothing_in_ui_asks_itemAt_but_items_of() -> None:
    """A layout item's wrapper made by `itemAt` outside ui/layout_items.py is not let go of."""
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "ui").rglob("*.py"), *(root / "tests" / "ui").glob("*.py")]
    found = []
    for path in sources:
        if path.name == "layout_items.py" and path.parent.name == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("itemAt", "itemAtPosition")
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == []
    assert len(sources) > 100  # the scan saw the tree
