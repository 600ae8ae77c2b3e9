"""The mailbox part of the e-mail settings: how the app signs in (password, Microsoft 365,
Google), the app registration from the school's IT department, the inbox (IMAP) where replies
arrive, and "Verbinding testen". Every option has a plain-Dutch explanation under it.

Signing in runs off the GUI thread (ui/background.Task); the browser is opened by Qt on the
GUI thread through a queued signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.oauth import DeviceCode
from toestemming.capture.settings import (
    DEFAULT_TENANT,
    ImapSettings,
    OAuthApp,
    Provider,
    Security,
)
from toestemming.errors import ToestemmingError, in_language
from toestemming.service import Service
from toestemming.usecases.mail_account import ConnectionCheck

from ..background import Task
from ..crash import user_message
from ..i18n import desk_language
from .common import Message

# Plain-Dutch explanations, shown under each option (and read by screen readers); Linguist
# context "MailHelp" gives them in the desk's language (help_text).
HELP = {
    "host": QT_TRANSLATE_NOOP(
        "MailHelp",
        "De naam van de server die uw e-mail verstuurt (SMTP). Microsoft 365: "
        "smtp.office365.com; Google: smtp.gmail.com. Vraag het anders de ICT-afdeling.",
    ),
    "security": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Hoe de verbinding versleuteld wordt. STARTTLS (poort 587) is het gewoonst. "
        "'Geen' kan alleen voor een mailserver op deze computer.",
    ),
    "port": QT_TRANSLATE_NOOP(
        "MailHelp", "Het nummer van de poort op de server. Meestal 587 bij STARTTLS en 465 bij SSL."
    ),
    "username": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Het e-mailadres of de gebruikersnaam van de mailbox die verstuurt. Bij "
        "Microsoft 365 of Google: het adres van de mailbox.",
    ),
    "password": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Alleen bij inloggen met een wachtwoord. Het wordt alleen in de versleutelde "
        "kluis bewaard.",
    ),
    "from_address": QT_TRANSLATE_NOOP(
        "MailHelp", "Het adres dat ouders en jongeren als afzender zien."
    ),
    "from_name": QT_TRANSLATE_NOOP(
        "MailHelp",
        "De naam die ouders en jongeren als afzender zien, bijvoorbeeld 'Balie Zorgteam'.",
    ),
    "ca_file": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Alleen nodig als uw organisatie eigen certificaten gebruikt; de ICT-afdeling "
        "geeft dan dit bestand. Meestal leeg laten.",
    ),
    "expiry": QT_TRANSLATE_NOOP(
        "MailHelp", "Na zoveel dagen zonder antwoord verloopt een verzoek op afstand."
    ),
    "reminder": QT_TRANSLATE_NOOP(
        "MailHelp", "Na zoveel dagen zonder antwoord stelt de app een herinnering voor."
    ),
    "reply_address": QT_TRANSLATE_NOOP(
        "MailHelp", "Waar antwoorden heen gaan. Leeg: het afzenderadres."
    ),
    "app_number": QT_TRANSLATE_NOOP(
        "MailHelp", "Het nummer voor antwoorden per sms of WhatsApp (met +31)."
    ),
    "contact": QT_TRANSLATE_NOOP(
        "MailHelp", "Hoe ouders en jongeren u kunnen bereiken; staat onder elk bericht."
    ),
    "contact_en": QT_TRANSLATE_NOOP(
        "MailHelp", "Dezelfde regel voor berichten in het Engels. Leeg: de regel hierboven."
    ),
    "auth": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Hoe de app bij de mailbox inlogt. Microsoft 365 en Google accepteren vanaf eind "
        "2026 meestal geen wachtwoord meer: kies dan Microsoft 365 of Google en meld één keer aan "
        "in de browser.",
    ),
    "client_id": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Een code van de app-registratie die de ICT-afdeling maakt (zie de handleiding, "
        "'E-mail met Microsoft 365 of Google'). Neem hem precies over.",
    ),
    "tenant": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Bij Microsoft 365: de naam of code van uw organisatie (bijvoorbeeld "
        "school.nl). Laat 'organizations' staan als u het niet weet.",
    ),
    "client_secret": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Alleen bij Google: het 'client secret' van de registratie voor "
        "desktop-apps. Het is geen echt geheim; laat leeg als de ICT-afdeling niets gaf.",
    ),
    "sign_in": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Opent de inlogpagina van Microsoft of Google in de browser. Daarna onthoudt de "
        "app de aanmelding, alleen in de versleutelde kluis.",
    ),
    "device": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Als de browser niet op deze computer opent: u krijgt een code die u op een "
        "andere computer of telefoon intypt.",
    ),
    "imap_host": QT_TRANSLATE_NOOP(
        "MailHelp",
        "De server waar binnenkomende mail staat. Microsoft 365: outlook.office365.com; "
        "Google: imap.gmail.com. Leeg laten: de app kijkt niet zelf naar antwoorden.",
    ),
    "imap_security": QT_TRANSLATE_NOOP(
        "MailHelp", "Hoe de verbinding versleuteld wordt. SSL (poort 993) is het gewoonst."
    ),
    "imap_port": QT_TRANSLATE_NOOP("MailHelp", "Meestal 993 bij SSL en 143 bij STARTTLS."),
    "imap_folder": QT_TRANSLATE_NOOP(
        "MailHelp",
        "De map waarin antwoorden binnenkomen, meestal INBOX. De app leest alleen "
        "berichten met een referentiecode, verwijdert niets en markeert niets als gelezen.",
    ),
    "interval": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Hoe vaak de app, zolang hij open is, naar nieuwe antwoorden kijkt. 0: alleen "
        "als u op 'Nu kijken' klikt.",
    ),
    "imap_password": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Alleen bij inloggen met een wachtwoord, als het anders is dan dat van "
        "de mailserver hierboven. Leeg: hetzelfde wachtwoord.",
    ),
    "test": QT_TRANSLATE_NOOP(
        "MailHelp",
        "Probeert aanmelden, verzenden en ontvangen, en zegt wat er misgaat (naam van de "
        "server, beveiliging, inloggen of rechten). Er wordt niets verzonden.",
    ),
    "imap_sender_checked_by": QT_TRANSLATE_NOOP(
        "MailHelp",
        "De naam van uw eigen ontvangende mailserver zoals die boven in binnenkomende mail staat, in de kop Authentication-Results (Google: mx.google.com). Dan leest de app wat die server over de afzender vond (DKIM/DMARC): een bericht dat niet van het adres van de ouder komt, wordt geweigerd. Leeg: niet controleren. Vraag het de ICT-afdeling.",
    ),
}

_IMAP_PORTS = {Security.SSL: 993, Security.STARTTLS: 143}


def help_text(key: str) -> str:
    """The explanation under an option, in the desk's language."""
    return QCoreApplication.translate("MailHelp", HELP[key])


def help_label(key: str) -> QLabel:
    label = QLabel(help_text(key))
    label.setWordWrap(True)
    label.setStyleSheet("color: #555; font-size: 90%;")
    label.setObjectName(f"help_{key}")
    # The form gives a wrapped label more height than it uses; centred, the help sat as far
    # from its own field as from the next one. At the top it reads as belonging to the field.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def add_row(form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
    widget.setToolTip(help_text(key))
    widget.setAccessibleDescription(help_text(key))
    form.addRow(label, widget)
    form.addRow("", help_label(key))


class _Opener(QObject):
    """Opens a URL on the GUI thread, whatever thread asks."""

    open = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.open.connect(self._open, Qt.ConnectionType.QueuedConnection)
        self.opened: list[str] = []

    def _open(self, url: str) -> None:
        self.opened.append(url)
        QDesktopServices.openUrl(QUrl(url))


class MailAccountBox(QWidget):
    """Sign-in + inbox + test. The dialog stores what is filled in (its save(), and `saver`
    before signing in or testing: both use what is stored), all in one transaction."""

    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        *,
        saver: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._service = service
        # Signing in and testing use what is on screen: the dialog saves it first.
        self._saver = saver
        self._task: Task | None = None
        self._device: DeviceCode | None = None
        self.opener = _Opener()

        self.auth = QComboBox()
        self.auth.addItem(self.tr("Gebruikersnaam en wachtwoord"), Provider.PASSWORD)
        self.auth.addItem(self.tr("Microsoft 365 (aanmelden in de browser)"), Provider.MICROSOFT)
        self.auth.addItem(self.tr("Google (aanmelden in de browser)"), Provider.GOOGLE)
        self.client_id = QLineEdit()
        self.tenant = QLineEdit()
        self.tenant.setPlaceholderText(DEFAULT_TENANT)
        self.client_secret = QLineEdit()
        self.sign_in_button = QPushButton(self.tr("&Aanmelden in de browser"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.device_button = QPushButton(self.tr("Aanmelden met &code"))
        self.device_button.clicked.connect(self.device_sign_in)
        self.signed_in_label = QLabel()
        self.signed_in_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.device_button)
        buttons.addStretch(1)
        self.oauth_box = QGroupBox(self.tr("Aanmelden bij Microsoft 365 of Google"))
        oform = QFormLayout(self.oauth_box)
        add_row(oform, self.tr("Client-ID:"), self.client_id, "client_id")
        add_row(oform, self.tr("Tenant (organisatie):"), self.tenant, "tenant")
        add_row(oform, self.tr("Client-geheim (Google):"), self.client_secret, "client_secret")
        oform.addRow(buttons)
        oform.addRow("", help_label("sign_in"))
        oform.addRow("", help_label("device"))
        oform.addRow(self.signed_in_label)

        self.imap_host = QLineEdit()
        self.imap_security = QComboBox()
        self.imap_security.addItem(self.tr("SSL/TLS (meestal poort 993)"), Security.SSL)
        self.imap_security.addItem(self.tr("STARTTLS (meestal poort 143)"), Security.STARTTLS)
        self.imap_port = QSpinBox()
        self.imap_port.setRange(1, 65535)
        self.imap_port.setValue(993)
        self.imap_folder = QLineEdit("INBOX")
        self.imap_password = QLineEdit()
        self.imap_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval = QSpinBox()
        self.interval.setRange(0, 1440)
        self.interval.setValue(10)
        self.interval.setSuffix(self.tr(" minuten"))
        self.imap_sender_checked_by = QLineEdit()
        self.imap_sender_checked_by.setPlaceholderText(self.tr("bijvoorbeeld mx.google.com"))
        self.imap_box = QGroupBox(self.tr("Antwoorden ophalen uit de mailbox (IMAP)"))
        iform = QFormLayout(self.imap_box)
        add_row(iform, self.tr("Server:"), self.imap_host, "imap_host")
        add_row(iform, self.tr("Beveiliging:"), self.imap_security, "imap_security")
        add_row(iform, self.tr("Poort:"), self.imap_port, "imap_port")
        add_row(iform, self.tr("Map:"), self.imap_folder, "imap_folder")
        add_row(iform, self.tr("Wachtwoord (IMAP):"), self.imap_password, "imap_password")
        add_row(iform, self.tr("Kijk elke:"), self.interval, "interval")
        add_row(
            iform,
            self.tr("Afzender gecontroleerd door:"),
            self.imap_sender_checked_by,
            "imap_sender_checked_by",
        )
        self.imap_security.currentIndexChanged.connect(self._default_imap_port)

        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.setToolTip(help_text("test"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.message = Message()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(help_label("test"), 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        auth_form = QFormLayout()
        add_row(auth_form, self.tr("Aanmelden met:"), self.auth, "auth")
        layout.addLayout(auth_form)
        layout.addWidget(self.oauth_box)
        layout.addWidget(self.imap_box)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.message)
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self._load()
        self._auth_changed()

    # -- state --------------------------------------------------------------------------------
    def provider(self) -> Provider:
        return Provider(self.auth.currentData())

    def _load(self) -> None:
        smtp = self._service.remote.smtp_settings()
        if smtp is not None:
            self.auth.setCurrentIndex(self.auth.findData(smtp.auth))
        app = self._service.mail_account.oauth_app()
        if app is not None:
            self.client_id.setText(app.client_id)
            self.tenant.setText(app.tenant)
            self.client_secret.setText(app.client_secret)
            self._authority_host = app.authority_host
        imap = self._service.mail_account.imap_settings()
        if imap is not None:
            self.imap_host.setText(imap.host)
            self.imap_security.setCurrentIndex(self.imap_security.findData(imap.security))
            self.imap_port.setValue(imap.port)
            self.imap_folder.setText(imap.folder)
            self.imap_password.setText(imap.password)
            self.interval.setValue(imap.interval_minutes)
            self.imap_sender_checked_by.setText(imap.sender_checked_by)
        self._show_signed_in()

    def _show_signed_in(self) -> None:
        if self._service.mail_account.signed_in():
            self.signed_in_label.setText(self.tr("Aangemeld. De aanmelding staat in de kluis."))
        else:
            self.signed_in_label.setText(self.tr("Nog niet aangemeld."))

    def _auth_changed(self) -> None:
        oauth = self.provider() != Provider.PASSWORD
        self.oauth_box.setVisible(oauth)
        microsoft = self.provider() == Provider.MICROSOFT
        self.tenant.setEnabled(microsoft)
        self.device_button.setEnabled(microsoft)
        self.client_secret.setEnabled(self.provider() == Provider.GOOGLE)
        self.imap_password.setEnabled(not oauth)

    def _default_imap_port(self) -> None:
        if self.imap_port.value() in _IMAP_PORTS.values():
            self.imap_port.setValue(_IMAP_PORTS[Security(self.imap_security.currentData())])

    def oauth_app(self) -> OAuthApp:
        return OAuthApp(
            provider=self.provider(),
            client_id=self.client_id.text().strip(),
            tenant=self.tenant.text().strip() or DEFAULT_TENANT,
            client_secret=self.client_secret.text().strip(),
            authority_host=getattr(self, "_authority_host", ""),
        )

    def imap_settings(self) -> ImapSettings | None:
        if not self.imap_host.text().strip():
            return None
        return ImapSettings(
            host=self.imap_host.text().strip(),
            port=self.imap_port.value(),
            security=Security(self.imap_security.currentData()),
            folder=self.imap_folder.text().strip() or "INBOX",
            password=self.imap_password.text(),
            interval_minutes=self.interval.value(),
            sender_checked_by=self.imap_sender_checked_by.text().strip(),
        )

    def oauth_app_to_save(self) -> OAuthApp | None:
        """The registration on screen, when signing in with Microsoft or Google."""
        return self.oauth_app() if self.provider() != Provider.PASSWORD else None

    # -- actions ------------------------------------------------------------------------------
    def _run(self, fn: object, done: object) -> None:
        task = Task(fn)  # type: ignore[arg-type]
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        self._task = task
        self._busy(True)
        task.start()

    def _busy(self, busy: bool) -> None:
        for button in (self.sign_in_button, self.device_button, self.test_button):
            button.setEnabled(not busy)
        if not busy:
            self._auth_changed()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.error(user_message(exc))

    def sign_in(self) -> None:
        """Saves what is filled in, then signs in."""
        try:
            self._saver()
        except ToestemmingError as exc:
            self.message.error(user_message(exc))
            return
        self.message.warn(self.tr("Meld u aan in het browservenster dat nu opent…"))
        self._run(
            lambda: self._service.mail_account.sign_in(self.opener.open.emit), self._signed_in
        )

    def _signed_in(self, _result: object = None) -> None:
        self._busy(False)
        self._show_signed_in()
        self.message.ok(self.tr("Aangemeld."))

    def device_sign_in(self) -> None:
        try:
            self._saver()
        except ToestemmingError as exc:
            self.message.error(user_message(exc))
            return
        self._run(self._service.mail_account.start_device_sign_in, self._device_started)

    def _device_started(self, device: DeviceCode) -> None:
        self._device = device
        self.message.warn(
            self.tr("Ga naar %1 en typ de code %2. Dit venster wacht tot dat gebeurd is.")
            .replace("%1", device.verification_uri)
            .replace("%2", device.user_code)
        )
        self._run(lambda: self._service.mail_account.finish_device_sign_in(device), self._signed_in)

    def test_connection(self) -> None:
        try:
            self._saver()
        except ToestemmingError as exc:
            self.message.error(user_message(exc))
            return
        self.test_result.setText(self.tr("Bezig met testen…"))
        self._run(self._service.mail_account.test_connection, self._tested)

    def _tested(self, checks: list[ConnectionCheck]) -> None:
        self._busy(False)
        language = desk_language()
        lines = [
            f"{'✓' if c.ok else '✗'} {in_language(c.part, language)}: "
            f"{in_language(c.message, language)}"
            for c in checks
        ]
        self.test_result.setText("\n".join(lines))
        if all(c.ok for c in checks):
            self.message.ok(self.tr("Alles werkt."))
        else:
            self.message.error(self.tr("Niet alles werkt; zie hierboven wat er misging."))
