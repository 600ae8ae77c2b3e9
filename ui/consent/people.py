"""'Jongere toevoegen' and 'Ouder/voogd toevoegen': the people a consent is about and the
people who decide for them. The service checks every field; its Dutch message is shown inline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import AdultProtection, Representative, RepresentativeRole, Youth
from toestemming.service import Service
from toestemming.usecases.duplicates import DuplicateMatch, MatchKind

from ..i18n import desk_text
from ..keyboard import tab_chain
from .common import MessageLabel, wrapped

LANGUAGE_NAMES = (
    ("nl", str(QT_TRANSLATE_NOOP("Languages", "Nederlands"))),
    ("en", str(QT_TRANSLATE_NOOP("Languages", "Engels"))),
    ("ar", str(QT_TRANSLATE_NOOP("Languages", "Arabisch"))),
    ("tr", str(QT_TRANSLATE_NOOP("Languages", "Turks"))),
    ("pl", str(QT_TRANSLATE_NOOP("Languages", "Pools"))),
    ("uk", str(QT_TRANSLATE_NOOP("Languages", "Oekraïens"))),
    ("ti", str(QT_TRANSLATE_NOOP("Languages", "Tigrinya"))),
    ("so", str(QT_TRANSLATE_NOOP("Languages", "Somalisch"))),
    ("fa", str(QT_TRANSLATE_NOOP("Languages", "Perzisch"))),
    ("de", str(QT_TRANSLATE_NOOP("Languages", "Duits"))),
    ("fr", str(QT_TRANSLATE_NOOP("Languages", "Frans"))),
    ("es", str(QT_TRANSLATE_NOOP("Languages", "Spaans"))),
    ("pap", str(QT_TRANSLATE_NOOP("Languages", "Papiaments"))),
)


def _language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in LANGUAGE_NAMES:
        combo.addItem(QCoreApplication.translate("Languages", name), code)
    return combo


def _form(rows: list[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for caption, widget in rows:
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


class AddRepresentativeDialog(QDialog):
    added = Signal(object)  # Representative

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        self.representative: Representative | None = None
        youth = service.people.youth(youth_id)
        self.setWindowTitle(self.tr("Ouder/voogd toevoegen — %1").replace("%1", youth.display_name))
        self.name_field = QLineEdit()
        self.role_combo = QComboBox()
        for role, text in (
            (RepresentativeRole.PARENT, self.tr("ouder")),
            (RepresentativeRole.GUARDIAN, self.tr("voogd")),
            (RepresentativeRole.CURATOR, self.tr("curator (18+, curatele)")),
            (RepresentativeRole.MENTOR, self.tr("mentor (18+, mentorschap)")),
        ):
            self.role_combo.addItem(text, role)
        self.gezag_box = QCheckBox(self.tr("heeft het &gezag"))
        self.gezag_box.setChecked(True)
        self.email_field = QLineEdit()
        self.phone_field = QLineEdit()
        self.language_combo = _language_combo(self)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Toevoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            _form(
                [
                    (self.tr("&Naam:"), self.name_field),
                    (self.tr("&Rol:"), self.role_combo),
                    (self.tr("Gezag:"), self.gezag_box),
                    (self.tr("&E-mail:"), self.email_field),
                    (self.tr("Tele&foon:"), self.phone_field),
                    (self.tr("T&aal:"), self.language_combo),
                ]
            )
        )
        layout.addWidget(
            wrapped(
                self.tr(
                    "Onder 16 beslissen de ouders met gezag of de voogd. Een voogd heeft altijd "
                    "het gezag."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Reading order, starting at the name (the language box was first: see AddYouthDialog).
        tab_chain(
            self.name_field,
            self.role_combo,
            self.gezag_box,
            self.email_field,
            self.phone_field,
            self.language_combo,
            self.save_button,
            cancel,
        )
        self.resize(460, 0)
        self.save_button.setDefault(True)  # now that it sits in this dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name_field.setFocus()

    def _role_changed(self) -> None:
        role = self.role_combo.currentData()
        if role == RepresentativeRole.GUARDIAN:
            self.gezag_box.setChecked(True)
        # Gezag is about parents; a voogd always has it, a curator/mentor is for adults.
        self.gezag_box.setEnabled(role == RepresentativeRole.PARENT)
        if role in (RepresentativeRole.CURATOR, RepresentativeRole.MENTOR):
            self.gezag_box.setChecked(False)

    def save(self) -> bool:
        try:
            rep = self._service.people.add_representative(
                self._youth_id,
                self.name_field.text(),
                self.role_combo.currentData(),
                self.gezag_box.isChecked(),
                email=self.email_field.text(),
                phone=self.phone_field.text(),
                language=str(self.language_combo.currentData()),
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        self.representative = rep
        self.added.emit(rep)
        self.accept()
        return True


class AddYouthDialog(QDialog):
    """Add a youth. Before saving it asks the vault who this might already be (same
    Leerlingnummer, or the same name and birth date however the tussenvoegsel is written) and
    shows them: the worker opens the existing record or adds anyway with a second press."""

    added = Signal(object)  # Youth
    existing_chosen = Signal(int)  # the worker chose a youth already in the vault

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.youth: Youth | None = None
        self._confirmed: tuple[str, ...] | None = None  # the input the worker said "add anyway" to
        self.matches: list[DuplicateMatch] = []
        self.setWindowTitle(self.tr("Jongere toevoegen"))
        self.given_field = QLineEdit(self)
        self.infix_field = QLineEdit(self)
        self.infix_field.setPlaceholderText(self.tr("bijv. van der"))
        self.family_field = QLineEdit(self)
        self.birth_field = QLineEdit(self)
        self.birth_field.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.ref_field = QLineEdit(self)
        self.ref_field.setPlaceholderText(self.tr("als de school het heeft"))
        self.school_field = QLineEdit(self)
        self.programme_field = QLineEdit(self)
        self.email_field = QLineEdit(self)
        self.phone_field = QLineEdit(self)
        self.language_combo = _language_combo(self)
        self.protection_combo = QComboBox(self)
        for value, text in (
            (AdultProtection.NONE, self.tr("geen")),
            (AdultProtection.CURATELE, self.tr("curatele")),
            (AdultProtection.MENTORSCHAP, self.tr("mentorschap")),
        ):
            self.protection_combo.addItem(text, value)
        self.duplicates_label = QLabel(self)
        self.duplicates_label.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.hide()
        self.open_existing_button = QPushButton(self.tr("Bestaande o&penen"), self)
        self.open_existing_button.hide()
        # Not "auto default": a hidden auto-default button takes Enter away from Toevoegen.
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self._open_existing)
        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Toevoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.cancel_button = cancel
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            _form(
                [
                    (self.tr("&Voornaam:"), self.given_field),
                    (self.tr("T&ussenvoegsel:"), self.infix_field),
                    (self.tr("Achter&naam:"), self.family_field),
                    (self.tr("&Geboortedatum:"), self.birth_field),
                    (self.tr("&Leerlingnummer:"), self.ref_field),
                    (self.tr("&School:"), self.school_field),
                    (self.tr("&Opleiding:"), self.programme_field),
                    (self.tr("&E-mail:"), self.email_field),
                    (self.tr("Tele&foon:"), self.phone_field),
                    (self.tr("T&aal:"), self.language_combo),
                    (self.tr("18+ &bescherming:"), self.protection_combo),
                ]
            )
        )
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.open_existing_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Reading order, top to bottom; the language box is no longer first (typing "Sam"
        # into it silently chose Somali).
        tab_chain(
            self.given_field,
            self.infix_field,
            self.family_field,
            self.birth_field,
            self.ref_field,
            self.school_field,
            self.programme_field,
            self.email_field,
            self.phone_field,
            self.language_combo,
            self.protection_combo,
            self.open_existing_button,
            self.save_button,
            cancel,
        )
        self.resize(460, 0)
        self.save_button.setDefault(True)  # now that it sits in this dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.given_field.setFocus()

    def _input(self) -> tuple[str, ...]:
        return tuple(
            f.text().strip()
            for f in (
                self.given_field,
                self.infix_field,
                self.family_field,
                self.birth_field,
                self.ref_field,
            )
        )

    def check_duplicates(self) -> list[DuplicateMatch]:
        """Who in the vault this may already be; shown under the form."""
        self.matches = self._service.duplicates.find(
            given_name=self.given_field.text(),
            infix=self.infix_field.text(),
            family_name=self.family_field.text(),
            birth_date=self.birth_field.text(),
            external_ref=self.ref_field.text(),
        )
        if not self.matches:
            self.duplicates_label.hide()
            self.open_existing_button.hide()
            return []
        lines = [
            self.tr("Deze jongere staat misschien al in de kluis:"),
            *(
                f"• {m.youth.display_name}, {m.youth.birth_date:%d-%m-%Y} ({self._reason(m)})"
                for m in self.matches[:5]
            ),
            self.tr(
                "Open de bestaande jongere, of kies nog eens Toevoegen om toch een nieuwe "
                "toe te voegen."
            ),
        ]
        self.duplicates_label.setText("\n".join(lines))
        self.duplicates_label.show()
        self.open_existing_button.show()
        return self.matches

    def _reason(self, match: DuplicateMatch) -> str:
        return {
            MatchKind.STUDENT_NUMBER: self.tr("zelfde leerlingnummer"),
            MatchKind.NAME_AND_BIRTH: self.tr("zelfde naam en geboortedatum"),
            MatchKind.SIMILAR: self.tr("lijkt erop"),
        }[match.kind]

    def _open_existing(self) -> None:
        if self.matches:
            self.existing_chosen.emit(self.matches[0].youth.id)
            self.reject()

    def save(self) -> bool:
        typed = self._input()
        if self._confirmed != typed and self.check_duplicates():
            self._confirmed = typed  # a second press with the same input adds anyway
            self.save_button.setText(self.tr("&Toch toevoegen"))
            self.open_existing_button.setFocus()
            return False
        try:
            youth = self._service.people.add_youth(
                given_name=self.given_field.text(),
                infix=self.infix_field.text(),
                family_name=self.family_field.text(),
                birth_date=self.birth_field.text(),
                external_ref=self.ref_field.text().strip() or None,
                school=self.school_field.text(),
                programme=self.programme_field.text(),
                email=self.email_field.text(),
                phone=self.phone_field.text(),
                language=str(self.language_combo.currentData()),
                protection=self.protection_combo.currentData(),
                seen=[m.youth.id for m in self.matches],
            )
        except ToestemmingError as exc:
            if getattr(exc, "field", None) == "already_there":  # another desk (turns22)
                self._confirmed = None
                self.check_duplicates()
            self.message.show_error(desk_text(exc))
            return False
        self.youth = youth
        self.added.emit(youth)
        self.accept()
        return True
