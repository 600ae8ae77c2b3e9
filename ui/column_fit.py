"""A list's columns fit its width: on a narrow window (a 1024×600 netbook with 200 % text)
the youth list and Vandaag scrolled sideways, and a new worker did not see the age or what
a line was about without scrolling. `fit_columns` shows the columns in order of importance
as long as each gets at least its least width, gives the widths out so that together they
are exactly the list's width, and hides the rest (what they say is in each row's tooltip).
Again whenever the list's width changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


@dataclass(frozen=True)
class Column:
    index: int
    least: Callable[[], int]  # never narrower (its heading, a date)
    wanted: Callable[[], int]  # the width it has when there is room


def fit_columns(
    view: QAbstractItemView,
    header: QHeaderView,
    by_importance: Sequence[Column],
    grows: Sequence[int],
) -> ColumnFit:
    """Fit `header`'s columns to `view`'s width; the first shown of `grows` takes what is
    left over."""
    return ColumnFit(view, header, tuple(by_importance), tuple(grows))


class ColumnFit(QObject):
    """A child of the view: it ends with the list."""

    fitted = Signal()  # the columns were given out again (a list that wraps lays out anew)

    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        by_importance: tuple[Column, ...],
        grows: tuple[int, ...],
    ) -> None:
        super().__init__(view)
        self._view, self._header = view, header
        self._columns, self._grows = by_importance, grows
        self._busy = False
        header.setStretchLastSection(False)
        for c in by_importance:
            header.setSectionResizeMode(c.index, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def shown(self) -> list[int]:
        return [c.index for c in self._columns if not self._header.isSectionHidden(c.index)]

    def fit(self) -> None:
        if self._busy or not (shiboken6.isValid(self._view) and shiboken6.isValid(self._header)):
            return  # the list is being taken down: its viewport's last resize reaches here
        self._busy = True
        try:
            self._fit(self._view.viewport().width())
        finally:
            self._busy = False

    def _fit(self, room: int) -> None:
        if room <= 0:
            return
        shown: list[Column] = []
        used = 0
        for c in self._columns:
            least = c.least()
            if shown and used + least > room:
                break  # this one and every less important one stay hidden
            shown.append(c)
            used += least
        widths = {c.index: c.least() for c in shown}
        # Room left over goes to each shown column up to its wanted width, in order of
        # importance; what remains then goes to the column that grows.
        spare = room - sum(widths.values())
        for c in shown:
            more = max(0, min(c.wanted() - widths[c.index], spare))
            widths[c.index] += more
            spare -= more
        grows = next((g for g in self._grows if g in widths), shown[-1].index)
        widths[grows] += max(spare, 0)
        for c in self._columns:
            hide = c.index not in widths
            if self._header.isSectionHidden(c.index) != hide:
                self._header.setSectionHidden(c.index, hide)
            if not hide and self._header.sectionSize(c.index) != widths[c.index]:
                self._header.resizeSection(c.index, widths[c.index])
        self.fitted.emit()
