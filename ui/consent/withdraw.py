"""Withdrawal in one action — of one item or a whole request — and the list of recipients that
already received data and must now be told (AVG art. 19), each with a logged "geïnformeerd" tick.

Withdrawing must be as easy as giving: any channel, any moment, no reason asked. One
confirmation step, because the withdrawal is final (it is appended, never edited).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import local_date
from toestemming.errors import ToestemmingError
from toestemming.model import Channel, ConsentItem, Recipient, SignerRef
from toestemming.service import Service
from toestemming.usecases.withdrawals import WithdrawalResult
from toestemming.words import plural

from ..background import Task
from ..crash import user_message
from ..i18n import desk_language, desk_phrase, desk_text
from ..screen_fit import fit_to_screen
from ..signing.wrapping import WrapCheckBox, WrapRadioButton
from ..spoken import label_for
from ..user_text import for_mnemonic
from .common import (
    EvidencePicker,
    Household,
    MessageLabel,
    MomentEdit,
    bold,
    channel_text,
    deciders_to_inform,
    local_moment,
    wrapped,
)

CHANNELS = (Channel.DESK, Channel.EMAIL, Channel.APP, Channel.PAPER)


class NotifyList(QWidget):
    """One tick per recipient still to be told; a tick is final and logged."""

    notified = Signal(int)  # recipient id

    def __init__(
        self,
        service: Service,
        pairs: Sequence[tuple[int, Recipient]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._withdrawals: dict[int, list[int]] = {}
        recipients: dict[int, Recipient] = {}
        for withdrawal_id, recipient in pairs:
            self._withdrawals.setdefault(recipient.id, []).append(withdrawal_id)
            recipients[recipient.id] = recipient
        self.boxes: dict[int, QCheckBox] = {}
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not recipients:
            self.empty_label = wrapped(
                self.tr(
                    "Onder deze toestemming zijn nog geen gegevens gedeeld: geen ontvanger hoeft "
                    "te worden geïnformeerd."
                )
            )
            layout.addWidget(self.empty_label)
        else:
            layout.addWidget(
                wrapped(
                    self.tr(
                        "Deze ontvangers kregen al gegevens. Laat hen weten dat de toestemming is "
                        "ingetrokken en vink aan wie het weet (dat wordt vastgelegd):"
                    )
                )
            )
        for rid, recipient in recipients.items():
            box = WrapCheckBox(  # a long organisation name wraps, never widens the dialog
                self.tr("%1 — geïnformeerd").replace("%1", for_mnemonic(recipient.display_name))
            )
            box.toggled.connect(lambda checked, rid=rid: self._tick(rid, checked))
            self.boxes[rid] = box
            layout.addWidget(box)
        layout.addWidget(self.message)

    @property
    def outstanding(self) -> int:
        return sum(1 for b in self.boxes.values() if b.isEnabled())

    def _tick(self, recipient_id: int, checked: bool) -> None:
        box = self.boxes[recipient_id]
        if not checked:
            return
        try:
            for withdrawal_id in self._withdrawals[recipient_id]:
                self._service.withdrawals.mark_notified(withdrawal_id, recipient_id)
        except ToestemmingError as exc:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            self.message.show_error(desk_text(exc))
            return
        when = local_moment(self._service.clock.now()).toString("dd-MM-yyyy HH:mm")
        box.setText(box.text() + " " + self.tr("(op %1)").replace("%1", when))
        box.setEnabled(False)  # logged; a notification cannot be taken back
        self.message.clear()
        self.notified.emit(recipient_id)


def pending_notifications(service: Service, item_id: int) -> list[tuple[int, Recipient]]:
    """(withdrawal id, recipient) pairs of this item still to be told."""
    out: list[tuple[int, Recipient]] = []
    for event in service.consents.item_history(item_id):
        if event["kind"] == "withdrawal.recorded":
            items: list[int] = event["data"]["items"]
            withdrawal_id = event["data"]["withdrawals"][items.index(item_id)]
            out.extend(
                (withdrawal_id, r) for r in service.withdrawals.recipients_to_notify(withdrawal_id)
            )
    return out


def withdrawal_ids(service: Service, item_id: int) -> list[int]:
    """The withdrawals recorded for this item (normally one), for the written confirmation."""
    out: list[int] = []
    for event in service.consents.item_history(item_id):
        if event["kind"] == "withdrawal.recorded":
            items: list[int] = event["data"]["items"]
            out.append(int(event["data"]["withdrawals"][items.index(item_id)]))
    return out


class NotifyDialog(QDialog):
    """The notification list again, later (from the youth page or a worklist)."""

    notified = Signal(int)

    def __init__(self, service: Service, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Ontvangers informeren over de intrekking"))
        self.list: NotifyList | None = None
        self.loading = wrapped(self.tr("De ontvangers worden opgezocht…"))
        self.message = MessageLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.loading)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._layout.addWidget(buttons)
        fit_to_screen(self, 520, 260)
        # Finding the withdrawals reads the item's history from the audit log: off the GUI
        # thread (seconds in a large vault).
        self._task = Task(lambda: pending_notifications(service, item_id))
        self._task.succeeded.connect(self._show_list)
        self._task.failed.connect(self._show_failure)
        self._task.start()

    def _show_failure(self, exc: BaseException) -> None:
        self.loading.hide()
        self.message.show_error(user_message(exc))

    def _show_list(self, pairs: list[tuple[int, Recipient]]) -> None:
        self.loading.hide()
        self.list = NotifyList(self._service, pairs)
        self.list.notified.connect(self.notified)
        self._layout.insertWidget(0, self.list)


class WithdrawDialog(QDialog):
    withdrawn = Signal(object)  # WithdrawalResult
    notified = Signal(int)  # recipient id
    confirmation_requested = Signal(list)  # withdrawal ids: show the written confirmation

    FORM, CONFIRM, RESULT = range(3)

    def __init__(
        self, service: Service, youth_id: int, item_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.result_data: WithdrawalResult | None = None
        views = {v.item_id: v for v in service.consents.items_for_youth(youth_id)}
        view = views[item_id]
        self.request = service.consents.request(view.request_id, desk_language())
        self.household = Household.load(service, self.request.youth_id)
        self.item: ConsentItem = next(i for i in self.request.items if i.id == item_id)
        # Who may withdraw and what "the whole request" takes along: the core decides
        # (rules.who_may_withdraw, rules.CHANGED_BY_WITHDRAWAL); this dialog shows it.
        self.choices = service.withdrawals.choices(item_id)
        self.request_items = [i for i in self.request.items if i.id in self.choices.item_ids]
        self.setWindowTitle(
            self.tr("Toestemming intrekken — %1").replace("%1", self.request.reference_code)
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_confirm())
        self.pages.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 640, 460)
        self.next_button.setDefault(True)  # now that it sits in this dialog

    # -- page 1 ---------------------------------------------------------------------------------
    def _describe(self, item: ConsentItem) -> str:
        return (
            self.tr("onderdeel %1: %2 — %3")
            .replace("%1", str(item.position))
            .replace("%2", item.purpose.title)
            .replace("%3", item.recipient.display_name)
        )

    def _build_form(self) -> QWidget:
        page = QWidget()
        # Purpose, recipient and department can be long: the choice wraps (as a non-wrapping
        # radio button it made the dialog 1459 px wide on a 1366×768 laptop).
        self.only_item = WrapRadioButton(for_mnemonic(self._describe(self.item)))
        self.whole_request = WrapRadioButton(
            plural(
                len(self.request_items),
                self.tr("Het hele verzoek %1 (%n onderdeel dat nog loopt)"),
                self.tr("Het hele verzoek %1 (%n onderdelen die nog lopen)"),
            ).replace("%1", self.request.reference_code)
        )
        self.only_item.setChecked(True)
        scope_group = QButtonGroup(self)
        scope_group.addButton(self.only_item)
        scope_group.addButton(self.whole_request)
        self.whole_request.setVisible(len(self.request_items) > 1)

        self.signer_combo = QComboBox()
        people = self.choices.signers
        for ref in people:
            self.signer_combo.addItem(self.household.name(self._service, ref), ref)
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        self.moment = MomentEdit(self._service.clock)
        self.evidence = EvidencePicker()
        form = QFormLayout()
        for caption, widget, buddy in (
            (self.tr("&Wie trekt in:"), self.signer_combo, self.signer_combo),
            (self.tr("&Hoe:"), self.channel_combo, self.channel_combo),
            (self.tr("Wann&eer:"), self.moment, self.moment.edit),
            (self.tr("Bewijsstuk:"), self.evidence, None),
        ):
            label = QLabel(caption)
            if buddy is not None:
                label_for(label, buddy)
            form.addRow(label, widget)
        self.form_message = MessageLabel()
        if not people:
            self.form_message.show_error(desk_phrase(self.choices.explanation))
        buttons = QDialogButtonBox()
        self.next_button = buttons.addButton(
            self.tr("&Intrekken…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setDefault(True)
        self.next_button.setEnabled(bool(people))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.ask_confirmation)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold(QLabel(self.tr("Wat wordt ingetrokken?"))))
        layout.addWidget(self.only_item)
        layout.addWidget(self.whole_request)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Intrekken kan altijd en zonder reden. Wat al gedeeld is, blijft rechtmatig; "
                    "daarna wordt niets meer gedeeld."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.form_message)
        layout.addWidget(buttons)
        return page

    def chosen_items(self) -> list[ConsentItem]:
        return self.request_items if self.whole_request.isChecked() else [self.item]

    # -- page 2 ---------------------------------------------------------------------------------
    def _build_confirm(self) -> QWidget:
        page = QWidget()
        self.confirm_text = wrapped()
        self.confirm_text.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_message = MessageLabel()
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("&Ja, intrekken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("&Terug"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.confirm)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(self.FORM))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold(QLabel(self.tr("Intrekking bevestigen"))))
        layout.addWidget(self.confirm_text)
        layout.addStretch(1)
        layout.addWidget(self.confirm_message)
        layout.addWidget(buttons)
        return page

    def ask_confirmation(self) -> None:
        signer = self.signer_combo.currentData()
        if not isinstance(signer, SignerRef):
            self.form_message.show_error(self.tr("Kies wie de toestemming intrekt."))
            return
        moment = self.moment.value()
        when = (
            self.tr("nu") if moment is None else local_moment(moment).toString("dd-MM-yyyy HH:mm")
        )
        lines = [
            self.tr("%1 trekt de toestemming in voor:").replace(
                "%1", self.household.name(self._service, signer)
            )
        ]
        lines += [f"• {self._describe(i)}" for i in self.chosen_items()]
        lines.append("")
        lines.append(
            self.tr("Hoe: %1. Wanneer: %2.")
            .replace("%1", channel_text(self.channel_combo.currentData()))
            .replace("%2", when)
        )
        lines.append(self.tr("Dit wordt vastgelegd en kan niet ongedaan worden gemaakt."))
        self.confirm_text.setText("\n".join(lines))
        self.confirm_message.clear()
        self.pages.setCurrentIndex(self.CONFIRM)
        self.confirm_button.setDefault(True)
        self.confirm_button.setFocus()

    def confirm(self) -> bool:
        signer = self.signer_combo.currentData()
        try:
            evidence_id = self.evidence.store(self._service)
            result = self._service.withdrawals.withdraw(
                [i.id for i in self.chosen_items()],
                signer,
                self.channel_combo.currentData(),
                withdrawn_at=self.moment.value(),
                evidence_id=evidence_id,
            )
        except ToestemmingError as exc:
            self.confirm_message.show_error(desk_text(exc))
            return False
        self.evidence.remove()  # stored: a second confirm must not add it again
        self.result_data = result
        self._show_result(result)
        self.withdrawn.emit(result)
        return True

    # -- page 3 ---------------------------------------------------------------------------------
    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_title = bold(wrapped())
        self.notify_holder = QVBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.done_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.done_button.setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.accept)
        # The one who withdrew gets it in writing (AVG art. 7(3): as easy as giving it).
        self.confirmation_button = buttons.addButton(
            self.tr("&Bevestiging afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.confirmation_button.setAutoDefault(False)
        self.confirmation_button.clicked.connect(self._request_confirmation)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addLayout(self.notify_holder)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.notify_list: NotifyList | None = None
        return page

    def _request_confirmation(self) -> None:
        if self.result_data is not None:
            self.confirmation_requested.emit([w.id for w in self.result_data.withdrawals])

    def _show_result(self, result: WithdrawalResult) -> None:
        count = len(result.withdrawals)
        day = local_date(result.withdrawals[0].withdrawn_at) if count else None
        parts = self.tr("1 onderdeel") if count == 1 else self.tr("%n onderdelen", "", count)
        title = (
            self.tr("Ingetrokken op %1: %2. Daarvoor wordt niets meer gedeeld.")
            .replace("%1", f"{day:%d-%m-%Y}" if day else "")
            .replace("%2", parts)
        )
        also = deciders_to_inform(result)
        self.result_title.setText(f"{title} {also}" if also else title)
        self.notify_list = NotifyList(self._service, result.recipients_to_notify)
        self.notify_list.notified.connect(self.notified)
        self.notify_holder.addWidget(self.notify_list)
        self.pages.setCurrentIndex(self.RESULT)
        first: QPushButton | QCheckBox = self.done_button
        if self.notify_list.boxes:
            first = next(iter(self.notify_list.boxes.values()))
        first.setFocus()
