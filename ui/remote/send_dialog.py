"""Send a consent request by e-mail: choose who, preview the message exactly as it will
go out, then send over SMTP (off the GUI thread), save as .eml or open the mail client."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.oauth import SignInAgain
from toestemming.errors import ToestemmingError
from toestemming.private_files import write_private
from toestemming.service import Service
from toestemming.usecases.remote import SentMessage

from ..background import Task
from ..crash import user_message
from ..i18n import desk_text
from ..screen_fit import fit_to_screen
from .common import Message


class SendRequestDialog(QDialog):
    def __init__(
        self,
        service: Service,
        request_id: int,
        *,
        reminder: bool = False,
        open_url: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._request_id = request_id
        self._open_url = open_url  # tests switch the hand-over to the mail client off
        self._task: Task | None = None
        self.last_sent: SentMessage | None = None
        self.last_mailto = ""
        request = service.consents.request(request_id)
        self.setWindowTitle(self.tr("Verzoek mailen — %1").replace("%1", request.reference_code))
        fit_to_screen(self, 760, 640)

        self.to = QComboBox()
        self.to.setAccessibleName(self.tr("Aan"))
        for c in service.remote.contacts(request_id):
            label = f"{c.name} ({c.role_label}) – {c.email or self.tr('geen e-mailadres')}"
            self.to.addItem(label, c.signer)
            if not c.email:
                index = self.to.count() - 1
                self.to.model().item(index).setEnabled(False)  # type: ignore[attr-defined]
        first_with_mail = next(
            (i for i, c in enumerate(service.remote.contacts(request_id)) if c.email), 0
        )
        self.to.setCurrentIndex(first_with_mail)
        self.reminder = QCheckBox(self.tr("Als herinnering"))
        self.reminder.setChecked(reminder)
        self.subject = QLabel()
        self.subject.setTextFormat(Qt.TextFormat.PlainText)  # holds the organisation's name
        self.subject.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Voorbeeld van het bericht"))
        form = QFormLayout()
        form.addRow(self.tr("Aan:"), self.to)
        form.addRow("", self.reminder)
        form.addRow(self.tr("Onderwerp:"), self.subject)

        self.send_button = QPushButton(self.tr("&Versturen"))
        self.send_button.setDefault(True)
        self.eml_button = QPushButton(self.tr("Opslaan als .&eml…"))
        self.mailto_button = QPushButton(self.tr("Openen in &mailprogramma"))
        close = QPushButton(self.tr("Sluiten"))
        has_smtp = service.remote.smtp_settings() is not None
        self.send_button.setEnabled(has_smtp)
        if not has_smtp:
            self.send_button.setToolTip(self.tr("Er is geen mailserver ingesteld."))
        self.message = Message()
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.eml_button)
        buttons.addWidget(self.mailto_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.to.currentIndexChanged.connect(self.refresh_preview)
        self.reminder.toggled.connect(self.refresh_preview)
        self.send_button.clicked.connect(self.send)
        self.eml_button.clicked.connect(self.save_eml)
        self.mailto_button.clicked.connect(self.open_mail_client)
        close.clicked.connect(self.accept)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        try:
            mail = self._service.remote.compose(
                self._request_id, self.to.currentData(), reminder=self.reminder.isChecked()
            )
        except ToestemmingError as exc:
            self.preview.clear()
            self.subject.clear()
            self.message.error(desk_text(exc))
            for b in (self.send_button, self.eml_button, self.mailto_button):
                b.setEnabled(False)
            return
        self.message.clear_message()
        self.subject.setText(mail.subject)
        self.preview.setHtml(mail.html)
        self.eml_button.setEnabled(True)
        self.mailto_button.setEnabled(True)
        self.send_button.setEnabled(self._service.remote.smtp_settings() is not None)

    def send(self) -> None:
        signer, reminder = self.to.currentData(), self.reminder.isChecked()
        self._busy(True)
        self.message.warn(self.tr("Bezig met versturen…"))
        task = Task(lambda: self._service.remote.send(self._request_id, signer, reminder=reminder))
        task.succeeded.connect(self._sent)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _sent(self, sent: SentMessage) -> None:
        self._busy(False)
        self.last_sent = sent
        self.message.ok(
            self.tr("Verstuurd en vastgelegd (Message-ID %1).").replace("%1", sent.message_id)
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        text = user_message(exc)
        if isinstance(exc, SignInAgain):
            # Nothing is lost: the request stays open; send it after signing in again, or
            # save it as a draft for the worker's own mail program.
            self.unsent_draft = exc.draft
            text += " " + self.tr(
                "Het verzoek staat nog open: verstuur het opnieuw na het aanmelden, of kies "
                "'Opslaan als .eml' en verstuur het met uw eigen mailprogramma."
            )
        self.message.error(text)

    def _busy(self, busy: bool) -> None:
        for b in (self.send_button, self.eml_button, self.mailto_button, self.to, self.reminder):
            b.setEnabled(not busy)

    def save_eml(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Bericht opslaan"), "toestemming.eml", self.tr("E-mail (*.eml)")
            )
            if not path:
                return
        try:
            data, sent = self._service.remote.export_eml(
                self._request_id, self.to.currentData(), reminder=self.reminder.isChecked()
            )
            write_private(Path(path), data)  # personal data: for this user only
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        except OSError:
            self.message.error(self.tr("Het bestand kon niet worden opgeslagen."))
            return
        self.last_sent = sent
        self.message.ok(self.tr("Opgeslagen. Verstuur het bestand vanuit uw mailprogramma."))

    def open_mail_client(self) -> None:
        try:
            uri, sent = self._service.remote.mailto(
                self._request_id, self.to.currentData(), reminder=self.reminder.isChecked()
            )
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.last_sent = sent
        self.last_mailto = uri
        if self._open_url:
            QDesktopServices.openUrl(QUrl(uri))
        self.message.ok(self.tr("Het bericht staat klaar in uw mailprogramma."))
