"""Recipients: the organisations data may go to. Add; deactivate instead of delete, because
existing consents and disclosures keep pointing at them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from toestemming.errors import ToestemmingError
from toestemming.model import Recipient, RecipientKind
from toestemming.service import Service

from ..crash import show_error
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
        self.convenant_box = QCheckBox(self.tr("Er is een convenant of samenwerkingsafspraak"))
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
        self.build(
            self.tr(
                "Organisaties waarmee gegevens gedeeld kunnen worden. Een ontvanger die u "
                "deactiveert, kunt u niet meer kiezen voor nieuwe verzoeken; wat al is "
                "vastgelegd, blijft bewaard."
            ),
            make_table(self.model, self.tr("Ontvangers")),
            [self.add_button, self.toggle_button],
        )
        self.button_row.addWidget(self.show_inactive)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.toggle_button.clicked.connect(self.toggle_active)
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
