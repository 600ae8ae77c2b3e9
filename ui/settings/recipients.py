"""Recipients: the organisations data may go to. Add; deactivate instead of delete, because
existing consents and disclosures keep pointing at them. A description per language says who
the recipient is in words the signer reads (versioned in the core, like purpose texts)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.language import is_rtl
from toestemming.language import languages as catalog_languages
from toestemming.model import Recipient, RecipientKind
from toestemming.service import Service

from ..consent.people import LANGUAGE_NAMES
from ..crash import show_error
from ..signing.wrapping import WrapCheckBox
from .form_dialog import FormDialog
from .models import RecipientModel, kind_label
from .table_page import TablePage, make_table


class AddRecipientDialog(FormDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ontvanger toevoegen"), self.tr("&Toevoegen"), parent)
        self._service = service
        self.created: Recipient | None = None
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("bijv. UWV"))
        self.department_field = QLineEdit()
        self.department_field.setPlaceholderText(self.tr("bijv. Werkbedrijf (mag leeg)"))
        self.kind_field = QComboBox()
        for kind in RecipientKind:
            self.kind_field.addItem(kind_label(kind), kind.value)
        self.email_field = QLineEdit()
        self.phone_field = QLineEdit()
        self.convenant_box = WrapCheckBox(self.tr("Er is een convenant of samenwerkingsafspraak"))
        self.add_row(self.tr("&Naam:"), self.name_field, "name")
        self.add_row(self.tr("&Afdeling:"), self.department_field, "department")
        self.add_row(self.tr("&Soort:"), self.kind_field, "kind")
        self.add_row(self.tr("&E-mail:"), self.email_field, "email")
        self.add_row(self.tr("Tele&foon:"), self.phone_field, "phone")
        self.form.addRow("", self.convenant_box)
        self.name_field.setFocus()

    def save(self) -> None:
        self.created = self._service.catalog.add_recipient(
            self.name_field.text(),
            str(self.kind_field.currentData()),
            department=self.department_field.text(),
            email=self.email_field.text(),
            phone=self.phone_field.text(),
            convenant=self.convenant_box.isChecked(),
        )


class RecipientTextsDialog(FormDialog):
    """The recipient's description per language: what a signer reading that language sees
    after the recipient's name ("UWV (de overheidsdienst die helpt bij werk)"). Empty: none;
    a language without one shows the Dutch description."""

    def __init__(
        self, service: Service, recipient: Recipient, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Beschrijving per taal"), self.tr("&Opslaan"), parent)
        self._service = service
        self.recipient = recipient
        self.language_field = QComboBox()
        names = dict(LANGUAGE_NAMES)
        # Every language with a signer's catalog, as for purpose texts (docs/LANGUAGES.md).
        for code in catalog_languages():
            name = QCoreApplication.translate("Languages", names.get(code, code))
            self.language_field.addItem(name, code)
        self.description_field = QPlainTextEdit()
        self.description_field.setTabChangesFocus(True)
        self.description_field.setMinimumHeight(80)
        self.description_field.setPlaceholderText(
            self.tr("Wie is deze ontvanger, in eenvoudige woorden in deze taal (mag leeg)")
        )
        note = QLabel(
            self.tr(
                "De ondertekenaar leest de beschrijving achter de naam, in de taal van het "
                "verzoek; zonder beschrijving in die taal de Nederlandse. Verzoeken die al zijn "
                "gedaan, houden hun tekst."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(QLabel(f"<b>{html.escape(recipient.display_name)}</b>"))
        self.form.addRow(note)
        self.add_row(self.tr("&Taal:"), self.language_field, "language")
        self.add_row(self.tr("&Beschrijving:"), self.description_field, "description")
        self.language_field.currentIndexChanged.connect(lambda _i: self._show_language())
        self._show_language()
        self.description_field.setFocus()

    def language(self) -> str:
        return str(self.language_field.currentData())

    def _show_language(self) -> None:
        language = self.language()
        self.description_field.setPlainText(dict(self.recipient.descriptions).get(language, ""))
        # Arabic is typed and read right to left in the field as well.
        direction = (
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
        self.description_field.setLayoutDirection(direction)
        self.show_error("")

    def save(self) -> None:
        self.recipient = self._service.catalog.set_recipient_description(
            self.recipient.id, self.language(), self.description_field.toPlainText()
        )


class RecipientsPage(TablePage):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.show_inactive = QCheckBox(self.tr("Ook niet-actieve ontvangers to&nen"))
        self.model = RecipientModel(
            lambda: service.catalog.recipients(active_only=not self.show_inactive.isChecked()),
            self,
        )
        self.add_button = QPushButton(self.tr("Ontvanger &toevoegen…"))
        self.toggle_button = QPushButton(self.tr("Deacti&veren"))
        self.texts_button = QPushButton(self.tr("Be&schrijving per taal…"))
        self.build(
            self.tr(
                "Organisaties waarmee gegevens gedeeld kunnen worden. Een ontvanger die u "
                "deactiveert, kunt u niet meer kiezen voor nieuwe verzoeken; wat al is "
                "vastgelegd, blijft bewaard."
            ),
            make_table(self.model, self.tr("Ontvangers")),
            [self.add_button, self.toggle_button, self.texts_button],
        )
        self.button_row.addWidget(self.show_inactive)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.texts_button.clicked.connect(self.open_texts_dialog)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def reload(self) -> None:
        self.model.reload()

    def selected(self) -> Recipient | None:
        return self.model.row_at(self.current_row())

    def _update_buttons(self, *_args: QModelIndex) -> None:
        recipient = self.selected()
        self.toggle_button.setEnabled(recipient is not None)
        self.texts_button.setEnabled(recipient is not None)
        self.toggle_button.setText(
            self.tr("Acti&veren")
            if recipient is not None and not recipient.active
            else self.tr("Deacti&veren")
        )

    def open_add_dialog(self) -> AddRecipientDialog:
        dialog = AddRecipientDialog(self._service, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def open_texts_dialog(self) -> RecipientTextsDialog | None:
        recipient = self.selected()
        if recipient is None:
            return None
        dialog = RecipientTextsDialog(self._service, recipient, self)
        dialog.accepted.connect(lambda: self._texts_saved(recipient.id))
        dialog.open()
        return dialog

    def _texts_saved(self, recipient_id: int) -> None:
        self.reload()
        self.select(recipient_id)
        self.changed.emit()

    def _added(self, dialog: AddRecipientDialog) -> None:
        self.reload()
        if dialog.created is not None:
            self.select(dialog.created.id)
        self.changed.emit()

    def select(self, recipient_id: int) -> None:
        for row, recipient in enumerate(self.model.rows):
            if recipient.id == recipient_id:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def toggle_active(self) -> None:
        recipient = self.selected()
        if recipient is None:
            return
        try:
            self._service.catalog.set_recipient_active(recipient.id, not recipient.active)
        except ToestemmingError as exc:
            show_error(exc, self)
            return
        if recipient.active and not self.show_inactive.isChecked():
            # Keep the row in view so the worker sees what happened (and can undo it).
            self.show_inactive.setChecked(True)
        else:
            self.reload()
        self.select(recipient.id)
        self.changed.emit()
