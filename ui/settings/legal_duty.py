"""Mark a purpose as required by law (wettelijke plicht, seed 004): the desk's way to what
`service.legal_duties.mark` does. The consequences are the core's (usecases/legal_duties.py);
the dialog says them before the worker commits, because a duty is set once and not undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QWidget

from toestemming.errors import ValidationError
from toestemming.model import LegalDuty, Purpose
from toestemming.service import Service
from toestemming.usecases.legal_duties import MAX_UNTIL_AGE

from .form_dialog import FormDialog

# The spin box's lowest value stands for "at any age" (the core's None).
ALWAYS = 0
DEFAULT_UNTIL_AGE = 18  # kwalificatieplicht: until 18 (seed 004), the usual case


class LegalDutyDialog(FormDialog):
    def __init__(self, service: Service, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Wettelijke plicht voor doel %1").replace("%1", purpose.code),
            self.tr("&Vastleggen"),
            parent,
        )
        self._service = service
        self._purpose = purpose
        self.saved: LegalDuty | None = None
        # A duty holds toward a public body on its legal task only (usecases/legal_duties.py):
        # said here, or a worker would skip consent toward a stage employer for this purpose.
        self.explanation = explanation = QLabel(
            self.tr(
                "Leg dit alleen vast als een wet verplicht om voor '%1' gegevens te delen met "
                "een overheidsorgaan, zoals een verzuimmelding aan leerplicht (Leerplichtwet). "
                "Bij delen met een overheidsorgaan met een wettelijke taak vraagt u hiervoor dan "
                "geen toestemming meer, geldt bezwaar niet, en legt u het delen vast als "
                "wettelijke verplichting. Bij delen met een andere ontvanger, zoals een "
                "werkgever, blijft toestemming nodig. De jongere ziet in de inzage op grond van "
                "welke wet het gebeurde. Dit is niet terug te draaien: verandert de plicht, maak "
                "dan een nieuw doel."
            ).replace("%1", purpose.title)
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.law_field = QLineEdit()
        self.law_field.setPlaceholderText(self.tr("bijv. Leerplichtwet 1969, art. 21"))
        self.add_row(self.tr("&Wet en artikel:"), self.law_field, "law")
        self.age_field = QSpinBox()
        self.age_field.setRange(ALWAYS, MAX_UNTIL_AGE)  # the core's highest
        self.age_field.setSpecialValueText(self.tr("altijd, op elke leeftijd"))
        self.age_field.setSuffix(self.tr(" jaar"))
        self.age_field.setValue(DEFAULT_UNTIL_AGE)
        self.age_field.setToolTip(
            self.tr(
                "De plicht geldt zolang de jongere jonger is dan deze leeftijd en nog geen "
                "startkwalificatie heeft (Beheer → Startkwalificatie vastleggen…). "
                "Kwalificatieplicht: tot 18 jaar."
            )
        )
        self.add_row(self.tr("Geldt tot de &leeftijd van:"), self.age_field, "until_age")
        self.sure = QCheckBox(self.tr("Ik &heb nagekeken dat de wet dit delen verplicht"))
        self.form.addRow(self.sure)
        self.save_button.setEnabled(False)
        self.sure.toggled.connect(self.save_button.setEnabled)
        self.law_field.setFocus()

    def until_age(self) -> int | None:
        value = self.age_field.value()
        return None if value == ALWAYS else value

    def save(self) -> None:
        if not self.sure.isChecked():  # the button is disabled; Enter in a field is not
            raise ValidationError(
                self.tr("Vink eerst aan dat u hebt nagekeken dat de wet dit verplicht."),
                field="sure",
            )
        self.saved = self._service.legal_duties.mark(
            self._purpose.id, self.law_field.text(), self.until_age()
        )


def describe_duty(duty: LegalDuty | None) -> str:
    """One line for the purposes page ('' when the purpose is no legal duty)."""
    if duty is None:
        return ""
    if duty.until_age is None:
        return QCoreApplication.translate(
            "LegalDutyDialog",
            "Wettelijke plicht (%1), op elke leeftijd: geen toestemming nodig bij delen met een "
            "overheidsorgaan, wel bij een andere ontvanger.",
        ).replace("%1", duty.law)
    return (
        QCoreApplication.translate(
            "LegalDutyDialog",
            "Wettelijke plicht (%1) tot %2 jaar of een startkwalificatie: zolang die geldt, "
            "geen toestemming nodig bij delen met een overheidsorgaan, wel bij een andere "
            "ontvanger.",
        )
        .replace("%1", duty.law)
        .replace("%2", str(duty.until_age))
    )
