"""A small modal form whose Save calls the service; errors appear inline, never a traceback.

Subclasses add rows to `self.form` and implement `save()`; a ToestemmingError raised there is
shown under the form (in Dutch, from the core) and focus goes to the field it names.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError

from ..i18n import desk_text

ERROR_STYLE = "color: #b3261e;"


class FormDialog(QDialog):
    def __init__(self, title: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label goes above its field when both do not fit side by side (800 px with large
        # text); they were drawn over each other.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}  # core field name → widget, for error focus
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if field:
            self.fields[field] = widget

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def save(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            self.save()
        except ToestemmingError as exc:
            self.show_error(desk_text(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()
