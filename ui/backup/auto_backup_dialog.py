"""'Automatische reservekopieën': the folder where a verified backup is made every day and each
time the vault is locked or closed, how many of them are kept, and after how many days the app
warns that the last verified backup is too old."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toestemming.backup import MAX_KEEP
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..i18n import desk_language, desk_text
from .backup_dialog import grow_to_fit


class AutoBackupDialog(QDialog):
    saved = Signal()

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Toestemming — automatische reservekopieën"))
        intro = QLabel(
            self.tr(
                "Elke dag en bij elk vergrendelen en afsluiten maakt Toestemming een "
                "gecontroleerde reservekopie in deze map; de nieuwste blijven bewaard, oudere "
                "worden verwijderd. Kies een map op een andere schijf dan de kluis, bijvoorbeeld "
                "een netwerkmap. Leeg: geen automatische reservekopieën."
            )
        )
        intro.setWordWrap(True)
        folder = service.backups.folder()
        self.folder_field = QLineEdit(str(folder) if folder is not None else "")
        self.folder_field.setMinimumWidth(380)
        self.folder_field.setPlaceholderText(self.tr("geen automatische reservekopieën"))
        self.folder_field.setAccessibleName(self.tr("Map voor automatische reservekopieën"))
        self.choose_button = QPushButton(self.tr("&Kiezen…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.off_button = QPushButton(self.tr("&Uitzetten"))
        self.off_button.setAutoDefault(False)
        self.off_button.clicked.connect(self.folder_field.clear)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.off_button)
        self.warn_days = QSpinBox()
        self.warn_days.setRange(1, 365)
        self.warn_days.setSuffix(self.tr(" dagen"))
        self.warn_days.setValue(service.backups.warn_after_days())
        self.warn_days.setAccessibleName(
            self.tr("Waarschuwen als de laatste reservekopie ouder is")
        )
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setSuffix(self.tr(" reservekopieën"))
        self.keep.setValue(service.backups.keep_count())
        self.keep.setAccessibleName(self.tr("Zoveel automatische reservekopieën bewaren"))
        for spin in (self.keep, self.warn_days):
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000 reservekopieën") + 60)
        self.keep_note = QLabel(
            self.tr(
                "Een oudere reservekopie bevat ook gegevens die intussen gewist zijn: bewaar er "
                "niet meer dan nodig."
            )
        )
        self.keep_note.setWordWrap(True)
        status = QLabel(service.backups.status().message().text_in(desk_language()))
        status.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Map:"))
        folder_label.setBuddy(self.folder_field)
        warn_label = QLabel(self.tr("&Waarschuwen na:"))
        warn_label.setBuddy(self.warn_days)
        keep_label = QLabel(self.tr("&Bewaren:"))
        keep_label.setBuddy(self.keep)
        form.addRow(folder_label, row)
        form.addRow(keep_label, self.keep)
        form.addRow("", self.keep_note)
        form.addRow(warn_label, self.warn_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(status)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.folder_field.setFocus()

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self,
            self.tr("Map voor automatische reservekopieën"),
            self.folder_field.text() or str(Path.home()),
        )
        if path:
            self.folder_field.setText(path)

    def save(self) -> bool:
        text = self.folder_field.text().strip()
        try:
            self._service.backups.configure(text or None, self.warn_days.value(), self.keep.value())
        except ToestemmingError as exc:
            self.error_label.setText(desk_text(exc))
            self.error_label.show()
            grow_to_fit(self)
            return False
        self.saved.emit()
        self.accept()
        return True
