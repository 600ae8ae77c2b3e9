"""'Jongere toevoegen' and 'Ouder/voogd toevoegen': the people a consent is about and the
people who decide for them. The service checks every field; its Dutch message is shown inline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import AdultProtection, Representative, RepresentativeRole, Youth
from toestemming.service import Service

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
                    (self.tr("&Telefoon:"), self.phone_field),
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
        self.resize(460, 0)
        self.save_button.setDefault(True)  # now that it sits in this dialog

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
            self.message.show_error(exc.message)
            return False
        self.representative = rep
        self.added.emit(rep)
        self.accept()
        return True


class AddYouthDialog(QDialog):
    added = Signal(object)  # Youth

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.youth: Youth | None = None
        self.setWindowTitle(self.tr("Jongere toevoegen"))
        self.given_field = QLineEdit()
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
                    (self.tr("&Voornaam:"), self.given_field),
                    (self.tr("&Achternaam:"), self.family_field),
                    (self.tr("&Geboortedatum:"), self.birth_field),
                    (self.tr("&School:"), self.school_field),
                    (self.tr("&Opleiding:"), self.programme_field),
                    (self.tr("&E-mail:"), self.email_field),
                    (self.tr("&Telefoon:"), self.phone_field),
                    (self.tr("T&aal:"), self.language_combo),
                    (self.tr("18+ &bescherming:"), self.protection_combo),
                ]
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 0)
        self.save_button.setDefault(True)  # now that it sits in this dialog

    def save(self) -> bool:
        try:
            youth = self._service.people.add_youth(
                given_name=self.given_field.text(),
                family_name=self.family_field.text(),
                birth_date=self.birth_field.text(),
                school=self.school_field.text(),
                programme=self.programme_field.text(),
                email=self.email_field.text(),
                phone=self.phone_field.text(),
                language=str(self.language_combo.currentData()),
                protection=self.protection_combo.currentData(),
            )
        except ToestemmingError as exc:
            self.message.show_error(exc.message)
            return False
        self.youth = youth
        self.added.emit(youth)
        self.accept()
        return True
