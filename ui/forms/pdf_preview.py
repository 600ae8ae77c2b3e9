"""Show a rendered form (PDF bytes, never a temp file), and save or print it.

Printing goes through the Qt print dialog: each page is rendered by QtPdf at the printer's
resolution and painted into the printer's page rectangle, keeping the aspect ratio. After a
save or print, `exported` is emitted so the caller can log it (service.forms.record_printed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.private_files import write_private

from ..consent.common import MessageLabel
from ..i18n import desk_text
from ..screen_fit import fit_to_screen


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over an in-memory buffer (keep the buffer alive with the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(parent)
    doc.load(buffer)
    return doc, buffer


def print_document(doc: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page onto `printer`; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = doc.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        return doc.pageCount()
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    exported = Signal(str)  # "saved" or "printed"

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self._suggested = suggested_name
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 900)
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Above the form, before it is printed: who cannot read it (language_gaps.py).
        self.warning = MessageLabel()
        if warning:
            self.warning.show_warning(warning)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan als PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def save(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("PDF opslaan als"),
                str(Path.home() / self._suggested),
                self.tr("PDF-bestand (*.pdf)"),
            )
        if not path:
            return False
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            write_private(target, self.pdf, replace=True)  # this user only; the dialog asked
        except ToestemmingError as exc:  # a folder or a vault's own file at that name
            self.status.setText(desk_text(exc))
            return False
        except OSError:
            self.status.setText(self.tr("Opslaan is mislukt: kies een andere map."))
            return False
        self.status.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))
        self.exported.emit("saved")
        return True

    def print_(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Afdrukken"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        if not print_document(self.document, printer):
            self.status.setText(self.tr("Afdrukken is mislukt."))
            return False
        self.status.setText(self.tr("Naar de printer gestuurd."))
        self.exported.emit("printed")
        return True
