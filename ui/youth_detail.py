"""Right-hand panel: the selected youth's details and their consent items by status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from toestemming.errors import ToestemmingError
from toestemming.model import ConsentItem, Youth
from toestemming.rules import age_on
from toestemming.service import Service
from toestemming.usecases.consent import ItemView

from .consent_list import ConsentList


class YouthDetailPanel(QWidget):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self._youth_id: int | None = None

        self._placeholder = QLabel(self.tr("Kies een jongere in de lijst om de gegevens te zien."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.birth_label = QLabel()
        self.age_label = QLabel()
        self.school_label = QLabel()
        self.school_label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Geboortedatum:"), self.birth_label)
        form.addRow(self.tr("Leeftijd:"), self.age_label)
        form.addRow(self.tr("School / opleiding:"), self.school_label)

        consents_title = QLabel(self.tr("&Toestemmingen"))
        bold = consents_title.font()
        bold.setBold(True)
        consents_title.setFont(bold)
        self.consents = ConsentList()
        consents_title.setBuddy(self.consents)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(consents_title)
        layout.addWidget(self.consents, 1)
        layout.addWidget(self.error_label)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

    @property
    def youth_id(self) -> int | None:
        return self._youth_id

    def show_youth(self, youth_id: int) -> None:
        if self._service is None:
            return
        try:
            youth = self._service.people.youth(youth_id)
            items = self._service.consents.items_for_youth(youth_id)
            shown = self._shown_items(self._service, items)
            today = self._service.clock.today()
        except ToestemmingError as exc:
            self.clear()
            self._stack.setCurrentIndex(1)
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self._youth_id = youth_id
        self.error_label.hide()
        self._fill_person(youth, age_on(youth.birth_date, today))
        self.consents.set_items(items, shown)
        self._stack.setCurrentIndex(1)

    def refresh(self) -> None:
        if self._youth_id is not None:
            self.show_youth(self._youth_id)

    def clear(self, *, forget_service: bool = False) -> None:
        """Empty every widget; on lock the service is forgotten too."""
        self._youth_id = None
        if forget_service:
            self._service = None
        for label in (self.name_label, self.birth_label, self.age_label, self.school_label):
            label.clear()
        self.consents.clear()
        self.error_label.clear()
        self.error_label.hide()
        self._stack.setCurrentIndex(0)

    @staticmethod
    def _shown_items(service: Service, items: list[ItemView]) -> dict[int, ConsentItem]:
        """Each item as it was shown to the signer: purpose version, recipient, data."""
        out: dict[int, ConsentItem] = {}
        for request_id in dict.fromkeys(i.request_id for i in items):
            for item in service.consents.request(request_id).items:
                out[item.id] = item
        return out

    def _fill_person(self, youth: Youth, age: int) -> None:
        self.name_label.setText(youth.display_name)
        self.birth_label.setText(f"{youth.birth_date:%d-%m-%Y}")
        self.age_label.setText(self.tr("%n jaar", "", age))
        school = " / ".join(p for p in (youth.school, youth.programme) if p)
        self.school_label.setText(school or self.tr("(niet ingevuld)"))
