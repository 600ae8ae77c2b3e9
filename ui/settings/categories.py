"""Data categories: what may be shared. DAT (that someone is known) or WAT (what is going on),
and whether it is a special category (art. 9/10 AVG), which needs a separate explicit tick."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import DataCategory, DataLevel
from toestemming.service import Service

from ..crash import show_error
from ..screen_fit import available
from ..signing.wrapping import WrapCheckBox, WrapRadioButton
from .form_dialog import FormDialog
from .models import CategoryModel
from .table_page import TablePage, make_table

WARNING_STYLE = "color: #8a4b00;"


class AddCategoryDialog(FormDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gegevenscategorie toevoegen"), self.tr("&Toevoegen"), parent)
        self._service = service
        self.created: DataCategory | None = None
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("korte code, bijv. stage"))
        self.name_field = QLineEdit()
        self.name_en_field = QLineEdit()
        self.name_en_field.setPlaceholderText(
            self.tr("voor wie in het Engels tekent, bijv. Work placement details")
        )
        self.description_field = QPlainTextEdit()
        self.description_field.setTabChangesFocus(True)
        self.description_field.setMinimumHeight(80)
        self.description_field.setPlaceholderText(
            self.tr("Welke gegevens horen hierbij? Zo concreet mogelijk.")
        )
        self.dat_button = WrapRadioButton(
            self.tr("&DAT – buitenkant: dát iemand bekend is, sinds wanneer, contactpersoon")
        )
        self.wat_button = WrapRadioButton(
            self.tr("&WAT – inhoud: wát er speelt of welke ondersteuning nodig is")
        )
        self.level_group = QButtonGroup(self)
        self.level_group.addButton(self.dat_button)
        self.level_group.addButton(self.wat_button)
        self.dat_button.setChecked(True)
        level_box = QWidget()
        level_layout = QVBoxLayout(level_box)
        level_layout.setContentsMargins(0, 0, 0, 0)
        level_layout.addWidget(self.dat_button)
        level_layout.addWidget(self.wat_button)
        self.special_box = WrapCheckBox(  # wraps on a narrow screen with large text
            self.tr(
                "&Bijzonder persoonsgegeven (gezondheid, afkomst, geloof, …) of strafrechtelijk"
            )
        )
        self.special_warning = QLabel(
            self.tr(
                "Bijzondere gegevens mogen alleen gedeeld worden met uitdrukkelijke toestemming: "
                "wie tekent, moet dit onderdeel apart aanvinken. Vraag ze alleen als het doel "
                "het echt nodig maakt."
            )
        )
        self.special_warning.setWordWrap(True)
        self.special_warning.setStyleSheet(WARNING_STYLE)
        self.special_warning.hide()
        self.special_box.toggled.connect(self.special_warning.setVisible)
        # Wide enough for the choices on one line, where the screen has the room; on a narrow
        # screen they wrap (it was 885 px wide on an 800 px tablet with large text).
        self.setMinimumWidth(
            min(
                max(520, self.special_box.sizeHint().width(), self.dat_button.sizeHint().width())
                + 140,
                available(self).width(),
            )
        )
        self.add_row(self.tr("&Code:"), self.code_field, "code")
        self.add_row(self.tr("&Naam:"), self.name_field, "name")
        self.add_row(self.tr("&Engelse naam:"), self.name_en_field, "name_en")
        self.add_row(self.tr("&Uitleg:"), self.description_field, "description")
        self.add_row(self.tr("Soort:"), level_box, "level")
        self.form.addRow("", self.special_box)
        self.form.addRow("", self.special_warning)
        self.code_field.setFocus()

    def save(self) -> None:
        level = DataLevel.WAT if self.wat_button.isChecked() else DataLevel.DAT
        self.created = self._service.catalog.add_category(
            self.code_field.text(),
            self.name_field.text(),
            self.description_field.toPlainText(),
            level,
            self.special_box.isChecked(),
            self.name_en_field.text(),
        )


class EnglishNameDialog(FormDialog):
    """The English name of one category: what English texts of new requests will show."""

    def __init__(
        self, service: Service, category: DataCategory, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Engelse naam"), self.tr("&Opslaan"), parent)
        self._service = service
        self._category = category
        self.changed: DataCategory | None = None
        explanation = QLabel(
            self.tr(
                "Wie in het Engels tekent, leest deze naam in de tekst van nieuwe verzoeken. "
                "Verzoeken die al gemaakt zijn, houden de tekst die getoond is. Leeg laten: "
                "de Nederlandse naam."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.form.addRow(self.tr("Nederlandse naam:"), QLabel(category.name))
        self.name_en_field = QLineEdit(category.name_en)
        self.add_row(self.tr("&Engelse naam:"), self.name_en_field, "name_en")
        self.name_en_field.setFocus()

    def save(self) -> None:
        self.changed = self._service.catalog.set_category_english_name(
            self._category.id, self.name_en_field.text()
        )


class CategoriesPage(TablePage):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = CategoryModel(service.catalog.categories, self)
        self.add_button = QPushButton(self.tr("Categorie &toevoegen…"))
        self.english_button = QPushButton(self.tr("&Engelse naam…"))
        self.standard_button = QPushButton(self.tr("&Standaardvertalingen invullen"))
        self.standard_note = QLabel()
        self.standard_note.setWordWrap(True)
        self.standard_note.setStyleSheet(WARNING_STYLE)
        self.build(
            self.tr(
                "Soorten gegevens die gedeeld kunnen worden. Deel alleen wat het doel nodig "
                "heeft: vaak is DAT-informatie genoeg."
            ),
            make_table(self.model, self.tr("Gegevenscategorieën")),
            [self.add_button, self.english_button, self.standard_button],
        )
        self.layout().insertWidget(2, self.standard_note)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.english_button.clicked.connect(self.open_english_dialog)
        self.standard_button.clicked.connect(self.fill_standard_names)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_standard_note)
        self._update_buttons()
        self._update_standard_note()

    def reload(self) -> None:
        self.model.reload()

    def selected(self) -> DataCategory | None:
        return self.model.row_at(self.current_row())

    def _update_buttons(self, *_args: object) -> None:
        self.english_button.setEnabled(self.selected() is not None)

    def _update_standard_note(self) -> None:
        """Only after the rows change: which standard categories still lack an English name."""
        fillable = self._service.catalog.standard_english_names()
        self.standard_button.setVisible(bool(fillable))
        self.standard_note.setVisible(bool(fillable))
        names = ", ".join(c.name for c in self.model.rows if c.id in fillable)
        self.standard_note.setText(
            self.tr(
                "Nog zonder Engelse naam: %1. Wie in het Engels tekent, leest dan de "
                "Nederlandse naam. Voor deze standaardcategorieën is een vertaling klaar."
            ).replace("%1", names)
        )

    def select(self, category_id: int) -> None:
        for row, category in enumerate(self.model.rows):
            if category.id == category_id:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def open_english_dialog(self) -> EnglishNameDialog | None:
        category = self.selected()
        if category is None:
            return None
        dialog = EnglishNameDialog(self._service, category, self)
        dialog.accepted.connect(lambda: self._saved(category.id))
        dialog.open()
        return dialog

    def fill_standard_names(self) -> None:
        try:
            self._service.catalog.set_category_english_names(
                self._service.catalog.standard_english_names()
            )
        except ToestemmingError as exc:
            show_error(exc, self)
            return
        self.reload()
        self.changed.emit()

    def _saved(self, category_id: int) -> None:
        self.reload()
        self.select(category_id)
        self.changed.emit()

    def open_add_dialog(self) -> AddCategoryDialog:
        dialog = AddCategoryDialog(self._service, self)
        dialog.accepted.connect(self._added)
        dialog.open()
        return dialog

    def _added(self) -> None:
        self.reload()
        self.changed.emit()
