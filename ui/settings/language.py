"""The app's language on this computer (Nederlands or English), kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import switch_language
from ..preferences import save_language, saved_language


class LanguagePage(QWidget):
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_field = QComboBox()
        # Each language in its own name, so someone who cannot read the current one finds it.
        self.language_field.addItem("Nederlands", "nl")
        self.language_field.addItem("English", "en")
        current = saved_language() or "nl"
        self.language_field.setCurrentIndex(max(0, self.language_field.findData(current)))
        self.note = QLabel(
            self.tr(
                "Geldt voor deze computer. Nieuwe vensters verschijnen meteen in de gekozen taal; "
                "het hoofdvenster na vergrendelen en opnieuw ontgrendelen. Teksten die jongeren "
                "en ouders ondertekenen, kiest u per verzoek."
            )
        )
        self.note.setWordWrap(True)
        label = QLabel(self.tr("&Taal van de app:"))
        label.setBuddy(self.language_field)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(label, self.language_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.language_field.currentIndexChanged.connect(self._changed)

    def choose(self, language: str) -> None:
        self.language_field.setCurrentIndex(self.language_field.findData(language))

    def _changed(self, _index: int) -> None:
        language = str(self.language_field.currentData())
        save_language(language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            switch_language(app, language)
        self.language_changed.emit(language)
