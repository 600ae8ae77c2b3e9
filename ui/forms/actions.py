"""Small entry points the main window can call: open a form's preview (save / print, logged),
import a scanned paper form, export proof. Errors are shown as Dutch messages, never
tracebacks."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.forms import PaperScan

from ..crash import user_message
from .pdf_preview import PdfPreviewDialog
from .proof_export import ProofExportDialog
from .transition_dialog import TransitionFormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def _preview(
    parent: QWidget | None,
    render: Callable[[], bytes],
    title: str,
    name: str,
    log: Callable[[bytes], None],
) -> PdfPreviewDialog | None:
    try:
        pdf = render()
    except Exception as exc:  # shown, never raised into Qt's event loop
        QMessageBox.warning(parent, title, user_message(exc))
        return None
    dialog = PdfPreviewDialog(pdf, title, name, parent)
    dialog.exported.connect(lambda _how: log(pdf))
    dialog.open()
    return dialog


def open_transition_form(
    service: Service, youth_id: int, parent: QWidget | None = None
) -> TransitionFormDialog:
    dialog = TransitionFormDialog(service, youth_id, parent)
    dialog.open()
    return dialog


def open_paper_consent(
    service: Service, request_id: int, parent: QWidget | None = None
) -> PdfPreviewDialog | None:
    youth_id = service.consents.request(request_id).youth_id
    return _preview(
        parent,
        lambda: service.forms.render_paper_consent(request_id),
        _tr("Toestemmingsformulier (papier)"),
        "toestemmingsformulier.pdf",
        lambda pdf: service.forms.record_printed("toestemmingsformulier", youth_id, pdf),
    )


def open_withdrawal_confirmation(
    service: Service, youth_id: int, withdrawal_ids: list[int], parent: QWidget | None = None
) -> PdfPreviewDialog | None:
    return _preview(
        parent,
        lambda: service.forms.render_withdrawal_confirmation(withdrawal_ids),
        _tr("Bevestiging intrekking"),
        "bevestiging-intrekking.pdf",
        lambda pdf: service.forms.record_printed("intrekking", youth_id, pdf),
    )


def open_inzage(
    service: Service, youth_id: int, parent: QWidget | None = None
) -> PdfPreviewDialog | None:
    return _preview(
        parent,
        lambda: service.forms.render_inzage(youth_id),
        _tr("Inzage"),
        "inzage.pdf",
        lambda pdf: service.forms.record_printed("inzage", youth_id, pdf),
    )


def export_proof(
    service: Service,
    *,
    request_id: int | None = None,
    item_id: int | None = None,
    parent: QWidget | None = None,
) -> ProofExportDialog:
    dialog = ProofExportDialog(service, request_id=request_id, item_id=item_id, parent=parent)
    dialog.open()
    return dialog


def import_paper_scan(
    service: Service, parent: QWidget | None = None, path: str | None = None
) -> PaperScan | None:
    """Pick a scan or photo of a signed paper form; its QR code finds the request."""
    title = _tr("Papieren formulier inlezen")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            _tr("Scan of foto (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"),
        )
    if not path:
        return None
    file = Path(path)
    try:
        content = file.read_bytes()
        media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return service.forms.import_paper_scan(content, media_type)
    except ToestemmingError as exc:
        QMessageBox.warning(parent, title, exc.message)
    except OSError:
        QMessageBox.warning(parent, title, _tr("Het bestand kan niet worden gelezen."))
    return None
