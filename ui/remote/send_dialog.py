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
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.oauth import SignInAgain
from toestemming.errors import ToestemmingError
from toestemming.private_files import write_private
from toestemming.service import Service
from toestemming.usecases.remote import Contact, SentMessage

from ..background import Task
from ..consent.common import MessageLabel
from ..consent.language_gaps import show_gaps
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
        # As wide as the form gives it, not as its longest entry: a parent's 80-character
        # address made the dialog 1527 px wide at 200 % text, off a 1024-pixel screen (the
        # list that drops down still shows each entry whole).
        self.to.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.to.setMinimumContentsLength(24)
        contacts = service.remote.contacts(request_id)
        for c in contacts:
            self.to.addItem(self._contact_label(c), c.signer)
        self.to.setCurrentIndex(next((i for i, c in enumerate(contacts) if c.email), 0))
        # A person without an address can be chosen: the row below lets a new worker fill it
        # in right here (the core checks it) instead of hunting for the youth's card first.
        self.new_email = QLineEdit()
        self.new_email.setAccessibleName(self.tr("E-mailadres"))
        self.new_email.setPlaceholderText(self.tr("naam@voorbeeld.nl"))
        self.save_email_button = QPushButton(self.tr("Adres &opslaan"))
        self.add_email_row = QWidget()
        add_email = QHBoxLayout(self.add_email_row)
        add_email.setContentsMargins(0, 0, 0, 0)
        add_email.addWidget(self.new_email, 1)
        add_email.addWidget(self.save_email_button)
        self.reminder = QCheckBox(self.tr("Als herinnering"))
        self.reminder.setChecked(reminder)
        self.subject = QLabel()
        self.subject.setTextFormat(Qt.TextFormat.PlainText)  # holds the organisation's name
        self.subject.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Voorbeeld van het bericht"))
        # Said in the empty box itself while no address is known (a blank page looked broken).
        self.preview.setPlaceholderText(
            self.tr("Hier verschijnt het bericht zodra er een e-mailadres is.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Aan:"), self.to)
        form.addRow(self.tr("E-mailadres:"), self.add_email_row)
        self._email_form = form
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
        # Who will read it in a language it has no text in: said before it goes (not blocking).
        self.language_warning = MessageLabel()
        show_gaps(self.language_warning, service.consents.request_language_gaps(request_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.language_warning)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.to.currentIndexChanged.connect(self.refresh_preview)
        self.save_email_button.clicked.connect(self.save_email)
        self.reminder.toggled.connect(self.refresh_preview)
        self.send_button.clicked.connect(self.send)
        self.eml_button.clicked.connect(self.save_eml)
        self.mailto_button.clicked.connect(self.open_mail_client)
        close.clicked.connect(self.accept)
        self.refresh_preview()

    def _contact_label(self, c: Contact) -> str:
        return f"{c.name} ({c.role_label}) – {c.email or self.tr('geen e-mailadres')}"

    def _show_add_email(self, show: bool) -> None:
        self._email_form.setRowVisible(self.add_email_row, show)
        # Enter in the address field saves the address; it must never send the mail unseen.
        self.save_email_button.setDefault(show)
        self.send_button.setDefault(not show)
        # No focus jump to the field: the dialog opens at its top ("Aan"), one Tab away.

    def save_email(self) -> None:
        """Store the typed address for the chosen person; the request can then go at once."""
        try:
            contact = self._service.remote.set_email(
                self._request_id, self.to.currentData(), self.new_email.text()
            )
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))  # nothing stored; the typed text stays
            self.new_email.setFocus()
            return
        self.to.setItemText(self.to.currentIndex(), self._contact_label(contact))
        self.new_email.clear()
        self.refresh_preview()
        self.message.ok(self.tr("E-mailadres opgeslagen. U kunt het verzoek nu versturen."))

    def refresh_preview(self) -> None:
        self._show_add_email(False)
        try:
            mail = self._service.remote.compose(
                self._request_id, self.to.currentData(), reminder=self.reminder.isChecked()
            )
        except ToestemmingError as exc:
            self.preview.clear()
            self.subject.clear()
            for b in (self.send_button, self.eml_button, self.mailto_button):
                b.setEnabled(False)
            if exc.message_id == "error-no-email":
                # Not an error the worker made: say where the address goes.
                self.message.warn(
                    self.tr(
                        "Er is nog geen e-mailadres bekend. Vul het hierboven in en klik op "
                        "'Adres opslaan'; daarna ziet u hier het bericht en kunt u het versturen."
                    )
                )
                self._show_add_email(True)
            else:
                self.message.error(desk_text(exc))
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
        for b in (
            self.send_button,
            self.eml_button,
            self.mailto_button,
            self.to,
            self.reminder,
            self.save_email_button,
        ):
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
            write_private(Path(path), data, replace=True)  # for this user only; the dialog asked
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
