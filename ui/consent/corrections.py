"""'Gegevens wijzigen': correct a youth's details and their representatives (name, contact,
gezag), or end a representation. Every correction goes through the service (validated, one
event each). Who decides follows from the representatives at once; after a change the dialog
names the items whose status changed by it (they appear in Vandaag to be (re)confirmed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import AdultProtection, ItemStatus, Representative, RepresentativeRole
from toestemming.service import Service
from toestemming.validation import join_infix, split_infix

from ..core_labels import role_label
from ..i18n import desk_phrase, desk_text
from ..screen_fit import fit_to_screen, scroll_width, scrollable
from ..status_style import status_label
from .common import Household, MessageLabel
from .people import _language_combo


def _statuses(service: Service, youth_id: int) -> dict[int, tuple[str, int, ItemStatus]]:
    return {
        v.item_id: (v.reference_code, v.position, v.status.status)
        for v in service.consents.items_for_youth(youth_id)
    }


class CorrectionsDialog(QDialog):
    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        youth = service.people.youth(youth_id)
        self.setWindowTitle(self.tr("Gegevens wijzigen — %1").replace("%1", youth.display_name))
        self.tabs = QTabWidget()
        # Each page scrolls on a short screen (1024×600 with the system's large text: the
        # window was taller than the screen); Sluiten stays in view.
        self.tabs.addTab(scrollable(self._build_youth_tab()), self.tr("&Jongere"))
        self.tabs.addTab(scrollable(self._build_reps_tab()), self.tr("Ve&rtegenwoordigers"))
        self.message = MessageLabel()
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.consequence.setTextFormat(Qt.TextFormat.PlainText)
        self.consequence.setStyleSheet("background: #fff4e0; padding: 6px;")
        self.consequence.hide()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.consequence)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_youth()
        self._fill_reps()
        # As large as the pages need where the screen allows (a scroll area asks no size;
        # with large text the representatives' buttons scrolled sideways at 520 px).
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        wide = max(scroll_width(p) for p in pages if isinstance(p, QScrollArea))
        fit_to_screen(self, max(520, wide + 60), self.sizeHint().height())

    # -- the youth ----------------------------------------------------------------------------
    def _build_youth_tab(self) -> QWidget:
        page = QWidget()
        self.given_field = QLineEdit()
        # The same fields as Jongere toevoegen: the tussenvoegsel apart, so "van der" can be
        # corrected without retyping the family name.
        self.infix_field = QLineEdit()
        self.infix_field.setPlaceholderText(self.tr("bijv. van der"))
        self.family_field = QLineEdit()
        self.birth_field = QLineEdit()
        self.birth_field.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.school_field = QLineEdit()
        self.programme_field = QLineEdit()
        self.email_field = QLineEdit()
        self.phone_field = QLineEdit()
        self.language_combo = _language_combo(self)
        self.protection_combo = QComboBox()
        for value, text in (
            (AdultProtection.NONE, self.tr("geen")),
            (AdultProtection.CURATELE, self.tr("curatele")),
            (AdultProtection.MENTORSCHAP, self.tr("mentorschap")),
        ):
            self.protection_combo.addItem(text, value)
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Voornaam:"), self.given_field),
            (self.tr("T&ussenvoegsel:"), self.infix_field),
            (self.tr("Achter&naam:"), self.family_field),
            (self.tr("&Geboortedatum:"), self.birth_field),
            (self.tr("Sc&hool:"), self.school_field),
            (self.tr("O&pleiding:"), self.programme_field),
            (self.tr("&E-mail:"), self.email_field),
            (self.tr("Tele&foon:"), self.phone_field),
            (self.tr("T&aal:"), self.language_combo),
            (self.tr("18+ &bescherming:"), self.protection_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_youth_button = QPushButton(self.tr("Wijzigingen &opslaan"))
        self.save_youth_button.clicked.connect(self.save_youth)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.save_youth_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _fill_youth(self) -> None:
        y = self._service.people.youth(self._youth_id)
        self.given_field.setText(y.given_name)
        infix, family = split_infix(y.family_name)
        self.infix_field.setText(infix)
        self.family_field.setText(family)
        self.birth_field.setText(f"{y.birth_date:%d-%m-%Y}")
        self.school_field.setText(y.school)
        self.programme_field.setText(y.programme)
        self.email_field.setText(y.email)
        self.phone_field.setText(y.phone)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(y.language)))
        self.protection_combo.setCurrentIndex(max(0, self.protection_combo.findData(y.protection)))

    def save_youth(self) -> bool:
        return self._write(
            lambda: self._service.people.update_youth(
                self._youth_id,
                given_name=self.given_field.text(),
                family_name=join_infix(self.infix_field.text(), self.family_field.text()),
                birth_date=self.birth_field.text(),
                school=self.school_field.text(),
                programme=self.programme_field.text(),
                email=self.email_field.text(),
                phone=self.phone_field.text(),
                language=str(self.language_combo.currentData()),
                protection=self.protection_combo.currentData(),
            ),
            self.tr("De gegevens van de jongere zijn opgeslagen."),
        )

    # -- representatives ----------------------------------------------------------------------
    def _build_reps_tab(self) -> QWidget:
        page = QWidget()
        self.reps_list = QListWidget()
        self.reps_list.setAccessibleName(self.tr("Vertegenwoordigers"))
        self.reps_list.currentRowChanged.connect(self._show_rep)
        self.reps_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.rep_name = QLineEdit()
        self.rep_email = QLineEdit()
        self.rep_phone = QLineEdit()
        self.rep_language = _language_combo(self)
        self.rep_gezag = QCheckBox(self.tr("heeft het &gezag"))
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Naam:"), self.rep_name),
            (self.tr("E-&mail:"), self.rep_email),
            (self.tr("Tele&foon:"), self.rep_phone),
            (self.tr("Taa&l:"), self.rep_language),
            (self.tr("Gezag:"), self.rep_gezag),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_rep_button = QPushButton(self.tr("Wijzigingen &opslaan"))
        self.save_rep_button.clicked.connect(self.save_rep)
        self.end_rep_button = QPushButton(self.tr("Vertegenwoordiging &beëindigen…"))
        self.end_rep_button.clicked.connect(self.end_rep)
        row = QHBoxLayout()
        row.addWidget(self.end_rep_button)
        row.addStretch(1)
        row.addWidget(self.save_rep_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.reps_list)
        layout.addLayout(form)
        layout.addLayout(row)
        self._reps: list[Representative] = []
        return page

    def _fill_reps(self, keep: int | None = None) -> None:
        self._reps = self._service.people.representatives(self._youth_id)
        self.reps_list.blockSignals(True)
        self.reps_list.clear()
        for rep in self._reps:
            role = role_label(rep.role)
            gezag = self.tr(", gezag") if rep.has_gezag else ""
            line = QListWidgetItem(f"{rep.name} ({role}{gezag})")
            self.reps_list.addItem(line)
        self.reps_list.blockSignals(False)
        ids = [r.id for r in self._reps]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.reps_list.setCurrentRow(row)
        self._show_rep(row)

    def current_rep(self) -> Representative | None:
        row = self.reps_list.currentRow()
        return self._reps[row] if 0 <= row < len(self._reps) else None

    def _show_rep(self, _row: int) -> None:
        rep = self.current_rep()
        for widget in (
            self.rep_name,
            self.rep_email,
            self.rep_phone,
            self.rep_language,
            self.rep_gezag,
            self.save_rep_button,
            self.end_rep_button,
        ):
            widget.setEnabled(rep is not None)
        if rep is None:
            for field in (self.rep_name, self.rep_email, self.rep_phone):
                field.clear()
            return
        self.rep_name.setText(rep.name)
        self.rep_email.setText(rep.email)
        self.rep_phone.setText(rep.phone)
        self.rep_language.setCurrentIndex(max(0, self.rep_language.findData(rep.language)))
        self.rep_gezag.setChecked(rep.has_gezag)
        # A voogd always has gezag; a curator/mentor is not about gezag.
        self.rep_gezag.setEnabled(rep.role == RepresentativeRole.PARENT)

    def save_rep(self) -> bool:
        rep = self.current_rep()
        if rep is None:
            return False
        people = self._service.people
        gezag = self.rep_gezag.isChecked()

        def write() -> object:
            if gezag != rep.has_gezag:
                people.set_gezag(rep.id, gezag)
            return people.update_representative(
                rep.id,
                name=self.rep_name.text(),
                email=self.rep_email.text(),
                phone=self.rep_phone.text(),
                language=str(self.rep_language.currentData()),
            )

        return self._write(write, self.tr("De gegevens van %1 zijn opgeslagen."), rep.id)

    def end_rep(self, *, confirm: bool = True) -> bool:
        rep = self.current_rep()
        if rep is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "%1 is dan geen vertegenwoordiger meer en beslist niet meer mee. Eerdere "
                    "beslissingen blijven bewaard. Doorgaan?"
                ).replace("%1", rep.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._write(
            lambda: self._service.people.end_representative(rep.id),
            self.tr("De vertegenwoordiging van %1 is beëindigd.").replace("%1", rep.name),
        )

    # -- writing ------------------------------------------------------------------------------
    def _write(self, action: Callable[[], object], done: str, keep: int | None = None) -> bool:
        before = _statuses(self._service, self._youth_id)
        try:
            result = action()
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        name = getattr(result, "name", "")
        self.message.show_ok(done.replace("%1", name))
        self._fill_youth()
        self._fill_reps(keep)
        self._show_consequence(before, _statuses(self._service, self._youth_id))
        return True

    def _show_consequence(
        self,
        before: dict[int, tuple[str, int, ItemStatus]],
        after: dict[int, tuple[str, int, ItemStatus]],
    ) -> None:
        """The items whose status this correction changed, and who decides now."""
        lines = []
        for item_id, (code, position, status) in after.items():
            old = before.get(item_id)
            if old is not None and old[2] != status:
                lines.append(
                    self.tr("%1 onderdeel %2: nu %3 (was %4)")
                    .replace("%1", code)
                    .replace("%2", str(position))
                    .replace("%3", status_label(status))
                    .replace("%4", status_label(old[2]))
                )
        service = self._service
        who = service.consents.who_must_decide(self._youth_id)
        if who.blocked_reason:
            text = self.tr("Beslist nu: niemand. %1").replace("%1", desk_phrase(who.blocked))
        else:
            household = Household.load(service, self._youth_id)
            names = " + ".join(
                " / ".join(household.name(service, s, with_role=False) for s in slot.signers)
                for slot in who.slots
            )
            text = self.tr("Beslist nu: %1.").replace("%1", names) + " " + desk_phrase(who.why)
        if lines:
            text = (
                self.tr("Door deze wijziging veranderde de status:")
                + "\n"
                + "\n".join(lines)
                + "\n"
                + text
            )
        self.consequence.setText(text)
        self.consequence.show()
