"""'Bericht vastleggen': a message received on the organisation's phone (SMS, WhatsApp, …)
with sender number, time, text and a screenshot, read like a reply and confirmed."""

from __future__ import annotations

import mimetypes
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.proposal import ReplyProposal
from toestemming.clock import LOCAL_TZ
from toestemming.errors import ToestemmingError
from toestemming.image_limits import MAX_PIXELS
from toestemming.service import Service
from toestemming.usecases.remote import ConfirmResult

from ..background import Task
from ..date_fields import in_reading_order
from ..i18n import desk_text
from ..screen_fit import fit_to_screen, scrollable
from .common import Message, ProposalView, plain_label


class RecordMessageDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.proposal: ReplyProposal | None = None
        self.confirmed: ConfirmResult | None = None
        self.screenshot: bytes | None = None
        self.screenshot_type = ""
        self.setWindowTitle(self.tr("Bericht vastleggen"))
        fit_to_screen(self, 1000, 680)
        self.number = QLineEdit()
        self.number.setPlaceholderText("06-…")
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems(["WhatsApp", "Sms", "Signal", "Telegram"])
        now = service.clock.now().astimezone(LOCAL_TZ)
        self.when = QDateTimeEdit(QDateTime(now.replace(tzinfo=None, second=0, microsecond=0)))
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        in_reading_order(self.when)
        self.when.setCalendarPopup(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Typ of plak de tekst van het bericht precies over."))
        self.text.setMaximumHeight(110)
        # Tab goes on to Lezen (a pasted message keeps its own tabs).
        self.text.setTabChangesFocus(True)
        self.shot_label = plain_label(self.tr("Geen schermafdruk"))  # later: a file name
        self.thumb = QLabel()
        self._thumb_task: Task | None = None
        self.thumb.setFixedSize(64, 64)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.hide()  # shown once a screenshot is chosen
        choose = QPushButton(self.tr("Schermafdruk &kiezen…"))
        choose.clicked.connect(self.choose_screenshot)
        shot_row = QHBoxLayout()
        shot_row.addWidget(self.thumb)
        shot_row.addWidget(self.shot_label, 1)
        shot_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Nummer afzender:"), self.number)
        form.addRow(self.tr("Via:"), self.channel)
        form.addRow(self.tr("Ontvangen op:"), self.when)
        form.addRow(self.tr("Tekst:"), self.text)
        form.addRow(self.tr("Schermafdruk:"), shot_row)
        self.read_button = QPushButton(self.tr("&Lezen"))
        self.read_button.clicked.connect(self.read)
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
        # The form and the reading scroll on a short screen (1024×600 with the system's
        # large text: the window was taller than the screen); the buttons stay in view.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrollable(body), 1)
        layout.addLayout(bottom)
        self.number.textChanged.connect(self._stale)
        self.channel.currentTextChanged.connect(self._stale)
        self.text.textChanged.connect(self._stale)
        self.when.dateTimeChanged.connect(self._stale)

    def _stale(self) -> None:
        """Any edit after reading invalidates the reading: read again before recording."""
        self.proposal = None
        self.confirm_button.setEnabled(False)

    def choose_screenshot(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Schermafdruk kiezen"),
                "",
                self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.webp)"),
            )
            if not path:
                return
        try:
            data = Path(path).read_bytes()
        except OSError:
            self.message.error(self.tr("Het bestand kon niet worden gelezen."))
            return
        self.screenshot = data
        self.screenshot_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        self.shot_label.setText(Path(path).name)
        self.thumb.hide()
        # Decoded on a pool thread, at thumbnail size, and only after the header's size
        # passed: a hostile screenshot never freezes or exhausts the window.
        task = Task(lambda: _thumbnail(data))
        task.succeeded.connect(self._show_thumbnail)
        self._thumb_task = task
        task.start()
        self._stale()

    def _show_thumbnail(self, image: object) -> None:
        self._thumb_task = None
        if isinstance(image, QImage) and not image.isNull():
            self.thumb.setPixmap(QPixmap.fromImage(image))
            self.thumb.show()

    def read(self) -> None:
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        try:
            self.proposal = self._service.remote.read_app_message(
                self.number.text(),
                when.replace(tzinfo=LOCAL_TZ),
                self.text.toPlainText(),
                channel_label=self.channel.currentText(),
                screenshot=self.screenshot,
                screenshot_media_type=self.screenshot_type,
            )
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.view.show_proposal(self.proposal)
        self.confirm_button.setEnabled(self.proposal.can_confirm)
        if self.proposal.can_confirm:
            self.message.warn(self.tr("Klopt dit met het bericht? Klik dan op Vastleggen."))
        else:
            self.message.error(self.tr("Er wordt niets vastgelegd."))

    def confirm(self) -> None:
        if self.proposal is None or not self.proposal.can_confirm:
            return
        try:
            self.confirmed = self._service.remote.confirm(self.proposal)
        except ToestemmingError as exc:
            self.message.error(desk_text(exc))
            return
        self.confirm_button.setEnabled(False)
        self.message.ok(self.tr("Vastgelegd, met het bericht en de schermafdruk als bewijs."))


def _thumbnail(data: bytes, side: int = 64) -> QImage | None:
    """A small preview, or None when the header is unreadable or claims too many pixels."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # from the header: nothing decoded yet
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
