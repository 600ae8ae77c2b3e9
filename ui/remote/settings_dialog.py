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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.settings import RemoteSettings, Security, SmtpSettings
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .common import Message

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
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Beveiliging:"), self.security)
        form.addRow(self.tr("Poort:"), self.port)
        form.addRow(self.tr("Gebruikersnaam:"), self.username)
        form.addRow(self.tr("Wachtwoord:"), self.password)
        form.addRow(self.tr("Afzenderadres:"), self.from_address)
        form.addRow(self.tr("Naam afzender:"), self.from_name)
        form.addRow(self.tr("Eigen CA-certificaat:"), ca_row)
        self.password.setToolTip(
            self.tr("Het wachtwoord wordt alleen in de versleutelde kluis bewaard.")
        )

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
        rform.addRow(self.tr("Verloopt na:"), self.expiry)
        rform.addRow(self.tr("Herinnering na:"), self.reminder)
        rform.addRow(self.tr("Antwoordadres:"), self.reply_address)
        rform.addRow(self.tr("App-/sms-nummer:"), self.app_number)
        rform.addRow(self.tr("Contactregel:"), self.contact)
        self.contact_en = QLineEdit()
        self.contact_en.setPlaceholderText(self.tr("leeg: de regel hierboven"))
        rform.addRow(self.tr("Contactregel (Engels):"), self.contact_en)

        self.message = Message()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(smtp_box)
        layout.addWidget(remote_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.security.currentIndexChanged.connect(self._default_port)
        self._load()

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

    def _default_port(self) -> None:
        if self.port.value() in _PORTS.values():
            self.port.setValue(_PORTS[Security(self.security.currentData())])

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-certificaat kiezen"), "", self.tr("Certificaten (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

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
            self._service.remote.set_settings(remote)
            if self.host.text().strip():
                self._service.remote.set_smtp_settings(
                    SmtpSettings(
                        host=self.host.text().strip(),
                        port=self.port.value(),
                        security=Security(self.security.currentData()),
                        username=self.username.text().strip(),
                        password=self.password.text(),
                        from_address=self.from_address.text().strip(),
                        from_name=self.from_name.text().strip(),
                        ca_file=self.ca_file.text().strip(),
                    )
                )
        except ToestemmingError as exc:
            self.message.error(exc.message)
            return
        self.accept()
