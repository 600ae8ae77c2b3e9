"""Remote requests waiting for an answer: how old, how many reminders, when they expire;
send a reminder, or let overdue ones expire (logged)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import LOCAL_TZ
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.remote import PendingRemote
from toestemming.words import plural

from ..i18n import desk_text
from ..screen_fit import fit_to_screen
from .common import Message
from .send_dialog import SendRequestDialog


class PendingRemoteDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[PendingRemote] = []
        self.setWindowTitle(self.tr("Verzoeken op afstand die wachten"))
        fit_to_screen(self, 820, 420)
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, not cell to cell
        self.table.setAccessibleName(self.tr("Wachtende verzoeken"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Jongere"),
                self.tr("Code"),
                self.tr("Verstuurd"),
                self.tr("Dagen"),
                self.tr("Herinneringen"),
                self.tr("Verloopt op"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remind = QPushButton(self.tr("&Herinnering sturen…"))
        self.remind.clicked.connect(self.send_reminder)
        self.expire = QPushButton(self.tr("&Verlopen verwerken"))
        self.expire.clicked.connect(self.expire_overdue)
        self.message = Message()
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remind)
        buttons.addWidget(self.expire)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self._service.remote.pending()
        self.table.setRowCount(len(self.rows))
        for row, p in enumerate(self.rows):
            name = self._service.people.youth(p.youth_id).display_name
            days = str(p.age_days)
            if p.reminder_due:
                days += " " + self.tr("(herinneren)")
            for col, text in enumerate(
                (
                    name,
                    p.reference_code,
                    f"{p.first_sent_at.astimezone(LOCAL_TZ):%d-%m-%Y}",
                    days,
                    str(p.reminders),
                    f"{p.expires_on:%d-%m-%Y}",
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.remind.setEnabled(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)
        else:
            self.message.ok(self.tr("Er wachten geen verzoeken op afstand."))

    def selected(self) -> PendingRemote | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def reminder_dialog(self) -> SendRequestDialog | None:
        p = self.selected()
        return (
            None
            if p is None
            else SendRequestDialog(self._service, p.request_id, reminder=True, parent=self)
        )

    def send_reminder(self) -> None:
        dialog = self.reminder_dialog()
        if dialog is not None:
            dialog.exec()
            self.refresh()

    def expire_overdue(self) -> None:
        try:
            expired = self._service.remote.expire_overdue()
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.refresh()
        self.message.ok(
            plural(len(expired), self.tr("%n verzoek verlopen."), self.tr("%n verzoeken verlopen."))
        )
