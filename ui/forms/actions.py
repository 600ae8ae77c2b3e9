"""Small entry points the main window can call: open a form's preview (save / print, logged),
import a scanned paper form, export proof. Errors are shown as Dutch messages, never
tracebacks."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from toestemming.errors import ToestemmingError
from toestemming.model import SignerRef
from toestemming.private_files import write_private
from toestemming.service import Service
from toestemming.usecases.forms import PaperScan

from ..background import Task
from ..consent.language_gaps import gap_warning
from ..crash import user_message
from ..i18n import desk_text
from .inzage_request import InzageRequestDialog
from .pdf_preview import PdfPreviewDialog
from .proof_export import ProofExportDialog
from .transition_dialog import TransitionFormDialog


def _preview(
    parent: QWidget | None,
    render: Callable[[], bytes],
    title: str,
    name: str,
    log: Callable[[bytes], None],
    warning: Callable[[], str] = str,
) -> PdfPreviewDialog | None:
    try:
        pdf = render()
        note = warning()
    except Exception as exc:  # shown, never raised into Qt's event loop
        QMessageBox.warning(parent, title, user_message(exc))
        return None
    dialog = PdfPreviewDialog(pdf, title, name, parent, warning=note)

    def logged(_how: object) -> None:
        try:
            log(pdf)
        except Exception as exc:  # e.g. the vault locked meanwhile: shown, not raised
            QMessageBox.warning(parent, title, user_message(exc))

    dialog.exported.connect(logged)
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
    youth: list[int] = []

    def render() -> bytes:
        # Read inside _preview's guard: a request another window removed meanwhile is a
        # message, not a traceback (review28).
        youth.append(service.consents.request(request_id).youth_id)
        return service.forms.render_paper_consent(request_id)

    return _preview(
        parent,
        render,
        QCoreApplication.translate("Forms", "Toestemmingsformulier (papier)"),
        "toestemmingsformulier.pdf",
        lambda pdf: service.forms.record_printed("toestemmingsformulier", youth[0], pdf),
        # A parent who reads another language than the form's: said before it is printed,
        # as Nieuw verzoek and Verzoek mailen say it (the youth page's Papieren formulier
        # did not).
        lambda: gap_warning(service.consents.request_language_gaps(request_id)),
    )


def open_withdrawal_confirmation(
    service: Service, youth_id: int, withdrawal_ids: list[int], parent: QWidget | None = None
) -> PdfPreviewDialog | None:
    return _preview(
        parent,
        lambda: service.forms.render_withdrawal_confirmation(withdrawal_ids),
        QCoreApplication.translate("Forms", "Bevestiging intrekking"),
        "bevestiging-intrekking.pdf",
        lambda pdf: service.forms.record_printed("intrekking", youth_id, pdf),
    )


def open_inzage(
    service: Service,
    youth_id: int,
    parent: QWidget | None = None,
    requested_by: SignerRef | None = None,
) -> QDialog | None:
    """The inzage for whoever asked (AVG art. 15): without `requested_by` the worker is asked
    first who it is (InzageRequestDialog, returned); the core refuses one who may not have it,
    shown in Dutch, nothing printed."""
    title = QCoreApplication.translate("Forms", "Inzage")

    def preview(pdf: bytes) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(pdf, title, "inzage.pdf", parent)
        dialog.exported.connect(lambda _how: service.forms.record_printed("inzage", youth_id, pdf))
        return dialog

    if requested_by is None:
        try:
            asked = InzageRequestDialog(service, youth_id, title, preview, parent)
        except ToestemmingError as exc:
            QMessageBox.warning(parent, title, user_message(exc))
            return None
        asked.open()
        return asked
    return _preview(
        parent,
        lambda: service.forms.render_inzage(youth_id, requested_by=requested_by),
        title,
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
    service: Service,
    parent: QWidget | None = None,
    path: str | None = None,
    done: Callable[[PaperScan], object] | None = None,
) -> Task | None:
    """Pick a scan or photo of a signed paper form; its QR code finds the request. Reading
    and decoding run on a pool thread (a large or hostile scan never freezes the window; its
    size is checked from the header first, see toestemming/image_limits.py); `done(scan)`
    follows on the GUI thread. Returns the running task, or None when nothing was chosen."""
    title = QCoreApplication.translate("Forms", "Papieren formulier inlezen")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            QCoreApplication.translate(
                "Forms", "Scan of foto (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"
            ),
        )
    if not path:
        return None
    file = Path(path)

    def read() -> PaperScan:
        content = file.read_bytes()
        media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return service.forms.import_paper_scan(content, media_type)

    def failed(exc: object) -> None:
        if isinstance(exc, ToestemmingError):
            text = desk_text(exc)
        elif isinstance(exc, OSError):
            text = QCoreApplication.translate("Forms", "Het bestand kan niet worden gelezen.")
        else:
            text = user_message(exc) if isinstance(exc, BaseException) else ""
        QMessageBox.warning(parent, title, text)

    def succeeded(scan: object) -> None:
        if isinstance(scan, PaperScan) and done is not None:
            done(scan)

    task = Task(read)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.start()
    return task


def export_certificate(
    service: Service, parent: QWidget | None = None, path: str | None = None
) -> Path | None:
    """Save the organisation certificate (PEM) so verifiers can pin it."""
    title = QCoreApplication.translate("Forms", "Organisatiecertificaat exporteren")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(Path.home() / "organisatiecertificaat.pem"),
            QCoreApplication.translate("Forms", "Certificaat (*.pem)"),
        )
    if not path:
        return None
    target = Path(path)
    try:
        # Through write_private like every export: never over a folder or a vault's own files
        # (a worker who picked kluis.tvault and said yes to "replace?" truncated the open
        # vault); atomic, so a full disk leaves no half certificate either.
        # `replace`: the save dialog asked "replace?" already (a backup is still refused).
        write_private(target, service.forms.certificate.certificate_pem(), replace=True)
    except ToestemmingError as exc:
        QMessageBox.warning(parent, title, desk_text(exc))
        return None
    except OSError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Forms", "Opslaan is mislukt: kies een andere map."),
        )
        return None
    return target


def import_certificate(
    service: Service,
    parent: QWidget | None = None,
    path: str | None = None,
    password: str | None = None,
) -> bool:
    """Replace the self-signed certificate by the organisation's own PKCS#12 (.p12/.pfx)."""
    title = QCoreApplication.translate("Forms", "Eigen organisatiecertificaat gebruiken")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            QCoreApplication.translate("Forms", "PKCS#12-bestand (*.p12 *.pfx)"),
        )
    if not path:
        return False
    if password is None:
        password, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("Forms", "Wachtwoord van het certificaatbestand:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
    try:
        info = service.forms.certificate.import_certificate(
            Path(path).read_bytes(), password=password or None
        )
    except ToestemmingError as exc:
        QMessageBox.warning(parent, title, desk_text(exc))
        return False
    except OSError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Forms", "Het bestand kan niet worden gelezen."),
        )
        return False
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("Forms", "Voortaan ondertekend met: %1").replace(
            "%1", info.subject
        ),
    )
    return True
