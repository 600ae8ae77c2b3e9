"""The youth list as a lazily loaded table model.

Rows come from `service.people.search(text, limit, offset)` one page at a time; the view asks
for the next page (canFetchMore/fetchMore) only when the user scrolls near the end, so a vault
with 100,000 youths opens and filters instantly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from toestemming.errors import ToestemmingError
from toestemming.rules import age_on
from toestemming.service import Service
from toestemming.usecases.people import YouthRow

from .i18n import desk_text
from .table_model import ListTableModel

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class YouthTableModel(ListTableModel[YouthRow]):
    NAME, BIRTH_DATE, AGE, SCHOOL = range(4)
    YouthIdRole = Qt.ItemDataRole.UserRole + 1

    # Dutch message of a ToestemmingError raised while loading a page (e.g. vault locked).
    load_failed = Signal(str)

    def __init__(self, service: Service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self._filter = ""
        self._more = False
        self._headers = (
            self.tr("Naam"),
            self.tr("Geboortedatum"),
            self.tr("Leeftijd"),
            self.tr("School / opleiding"),
        )
        self._load_first_page()

    # -- public -------------------------------------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Start over with a new search text (loads its first page)."""
        self.beginResetModel()
        self._filter = text
        self._rows = []
        self._more = False
        self._load_first_page()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and the service (used on lock: no personal data may remain)."""
        self.beginResetModel()
        self._service = None
        self._filter = ""
        self._rows = []
        self._more = False
        self.endResetModel()

    def youth_at(self, row: int) -> YouthRow | None:
        return self.row_at(row)

    def row_of(self, youth_id: int) -> int | None:
        """Row of an already loaded youth (pages not loaded yet are not searched)."""
        return next((i for i, r in enumerate(self._rows) if r.id == youth_id), None)

    # -- lazy loading -------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 (Qt API)
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self._rows))
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _load_first_page(self) -> None:
        # Called between begin/endResetModel (or from __init__), so no insert signals.
        self._rows = self._fetch(0)

    def _fetch(self, offset: int) -> list[YouthRow]:
        if self._service is None:
            self._more = False
            return []
        try:
            page = self._service.people.search(self._filter, PAGE_SIZE, offset)
        except ToestemmingError as exc:
            self._more = False
            self.load_failed.emit(desk_text(exc))
            return []
        self._more = len(page) == PAGE_SIZE
        return page

    # -- QAbstractTableModel ------------------------------------------------------------------
    def header_labels(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        youth = self.youth_at(index.row())
        if youth is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(youth, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Names are cut off in a narrow column and, on a narrow list, the columns after
            # the name give way: the tooltip has the whole row.
            return self.whole_row(youth)
        if role == self.YouthIdRole:
            return youth.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BIRTH_DATE, self.AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def whole_row(self, youth: YouthRow) -> str:
        """Name, date of birth (age) and school as one line."""
        age = self._display(youth, self.AGE)
        born = self._display(youth, self.BIRTH_DATE) or ""
        if age is not None:
            born += " " + self.tr("(%1 jaar)").replace("%1", age)
        parts = [self._display(youth, self.NAME), born, self._display(youth, self.SCHOOL)]
        return " · ".join(p for p in parts if p)

    def _display(self, youth: YouthRow, column: int) -> str | None:
        if column == self.NAME:
            return youth.display_name
        if column == self.BIRTH_DATE:
            return f"{youth.birth_date:%d-%m-%Y}"
        if column == self.AGE:
            if self._service is None:
                return None
            # Asked per paint, so the age is right even when the app stays open past midnight.
            return str(age_on(youth.birth_date, self._service.clock.today()))
        if column == self.SCHOOL:
            return " / ".join(part for part in (youth.school, youth.programme) if part)
        return None
