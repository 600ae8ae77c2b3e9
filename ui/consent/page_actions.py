"""The youth page's consent actions: which dialog each action opens, one window-modal dialog
at a time. What a write changes reaches the page through the service's change signal
(ui/changes.py, connected by the main window), not through the dialogs.

A mixin of `YouthDetailPanel` (ui/youth_detail.py), kept apart so the page's layout and its
workflow each stay one screenful.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from toestemming.errors import ToestemmingError
from toestemming.model import ConsentItem, ItemStatus, Youth
from toestemming.service import Service
from toestemming.usecases.consent import ItemView
from toestemming.usecases.forms import PaperScan

from .. import forms
from ..background import Task
from ..consent_list import (
    CONFIRMATION,
    DECIDE,
    HISTORY,
    MAIL,
    NOTIFY,
    PAPER,
    PROOF,
    SHARE,
    TABLET,
    TABLET_WITHDRAW,
    WITHDRAW,
    YOUTH_VIEW,
    ConsentList,
)
from ..crash import user_message
from ..i18n import desk_text
from ..remote import SendRequestDialog
from .corrections import CorrectionsDialog
from .disclose import DiscloseDialog
from .history import HistoryDialog
from .language_gaps import gap_warning
from .merge import MergeYouthDialog
from .new_request import NewRequestDialog
from .people import AddRepresentativeDialog, AddYouthDialog
from .record_decision import RecordDecisionDialog
from .withdraw import NotifyDialog, WithdrawDialog, withdrawal_ids
from .youth_view import YouthViewDialog

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

D = TypeVar("D", bound=QDialog)


class ConsentPageActions:
    """Needs from the page: the service and youth, its consent list, error label, refresh
    methods and two signals (declared here for the type checker)."""

    _service: Service | None
    _youth_id: int | None
    _items: list[ItemView]
    _shown: dict[int, ConsentItem]
    consents: ConsentList
    error_label: QLabel
    dialog: QDialog | None
    _after_dialog: Callable[[], object] | None
    _confirmation_task: object | None
    if TYPE_CHECKING:
        youth_added: SignalInstance

        def _show_error(self, message: str) -> None: ...
        def refresh_consents(self) -> None: ...
        def refresh_disclosures(self) -> None: ...
        def refresh_people(self) -> None: ...
        def show_youth(self, youth_id: int) -> None: ...

    def _parent_widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open(self, factory: Callable[[Service], D]) -> D | None:
        """Build a dialog (it may read the vault) and show it window-modal, one at a time."""
        if self._service is None:
            return None
        try:
            dialog = factory(self._service)
        except ToestemmingError as exc:
            self._show_error(desk_text(exc))
            return None
        self._close_dialog()
        return self._adopt(dialog)

    def _adopt(self, dialog: D) -> D:
        """Make `dialog` the page's one open dialog (closed on lock with the page)."""
        if self.dialog is not None and self.dialog is not dialog:
            self._close_dialog()
        self.error_label.hide()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is not dialog:
            return
        self.dialog = None
        dialog.deleteLater()
        after, self._after_dialog = self._after_dialog, None
        if after is not None:
            after()

    def _close_dialog(self) -> None:
        """Close the open dialog at once, e.g. on lock: it may show personal data."""
        dialog, self.dialog = self.dialog, None
        self._after_dialog = None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            dialog.setParent(None)  # gone from the window's widget tree now, deleted later
            dialog.deleteLater()

    def open_new_request(self) -> NewRequestDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        dialog = self._open(lambda s: NewRequestDialog(s, youth_id, self._parent_widget()))
        if dialog is not None:
            dialog.record_requested.connect(self._record_after_request)
        return dialog

    def _record_after_request(self, request_id: int) -> None:
        self._after_dialog = lambda: self.open_record_decision(request_id=request_id)

    def open_record_decision(
        self, item_id: int | None = None, *, request_id: int | None = None
    ) -> RecordDecisionDialog | None:
        if request_id is None:
            view = next((v for v in self._items if v.item_id == item_id), None)
            if view is None:
                return None
            request_id = view.request_id
        rid = request_id
        dialog = self._open(
            lambda s: RecordDecisionDialog(s, rid, self._parent_widget(), focus_item_id=item_id)
        )
        return dialog

    def open_youth_view(self, item_id: int) -> YouthViewDialog | None:
        request_id = self._request_of(item_id)
        if request_id is None:
            return None
        rid = request_id
        return self._open(
            lambda s: YouthViewDialog(s, rid, self._parent_widget(), focus_item_id=item_id)
        )

    def open_withdraw(self, item_id: int) -> WithdrawDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        dialog = self._open(lambda s: WithdrawDialog(s, youth_id, item_id, self._parent_widget()))
        if dialog is not None:
            dialog.confirmation_requested.connect(
                lambda ids, d=dialog: self._show_confirmation(youth_id, ids, d)
            )
        return dialog

    def open_notify(self, item_id: int) -> NotifyDialog | None:
        return self._open(lambda s: NotifyDialog(s, item_id, self._parent_widget()))

    def open_history(self, item_id: int) -> HistoryDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        return self._open(lambda s: HistoryDialog(s, youth_id, item_id, self._parent_widget()))

    def open_disclose(self, item_id: int | None = None) -> DiscloseDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        if item_id is None:  # Ctrl+D on a given item shares under that item
            card = self.consents.current_card()
            if card is not None and card.status == ItemStatus.GIVEN:
                item_id = card.item_id
        item = self._shown.get(item_id) if item_id is not None else None
        dialog = self._open(
            lambda s: DiscloseDialog(
                s,
                youth_id,
                self._parent_widget(),
                recipient_id=item.recipient.id if item else None,
                purpose_id=item.purpose.id if item else None,
                category_ids=[c.id for c in item.categories] if item else (),
            )
        )
        return dialog

    def open_add_representative(self) -> AddRepresentativeDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        return self._open(lambda s: AddRepresentativeDialog(s, youth_id, self._parent_widget()))

    def open_corrections(self) -> CorrectionsDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        return self._open(lambda s: CorrectionsDialog(s, youth_id, self._parent_widget()))

    def open_add_youth(self) -> AddYouthDialog | None:
        dialog = self._open(lambda s: AddYouthDialog(s, self._parent_widget()))
        if dialog is not None:
            dialog.added.connect(self._youth_added)
            dialog.existing_chosen.connect(self.show_youth)
        return dialog

    def open_merge(self) -> MergeYouthDialog | None:
        youth_id = self._youth_id
        if youth_id is None:
            return None
        dialog = self._open(lambda s: MergeYouthDialog(s, youth_id, self._parent_widget()))
        if dialog is not None:
            dialog.merged.connect(self._youth_merged)
        return dialog

    def _youth_merged(self, kept_id: int) -> None:
        # The list loses a row: reload it and show the record that stays.
        self.show_youth(kept_id)
        self.youth_added.emit(kept_id)

    def _youth_added(self, youth: Youth) -> None:
        self.show_youth(youth.id)
        self.youth_added.emit(youth.id)

    # -- the current item and request (the window's menus act on them) ------------------------
    def current_item(self) -> ItemView | None:
        """The item the worker is on: the focused card, or the one focused or chosen last."""
        if self._service is None or self._youth_id is None:
            return None
        item_id = self.consents.current_item_id
        return next((v for v in self._items if v.item_id == item_id), None)

    def current_request_id(self) -> int | None:
        view = self.current_item()
        return view.request_id if view is not None else None

    def _request_of(self, item_id: int | None) -> int | None:
        if item_id is None:
            return self.current_request_id()
        return next((v.request_id for v in self._items if v.item_id == item_id), None)

    # -- sending, documents and proof ------------------------------------------------------------
    def open_send_request(
        self, item_id: int | None = None, *, reminder: bool = False
    ) -> SendRequestDialog | None:
        """'Verzoek mailen': the request of the item (default: the current one) by e-mail."""
        request_id = self._request_of(item_id)
        if request_id is None:
            return None
        parent = self._parent_widget()
        return self._open(
            lambda s: SendRequestDialog(s, request_id, reminder=reminder, parent=parent)
        )

    def open_paper_form(self, item_id: int | None = None) -> forms.PdfPreviewDialog | None:
        request_id = self._request_of(item_id)
        if self._service is None or request_id is None:
            return None
        self._close_dialog()
        dialog = forms.open_paper_consent(self._service, request_id, self._parent_widget())
        return self._adopt(dialog) if dialog is not None else None

    def export_proof(self, item_id: int | None = None) -> forms.ProofExportDialog | None:
        """'Bewijs exporteren' for one item (default: the current one)."""
        if item_id is None:
            view = self.current_item()
            item_id = view.item_id if view is not None else None
        if item_id is None:
            return None
        iid, parent = item_id, self._parent_widget()
        return self._open(lambda s: forms.ProofExportDialog(s, item_id=iid, parent=parent))

    def export_youth_proof(self) -> forms.ProofExportDialog | None:
        """One proof package for the youth on this page: all requests, all evidence."""
        youth_id, parent = self._youth_id, self._parent_widget()
        if youth_id is None:
            return None
        return self._open(lambda s: forms.ProofExportDialog(s, youth_id=youth_id, parent=parent))

    def open_withdrawal_confirmation(self, item_id: int | None = None) -> Task | None:
        """The written confirmation of a withdrawn item. Finding its withdrawals reads the
        item's history from the audit log, so that runs off the GUI thread first."""
        if item_id is None:
            view = self.current_item()
            item_id = view.item_id if view is not None else None
        service, youth_id = self._service, self._youth_id
        if service is None or youth_id is None or item_id is None:
            return None
        iid = item_id
        task = Task(lambda: withdrawal_ids(service, iid))
        task.succeeded.connect(lambda ids: self._show_confirmation(youth_id, ids))
        task.failed.connect(lambda exc: self._show_error(user_message(exc)))
        self._confirmation_task = task  # kept until it delivers
        task.start()
        return task

    def _show_confirmation(
        self, youth_id: int, ids: list[int], over: QDialog | None = None
    ) -> forms.PdfPreviewDialog | None:
        if self._service is None or self._youth_id != youth_id:
            return None  # locked, or the worker moved on to another youth meanwhile
        if not ids:
            self._show_error(
                QCoreApplication.translate("YouthDetailPanel", "Dit onderdeel is niet ingetrokken.")
            )
            return None
        if over is not None:  # on top of the withdraw dialog, which stays open
            return forms.open_withdrawal_confirmation(self._service, youth_id, ids, over)
        self._close_dialog()
        dialog = forms.open_withdrawal_confirmation(
            self._service, youth_id, ids, self._parent_widget()
        )
        return self._adopt(dialog) if dialog is not None else None

    def open_transition_form(self) -> forms.TransitionFormDialog | None:
        youth_id, parent = self._youth_id, self._parent_widget()
        if youth_id is None:
            return None
        return self._open(lambda s: forms.TransitionFormDialog(s, youth_id, parent))

    def open_inzage(self) -> QDialog | None:
        if self._service is None or self._youth_id is None:
            return None
        self._close_dialog()
        dialog = forms.open_inzage(self._service, self._youth_id, self._parent_widget())
        return self._adopt(dialog) if dialog is not None else None

    def record_scan(self, scan: PaperScan) -> RecordDecisionDialog | None:
        """A signed paper form was read in: its youth's page, and the answers to record with
        the scan as evidence."""
        self.show_youth(scan.request.youth_id)
        dialog = self.open_record_decision(request_id=scan.request.id)
        if dialog is not None:
            dialog.use_scan(scan.evidence.id, scan.language)
        return dialog

    # -- the tablet ---------------------------------------------------------------------------
    def open_signing(
        self, item_id: int | None = None, *, withdrawal: bool = False
    ) -> QWidget | None:
        """Signing mode for the item's request (default: the current item): for whoever still
        has to decide, or (`withdrawal`) on the tablet's withdrawal screen."""
        request_id = self._request_of(item_id)
        if self._service is None or request_id is None:
            return None
        self._close_dialog()
        text = (
            ""
            if withdrawal
            else gap_warning(self._service.consents.request_language_gaps(request_id))
        )
        if text:  # said before the tablet goes over; she may still hand it over (not refused)
            return self._adopt(self._language_box(text, request_id))
        return self._hand_over(request_id, withdrawal)

    def _hand_over(self, request_id: int, withdrawal: bool = False) -> QWidget | None:
        from ..signing import hand_over

        if self._service is None:
            return None
        try:
            return hand_over(
                self._parent_widget().window(), self._service, request_id, withdrawal=withdrawal
            )
        except ToestemmingError as exc:
            self._show_error(user_message(exc))
            return None

    def _language_box(self, text: str, request_id: int) -> QMessageBox:
        """A decider reads a language the request has no text in: the warning, with "Toch op
        de tablet" (hands it over) and "Annuleren"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("YouthDetailPanel", "Taal van het verzoek"),
            text,
        )
        box.setParent(self._parent_widget(), Qt.WindowType.Dialog)
        go = box.addButton(
            QCoreApplication.translate("YouthDetailPanel", "Toch op de &tablet"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("YouthDetailPanel", "Annuleren"),
            QMessageBox.ButtonRole.RejectRole,
        )

        def answered(button: object) -> None:  # handed over once the box has closed
            if button is go:
                self._after_dialog = lambda: self._hand_over(request_id)

        box.buttonClicked.connect(answered)
        return box

    def _on_item_action(self, action: str, item_id: int) -> None:
        handlers: dict[str, Callable[[int], object]] = {
            DECIDE: lambda i: self.open_record_decision(i),
            WITHDRAW: self.open_withdraw,
            SHARE: lambda i: self.open_disclose(i),
            NOTIFY: self.open_notify,
            HISTORY: self.open_history,
            MAIL: self.open_send_request,
            PAPER: self.open_paper_form,
            PROOF: self.export_proof,
            CONFIRMATION: self.open_withdrawal_confirmation,
            TABLET: self.open_signing,
            TABLET_WITHDRAW: lambda i: self.open_signing(i, withdrawal=True),
            YOUTH_VIEW: self.open_youth_view,
        }
        handlers[action](item_id)
