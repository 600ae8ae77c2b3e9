"""The parts every page of signing mode is built from: a wrapped label, a large button, a
column of rows that scrolls, and the page frame with its margins and bottom row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..screen_fit import finger_scroll
from .style import page_side_margin
from .wrapping import WrapButton


def text_label(text: str = "", role: str = "body") -> QLabel:
    label = QLabel(text)
    label.setObjectName(role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Qt asks a wrapping label for a wide minimum (a pleasant shape, not the longest word);
    # on a tablet held upright or with large text that widened the whole window.
    label.setMinimumWidth(1)
    return label


def scrolling_rows(above: Sequence[QWidget] = ()) -> tuple[QVBoxLayout, QScrollArea]:
    """A column of rows (answers, consents) that scrolls when it does not fit, with `above`
    (a title, a hint) at its top, scrolling along."""
    rows = QVBoxLayout()
    rows.setSpacing(12)
    holder = QWidget()
    if above:
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        for widget in above:
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(rows, 1)
    else:
        holder.setLayout(rows)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    return rows, finger_scroll(scroll)


def page_button(text: str, role: str = "secondary") -> QPushButton:
    button = WrapButton(text)  # long words at large text wrap instead of widening the page
    button.setObjectName(role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(64)
    return button


def clear_rows(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget() if child is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class Page(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        side = page_side_margin()
        self.box.setContentsMargins(side, 24, side, 32)
        self.box.setSpacing(18)

    def add_nav(
        self, left: Sequence[QWidget], right: Sequence[QWidget], spacing: int | None = None
    ) -> None:
        """The row of buttons at the bottom: `left` at the left edge, `right` at the right."""
        nav = QHBoxLayout()
        if spacing is not None:
            nav.setSpacing(spacing)
        for widget in left:
            nav.addWidget(widget)
        nav.addStretch(1)
        for widget in right:
            nav.addWidget(widget)
        self.box.addLayout(nav)
