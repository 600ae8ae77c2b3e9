"""'Gegevens delen': record what is actually shared, after the live answer to "mag ik delen?".

Covered by a given consent → recorded on that basis. Not covered → the worker must choose
another lawful basis (never consent) and write out the 4-step weighing (grondslag, doel,
proportionaliteit, subsidiariteit, jongere geïnformeerd?); without it, nothing is shared.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import Disclosure, Informed
from toestemming.service import Service
from toestemming.share_rule import ShareAnswer
from toestemming.usecases.sharing_rules import MIN_REASON, Justification, SharingOptions

from ..core_labels import basis_label, informed_label, override_ground_label
from ..i18n import desk_language, desk_text
from ..screen_fit import available, cap_to_screen, fit_to_screen, grow_to_content, scrollable
from ..signing.wrapping import WrapCheckBox
from ..spoken import label_for
from .common import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, MessageLabel, MomentEdit, bold, wrapped
from .objection import ObjectionDialog

STEP_MIN_CHARS = 10  # the service asks for "a few words" per step


class DiscloseDialog(QDialog):
    recorded = Signal(object)  # Disclosure

    def __init__(
        self,
        service: Service,
        youth_id: int,
        parent: QWidget | None = None,
        *,
        recipient_id: int | None = None,
        purpose_id: int | None = None,
        category_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        self.answer: ShareAnswer | None = None
        self.disclosure: Disclosure | None = None
        self.options: SharingOptions | None = None
        self._assessment: tuple[tuple[object, ...], int] | None = None  # (inputs, id) stored
        youth = service.people.youth(youth_id)
        self.setWindowTitle(self.tr("Gegevens delen — %1").replace("%1", youth.display_name))

        self.recipient_combo = QComboBox()
        for r in service.catalog.recipients():
            self.recipient_combo.addItem(r.display_name, r.id)
        self.purpose_combo = QComboBox()
        # Titles and names in the desk's language, as the consent cards above say them.
        for p in service.catalog.purposes(desk_language()):
            self.purpose_combo.addItem(p.title, p.id)
        for combo, wanted in (
            (self.recipient_combo, recipient_id),
            (self.purpose_combo, purpose_id),
        ):
            index = combo.findData(wanted) if wanted is not None else -1
            combo.setCurrentIndex(max(index, 0))
            # As wide as the dialog gives, not as its longest title: at 200 % text that made
            # the dialog wider than a netbook's screen (the list still shows titles whole).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.category_boxes: dict[int, QCheckBox] = {}
        categories = QWidget()
        cat_grid = QGridLayout(categories)
        cat_grid.setContentsMargins(0, 0, 0, 0)
        for c in service.catalog.categories():
            # The words mark a special category; colouring a check box would only make it
            # look disabled.
            name = c.name_in(desk_language())
            # A category's name is the organisation's own and may be long: it wraps (as a
            # QCheckBox it made the form scroll sideways with large text).
            box = WrapCheckBox(name + (" (" + self.tr("bijzonder ⚠") + ")" if c.special else ""))
            box.setToolTip(c.description)
            box.setChecked(c.id in category_ids)
            box.toggled.connect(self.update_answer)
            self.category_boxes[c.id] = box
        self._cat_grid = cat_grid
        self._form = form = QFormLayout()
        self._place_categories(3)
        self.moment = MomentEdit(service.clock)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Bijvoorbeeld: telefonisch besproken met de consulent")
        )
        self._captions: list[QLabel] = []
        first_box = next(iter(self.category_boxes.values()), None)
        for caption, widget, buddy in (
            (self.tr("&Ontvanger:"), self.recipient_combo, self.recipient_combo),
            (self.tr("&Doel:"), self.purpose_combo, self.purpose_combo),
            (self.tr("&Gegevens:"), categories, first_box),
            (self.tr("&Wanneer gedeeld:"), self.moment, self.moment.edit),
            (self.tr("Toe&lichting:"), self.note, self.note),
        ):
            label = QLabel(caption)
            self._captions.append(label)
            if buddy is not None:
                label_for(label, buddy)
            else:  # no data kinds yet (a new vault): no Alt-key, and no '&' shown either
                label.setText(caption.replace("&", ""))
            form.addRow(label, widget)

        self.answer_frame = QFrame()
        self.answer_frame.setObjectName("answerFrame")
        self.answer_title = bold(QLabel())
        self.answer_reason = wrapped()
        self.answer_warnings = wrapped()
        self.answer_warnings.setStyleSheet(f"color: {WARN_COLOUR};")
        answer_layout = QVBoxLayout(self.answer_frame)
        answer_layout.setContentsMargins(10, 6, 10, 6)
        answer_layout.setSpacing(2)
        for w in (self.answer_title, self.answer_reason, self.answer_warnings):
            answer_layout.addWidget(w)

        self.weighing = self._build_weighing()
        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Verstrekking &vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        refuse = buttons.addButton(self.tr("&Niet delen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        refuse.clicked.connect(self.reject)

        # The form, the answer and the weighing scroll; the message and buttons stay in view
        # (with the weighing shown, 1024×600 at 200 % text squeezed the steps over each other).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(
            wrapped(
                self.tr(
                    "Leg vast wat u deelt. Eerst wordt nagegaan of dat mag: deel alleen wat het "
                    "doel nodig heeft."
                )
            )
        )
        body_layout.addLayout(form)
        body_layout.addWidget(self.answer_frame)
        body_layout.addWidget(self.weighing)
        body_layout.addStretch(1)
        self._scroll = scrollable(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.recipient_combo.currentIndexChanged.connect(self.update_answer)
        self.purpose_combo.currentIndexChanged.connect(self.update_answer)
        self.moment.edit.dateTimeChanged.connect(self.update_answer)
        self.save_button.setDefault(True)  # now that it sits in this dialog
        # The answer first: it hides the weighing when consent covers the sharing, and the
        # weighing's long lines made the dialog wider than a netbook's screen at 200 % text.
        self.update_answer()
        self._fit_categories()
        fit_to_screen(self, 860, 640)

    def _build_weighing(self) -> QGroupBox:
        box = QGroupBox(self.tr("Andere grondslag en afweging (stappenplan)"))
        # Filled from the core (Sharing.options): only the bases this recipient and an
        # earlier "no" allow.
        self.basis_combo = QComboBox()
        self.steps: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        specs = (
            ("basis_motivation", self.tr("Stap 1 – grondslag: waarom geldt deze grondslag?")),
            (
                "purpose_compatibility",
                self.tr("Stap 2 – doel: past het bij waarvoor de gegevens zijn verzameld?"),
            ),
            (
                "proportionality",
                self.tr("Stap 3 – proportionaliteit: is dit nodig, niet alleen handig?"),
            ),
            (
                "subsidiarity",
                self.tr(
                    "Stap 4 – subsidiariteit: kan het met minder (jongere zelf, anoniem, alleen DAT)?"
                ),
            ),
        )
        for n, (key, caption) in enumerate(specs):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # Tab moves on; the steps are short texts
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.setAccessibleName(caption)
            edit.textChanged.connect(self._update_save)
            step_label = wrapped(caption)
            step_label.setBuddy(edit)
            step_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.steps[key] = edit
            grid.addWidget(step_label, (n // 2) * 2, n % 2)
            grid.addWidget(edit, (n // 2) * 2 + 1, n % 2)
        # Stap 3 may conclude that only the outside goes (seed 003 casus 8: *that* the youth
        # is in care, not *what for*); the core then refuses WAT on this weighing.
        dat_only = self.tr(
            "Stap 3: alleen &buitenkantinformatie (dát de jongere bekend is, niet wát)"
        )
        self.dat_only_box = WrapCheckBox(dat_only)  # a QCheckBox's text never wraps (200 %)
        self.dat_only_box.setAccessibleName(dat_only.replace("&", ""))
        self.dat_only_box.setToolTip(
            self.tr(
                "Met dit vinkje mag op deze afweging alleen DAT-informatie worden gedeeld: dat "
                "de jongere bekend is of hulp krijgt, sinds wanneer en bij wie. Voor de inhoud "
                "is dan toestemming nodig."
            )
        )
        self.informed_box = QCheckBox(self.tr("De &jongere is geïnformeerd over het delen"))
        # Who was informed (the youth; under 16 the parents) or why nobody was.
        self.informed_combo = QComboBox()
        self.informed_combo.setAccessibleName(self.tr("Wie is geïnformeerd"))
        self.not_informed_reason = QLineEdit()
        self.not_informed_reason.setPlaceholderText(self.tr("Waarom niet geïnformeerd?"))
        self.informed_combo.currentIndexChanged.connect(self._update_save)
        self.not_informed_reason.textChanged.connect(self._update_save)
        # After a "no": the named ground, a written reason, and (on saving) a second yes.
        self.override_box = QGroupBox(self.tr("Eerder is 'nee' gezegd — delen ondanks dat"))
        self.override_text = wrapped()
        self.override_text.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ground_combo = QComboBox()
        self.ground_combo.setAccessibleName(self.tr("Grondslag ondanks nee"))
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(
            self.override_reason.fontMetrics().lineSpacing() * 3 + 14
        )
        self.override_reason.setAccessibleName(self.tr("Reden om ondanks nee te delen"))
        self.override_reason.textChanged.connect(self._update_save)
        self.ground_combo.currentIndexChanged.connect(self._update_save)
        override_form = QFormLayout(self.override_box)
        override_form.addRow(self.override_text)
        override_form.addRow(self.tr("Grondslag:"), self.ground_combo)
        override_form.addRow(self.tr("Reden:"), self.override_reason)
        self.override_box.hide()
        self.basis_combo.currentIndexChanged.connect(self._update_save)
        basis_label = QLabel(self.tr("G&rondslag:"))
        basis_label.setBuddy(self.basis_combo)
        top = QFormLayout()
        top.addRow(basis_label, self.basis_combo)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Geen toestemming dekt dit. Deel alleen als een andere grondslag geldt en u de "
                    "afweging hieronder vastlegt. Praat liever mét de jongere dan over de jongere."
                )
            )
        )
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.dat_only_box)
        layout.addWidget(self.informed_box)
        informed_row = QFormLayout()
        informed_row.addRow(self.tr("Geïnformeerd:"), self.informed_combo)
        informed_row.addRow("", self.not_informed_reason)
        layout.addLayout(informed_row)
        layout.addWidget(self.override_box)
        # Verzet (AVG art. 21) against sharing on public task or legitimate interest: recorded
        # here, where recipient and purpose are chosen; the options above then follow it.
        self.objection_button = QPushButton(self.tr("Be&zwaar (verzet) vastleggen…"))
        self.objection_button.setAutoDefault(False)
        self.objection_button.clicked.connect(self.open_objection)
        layout.addWidget(self.objection_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Again as shown: before, the hidden weighing still counted in the least width.
        self._fit_categories()
        cap_to_screen(self)
        grow_to_content(self, self._scroll)

    def _place_categories(self, columns: int) -> None:
        for box in self.category_boxes.values():
            self._cat_grid.removeWidget(box)
        for n, box in enumerate(self.category_boxes.values()):
            self._cat_grid.addWidget(box, n // columns, n % columns)
        # The form kept the width of the earlier columns (Qt caches it), and the scroll area
        # then gave the form that width: the data kinds ran off to the right at 200 % text.
        self._cat_grid.activate()
        self._form.invalidate()

    def _fit_categories(self) -> None:
        """Three columns of data kinds where they fit, fewer on a narrow screen: with the
        system's text at 200 % on a 1024×600 netbook three were wider than the screen, the
        dialog with them (its right edge and buttons out of reach). Counted, not tried: Qt
        gives the dialog's new least width only after the next layout pass."""
        boxes = list(self.category_boxes.values())
        if not boxes:
            return
        self.layout().activate()
        spacing = max(self._cat_grid.horizontalSpacing(), 0)
        widest = max(box.sizeHint().width() for box in boxes)
        columns = max(1, self._cat_grid.columnCount())  # as placed now

        def grid(n: int) -> int:
            return n * widest + (n - 1) * spacing

        # Beside the data kinds: the captions' column, the form's spacing, the margins.
        margins = self.layout().contentsMargins()
        caption = max(label.sizeHint().width() for label in self._captions)
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        rest = caption + 2 * spacing + margins.left() + margins.right() + bar + 8
        room = available(self).width()
        fits = [n for n in (3, 2, 1) if rest + grid(min(n, len(boxes))) <= room]
        wanted = fits[0] if fits else 1
        if wanted != columns:
            self._place_categories(wanted)

    def open_objection(self) -> ObjectionDialog | None:
        recipient, purpose = self.recipient_combo.currentData(), self.purpose_combo.currentData()
        if recipient is None or purpose is None:
            return None
        dialog = ObjectionDialog(self._service, self._youth_id, recipient, purpose, self)
        dialog.accepted.connect(self._after_objection)
        dialog.open()
        return dialog

    def _after_objection(self) -> None:
        self.options = None  # asked again: the objection now counts as a "no"
        self.update_answer()

    # -- the live answer ------------------------------------------------------------------------
    def chosen_categories(self) -> list[int]:
        return [cid for cid, box in self.category_boxes.items() if box.isChecked()]

    def update_answer(self) -> None:
        recipient, purpose = self.recipient_combo.currentData(), self.purpose_combo.currentData()
        if recipient is None or purpose is None:
            self._show_answer(
                None,
                self.tr(
                    "De catalogus heeft nog geen ontvangers of doelen. Vul ze in via Beheer → "
                    "Instellingen (tabbladen Ontvangers en Doelen)."
                ),
            )
            return
        self._load_options(int(recipient), int(purpose))
        try:
            answer = self._service.sharing.may_share(
                self._youth_id,
                int(recipient),
                int(purpose),
                self.chosen_categories(),
                at=self.moment.value(),
            )
        except ToestemmingError as exc:
            self._show_answer(None, desk_text(exc))
            return
        self._show_answer(answer, answer.reason_in(desk_language()))

    def _load_options(self, recipient: int, purpose: int) -> None:
        """Ask the core what may carry this disclosure; offer exactly that."""
        try:
            # With the ticked data: a special category leaves only the bases that can carry it.
            options = self._service.sharing.options(
                self._youth_id,
                recipient,
                purpose,
                at=self.moment.value(),
                category_ids=self.chosen_categories(),
            )
        except ToestemmingError:
            options = None
        if options == self.options:
            return
        self.options = options
        chosen = self.basis_combo.currentData()
        self.basis_combo.blockSignals(True)
        self.basis_combo.clear()
        self.basis_combo.addItem(self.tr("Kies een grondslag…"), None)
        for basis in options.bases if options else ():
            self.basis_combo.addItem(basis_label(basis), basis)
        self.basis_combo.setCurrentIndex(max(self.basis_combo.findData(chosen), 0))
        self.basis_combo.blockSignals(False)
        self.informed_combo.clear()
        if options is not None:
            self.informed_combo.addItem(informed_label(options.inform), options.inform)
            if options.parents_too:  # a minor: told together with the parents (casus 7)
                both = Informed.YOUTH_AND_PARENTS
                self.informed_combo.addItem(informed_label(both), both)
            self.informed_combo.addItem(
                self.tr("niet geïnformeerd (reden hieronder)"), Informed.NOT_INFORMED
            )
        self.informed_box.setVisible(False)  # replaced by the choice above
        self.ground_combo.clear()
        self.ground_combo.addItem(self.tr("Kies…"), None)
        for ground in options.grounds if options else ():
            self.ground_combo.addItem(override_ground_label(ground), ground)
        after_no = options is not None and options.after_no
        self.override_box.setVisible(after_no)
        if after_no and options is not None:
            self.override_text.setText(
                self.tr(
                    "Eerder gezegd: %1. Delen kan alleen op grond van een wettelijke "
                    "verplichting, vitaal belang of een rechterlijke uitspraak, met een "
                    "geschreven reden. U bevestigt het daarna nog een keer. Het wordt als "
                    "'ondanks nee' vastgelegd en staat in de inzage en het bewijs."
                ).replace("%1", options.no_reason)
            )

    def _justification(self) -> Justification:
        informed = self.informed_combo.currentData()
        ground = self.ground_combo.currentData()
        return Justification(
            informed if informed is not None else Informed.NOT_INFORMED,
            self.not_informed_reason.text(),
            ground,
            self.override_reason.toPlainText(),
            confirmed=False,
        )

    def _show_answer(self, answer: ShareAnswer | None, reason: str) -> None:
        self.answer = answer
        allowed = answer is not None and answer.allowed
        colour = OK_COLOUR if allowed else ERROR_COLOUR
        self.answer_title.setText(
            self.tr("Mag ik delen? Ja — gedekt door toestemming")
            if allowed
            else self.tr("Mag ik delen? Nee — niet gedekt door toestemming")
        )
        self.answer_title.setStyleSheet(f"color: {colour};")
        self.answer_frame.setStyleSheet(
            f"QFrame#answerFrame {{ border: 1px solid {colour}; border-left: 5px solid {colour}; "
            "border-radius: 3px; }"
        )
        self.answer_reason.setText(reason)
        warnings = answer.warnings_in(desk_language()) if answer is not None else ()
        self.answer_warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.answer_warnings.setVisible(bool(warnings))
        # A consent that covers it makes the weighing unnecessary; without, it is required.
        self.weighing.setVisible(
            answer is not None and not allowed and bool(self.chosen_categories())
        )
        grow_to_content(self, self._scroll)
        self.save_button.setText(
            self.tr("Verstrekking &vastleggen") if allowed else self.tr("Met afweging &vastleggen")
        )
        self._update_save()

    def weighing_complete(self) -> bool:
        if self.basis_combo.currentData() is None:
            return False
        if self.informed_combo.currentData() == Informed.NOT_INFORMED and (
            len(self.not_informed_reason.text().strip()) < STEP_MIN_CHARS
        ):
            return False
        if (
            self.options is not None
            and self.options.after_no
            and (
                self.ground_combo.currentData() is None
                or len(self.override_reason.toPlainText().strip()) < MIN_REASON
            )
        ):
            return False
        return all(len(e.toPlainText().strip()) >= STEP_MIN_CHARS for e in self.steps.values())

    def _update_save(self) -> None:
        allowed = self.answer is not None and self.answer.allowed
        ready = allowed or (self.answer is not None and self.weighing_complete())
        self.save_button.setEnabled(ready)
        self.save_button.setToolTip(
            ""
            if ready
            else self.tr(
                "Niet gedekt: kies een andere grondslag en vul de vier stappen in, of deel niet."
            )
        )

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        self.update_answer()
        if self.answer is None:
            return False
        recipient = int(self.recipient_combo.currentData())
        purpose = int(self.purpose_combo.currentData())
        categories = self.chosen_categories()
        assessment_id: int | None = None
        try:
            if not self.answer.allowed:
                if not self.weighing_complete():
                    self.message.show_error(
                        self.tr(
                            "Niet gedeeld: er is geen toestemming die dit dekt en de afweging is "
                            "niet compleet. Kies een andere grondslag en licht alle vier de stappen "
                            "toe, of deel niet."
                        )
                    )
                    return False
                justification = self._justification()
                if self.options is not None and self.options.after_no:
                    if not self.confirm_override():
                        self.message.show_error(self.tr("Niet gedeeld."))
                        return False
                    justification = Justification(
                        justification.informed,
                        justification.not_informed_reason,
                        justification.ground,
                        justification.reason,
                        confirmed=True,
                    )
                assessment_id = self._store_assessment(recipient, purpose)
            else:
                justification = None
            disclosure = self._service.sharing.record_disclosure(
                self._youth_id,
                recipient,
                purpose,
                categories,
                disclosed_at=self.moment.value(),
                assessment_id=assessment_id,
                note=self.note.text(),
                justification=justification,
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        self.disclosure = disclosure
        self.recorded.emit(disclosure)
        self.accept()
        return True

    def confirm_override(self) -> bool:
        """The second confirmation of sharing after a "no" (its own question, default no)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delen ondanks nee?"),
            self.tr(
                "Er is eerder 'nee' gezegd tegen delen met deze ontvanger voor dit doel. Weet u "
                "zeker dat u toch deelt, op de grondslag en met de reden die u opschreef?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _store_assessment(self, recipient: int, purpose: int) -> int:
        basis = self.basis_combo.currentData()
        texts = {k: e.toPlainText() for k, e in self.steps.items()}
        inputs = (
            recipient,
            purpose,
            basis,
            tuple(sorted(texts.items())),
            self.informed_combo.currentData(),
            self.dat_only_box.isChecked(),
        )
        if self._assessment is not None and self._assessment[0] == inputs:
            return self._assessment[1]  # recorded already; the disclosure failed afterwards
        assessment = self._service.sharing.record_assessment(
            self._youth_id,
            recipient,
            purpose,
            basis,
            youth_informed=self.informed_combo.currentData() not in (None, Informed.NOT_INFORMED),
            dat_only=self.dat_only_box.isChecked(),
            **texts,
        )
        self._assessment = (inputs, assessment.id)
        return assessment.id
