"""'Samenvoegen…': two records of one youth become one (core: usecases/duplicates.py).

The list offers who the vault thinks may be the same youth (same Leerlingnummer, or name and
birth date alike); a search field finds anyone else. The worker sees what will happen before
confirming; the service refuses (in Dutch) when both records already have consents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..i18n import desk_text
from ..keyboard import tab_chain
from ..screen_fit import fit_to_screen
from .common import MessageLabel, wrapped


class MergeYouthDialog(QDialog):
    merged = Signal(int)  # the id of the record that stays

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth = service.people.youth(youth_id)
        self.kept_id: int | None = None
        self.setWindowTitle(self.tr("Samenvoegen — %1").replace("%1", self._youth.display_name))
        intro = wrapped(
            self.tr(
                "Staat deze jongere twee keer in de kluis? Kies de andere. De jongere met "
                "toestemmingen blijft; van de andere komen de ouders/vertegenwoordigers, het "
                "leerlingnummer en ontbrekende gegevens erbij. Dit wordt vastgelegd in het logboek."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        search_label = QLabel(self.tr("&Zoek een andere jongere:"))
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("naam, geboortedatum of code"))
        search_label.setBuddy(self.search_field)
        self.search_field.textChanged.connect(self._search)
        list_label = QLabel(self.tr("&Mogelijk dezelfde jongere:"))
        self.candidates = QListWidget()
        list_label.setBuddy(self.candidates)
        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("&Samenvoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, list_label, self.candidates, search_label, self.search_field):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_suggestions()
        tab_chain(self.candidates, self.search_field, self.merge_button, cancel)
        fit_to_screen(self, 520, 420)
        self.merge_button.setDefault(True)

    def _add(self, youth_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, youth_id)
        self.candidates.addItem(item)

    def _fill_suggestions(self) -> None:
        y = self._youth
        self.candidates.clear()
        for m in self._service.duplicates.find(
            given_name=y.given_name,
            family_name=y.family_name,
            birth_date=y.birth_date,
            external_ref=y.external_ref,
            exclude=y.id,
        ):
            self._add(
                m.youth.id,
                f"{m.youth.display_name}, {m.youth.birth_date:%d-%m-%Y} — {m.reason}",
            )
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def _search(self, text: str) -> None:
        if not text.strip():
            self._fill_suggestions()
            return
        self.candidates.clear()
        for row in self._service.people.search(text, limit=50):
            if row.id != self._youth.id:
                self._add(row.id, f"{row.display_name}, {row.birth_date:%d-%m-%Y}")
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def merge(self) -> bool:
        item = self.candidates.currentItem()
        if item is None:
            self.message.show_error(self.tr("Kies eerst de andere jongere in de lijst."))
            return False
        try:
            kept = self._service.duplicates.merge(
                self._youth.id, int(item.data(Qt.ItemDataRole.UserRole))
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        self.kept_id = kept.id
        self.merged.emit(kept.id)
        self.accept()
        return True
