"""The "Vandaag" panel: counts and lines of the worklists that need attention today."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.worklists import WorkItem

# Long lists stay usable: the count says how many there are, the lines show the first ones.
MAX_LINES_PER_LIST = 50


def _lists(service: Service) -> list[tuple[str, Callable[[], list[WorkItem]]]]:
    tr = QCoreApplication.translate
    w = service.worklists
    return [
        (tr("TodayPanel", "Wacht op antwoord"), w.pending_requests),
        (tr("TodayPanel", "Verloopt binnen 30 dagen"), lambda: w.expiring_within(30)),
        (tr("TodayPanel", "Herbevestigen (16 geworden)"), w.needs_reconfirmation),
        (tr("TodayPanel", "Intrekking: ontvangers informeren"), w.withdrawals_to_notify),
    ]


class TodayPanel(QWidget):
    NAME, DETAIL, CODE = range(3)
    YouthIdRole = Qt.ItemDataRole.UserRole + 1

    youth_chosen = Signal(int)  # the worker moved to a line about this youth

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        title = QLabel(self.tr("Vandaag"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Jongere"), self.tr("Wat"), self.tr("Code")])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The explanation takes the free width (cut off with "…", whole in the tooltip); name
        # and code stay readable in full.
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Werklijsten voor vandaag"))
        title.setBuddy(self.tree)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        self.tree.currentItemChanged.connect(self._on_current)
        self.counts: dict[str, int] = {}

    def refresh(self) -> None:
        if self._service is None:
            return
        names: dict[int, str] = {}
        try:
            filled = [(title, fn()) for title, fn in _lists(self._service)]
            for _title, items in filled:
                for item in items[:MAX_LINES_PER_LIST]:
                    if item.youth_id not in names:
                        names[item.youth_id] = self._service.people.youth(
                            item.youth_id
                        ).display_name
        except ToestemmingError as exc:
            self.tree.clear()
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.error_label.hide()
        self._fill(filled, names)

    def clear(self, *, forget_service: bool = False) -> None:
        if forget_service:
            self._service = None
        self.tree.clear()
        self.counts = {}
        self.error_label.clear()
        self.error_label.hide()

    def _fill(self, filled: list[tuple[str, list[WorkItem]]], names: dict[int, str]) -> None:
        self.tree.clear()
        self.counts = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for title, items in filled:
            self.counts[title] = len(items)
            header = QTreeWidgetItem([f"{title}: {len(items)}"])
            header.setFont(0, bold)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for item in items[:MAX_LINES_PER_LIST]:
                line = QTreeWidgetItem([names[item.youth_id], item.detail, item.reference_code])
                line.setData(0, self.YouthIdRole, item.youth_id)
                line.setToolTip(self.DETAIL, item.detail)
                header.addChild(line)
            if len(items) > MAX_LINES_PER_LIST:
                more = QTreeWidgetItem(
                    [self.tr("… en nog %n", "", len(items) - MAX_LINES_PER_LIST)]
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.addChild(more)
                more.setFirstColumnSpanned(True)
            header.setExpanded(bool(items))

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        youth_id = current.data(0, self.YouthIdRole)
        if youth_id is not None:
            self.youth_chosen.emit(int(youth_id))
