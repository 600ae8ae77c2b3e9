"""Thin read-only table models over catalog lists (recipients, purposes, versions, categories,
workers). Each holds plain dataclasses from the service; `reload()` asks the service again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from toestemming.model import (
    DataCategory,
    DataLevel,
    Purpose,
    Recipient,
    RecipientKind,
    Worker,
)

from ..table_model import ListTableModel

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
MUTED = QColor("#6b6b6b")


# lupdate reads literal translate("Context", "text") calls (not wrappers around them).
translate = QCoreApplication.translate


def kind_label(kind: RecipientKind) -> str:
    labels = {
        RecipientKind.EDUCATION: translate("CatalogModels", "onderwijs"),
        RecipientKind.CARE: translate("CatalogModels", "zorg"),
        RecipientKind.LABOUR: translate("CatalogModels", "arbeid"),
        RecipientKind.MUNICIPALITY: translate("CatalogModels", "gemeente"),
        RecipientKind.ATTENDANCE: translate("CatalogModels", "leerplicht / RMC"),
        RecipientKind.EMPLOYER: translate("CatalogModels", "werkgever"),
        RecipientKind.OTHER: translate("CatalogModels", "anders"),
    }
    return labels[kind]


def yes_no(value: bool) -> str:
    return translate("CatalogModels", "ja") if value else translate("CatalogModels", "nee")


class RowsModel(ListTableModel[T]):
    """Rows of `T` from `load()`, one column per (header, text function)."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        load: Callable[[], Sequence[T]],
        columns: Sequence[tuple[str, Callable[[T], str]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._columns = list(columns)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._load())
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def muted(self, item: T) -> bool:
        """Rows shown greyed (and labelled in a column, not by colour alone)."""
        return False

    def header_labels(self) -> list[str]:
        return [header for header, _text in self._columns]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](item)
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(item):
            return MUTED
        if role == self.RowRole:
            return index.row()
        return None


class RecipientModel(RowsModel[Recipient]):
    def __init__(self, load: Callable[[], Sequence[Recipient]], parent: QObject | None = None):
        super().__init__(
            load,
            [
                (translate("CatalogModels", "Naam"), lambda r: r.name),
                (translate("CatalogModels", "Afdeling"), lambda r: r.department),
                (translate("CatalogModels", "Soort"), lambda r: kind_label(r.kind)),
                (translate("CatalogModels", "E-mail"), lambda r: r.email),
                (translate("CatalogModels", "Convenant"), lambda r: yes_no(r.convenant)),
                (
                    translate("CatalogModels", "Status"),
                    lambda r: (
                        translate("CatalogModels", "actief")
                        if r.active
                        else translate("CatalogModels", "niet actief")
                    ),
                ),
            ],
            parent,
        )

    def muted(self, item: Recipient) -> bool:
        return not item.active


class PurposeModel(RowsModel[Purpose]):
    def __init__(self, load: Callable[[], Sequence[Purpose]], parent: QObject | None = None):
        super().__init__(
            load,
            [
                (translate("CatalogModels", "Code"), lambda p: p.code),
                (translate("CatalogModels", "Titel"), lambda p: p.title),
                (translate("CatalogModels", "Versie"), lambda p: str(p.version)),
            ],
            parent,
        )


class PurposeVersionModel(RowsModel[Purpose]):
    def __init__(self, load: Callable[[], Sequence[Purpose]], parent: QObject | None = None):
        super().__init__(
            load,
            [
                (translate("CatalogModels", "Versie"), lambda p: str(p.version)),
                (translate("CatalogModels", "Taal"), lambda p: p.language),
                (translate("CatalogModels", "Titel"), lambda p: p.title),
            ],
            parent,
        )


class CategoryModel(RowsModel[DataCategory]):
    def __init__(self, load: Callable[[], Sequence[DataCategory]], parent: QObject | None = None):
        super().__init__(
            load,
            [
                (translate("CatalogModels", "Code"), lambda c: c.code),
                (translate("CatalogModels", "Naam"), lambda c: c.name),
                (
                    translate("CatalogModels", "Engelse naam"),
                    lambda c: c.name_en or translate("CatalogModels", "— (Nederlandse naam)"),
                ),
                (
                    translate("CatalogModels", "Soort"),
                    lambda c: (
                        translate("CatalogModels", "DAT (dát iemand bekend is)")
                        if c.level == DataLevel.DAT
                        else translate("CatalogModels", "WAT (wát er speelt)")
                    ),
                ),
                (
                    translate("CatalogModels", "Bijzonder"),
                    lambda c: (
                        translate("CatalogModels", "ja – bijzonder persoonsgegeven")
                        if c.special
                        else translate("CatalogModels", "nee")
                    ),
                ),
            ],
            parent,
        )


class WorkerModel(RowsModel[Worker]):
    def __init__(
        self,
        load: Callable[[], Sequence[Worker]],
        current_worker_id: int,
        parent: QObject | None = None,
    ):
        self.current_worker_id = current_worker_id
        super().__init__(
            load,
            [
                (
                    translate("CatalogModels", "Naam"),
                    lambda w: (
                        w.name
                        + (
                            translate("CatalogModels", " (u)")
                            if w.id == self.current_worker_id
                            else ""
                        )
                    ),
                ),
                (
                    translate("CatalogModels", "Status"),
                    lambda w: (
                        translate("CatalogModels", "actief")
                        if w.active
                        else translate("CatalogModels", "verwijderd")
                    ),
                ),
            ],
            parent,
        )

    def muted(self, item: Worker) -> bool:
        return not item.active
