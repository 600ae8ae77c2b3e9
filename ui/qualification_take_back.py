"""Startkwalificatie terugnemen (from the Startkwalificatie dialog): the diploma on record was a
desk mistake — the wrong youth, or not obtained after all. The core appends the take-back with
who, when and the reason (toestemming/usecases/qualifications.py, migration 22); from then on
the kwalificatieplicht holds again. Refusals are the service's own Dutch words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from toestemming.service import Service
from toestemming.usecases.qualifications import DIPLOMA_LABELS, QualificationTakenBack

from .settings.form_dialog import FormDialog


class QualificationTakeBackDialog(FormDialog):
    """Take back the youth's startkwalificatie on record, with a reason."""

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Startkwalificatie terugnemen"), self.tr("&Terugnemen"), parent)
        self._service = service
        self._youth_id = youth_id
        self.taken_back: QualificationTakenBack | None = None
        current = service.qualifications.of(youth_id)
        shown = (
            self.tr("Vastgelegd: %1, behaald op %2.")
            .replace("%1", DIPLOMA_LABELS[current.diploma])
            .replace("%2", f"{current.obtained_on:%d-%m-%Y}")
            if current is not None
            else self.tr("Er staat geen startkwalificatie vastgelegd.")
        )
        explanation = QLabel(
            shown
            + " "
            + self.tr(
                "Terugnemen is voor een vergissing (de verkeerde jongere, het diploma toch niet "
                "gehaald). De kwalificatieplicht geldt dan weer. Het terugnemen blijft met de "
                "reden bewaard; de jongere ziet in de inzage dat het is teruggenomen."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.reason = QLineEdit()
        self.add_row(self.tr("&Reden:"), self.reason, "reason")
        self.reason.setFocus()

    def save(self) -> None:
        self.taken_back = self._service.qualifications.take_back(self._youth_id, self.reason.text())
