"""The session-31 GUI probe's checker: what an outside probe looks for that probe_checks.py and
probe_s9.py do not (each returns its problems as short texts; empty: fine).

- titles_cut: a group box whose title is wider than the box (Qt cuts it without "…");
- outside_parent: a widget shown outside its window's visible part, or outside its own parent
  (cut off by it), other than what a scroll area scrolls — not only buttons;
- siblings_overlap: two children of one parent over each other, also when no layout placed
  them (a badge or banner moved by hand);
- tiny_fonts: a text under 9 pt, whatever the system font (the desk's smallest readable size);
- cells_cut: a cell of a table or list that does not wrap and is narrower than its text
  (a status, an answer or a date shown as "gege…"), unless the whole text is in its tooltip.
"""

from __future__ import annotations

from itertools import combinations

from probe_checks import in_scroll_area, name, rect_in, shown
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollBar,
    QStackedWidget,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ui.font_size import points

# The smallest text the desk may show (Windows' own 9 pt Segoe UI).
LEAST_POINTS = 9.0
# What a worker reads or works: these must be whole and apart.
CONTENT = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QGroupBox,
    QAbstractItemView,
    QTextEdit,
)
# Parents whose children are their own parts (a scroll bar, a line edit's clear button).
COMPOSITE = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QAbstractScrollArea, QScrollBar)


def _content(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in shown(top)
        if isinstance(w, CONTENT)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parentWidget(), COMPOSITE)
        and not _inside_composite(w, top)
    ]


def _inside_composite(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def titles_cut(top: QWidget) -> list[str]:
    problems = []
    for box in shown(top, QGroupBox):
        if not box.title():
            continue
        option = QStyleOptionGroupBox()
        box.initStyleOption(option)
        label = box.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
        )
        need = box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))
        if box.isCheckable():
            need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
        if label.left() + need > box.width():
            problems.append(f"group box {box.title()!r} {box.width()} px wide, title needs {need}")
    return problems


def outside_parent(top: QWidget) -> list[str]:
    window = top.rect()
    problems = []
    for w in _content(top):
        if in_scroll_area(w, top):
            continue
        place = rect_in(w, top)
        if not window.contains(place):
            problems.append(f"{name(w)} at {place.getRect()} outside the window {window.size()}")
            continue
        parent = w.parentWidget()
        if parent is None or parent is top or isinstance(parent, QStackedWidget):
            continue
        if not parent.rect().contains(w.geometry()):
            problems.append(
                f"{name(w)} {w.geometry().getRect()} cut off by its parent {parent.size()}"
            )
    return problems


def siblings_overlap(top: QWidget) -> list[str]:
    problems = []
    by_parent: dict[int, list[QWidget]] = {}
    for w in _content(top):
        parent = w.parentWidget()
        if parent is None or isinstance(parent, QStackedWidget):
            continue
        by_parent.setdefault(id(parent), []).append(w)
    for siblings in by_parent.values():
        for a, b in combinations(siblings, 2):
            both = a.geometry().intersected(b.geometry())
            if both.width() > 1 and both.height() > 1:
                problems.append(f"{name(a)} {a.geometry()} lies over {name(b)} {b.geometry()}")
    return problems


def _has_text(w: QWidget) -> bool:
    if isinstance(w, QLabel | QAbstractButton):
        return bool(w.text().strip())
    if isinstance(w, QGroupBox):
        return bool(w.title().strip())
    return True


def tiny_fonts(top: QWidget) -> list[str]:
    problems = []
    for w in [*_content(top), *shown(top, QHeaderView)]:
        size = points(w.font())
        if _has_text(w) and 0 < size < LEAST_POINTS - 0.05:
            problems.append(f"{name(w)} {size:g} pt")
    return problems


def _cell_room(view: QAbstractItemView, rect: QRect, index: object) -> int:
    room = rect.width() - 2 * (
        view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    )
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:  # type: ignore[attr-defined]
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:  # type: ignore[attr-defined]
        room -= view.iconSize().width() + 4
    return room


def cells_cut(top: QWidget) -> list[str]:
    problems = []
    for view in shown(top, QAbstractItemView):
        if not isinstance(view, QTableView | QTreeView | QListView):
            continue
        if getattr(view, "wordWrap", lambda: False)():
            continue  # wrapped cells: probe_s9.words_whole
        model = view.model()
        if model is None:
            continue
        viewport = view.viewport().rect()
        metrics = view.fontMetrics()
        for row in range(min(model.rowCount(), 60)):
            for column in range(model.columnCount() if not isinstance(view, QListView) else 1):
                index = model.index(row, column)
                text = index.data()
                rect = view.visualRect(index)
                if not isinstance(text, str) or not text or not viewport.intersects(rect):
                    continue
                if index.data(Qt.ItemDataRole.ToolTipRole) in (text, text.replace("\n", " ")):
                    continue  # cut on purpose, the whole text a hover away
                font = index.data(Qt.ItemDataRole.FontRole)
                if font is not None:
                    from PySide6.QtGui import QFontMetrics

                    metrics = QFontMetrics(font)
                need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                room = _cell_room(view, rect, index)
                if need > room + 1:
                    heading = model.headerData(column, Qt.Orientation.Horizontal)
                    problems.append(
                        f"{name(view)} row {row} column {heading!r}: {text[:30]!r} "
                        f"needs {need} px, has {room}"
                    )
                metrics = view.fontMetrics()
    return problems


def probe31(top: QWidget) -> list[str]:
    checks = (
        titles_cut(top),
        outside_parent(top),
        siblings_overlap(top),
        tiny_fonts(top),
        cells_cut(top),
    )
    return [p for found in checks for p in found]
