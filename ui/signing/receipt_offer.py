"""Signing mode's thanks page actions: the receipt (or withdrawal confirmation) as a PDF for
the signer, and by e-mail when a mail server and the signer's address are known. A mix-in of
SigningMode (mode.py), which supplies service, model, language, flow and the pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from toestemming.errors import ToestemmingError

from ..background import Task
from ..crash import user_message
from .words import word


class ReceiptOffer:
    # Supplied by SigningMode.
    service: Any
    thanks_page: Any
    stack: Any
    mail_task: Task | None
    mail_address: str
    language: str
    flow: str
    last_session_id: int | None
    session: Any

    # -- receipt for the worker -----------------------------------------------------------------
    def receipt_document(self) -> tuple[bytes, str]:
        """(PDF, file name) for the signer, in the language they signed in: the receipt of
        their answers, or the confirmation of their withdrawal."""
        if self.last_session_id is None:
            raise ToestemmingError("Er is nog niets ondertekend.")
        return self.service.signing_receipts.receipt_document(self.last_session_id)

    def open_receipt(self) -> QWidget | None:
        from ..forms.pdf_preview import PdfPreviewDialog

        try:
            pdf, filename = self.receipt_document()
        except ToestemmingError as exc:
            self.thanks_page.hint.setText(
                word(self.language, "saving_failed", reason=exc.text_in(self.language))
            )
            return None
        withdrawal = self.flow == "withdrawal_done"
        dialog = PdfPreviewDialog(
            pdf,
            self.tr("Bevestiging intrekking") if withdrawal else self.tr("Ontvangstbewijs"),
            filename,
            self,
        )
        if withdrawal:
            youth = self.session.youth_id
            dialog.exported.connect(
                lambda _how: self.service.forms.record_printed("intrekking", youth, pdf)
            )
        dialog.open()
        return dialog

    # -- the receipt by e-mail (only with a mail server and the signer's address) ---------------
    def _offer_mail(self) -> None:
        self.mail_address = ""
        if self.last_session_id is not None:
            try:
                self.mail_address = self.service.signing_receipts.receipt_mail_address(
                    self.last_session_id
                )
            except ToestemmingError:
                self.mail_address = ""
        self.thanks_page.show_mail(self.language, self.mail_address)

    def mail_receipt(self) -> None:
        session_id, address = self.last_session_id, self.mail_address
        if session_id is None or not address or self.mail_task is not None:
            return
        language = self.language
        self.thanks_page.mail_progress(word(language, "mail_sending", address=address))
        task = Task(lambda: self.service.signing_receipts.send_receipt(session_id))
        task.succeeded.connect(lambda _sent: self._mailed(session_id, language, address, None))
        task.failed.connect(lambda exc: self._mailed(session_id, language, address, exc))
        self.mail_task = task
        task.start()

    def _mailed(
        self, session_id: int, language: str, address: str, exc: BaseException | None
    ) -> None:
        self.mail_task = None
        if session_id != self.last_session_id or self.stack.currentWidget() is not self.thanks_page:
            return  # the next person is already at the tablet
        if exc is None:
            self.thanks_page.mail_sent(word(language, "mail_sent", address=address))
        else:
            reason = user_message(exc)
            self.thanks_page.mail_progress(word(language, "mail_failed", reason=reason), done=True)
