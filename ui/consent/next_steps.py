"""The new request's last page: how the decision will be asked — at the desk, by e-mail or app,
or on a paper form. Signing on the tablet is a separate piece of work: its button waits
("volgt") until NewRequestDialog._start_signing is filled in."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..font_size import scaled
from .common import MessageLabel, bold, wrapped


class NextStepsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = bold(wrapped())
        self.title.setFont(scaled(self.title.font(), 1.2))
        self.who = wrapped()
        self.language_warning = MessageLabel()  # who reads another language (a warning)
        self.desk_button = QPushButton(self.tr("Beslissing vastleggen aan de &balie…"))
        self.tablet_button = QPushButton(self.tr("Ondertekenen op de &tablet…"))
        self.email_button = QPushButton(self.tr("Versturen per &e-mail of app…"))
        self.paper_button = QPushButton(self.tr("&Papieren formulier afdrukken…"))
        self.close_button = QPushButton(self.tr("&Later beslissen — sluiten"))
        grid = QGridLayout()
        rows = (
            (self.desk_button, self.tr("De beslisser is hier of belt: u legt vast wie wat zei.")),
            (
                self.tablet_button,
                self.tr(
                    "De beslisser leest en tekent zelf op het scherm; terug naar de app kan "
                    "alleen met uw wachtwoordzin."
                ),
            ),
            (
                self.email_button,
                self.tr(
                    "Het verzoek gaat met de code naar de beslisser; het antwoord leest u later "
                    "in (Op afstand)."
                ),
            ),
            (
                self.paper_button,
                self.tr("Formulier met QR-code om te tekenen; de scan leest u later in."),
            ),
            (self.close_button, self.tr("Het verzoek blijft bij 'Wacht op antwoord' staan.")),
        )
        for n, (button, text) in enumerate(rows):
            button.setMinimumWidth(300)
            grid.addWidget(button, n, 0)
            grid.addWidget(wrapped(text), n, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.language_warning)
        layout.addSpacing(12)
        layout.addWidget(bold(QLabel(self.tr("Hoe gaat het verder?"))))
        layout.addLayout(grid)
        layout.addStretch(1)
