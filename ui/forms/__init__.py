"""Forms in the desk app: the transitieformulier editor, PDF preview with save and print
(Qt print dialog), paper consent form, scan import, withdrawal confirmation, inzage and
'bewijs exporteren'. Everything goes through `service.forms`."""

from __future__ import annotations

from .actions import (
    export_certificate,
    export_proof,
    import_certificate,
    import_paper_scan,
    open_inzage,
    open_paper_consent,
    open_transition_form,
    open_withdrawal_confirmation,
)
from .pdf_preview import PdfPreviewDialog, print_document
from .proof_export import ProofExportDialog
from .transition_dialog import TransitionFormDialog

__all__ = [
    "PdfPreviewDialog",
    "ProofExportDialog",
    "TransitionFormDialog",
    "export_certificate",
    "export_proof",
    "import_certificate",
    "import_paper_scan",
    "open_inzage",
    "open_paper_consent",
    "open_transition_form",
    "open_withdrawal_confirmation",
    "print_document",
]
