"""Data categories: what may be shared. DAT (that someone is known) or WAT (what is going on),
and whether it is a special category (art. 9/10 AVG), which needs a separate explicit tick."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.model import DataCategory, DataLevel
from toestemming.service import Service

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
        self.description_field = QPlainTextEdit()
        self.description_field.setTabChangesFocus(True)
        self.description_field.setMinimumHeight(80)
        self.description_field.setPlaceholderText(
            self.tr("Welke gegevens horen hierbij? Zo concreet mogelijk.")
        )
        self.dat_button = QRadioButton(
            self.tr("&DAT – buitenkant: dát iemand bekend is, sinds wanneer, contactpersoon")
        )
        self.wat_button = QRadioButton(
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
        self.special_box = QCheckBox(
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
        self.add_row(self.tr("&Code:"), self.code_field, "code")
        self.add_row(self.tr("&Naam:"), self.name_field, "name")
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
        )


class CategoriesPage(TablePage):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = CategoryModel(service.catalog.categories, self)
        self.add_button = QPushButton(self.tr("Categorie &toevoegen…"))
        self.build(
            self.tr(
                "Soorten gegevens die gedeeld kunnen worden. Deel alleen wat het doel nodig "
                "heeft: vaak is DAT-informatie genoeg."
            ),
            make_table(self.model, self.tr("Gegevenscategorieën")),
            [self.add_button],
        )
        self.add_button.clicked.connect(self.open_add_dialog)

    def reload(self) -> None:
        self.model.reload()

    def open_add_dialog(self) -> AddCategoryDialog:
        dialog = AddCategoryDialog(self._service, self)
        dialog.accepted.connect(self._added)
        dialog.open()
        return dialog

    def _added(self) -> None:
        self.reload()
        self.changed.emit()
