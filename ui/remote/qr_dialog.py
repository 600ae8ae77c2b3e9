"""A QR code the youth scans with their own phone: it opens a pre-filled reply by WhatsApp,
SMS or e-mail with the reference code and one line per item to fill in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..i18n import desk_text
from ..screen_fit import cap_to_screen, fit_to_screen, overflow, scrollable
from .common import Message

QR_SIDE = 300  # pixels of the code on screen
QR_SMALLEST = 200  # a phone still reads it at this size from an arm's length


class QrDialog(QDialog):
    def __init__(self, service: Service, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._request_id = request_id
        request = service.consents.request(request_id)
        self.setWindowTitle(
            self.tr("QR-code voor antwoord — %1").replace("%1", request.reference_code)
        )
        self.links = service.remote.app_links(request_id)
        self.whatsapp = QRadioButton(self.tr("WhatsApp"))
        self.sms = QRadioButton(self.tr("Sms"))
        self.mail = QRadioButton(self.tr("E-mail"))
        self.group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for button, uri in (
            (self.whatsapp, self.links.whatsapp),
            (self.sms, self.links.sms),
            (self.mail, self.links.mailto),
        ):
            button.setEnabled(bool(uri))
            self.group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._side = QR_SIDE
        self.image.setMinimumSize(QR_SIDE, QR_SIDE)
        self.image.setAccessibleName(self.tr("QR-code"))
        self.uri = QLabel()
        self.uri.setTextFormat(Qt.TextFormat.PlainText)  # links and names: never markup
        self.uri.setWordWrap(True)
        self.uri.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template = QLabel(self.links.text)
        self.template.setTextFormat(Qt.TextFormat.PlainText)
        self.template.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain = QLabel(
            self.tr(
                "Laat de jongere de code scannen met de eigen telefoon. Er opent een bericht met "
                "de referentiecode; per onderdeel ja of nee laten staan en versturen. Nee zeggen "
                "mag; dat heeft geen gevolgen."
            )
        )
        self.explain.setWordWrap(True)
        self.who = QComboBox()
        for c in service.remote.contacts(request_id):
            self.who.addItem(f"{c.name} ({c.role_label})", c.signer)
        self.handed = QPushButton(self.tr("QR-code is &gegeven — vastleggen"))
        self.handed.clicked.connect(self.record_handed_out)
        self.message = Message()
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        if not (self.links.whatsapp or self.links.sms):
            self.message.warn(
                self.tr("Er is geen app-nummer ingesteld; alleen antwoorden per e-mail kan.")
            )
        form = QFormLayout()
        form.addRow(self.tr("Antwoorden via:"), kinds)
        form.addRow(self.tr("Bericht:"), self.template)
        form.addRow(self.tr("Voor:"), self.who)
        bottom = QHBoxLayout()
        bottom.addWidget(self.handed)
        bottom.addStretch(1)
        bottom.addWidget(close)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.explain)
        body_layout.addLayout(form)
        body_layout.addWidget(self.image, 1)
        body_layout.addWidget(self.uri)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        # Wide enough that the explanation wraps into a few lines: at its narrowest the
        # window was too short for its text and the 300 px code, which then overlapped.
        fit_to_screen(self, 560, 720)
        # A short screen (1920×1080 at 200 %: 540 px): a smaller code, still scannable,
        # rather than a window taller than the screen or the code over its text. Laid out
        # first, so the wrapped texts know their width.
        layout.activate()
        self._side = max(QR_SMALLEST, QR_SIDE - overflow(self))
        self.image.setMinimumSize(self._side, self._side)
        # Still too tall (a netbook with the system's large text): the text and the code
        # scroll, the message and the buttons stay in view; they lay over each other before.
        if overflow(self):
            layout.removeWidget(body)
            layout.insertWidget(0, scrollable(body), 1)
        layout.invalidate()
        layout.activate()
        cap_to_screen(self)  # not grown to the old minimum
        self.group.buttonToggled.connect(lambda *_: self.show_code())
        first = next((b for b in (self.whatsapp, self.sms, self.mail) if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        else:
            self.message.error(self.tr("Stel eerst een antwoordadres of app-nummer in."))

    def current_uri(self) -> str:
        if self.whatsapp.isChecked():
            return self.links.whatsapp
        if self.sms.isChecked():
            return self.links.sms
        return self.links.mailto if self.mail.isChecked() else ""

    def show_code(self) -> None:
        uri = self.current_uri()
        if not uri:
            self.image.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._service.remote.qr_png(uri), "PNG")
        self.image.setPixmap(
            pixmap.scaled(
                self._side,
                self._side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.uri.setText(uri if len(uri) < 120 else uri[:117] + "…")

    def record_handed_out(self) -> None:
        try:
            self._service.remote.record_qr_handed_out(self._request_id, self.who.currentData())
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.handed.setEnabled(False)
        self.message.ok(self.tr("Vastgelegd: het verzoek wacht nu op antwoord."))
