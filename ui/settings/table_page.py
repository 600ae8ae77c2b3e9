"""Shared layout of a catalog page: an explanation, a table, and a row of buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..signing.wrapping import FlowLayout
from .models import RowsModel


def make_table(model: RowsModel[object], accessible_name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setAccessibleName(accessible_name)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The stretched last column falls back to the size it had when stretching was turned on
    # (the default, 100 px) when the dialog is narrow: less than its heading with large text
    # ("Bijzonder", "Version"). Set first, so that size is its heading's; the table scrolls
    # sideways instead.
    last = model.columnCount() - 1
    if last >= 0:
        need = header.sectionSizeFromContents(last).width()
        header.setDefaultSectionSize(max(header.defaultSectionSize(), need))
    header.setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class TablePage(QWidget):
    """Subclasses set up `self.model`, call `build(...)`, and emit `changed` after writes."""

    changed = Signal()

    def build(
        self,
        explanation: str,
        table: QTableView,
        buttons: list[QPushButton],
        body: QWidget | None = None,
    ) -> None:
        """`body` is what fills the page (default: the table itself)."""
        self.table = table
        note = self.note = QLabel(explanation)
        note.setWordWrap(True)
        # The buttons continue on a next row when the dialog is narrow (a 1024-pixel screen
        # with the system's large text), instead of making the dialog wider than the screen.
        row = FlowLayout(spacing=6, right=False)
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(body or table, 1)
        layout.addLayout(row)
        self.button_row = row

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1
