"""Settings for consent at a distance: the SMTP account (password kept in the vault) and the
organisation's choices (expiry, reminders, reply address, app number, contact line)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.settings import Provider, RemoteSettings, Security, SmtpSettings
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..i18n import desk_text
from ..screen_fit import fit_to_screen, scroll_width
from .common import Message
from .mail_account_box import MailAccountBox, add_row

_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


class RemoteSettingsDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Instellingen e-mail en app"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for sec, label in (
            (Security.STARTTLS, self.tr("STARTTLS (meestal poort 587)")),
            (Security.SSL, self.tr("SSL/TLS (meestal poort 465)")),
            (Security.NONE, self.tr("Geen (alleen een server op deze computer)")),
        ):
            self.security.addItem(label, sec)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_name = QLineEdit()
        self.ca_file = QLineEdit()
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        smtp_box = QGroupBox(self.tr("Mailserver (SMTP)"))
        form = QFormLayout(smtp_box)
        add_row(form, self.tr("Server:"), self.host, "host")
        add_row(form, self.tr("Beveiliging:"), self.security, "security")
        add_row(form, self.tr("Poort:"), self.port, "port")
        add_row(form, self.tr("Gebruikersnaam:"), self.username, "username")
        add_row(form, self.tr("Wachtwoord:"), self.password, "password")
        add_row(form, self.tr("Afzenderadres:"), self.from_address, "from_address")
        add_row(form, self.tr("Naam afzender:"), self.from_name, "from_name")
        ca_widget = QWidget()
        ca_widget.setLayout(ca_row)
        ca_row.setContentsMargins(0, 0, 0, 0)
        # The caption's buddy is the row; Alt+letter and screen readers need the field.
        ca_widget.setFocusProxy(self.ca_file)
        self.ca_file.setAccessibleName(self.tr("Eigen CA-certificaat"))
        add_row(form, self.tr("Eigen CA-certificaat:"), ca_widget, "ca_file")
        self.account = MailAccountBox(service, saver=self.save_for_sign_in)
        self.account.auth.currentIndexChanged.connect(self._auth_changed)

        self.expiry = QSpinBox()
        self.expiry.setRange(1, 365)
        self.expiry.setSuffix(self.tr(" dagen"))
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 364)
        self.reminder.setSuffix(self.tr(" dagen"))
        self.reply_address = QLineEdit()
        self.app_number = QLineEdit()
        self.app_number.setPlaceholderText("+31 6 …")
        self.contact = QLineEdit()
        remote_box = QGroupBox(self.tr("Verzoeken op afstand"))
        rform = QFormLayout(remote_box)
        add_row(rform, self.tr("Verloopt na:"), self.expiry, "expiry")
        add_row(rform, self.tr("Herinnering na:"), self.reminder, "reminder")
        add_row(rform, self.tr("Antwoordadres:"), self.reply_address, "reply_address")
        add_row(rform, self.tr("App-/sms-nummer:"), self.app_number, "app_number")
        add_row(rform, self.tr("Contactregel:"), self.contact, "contact")
        self.contact_en = QLineEdit()
        self.contact_en.setPlaceholderText(self.tr("leeg: de regel hierboven"))
        add_row(rform, self.tr("Contactregel (Engels):"), self.contact_en, "contact_en")

        self.message = Message()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(smtp_box)
        inner.addWidget(self.account)
        inner.addWidget(remote_box)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Capped to a 1366×768 laptop; the settings scroll up and down. As wide as the form
        # needs where the screen has the room (with large text it scrolled sideways too).
        margins = layout.contentsMargins()
        wide = scroll_width(scroll) + margins.left() + margins.right()
        fit_to_screen(self, max(760, wide), 760)
        self.security.currentIndexChanged.connect(self._default_port)
        self._load()
        self._auth_changed()

    def _load(self) -> None:
        smtp = self._service.remote.smtp_settings()
        if smtp is not None:
            self.host.setText(smtp.host)
            self.security.setCurrentIndex(self.security.findData(smtp.security))
            self.port.setValue(smtp.port)
            self.username.setText(smtp.username)
            self.password.setText(smtp.password)
            self.from_address.setText(smtp.from_address)
            self.from_name.setText(smtp.from_name)
            self.ca_file.setText(smtp.ca_file)
        else:
            self.port.setValue(587)
        remote = self._service.remote.settings()
        self.expiry.setValue(remote.expiry_days)
        self.reminder.setValue(remote.reminder_after_days)
        self.reply_address.setText(remote.reply_address)
        self.app_number.setText(remote.app_number)
        self.contact.setText(remote.contact_text)
        self.contact_en.setText(remote.contact_text_en)

    def _auth_changed(self) -> None:
        # With Microsoft/Google sign-in there is no password to type.
        self.password.setEnabled(self.account.provider() == Provider.PASSWORD)

    def _default_port(self) -> None:
        if self.port.value() in _PORTS.values():
            self.port.setValue(_PORTS[Security(self.security.currentData())])

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-certificaat kiezen"), "", self.tr("Certificaten (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def _smtp(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            username=self.username.text().strip(),
            password=self.password.text() if self.account.provider() == Provider.PASSWORD else "",
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            ca_file=self.ca_file.text().strip(),
            auth=self.account.provider(),
        )

    def save_for_sign_in(self) -> None:
        """Store the mail server and the mailbox settings before signing in or testing
        (both use what is stored), in one transaction like save(): a refused field stores
        nothing; the remote policy stays as stored. Raises ToestemmingError (Dutch)."""
        remote = self._service.remote
        remote.save_mail_settings(
            remote.settings(),
            self._smtp(),
            self.account.oauth_app_to_save(),
            self.account.imap_settings(),
        )

    def save(self) -> None:
        remote = RemoteSettings(
            expiry_days=self.expiry.value(),
            reminder_after_days=self.reminder.value(),
            reply_address=self.reply_address.text().strip(),
            app_number=self.app_number.text().strip(),
            contact_text=self.contact.text().strip(),
            contact_text_en=self.contact_en.text().strip(),
        )
        try:
            if self.host.text().strip():
                self._service.remote.save_mail_settings(
                    remote,
                    self._smtp(),
                    self.account.oauth_app_to_save(),
                    self.account.imap_settings(),
                )
            else:
                self._service.remote.save_mail_settings(remote)
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.accept()
