"""Startkwalificatie vastleggen (Beheer menu, for the youth on the page): the day the youth got
havo, vwo or an mbo diploma from level 2. From that day a duty of the leer- or
kwalificatieplicht (the verzuimmelding) no longer holds for them and their consent is needed
(toestemming/usecases/qualifications.py). Recording again with another diploma or date is the
correction; the core keeps both in the log. A record made by mistake altogether is taken back
(ui/qualification_take_back.py). Refusals are the service's own Dutch words."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QWidget

from toestemming.errors import ValidationError
from toestemming.model import Diploma, Qualification
from toestemming.service import Service

from .consent.common import past_date_edit
from .settings.form_dialog import FormDialog


class QualificationDialog(FormDialog):
    """One youth's startkwalificatie: which diploma, obtained on which day."""

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Startkwalificatie vastleggen"), self.tr("&Opslaan"), parent)
        self._service = service
        self._youth_id = youth_id
        self.saved: Qualification | None = None
        youth = service.people.youth(youth_id)
        labels = {
            Diploma.HAVO: self.tr("havo"),
            Diploma.VWO: self.tr("vwo"),
            Diploma.MBO2: self.tr("mbo niveau 2"),
            Diploma.MBO3: self.tr("mbo niveau 3"),
            Diploma.MBO4: self.tr("mbo niveau 4"),
        }
        explanation = QLabel(
            self.tr(
                "Met een startkwalificatie (havo, vwo of mbo vanaf niveau 2) is de jongere "
                "niet meer kwalificatieplichtig. Vanaf deze datum is een verzuimmelding geen "
                "wettelijke plicht meer: dan is toestemming nodig (vanaf 16 van de jongere, "
                "daaronder van de ouders met gezag)."
            )
        )
        explanation.setWordWrap(True)
        name = QLabel(youth.display_name)
        name.setWordWrap(True)  # a long double family name, large text: it wraps
        name.setStyleSheet("font-weight: bold;")
        self.form.addRow(name)
        self.form.addRow(explanation)
        self.diploma = QComboBox()
        for kind, label in labels.items():
            self.diploma.addItem(label, kind.value)
        # Nothing chosen beforehand: the worker picks the diploma the youth has.
        self.diploma.setCurrentIndex(-1)
        self.diploma.setPlaceholderText(self.tr("Kies het diploma"))
        self.date = past_date_edit(service.clock.today())
        current = service.qualifications.of(youth_id)
        if current is not None:
            self.diploma.setCurrentIndex(self.diploma.findData(current.diploma.value))
            shown = current.obtained_on
            self.date.setDate(QDate(shown.year, shown.month, shown.day))
            now = QLabel(
                self.tr("Nu vastgelegd: %1, behaald op %2. Opslaan met iets anders verbetert het.")
                .replace("%1", labels[current.diploma])
                .replace("%2", f"{shown:%d-%m-%Y}")
            )
            now.setWordWrap(True)
            self.form.addRow(now)
            # A record made by mistake altogether is taken back, not corrected (migration 22).
            self.take_back_button = QPushButton(self.tr("Terugnemen (vergissing)…"))
            self.take_back_button.clicked.connect(lambda _=False: self.open_take_back())
            self.form.addRow(self.take_back_button)
        self.take_back_dialog: QDialog | None = None
        self.add_row(self.tr("&Diploma:"), self.diploma, "diploma")
        self.add_row(self.tr("Be&haald op:"), self.date, "obtained_on")
        self.diploma.setFocus()

    def open_take_back(self) -> QDialog:
        """The take-back dialog over this one; once it took the record back, this one closes
        without saving (there is nothing left to correct)."""
        from .qualification_take_back import QualificationTakeBackDialog

        dialog = QualificationTakeBackDialog(self._service, self._youth_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.reject)
        self.take_back_dialog = dialog
        dialog.show()
        return dialog

    def save(self) -> None:
        kind = self.diploma.currentData()
        if kind is None:
            raise ValidationError(self.tr("Kies eerst het diploma."), field="diploma")
        self.saved = self._service.qualifications.record(
            self._youth_id,
            str(kind),
            self.date.date().toPython(),  # type: ignore[arg-type]
        )
