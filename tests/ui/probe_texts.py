"""Every text a window shows, and whether it shows all of it (tests/ui/test_ui29_every_text.py).

- visible_texts: each visible widget's text as the worker reads it (labels, buttons, fields,
  lists, tables, trees, tabs, group boxes, the window's title), never failing on a widget of a
  kind it does not know, on an empty list or on a widget Qt has deleted meanwhile;
- texts_cut: a label that does not wrap and is narrower than its text (sizeHint), a button
  whose text is wider than the button (elided by the style), a text field, list or tree that
  has no room to show one whole line;
- open_windows: every top-level window and dialog that is shown now (menus, tooltips and
  combo-box pop-ups are parts of another window, not windows).
"""

from __future__ import annotations

import shiboken6
from probe_checks import name, shown
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# More rows than a window shows are not read: a list of 10,000 youths is not the question.
MOST_ROWS = 200


def open_windows() -> list[QWidget]:
    """Every shown top-level window and dialog (not a menu, tooltip or pop-up)."""
    found = []
    for w in QApplication.topLevelWidgets():
        if not shiboken6.isValid(w) or not w.isVisible():
            continue
        if isinstance(w, QMenu) or w.windowType() in (
            Qt.WindowType.Popup,
            Qt.WindowType.ToolTip,
        ):
            continue
        found.append(w)
    return found


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []
    # A list or table model has no children, and a list one column: their hasChildren (and
    # a list's columnCount) are private in Qt 6 — calling them is a TypeError (the probe that
    # crashed reading the first day's lists).
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    listed = isinstance(model, QAbstractListModel)

    def columns(parent: QModelIndex) -> int:
        return 1 if listed else model.columnCount(parent)

    def rows(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if len(texts) > MOST_ROWS:
                return
            for column in range(columns(parent)):
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if value is not None and str(value):
                    texts.append(str(value))
            first = model.index(row, 0, parent)
            if not flat and model.rowCount(first) > 0:
                rows(first)

    rows(QModelIndex())
    for column in range(columns(QModelIndex())):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        if heading is not None and str(heading):
            texts.append(str(heading))
    return texts


def widget_texts(w: QWidget) -> list[str]:
    """What one widget shows in words (its own; not its children's)."""
    texts: list[str] = []
    if isinstance(w, QLabel | QAbstractButton):
        texts.append(w.text())
    elif isinstance(w, QLineEdit):
        texts += [w.text(), w.placeholderText()]
    elif isinstance(w, QComboBox):
        texts.append(w.currentText())
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        texts += [w.toPlainText(), w.placeholderText()]
    elif isinstance(w, QGroupBox):
        texts.append(w.title())
    elif isinstance(w, QTabBar):
        texts += [w.tabText(i) for i in range(w.count())]
    elif isinstance(w, QAbstractItemView):
        texts += _model_texts(w)
    return [t for t in texts if t and t.strip()]


def visible_texts(top: QWidget) -> list[str]:
    """Every text the window shows now, its title first."""
    texts = [top.windowTitle()] if top.windowTitle() else []
    for w in [top, *shown(top)]:
        if shiboken6.isValid(w):
            texts += widget_texts(w)
    return texts


def _elided(button: QAbstractButton) -> bool:
    """A push button's style draws its text on one line and cuts what does not fit."""
    if button.hasHeightForWidth() or "\n" in button.text():
        return False  # a wrapping button (ui/signing/wrapping.py): text_not_cut's concern
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    return need > button.contentsRect().width()


def texts_cut(top: QWidget) -> list[str]:
    problems = []
    for label in shown(top, QLabel):
        if not label.text() or label.wordWrap() or isinstance(label.parentWidget(), QTabBar):
            continue
        if label.toolTip() == label.text():
            continue  # cut with "…" on purpose, the whole text a hover or click away
        if label.width() < label.sizeHint().width() - 1:
            problems.append(
                f"{name(label)} {label.width()} px wide, its text needs {label.sizeHint().width()}"
            )
    for button in shown(top, QAbstractButton):
        if button.text() and not isinstance(button.parentWidget(), QTabBar) and _elided(button):
            problems.append(f"{name(button)} {button.width()} px wide: text elided")
    for field in shown(top, QLineEdit) + shown(top, QComboBox):
        line = field.fontMetrics().height()
        if field.height() < line:
            problems.append(f"{name(field)} {field.height()} px high, a line needs {line}")
    return problems
