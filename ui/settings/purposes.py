"""Purposes: why data is shared, in plain language. Versioned: editing never changes a text
someone already saw — it adds a new version, and items asked earlier keep theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ValidationError
from toestemming.language import languages as catalog_languages
from toestemming.model import Purpose
from toestemming.service import Service

from ..consent.people import LANGUAGE_NAMES
from .form_dialog import FormDialog
from .legal_duty import LegalDutyDialog, describe_duty
from .models import PurposeModel, PurposeVersionModel
from .table_page import TablePage, make_table


class PurposeDialog(FormDialog):
    """New purpose (`purpose` None) or a new version of `purpose`."""

    def __init__(
        self, service: Service, purpose: Purpose | None = None, parent: QWidget | None = None
    ) -> None:
        if purpose is None:
            title, save = self.tr("Nieuw doel"), self.tr("&Toevoegen")
        else:
            title = self.tr("Nieuwe versie van doel %1").replace("%1", purpose.code)
            save = self.tr("Nieuwe versie &opslaan")
        super().__init__(title, save, parent)
        self._service = service
        self._purpose = purpose
        self.saved: Purpose | None = None
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("korte code, bijv. begeleiding-werk"))
        self.title_field = QLineEdit()
        self.description_field = QPlainTextEdit()
        self.description_field.setTabChangesFocus(True)
        self.description_field.setPlaceholderText(
            self.tr("Leg in eenvoudige woorden (B1) uit waarom de gegevens gedeeld worden.")
        )
        self.description_field.setMinimumHeight(140)
        self.language_field = QComboBox()
        # Every language with a signer's catalog: adding one is a catalog file plus the
        # purpose texts written here (docs/LANGUAGES.md).
        names = dict(LANGUAGE_NAMES)
        for code in catalog_languages():
            name = QCoreApplication.translate("Languages", names.get(code, code))
            self.language_field.addItem(name, code)
        if purpose is None:
            self.add_row(self.tr("&Code:"), self.code_field, "code")
        else:
            note = QLabel(
                self.tr(
                    "Verzoeken die al zijn gedaan, houden de tekst van versie %1. De nieuwe "
                    "versie geldt voor nieuwe verzoeken."
                ).replace("%1", str(purpose.version))
            )
            note.setWordWrap(True)
            self.form.addRow(note)
            self.title_field.setText(purpose.title)
            self.description_field.setPlainText(purpose.description)
            index = self.language_field.findData(purpose.language)
            self.language_field.setCurrentIndex(max(index, 0))
        self.add_row(self.tr("Tit&el:"), self.title_field, "title")
        self.add_row(self.tr("&Uitleg:"), self.description_field, "description")
        self.add_row(self.tr("T&aal van de tekst:"), self.language_field, "language")
        (self.code_field if purpose is None else self.title_field).setFocus()

    def save(self) -> None:
        language = str(self.language_field.currentData())
        title, text = self.title_field.text(), self.description_field.toPlainText()
        if self._purpose is None:
            self.saved = self._service.catalog.add_purpose(
                self.code_field.text(), title, text, language
            )
            return
        p = self._purpose
        if (title.strip(), text.strip(), language) == (p.title, p.description, p.language):
            raise ValidationError(
                self.tr("Er is niets gewijzigd; een nieuwe versie is niet nodig."), field="title"
            )
        self.saved = self._service.catalog.revise_purpose(p.id, title, text, language)


class PurposesPage(TablePage):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = PurposeModel(self._load_purposes, self)
        self.versions = PurposeVersionModel(self._load_versions, self)
        self.add_button = QPushButton(self.tr("Nieuw doe&l…"))
        self.revise_button = QPushButton(self.tr("Nieuwe &versie…"))
        self.duty_button = QPushButton(self.tr("Wettelijke &plicht…"))
        self.duty_button.setToolTip(
            self.tr("Leg vast dat een wet het delen voor dit doel verplicht (geen toestemming).")
        )
        purposes_table = make_table(self.model, self.tr("Doelen"))

        self.versions_table = make_table(self.versions, self.tr("Versies van het doel"))
        self.version_text = QPlainTextEdit()
        self.version_text.setReadOnly(True)
        self.version_text.setAccessibleName(self.tr("Tekst van de gekozen versie"))
        self.version_text.setTabChangesFocus(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        versions_label = QLabel(self.tr("Ve&rsies:"))
        versions_label.setBuddy(self.versions_table)
        side_layout.addWidget(versions_label)
        side_layout.addWidget(self.versions_table, 1)
        side_layout.addWidget(QLabel(self.tr("Tekst van de gekozen versie:")))
        side_layout.addWidget(self.version_text, 2)
        self.duty_note = QLabel()
        self.duty_note.setWordWrap(True)
        side_layout.addWidget(self.duty_note)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #8a4b00;")
        side_layout.addWidget(self.language_note)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(purposes_table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.build(
            self.tr(
                "Waarvoor gegevens gedeeld worden, in eenvoudige woorden. Een doel aanpassen "
                "maakt een nieuwe versie; eerdere verzoeken houden de tekst die toen getoond is."
            ),
            purposes_table,
            [self.add_button, self.revise_button, self.duty_button],
            body=split,
        )
        self.add_button.clicked.connect(self.open_add_dialog)
        self.revise_button.clicked.connect(self.open_revise_dialog)
        self.duty_button.clicked.connect(self.open_duty_dialog)
        purposes_table.selectionModel().currentRowChanged.connect(self._purpose_changed)
        self.versions_table.selectionModel().currentRowChanged.connect(self._version_changed)
        self.model.modelReset.connect(self._purpose_changed)
        self._purpose_changed()

    # -- data ---------------------------------------------------------------------------------
    def _load_purposes(self) -> list[Purpose]:
        return self._service.catalog.purposes()

    def _load_versions(self) -> list[Purpose]:
        purpose = self.selected() if hasattr(self, "table") else None
        if purpose is None:
            return []
        return list(reversed(self._service.catalog.purpose_versions(purpose.id)))

    def selected(self) -> Purpose | None:
        return self.model.row_at(self.current_row())

    def reload(self) -> None:
        self.model.reload()

    def select(self, purpose_id: int) -> None:
        for row, purpose in enumerate(self.model.rows):
            if purpose.id == purpose_id:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _purpose_changed(self, *_args: QModelIndex) -> None:
        self.versions.reload()
        purpose = self.selected()
        self.revise_button.setEnabled(purpose is not None)
        duty = None if purpose is None else self._service.legal_duties.of(purpose.id)
        # Set once (the core refuses a second): the button only for a purpose without one.
        self.duty_button.setEnabled(purpose is not None and duty is None)
        self.duty_note.setText(describe_duty(duty))
        self.duty_note.setVisible(duty is not None)
        if self.versions.rowCount():
            self.versions_table.setCurrentIndex(self.versions.index(0, 0))
        self._version_changed()
        self._update_language_note()

    def _update_language_note(self) -> None:
        """English requests use the newest English version: say when there is none, or when
        the Dutch text was revised after it (the translation may no longer say the same)."""
        newest: dict[str, int] = {}
        for version in self.versions.rows:
            newest[version.language] = max(newest.get(version.language, 0), version.version)
        note = ""
        if self.selected() is not None and "nl" in newest:
            if "en" not in newest:
                note = self.tr(
                    "Nog geen Engelse tekst: verzoeken met dit doel kunnen alleen in het "
                    "Nederlands."
                )
            elif newest["en"] < newest["nl"]:
                note = (
                    self.tr(
                        "De Engelse tekst (versie %1) is ouder dan de Nederlandse (versie %2). "
                        "Kijk of hij nog hetzelfde zegt; zo niet, maak een nieuwe Engelse versie."
                    )
                    .replace("%1", str(newest["en"]))
                    .replace("%2", str(newest["nl"]))
                )
        self.language_note.setText(note)
        self.language_note.setVisible(bool(note))

    def _version_changed(self, *_args: QModelIndex) -> None:
        index = self.versions_table.currentIndex()
        version = self.versions.row_at(index.row()) if index.isValid() else None
        self.version_text.setPlainText(version.description if version else "")

    # -- actions ------------------------------------------------------------------------------
    def open_add_dialog(self) -> PurposeDialog:
        return self._open(PurposeDialog(self._service, None, self))

    def open_revise_dialog(self) -> PurposeDialog | None:
        purpose = self.selected()
        if purpose is None:
            return None
        return self._open(PurposeDialog(self._service, purpose, self))

    def open_duty_dialog(self) -> LegalDutyDialog | None:
        purpose = self.selected()
        if purpose is None:
            return None
        dialog = LegalDutyDialog(self._service, purpose, self)
        dialog.accepted.connect(lambda: self._duty_saved(purpose.id))
        dialog.open()
        return dialog

    def _open(self, dialog: PurposeDialog) -> PurposeDialog:
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: PurposeDialog) -> None:
        self.reload()
        if dialog.saved is not None:
            self.select(dialog.saved.id)
        self.changed.emit()

    def _duty_saved(self, purpose_id: int) -> None:
        self.reload()
        self.select(purpose_id)
        self._purpose_changed()
        self.changed.emit()
