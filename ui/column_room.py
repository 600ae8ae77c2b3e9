"""A wrapping list's column never breaks a word in the middle: Qt breaks a word that is
wider than its column ("Ondersteuningsbehoef-/te" in Nieuw verzoek's data column on a
1024×600 netbook with 200 % text). `keep_words_whole` narrows the neighbouring columns, each
no further than its own longest word, until the column's longest word fits, again whenever
the column's width changes (the dialog is resized, rows are added)."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTreeView

MARGIN = 16  # the cell's padding on both sides, as Qt draws it


def keep_words_whole(view: QTreeView, column: int, narrower: Sequence[int]) -> None:
    """Keep `column`'s words whole by narrowing the `narrower` columns (Interactive ones)."""
    _WordRoom(view, column, tuple(narrower))


class _WordRoom(QObject):
    """A child of the view: its connections end with the view (a list closed with its
    dialog no longer answers the model's last signals)."""

    def __init__(self, view: QTreeView, column: int, narrower: tuple[int, ...]) -> None:
        super().__init__(view)
        self._view, self._column, self._narrower = view, column, narrower
        self._busy = False
        view.header().sectionResized.connect(self._resized)
        view.model().rowsInserted.connect(self.fit)
        view.model().modelReset.connect(self.fit)

    def _resized(self, index: int, _old: int, _new: int) -> None:
        if index == self._column:
            self.fit()

    def fit(self) -> None:
        if not shiboken6.isValid(self._view):
            return  # the list is being destroyed: its model's last signals reach here
        if self._busy:
            return  # narrowing a column widens the stretched one: a signal back here
        self._busy = True
        try:
            _fit(self._view, self._view.header(), self._column, self._narrower)
        finally:
            self._busy = False


def _longest_word(view: QTreeView, column: int) -> int:
    model, metrics = view.model(), view.fontMetrics()
    widths = [
        metrics.horizontalAdvance(word)
        for row in range(model.rowCount())
        for word in str(model.index(row, column).data() or "").split()
    ]
    return max(widths, default=0) + MARGIN


def _fit(view: QTreeView, header: QHeaderView, column: int, narrower: Sequence[int]) -> None:
    short = _longest_word(view, column) - header.sectionSize(column)
    for other in narrower:
        if short <= 0:
            return
        spare = header.sectionSize(other) - max(
            _longest_word(view, other), header.sectionSizeHint(other)
        )
        take = min(spare, short)
        if take > 0:
            header.resizeSection(other, header.sectionSize(other) - take)
            short -= take
