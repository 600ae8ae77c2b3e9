"""Import a reply (.eml): drop it on the dialog or choose it; the proposal is shown next to
the original text, and only the worker's click on "Vastleggen" records anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.proposal import ReplyProposal
from toestemming.capture.replies import MAX_REPLY_BYTES
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.remote import ConfirmResult

from ..background import Task
from ..consent.common import deciders_to_inform
from ..crash import user_message
from ..i18n import desk_text
from ..screen_fit import fit_to_screen
from .common import Message, ProposalView


class ImportReplyDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._task: Task | None = None
        self.proposal: ReplyProposal | None = None
        self.confirmed: ConfirmResult | None = None
        self.setWindowTitle(self.tr("Antwoord inlezen"))
        self.setAcceptDrops(True)
        fit_to_screen(self, 1000, 620)
        self.drop_hint = QLabel(
            self.tr("Sleep een opgeslagen e-mail (.eml) hierheen, of kies een bestand.")
        )
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)  # one line made the dialog 829 px wide at 150 % text
        self.drop_hint.setStyleSheet("border: 2px dashed #8a8a8a; padding: 14px;")
        choose = QPushButton(self.tr("Bestand &kiezen…"))
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.drop_hint, 1)
        top.addWidget(choose)
        self.view = ProposalView()
        self.message = Message()
        self.confirm_button = QPushButton(self.tr("&Vastleggen"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    # -- input -------------------------------------------------------------------------------
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Antwoord kiezen"), "", self.tr("E-mail (*.eml);;Alle bestanden (*)")
        )
        if path:
            self.load_file(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.load_file(Path(urls[0].toLocalFile()))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_REPLY_BYTES:
                self.message.error(self.tr("Het bestand is groter dan 25 MB."))
                return
            raw = path.read_bytes()
        except OSError:
            self.message.error(self.tr("Het bestand kon niet worden gelezen."))
            return
        self.load_bytes(raw)

    def load_bytes(self, raw: bytes) -> None:
        self.proposal = None
        self.confirm_button.setEnabled(False)
        self.message.warn(self.tr("Bezig met lezen…"))
        task = Task(lambda: self._service.remote.read_reply(raw))
        task.succeeded.connect(self.show_proposal)
        task.failed.connect(lambda exc: self.message.error(user_message(exc)))
        self._task = task
        task.start()

    def show_proposal(self, proposal: ReplyProposal) -> None:
        self.proposal = proposal
        self.view.show_proposal(proposal)
        self.confirm_button.setEnabled(proposal.can_confirm)
        if proposal.can_confirm:
            self.message.warn(self.tr("Klopt dit met het bericht links? Klik dan op Vastleggen."))
        else:
            self.message.error(
                self.tr(
                    "Er wordt niets vastgelegd. Leg het antwoord zo nodig handmatig vast "
                    "(met dit bericht als bewijsstuk)."
                )
            )

    # -- confirm -----------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.proposal is None or not self.proposal.can_confirm:
            return
        try:
            self.confirmed = self._service.remote.confirm(self.proposal)
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.confirm_button.setEnabled(False)
        text = self.tr("Vastgelegd, met het bericht als bewijsstuk.")
        if self.confirmed.withdrawal is not None and self.confirmed.withdrawal.recipients_to_notify:
            names = ", ".join(
                r.display_name for _, r in self.confirmed.withdrawal.recipients_to_notify
            )
            text += " " + self.tr("Informeer deze ontvangers over de intrekking: %1").replace(
                "%1", names
            )
        if also := deciders_to_inform(self.confirmed.withdrawal):
            text += " " + also
        self.message.ok(text)
