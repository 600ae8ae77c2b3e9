"""Inzage-rapport: who asked for it? The youth, or one of the representatives on the record.
The core decides who may have it (usecases/inzage_rights.py: a parent without gezag is
refused, a parent once the youth is 16 too); this dialog only asks and shows the refusal in
the core's own words — nothing is rendered, shown or printed then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from toestemming.model import SignerRef
from toestemming.service import Service

from ..choice_layout import choice_buttons, choice_layout
from ..consent.common import MessageLabel, wrapped
from ..core_labels import role_label
from ..crash import user_message
from .pdf_preview import PdfPreviewDialog


class InzageRequestDialog(QDialog):
    """Choose who asked; on "Inzage maken" the core checks and renders. The preview opens
    over this dialog (its child: closed with it, e.g. on lock); closing it closes this one."""

    def __init__(
        self,
        service: Service,
        youth_id: int,
        title: str,
        preview: Callable[[bytes], PdfPreviewDialog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        self._preview = preview
        self.preview: PdfPreviewDialog | None = None
        youth = service.people.youth(youth_id)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        labels = {
            SignerRef.youth(youth_id): self.tr("%1 (de jongere zelf)").replace(
                "%1", youth.display_name
            )
        }
        for rep in service.people.representatives(youth_id):
            gezag = self.tr("met gezag") if rep.has_gezag else self.tr("zonder gezag")
            labels[SignerRef.representative(rep.id)] = (
                f"{rep.name} ({role_label(rep.role)}, {gezag})"
            )
        self.choices = choice_buttons(self, labels)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            self.tr("Inzage &maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.make_button.clicked.connect(self.make)
        cancel.clicked.connect(self.reject)
        intro = self.tr(
            "Wie vraagt om inzage? Onder 16 jaar vraagt de jongere of een ouder met gezag; "
            "vanaf 16 jaar alleen de jongere zelf."
        )
        choice_layout(
            self, youth.display_name, [wrapped(intro)], self.choices, self.message, self.buttons
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (closed, or taken away on lock): the inzage over it goes too — a child
        window stays on screen when only its parent is hidden."""
        if self.preview is not None and self.preview.isVisible():
            self.preview.hide()
        super().hideEvent(event)

    def chosen(self) -> SignerRef | None:
        return next((s for s, b in self.choices.items() if b.isChecked()), None)

    def choose(self, who: SignerRef) -> None:
        self.choices[who].setChecked(True)

    def make(self) -> PdfPreviewDialog | None:
        who = self.chosen()
        if who is None:
            self.message.show_error(self.tr("Kies wie om inzage vraagt."))
            return None
        try:
            pdf = self._service.forms.render_inzage(self._youth_id, requested_by=who)
        except Exception as exc:  # shown, never raised into Qt's event loop
            self.message.show_error(user_message(exc))
            self.adjustSize()  # the refusal is read whole, not cut off under the buttons
            return None
        self.message.clear()
        preview = self._preview(pdf)
        preview.setParent(self, Qt.WindowType.Dialog)
        preview.finished.connect(lambda _r: self.accept())
        preview.open()
        self.preview = preview
        return preview
