"""'Beslissing vastleggen aan de balie': the worker records who said what, per item.

Yes and no are equally prominent and nothing is pre-selected (silence is no consent); an
item left without an answer is simply not recorded. Items with special categories need a
separate, explicit tick. One signer at a time; after saving, the dialog moves on to the next
person who must decide, so two parents are recorded in one sitting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import Answer, Channel, ConsentItem, SignerRef
from toestemming.rules import may_answer
from toestemming.service import Service

from ..i18n import desk_language, desk_phrase, desk_text
from ..screen_fit import fit_to_screen, scrollable
from ..signing.wrapping import WrapCheckBox
from ..spoken import label_for
from ..status_style import status_colour, status_label
from ..user_text import for_mnemonic
from .common import (
    DeciderBox,
    EvidencePicker,
    Household,
    MessageLabel,
    MomentEdit,
    bold,
    channel_text,
    deciders_to_inform,
    wrapped,
)


@dataclass
class AnswerRow:
    item: ConsentItem
    yes: QRadioButton
    no: QRadioButton
    group: QButtonGroup
    status_label: QLabel
    special: QCheckBox | None

    def answer(self) -> Answer | None:
        if self.yes.isChecked():
            return Answer.YES
        if self.no.isChecked():
            return Answer.NO
        return None

    def reset(self) -> None:
        # An exclusive group never lets the last checked button go; lift that for a moment.
        self.group.setExclusive(False)
        self.yes.setChecked(False)
        self.no.setChecked(False)
        self.group.setExclusive(True)
        if self.special is not None:
            self.special.setChecked(False)


class RecordDecisionDialog(QDialog):
    recorded = Signal(int)  # request id, after each signer's answers are stored

    def __init__(
        self,
        service: Service,
        request_id: int,
        parent: QWidget | None = None,
        *,
        focus_item_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        # Titles in the worker's language; the texts stay as the signer reads them.
        self.request = service.consents.request(request_id, desk_language())
        self.household = Household.load(service, self.request.youth_id)
        self.recorded_for: list[SignerRef] = []
        self._evidence: tuple[object, int] | None = None  # (path, id) already stored
        self.scan_evidence_id: int | None = None  # a scan read in before (see use_scan)
        self.scan_language = ""
        self.setWindowTitle(
            self.tr("Beslissing vastleggen aan de balie — %1").replace(
                "%1", self.request.reference_code
            )
        )
        intro = wrapped(
            self.tr(
                "Vraag per onderdeel ja of nee. Nee zeggen mag en heeft geen gevolgen. "
                "Een onderdeel zonder antwoord wordt niet vastgelegd."
            )
        )
        self.who = DeciderBox()
        self.signer_combo = QComboBox()
        self.signer_combo.setAccessibleName(self.tr("Wie beslist nu"))
        signer_label = bold(QLabel(self.tr("&Wie beslist nu:")))
        signer_label.setBuddy(self.signer_combo)
        signer_row = QHBoxLayout()
        signer_row.addWidget(signer_label)
        signer_row.addWidget(self.signer_combo, 1)

        self.text_button = QPushButton(self.tr("&Tekst van het verzoek tonen (voorlezen)"))
        self.text_button.setCheckable(True)
        self.text_button.setAutoDefault(False)
        self.text_view = QPlainTextEdit(self.request.text)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Tekst van het verzoek"))
        self.text_view.hide()
        self.text_button.toggled.connect(self.text_view.setVisible)

        self.rows: dict[int, AnswerRow] = {}
        items_widget = QWidget()
        grid = QGridLayout(items_widget)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(14)
        self._fill_items(grid)
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        self.items_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.items_area.setWidget(items_widget)

        self.desk_radio = QRadioButton(channel_text(Channel.DESK))
        self.paper_radio = QRadioButton(channel_text(Channel.PAPER))
        self.desk_radio.setChecked(True)  # the dialog's own channel; yes/no stay empty
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.desk_radio)
        self.channel_group.addButton(self.paper_radio)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.desk_radio)
        channel_row.addWidget(self.paper_radio)
        channel_row.addStretch(1)
        self.moment = MomentEdit(service.clock)
        self.evidence = EvidencePicker()
        form = QFormLayout()
        moment_label = QLabel(self.tr("Wanneer &beslist:"))
        label_for(moment_label, self.moment.edit)
        form.addRow(self.tr("Hoe:"), channel_row)
        form.addRow(moment_label, self.moment)
        form.addRow(self.tr("Bewijsstuk:"), self.evidence)

        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Vastleggen"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setDefault(True)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Sluiten"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        # All but the message and the buttons scroll on a short screen (1024×600 with the
        # system's large text squeezed "wie beslist" until its lines lay over each other).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(intro)
        body_layout.addWidget(self.who)
        body_layout.addLayout(signer_row)
        body_layout.addWidget(self.text_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(self.text_view, 1)
        body_layout.addWidget(self.items_area, 2)
        body_layout.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrollable(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 640)
        # Default only now: before the button box sat in this dialog, it had no dialog to be
        # the default button of, and Qt would pick the first push button instead.
        self.save_button.setDefault(True)
        self.refresh_state()
        if focus_item_id in self.rows:
            self.items_area.ensureWidgetVisible(self.rows[focus_item_id].yes)
        self.signer_combo.setFocus()

    # -- construction -------------------------------------------------------------------------
    def _fill_items(self, grid: QGridLayout) -> None:
        row = 0
        for item in self.request.items:
            title = wrapped(
                f"{item.position}. {item.purpose.title} — {item.recipient.display_name}"
            )
            bold(title)
            data = wrapped(
                self.tr("Gegevens: %1").replace(
                    "%1",
                    ", ".join(
                        c.name_in(desk_language()) + (" ⚠" if c.special else "")
                        for c in item.categories
                    ),
                )
            )
            status = wrapped()
            cell = QVBoxLayout()
            cell.setSpacing(1)
            for w in (title, data, status):
                cell.addWidget(w)
            # The same widget type, size and place for both answers: neither is the easy one.
            yes = QRadioButton(self.tr("Ja"))
            no = QRadioButton(self.tr("Nee"))
            for button, word in ((yes, self.tr("ja")), (no, self.tr("nee"))):
                button.setAccessibleName(
                    self.tr("Onderdeel %1: %2")
                    .replace("%1", str(item.position))
                    .replace("%2", word)
                )
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            grid.addLayout(cell, row, 0)
            grid.addWidget(yes, row, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(no, row, 2, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            special: QCheckBox | None = None
            if item.has_special_categories:
                names = ", ".join(c.name_in(desk_language()) for c in item.categories if c.special)
                special = WrapCheckBox(  # long category names wrap
                    self.tr(
                        "⚠ Bijzondere gegevens (%1): de beslisser zei hier apart en "
                        "uitdrukkelijk ja tegen"
                    ).replace("%1", for_mnemonic(names))
                )
                row += 1
                grid.addWidget(special, row, 0, 1, 3)
            self.rows[item.id] = AnswerRow(item, yes, no, group, status, special)
            row += 1
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)

    # -- state ----------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        """Who may decide today, and each item's current status (closed items are locked)."""
        today = self._service.clock.today()
        try:
            req = self._service.consents.who_must_decide(self.request.youth_id, today)
            views = {
                v.item_id: v
                for v in self._service.consents.items_for_youth(self.request.youth_id)
                if v.request_id == self.request.id
            }
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            self.save_button.setEnabled(False)
            return
        self.who.show_requirement(req, self.household, self._service, today)
        current = self.signer_combo.currentData()
        self.signer_combo.clear()
        for ref in req.signers:
            text = self.household.name(self._service, ref)
            if ref in self.recorded_for:
                text += " — " + self.tr("vastgelegd")
            self.signer_combo.addItem(text, ref)
        waiting = [r for r in req.signers if r not in self.recorded_for]
        choose = current if current in req.signers and current not in self.recorded_for else None
        choose = choose or (waiting[0] if waiting else None)
        if choose is not None:
            self.signer_combo.setCurrentIndex(req.signers.index(choose))
        self.signer_combo.setEnabled(bool(req.signers))
        open_items = 0
        for item_id, row in self.rows.items():
            view = views.get(item_id)
            if view is None:
                continue
            st = view.status
            row.status_label.setText(
                self.tr("Nu: %1 — %2")
                .replace("%1", status_label(st.status))
                .replace("%2", st.reason_in(desk_language()))
            )
            row.status_label.setStyleSheet(f"color: {status_colour(st.status).name()};")
            closed = not may_answer(st.status)  # the rule record_decisions applies
            for w in (row.yes, row.no, row.special):
                if w is not None:
                    w.setEnabled(not closed)
            open_items += not closed
        self.save_button.setEnabled(bool(req.signers) and open_items > 0)
        if req.blocked_reason:
            self.message.show_error(desk_phrase(req.blocked))

    # -- saving ---------------------------------------------------------------------------------
    def choose_signer(self, ref: SignerRef) -> None:
        index = self.signer_combo.findData(ref)
        if index >= 0:
            self.signer_combo.setCurrentIndex(index)

    def set_answer(self, item_id: int, answer: Answer | None) -> None:
        row = self.rows[item_id]
        if answer is None:
            row.reset()
        else:
            (row.yes if answer == Answer.YES else row.no).setChecked(True)

    def save(self) -> bool:
        signer = self.signer_combo.currentData()
        if not isinstance(signer, SignerRef):
            self.message.show_error(self.tr("Kies wie er beslist."))
            return False
        answers = {i: a for i, row in self.rows.items() if (a := row.answer()) is not None}
        if not answers:
            self.message.show_error(
                self.tr("Kies bij minstens één onderdeel ja of nee. Niets is vastgelegd.")
            )
            return False
        acks = [
            i for i, row in self.rows.items() if row.special is not None and row.special.isChecked()
        ]
        channel = Channel.PAPER if self.paper_radio.isChecked() else Channel.DESK
        try:
            evidence_id = self._store_evidence()
            done = self._service.consents.record_decisions(
                self.request.id,
                signer,
                answers,
                channel,
                decided_at=self.moment.value(),
                evidence_id=evidence_id,
                special_ack=acks,
                language=self.scan_language
                if self.scan_language and evidence_id == self.scan_evidence_id
                else None,
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        name = self.household.name(self._service, signer, with_role=False)
        # The core's one rule (rules.answer_effect): a "nee" after this person's own "ja" was
        # recorded as a withdrawal, the same answer again not at all; say which, not "nee".
        withdrawal = (
            self._service.withdrawals.result(done.withdrawal_ids) if done.withdrawal_ids else None
        )
        withdrawn = {w.item_id for w in withdrawal.withdrawals} if withdrawal else set()
        said = ", ".join(
            self._said(self.rows[i].item.position, a, i in withdrawn, i in done.unchanged)
            for i, a in answers.items()
        )
        self.recorded_for.append(signer)
        for row in self.rows.values():
            row.reset()
        if self.evidence.path is not None:
            self.evidence.remove()
        self._evidence = None
        self.refresh_state()
        text = self.tr("Vastgelegd voor %1: %2.").replace("%1", name).replace("%2", said)
        if withdrawal is not None and withdrawal.recipients_to_notify:
            names = ", ".join(r.display_name for _, r in withdrawal.recipients_to_notify)
            text += " " + self.tr("Informeer deze ontvangers over de intrekking: %1").replace(
                "%1", names
            )
        if also := deciders_to_inform(withdrawal):
            text += " " + also
        self.message.show_ok(text)
        self.recorded.emit(self.request.id)
        self.signer_combo.setFocus()
        return True

    def _said(self, position: int, answer: Answer, withdrawn: bool, unchanged: bool) -> str:
        if withdrawn:
            return self.tr("onderdeel %1 ingetrokken").replace("%1", str(position))
        if unchanged:
            return self.tr("onderdeel %1 stond al zo vast").replace("%1", str(position))
        return (
            self.tr("onderdeel %1 %2")
            .replace("%1", str(position))
            .replace("%2", self.tr("ja") if answer == Answer.YES else self.tr("nee"))
        )

    def use_scan(self, evidence_id: int, language: str = "") -> None:
        """The signed paper form was read in (and stored) already: paper, with that scan as
        evidence for every signer recorded here (they signed the same sheet). `language`: the
        form was printed in that language (its QR says so): the decisions are checked against
        that text."""
        self.scan_evidence_id = evidence_id
        self.scan_language = language
        self.paper_radio.setChecked(True)
        self.evidence.file_label.setText(self.tr("ingelezen scan van het getekende formulier"))

    def _store_evidence(self) -> int | None:
        path = self.evidence.path
        if path is None:
            return self.scan_evidence_id
        if self._evidence is not None and self._evidence[0] == path:
            return self._evidence[1]  # a retry after a refused save: do not store it twice
        evidence_id = self.evidence.store(self._service)
        if evidence_id is not None:
            self._evidence = (path, evidence_id)
        return evidence_id
