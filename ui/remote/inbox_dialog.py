"""Replies picked up from the mailbox (IMAP): the list of messages waiting for the worker, each
read into a proposal next to the original text. Only "Vastleggen" records anything; "Opzij
leggen" takes a message off the list (it stays in the mailbox, like every message)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.mail_inbox import CheckResult, WaitingReply

from ..background import Task
from ..core_labels import role_word
from ..crash import user_message
from ..i18n import desk_text
from ..screen_fit import fit_to_screen
from .common import Message, ProposalView


def waiting_text(count: int) -> str:
    """'3 antwoorden wachten op bevestiging' (one line on the Vandaag panel), in the desk's
    language (it was Dutch on an English desk: plain strings Linguist never saw)."""
    if count == 1:
        return QCoreApplication.translate("InboxDialog", "1 antwoord wacht op bevestiging")
    return QCoreApplication.translate(
        "InboxDialog", "%1 antwoorden wachten op bevestiging"
    ).replace("%1", str(count))


class InboxDialog(QDialog):
    changed = Signal()  # something was recorded or set aside: the worklists changed

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._task: Task | None = None
        self.replies: list[WaitingReply] = []
        self.setWindowTitle(self.tr("Antwoorden uit de mailbox"))
        fit_to_screen(self, 1100, 650)
        self.header = QLabel()
        self.check_button = QPushButton(self.tr("Nu &kijken"))
        self.check_button.setToolTip(
            self.tr(
                "Kijk nu in de mailbox of er nieuwe antwoorden zijn. Er wordt niets verwijderd."
            )
        )
        self.check_button.clicked.connect(self.check_now)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.check_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Antwoorden die wachten op bevestiging"))
        self.list.currentRowChanged.connect(self._show)
        self.view = ProposalView()
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        self.message = Message()
        self.confirm_button = QPushButton(self.tr("&Vastleggen"))
        self.confirm_button.clicked.connect(self.confirm)
        self.aside_button = QPushButton(self.tr("&Opzij leggen"))
        self.aside_button.setToolTip(
            self.tr(
                "Haal dit bericht van de lijst zonder iets vast te leggen (bijvoorbeeld als u "
                "het antwoord al met de hand hebt vastgelegd). Het blijft in de mailbox staan."
            )
        )
        self.aside_button.clicked.connect(self.set_aside)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(self.aside_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        try:
            self.replies = self._service.mail_inbox.waiting()
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            self.replies = []
        self.list.clear()
        for reply in self.replies:
            p = reply.proposal
            who = role_word(p.signer_label) if p.signer_label else self.tr("afzender onbekend")
            flag = "" if p.can_confirm else " ⚠"
            item = QListWidgetItem(f"{p.reference_code or '—'} · {who}{flag}")
            item.setToolTip(p.subject)
            self.list.addItem(item)
        self.header.setText(waiting_text(len(self.replies)) + self._last_checked())
        if self.replies:
            self.list.setCurrentRow(0)
        else:
            self.view.show_proposal(None)
            self.confirm_button.setEnabled(False)
            self.aside_button.setEnabled(False)

    def _last_checked(self) -> str:
        when = self._service.mail_inbox.last_checked()
        if when is None:
            return ""
        local = when.astimezone()
        return self.tr(" — laatst gekeken om %1").replace("%1", f"{local:%H:%M}")

    def _current(self) -> WaitingReply | None:
        row = self.list.currentRow()
        return self.replies[row] if 0 <= row < len(self.replies) else None

    def _show(self, row: int) -> None:
        reply = self._current()
        self.view.show_proposal(reply.proposal if reply else None)
        ok = reply is not None and reply.proposal.can_confirm
        self.confirm_button.setEnabled(ok)
        self.aside_button.setEnabled(reply is not None)
        if reply is None:
            return
        if ok:
            self.message.warn(self.tr("Klopt dit met het bericht? Klik dan op Vastleggen."))
        else:
            self.message.error(
                self.tr(
                    "Hieruit wordt niets vastgelegd. Leg het antwoord zo nodig met de hand vast "
                    "en leg dit bericht daarna opzij."
                )
            )

    def confirm(self) -> None:
        reply = self._current()
        if reply is None or not reply.proposal.can_confirm:
            return
        try:
            self._service.mail_inbox.confirm(reply.inbox_id, reply.proposal)
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.changed.emit()
        self.reload()
        self.message.ok(self.tr("Vastgelegd, met het bericht als bewijsstuk."))

    def set_aside(self) -> None:
        reply = self._current()
        if reply is None:
            return
        try:
            self._service.mail_inbox.set_aside(reply.inbox_id)
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.changed.emit()
        self.reload()
        self.message.ok(self.tr("Opzij gelegd. Het bericht staat nog in de mailbox."))

    def check_now(self) -> None:
        self.check_button.setEnabled(False)
        self.message.warn(self.tr("Bezig met kijken in de mailbox…"))
        task = Task(self._service.mail_inbox.check)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _checked(self, result: CheckResult) -> None:
        self.check_button.setEnabled(True)
        self.reload()
        self.message.ok(self.tr("%n nieuw(e) antwoord(en) gevonden.", "", result.new))
        if result.new:
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.message.error(user_message(exc))
