"""A drop-down's tooltip follows its current text without a connection to Qt's own
setToolTip (no slot: PySide 6.12 builds that one object a meta-object of its own at run time;
on Qt's own drop-downs the slot outlived its wrapper — ui/combo_tooltip.py). And nowhere in
ui/ is a signal connected to a Qt method that is no slot (read from the source: asking a live
object for its meta-object leaves PySide's wrappers in a state of their own)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from PySide6 import QtCore, QtGui, QtPdfWidgets, QtPrintSupport, QtWidgets
from PySide6.QtCore import QEvent, QMetaMethod, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.combo_tooltip import tooltip_follows_text
from ui.forms import TransitionFormDialog
from ui.screen_fit import narrow_wide_combos
from ui.settings.policy import PolicyPage

UI = Path(__file__).parents[2] / "ui"
LONG = "Margaretha Johanna Wilhelmina van der Westerhuizen (ouder met gezag)"


def followers(combo: QComboBox) -> list[QObject]:
    return [o for o in combo.findChildren(QObject) if type(o).__name__ == "_TooltipFollower"]


@cache
def widget_methods_that_are_no_slots() -> frozenset[str]:
    """Names of methods a Qt widget or action has that its meta-object does not list as a
    slot or signal (setToolTip, setText of a button, …)."""
    found: set[str] = set()
    for module in (QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdfWidgets):
        for class_name in dir(module):
            cls = getattr(module, class_name)
            if not isinstance(cls, type) or not issubclass(cls, QWidget | QtGui.QAction):
                continue
            meta = cls.staticMetaObject
            listed = {
                bytes(meta.method(i).name().data()).decode()
                for i in range(meta.methodCount())
                if meta.method(i).methodType()
                in (QMetaMethod.MethodType.Slot, QMetaMethod.MethodType.Signal)
            }
            found |= {n for n in dir(cls) if not n.startswith("_") and n not in listed}
    return frozenset(found)


def test_no_signal_in_ui_is_connected_to_a_qt_method_that_is_no_slot() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in UI.rglob("*.py")}
    # A method of our own by that name (a page's `clear`) is a Python method: PySide adds it
    # the same way, and that is fine; only Qt's own methods are not.
    ours = {
        node.name
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
    }
    no_slots = widget_methods_that_are_no_slots()
    assert {"setToolTip", "setPlaceholderText"} <= no_slots  # (the list is read right)
    assert not {"setEnabled", "setVisible", "accept", "close"} & no_slots
    found = [
        f"{path.relative_to(UI.parent)}:{node.lineno}: .connect({ast.unparse(node.args[0])})"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "connect"
        and node.args
        and isinstance(node.args[0], ast.Attribute)
        and node.args[0].attr in no_slots
        and node.args[0].attr not in ours
    ]
    assert found == []


def test_the_tooltip_follows_the_text_and_ends_with_the_drop_down(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox()
    QVBoxLayout(dialog).addWidget(combo)
    tooltip_follows_text(combo)
    tooltip_follows_text(combo)  # (twice: still one follower)
    combo.addItems([LONG, "Bas"])
    assert combo.toolTip() == LONG
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "Bas"
    assert len(followers(combo)) == 1
    gone: list[bool] = []
    followers(combo)[0].destroyed.connect(lambda: gone.append(True))
    combo.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone == [True]


def test_a_drop_down_that_gives_way_shows_all_of_its_text_as_tooltip(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItems([LONG, "Bas"])
    QVBoxLayout(dialog).addWidget(combo)
    narrow_wide_combos(dialog, QSize(512, 300))
    narrow_wide_combos(dialog, QSize(512, 300))  # Polish and Show both narrow
    assert combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToContents  # gave way
    assert combo.toolTip() == LONG
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert tips == [LONG, "Bas"]  # each whole in the open list
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "Bas"
    assert len(followers(combo)) == 1


def test_transition_form_and_policy_drop_downs_show_their_whole_text(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    form = TransitionFormDialog(service, seeded.zoe)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    combo = form.request_combo
    assert combo.count() == 2 and combo.toolTip() == combo.currentText()
    combo.setCurrentIndex(1 - combo.currentIndex())
    assert combo.toolTip() == combo.currentText() != ""
    page = PolicyPage(service)
    qtbot.addWidget(page)
    assert page.parent_field.toolTip() == page.parent_field.currentText() != ""


def test_qt_s_own_drop_downs_give_way_without_a_follower() -> None:
    """The print dialog's drop-downs are Qt's: their wrapper lives only while Python looks
    at them, so nothing of ours is hung on them (a follower would outlive the wrapper)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)  # (deleted below, while the printer it points to lives)
    assert dialog.findChildren(QComboBox)  # (Qt's own: the printer list, the page set)
    narrow_wide_combos(dialog, QSize(60, 200))
    combos = dialog.findChildren(QComboBox)
    assert all(
        c.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        for c in combos
    )
    assert not any(followers(c) for c in combos)
    del combos
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
