"""'Bezwaar (verzet) vastleggen': the youth, or whoever decides for them, objects to sharing
with this recipient for this purpose on a public task or legitimate interest (AVG art. 21).
Opened from Gegevens delen, where the recipient and purpose are chosen; the core decides
who may object and what the objection stops (usecases/objections.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import Channel
from toestemming.service import Service
from toestemming.usecases.objections import Objection

from ..core_labels import role_label
from ..i18n import desk_language, desk_text
from ..spoken import label_for
from .common import MessageLabel, MomentEdit, channel_text, wrapped

# How an objection reaches the desk (the tablet's signing mode does not take one).
CHANNELS = (Channel.DESK, Channel.EMAIL, Channel.APP, Channel.PAPER)


class ObjectionDialog(QDialog):
    def __init__(
        self,
        service: Service,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._about = (youth_id, recipient_id, purpose_id)
        self.objection: Objection | None = None
        self.setWindowTitle(self.tr("Bezwaar (verzet) vastleggen"))
        recipient = service.catalog.recipient(recipient_id).display_name
        purpose = service.catalog.purpose(purpose_id, desk_language()).title
        intro = wrapped(
            self.tr(
                "Bezwaar tegen delen met %1 voor '%2' op grond van een publieke taak of een "
                "gerechtvaardigd belang. Daarna kan alleen een wettelijke plicht of een vitaal "
                "belang dit delen nog dragen, en dan als 'delen ondanks nee'. Toestemming die de "
                "jongere later geeft, geldt wel."
            )
            .replace("%1", recipient)
            .replace("%2", purpose)
        )
        # When: a letter or e-mail may be older than today, and who may object follows the
        # youth's age on that day (the core decides; the list is asked again on a change).
        self.moment = MomentEdit(service.clock)
        self.who_combo = QComboBox()
        # Whom the worker chose: kept over a date change that does not offer them (a date
        # typed past the birthday on the way to the letter's), never silently another signer.
        self._wanted: object = None
        self._names: dict[object, str] = {}
        self.who_combo.activated.connect(lambda _i: self._want(self.who_combo.currentData()))
        self.message = MessageLabel()
        self._fill_who()
        self.moment.edit.dateTimeChanged.connect(self._fill_who)
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        form = QFormLayout()
        when_label = QLabel(self.tr("Wann&eer:"))
        label_for(when_label, self.moment.edit)
        form.addRow(when_label, self.moment)
        form.addRow(self.tr("&Wie maakt bezwaar:"), self.who_combo)
        form.addRow(self.tr("&Hoe:"), self.channel_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Bezwaar &vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _fill_who(self, *_args: object) -> None:
        moment = self.moment.value()
        on = None if moment is None else moment.date()  # local date, as the worker entered it
        self.who_combo.clear()
        for choice in self._service.objections.who_may_object(self._about[0], on):
            self.who_combo.addItem(f"{choice.name} ({role_label(choice.role)})", choice.signer)
            self._names[choice.signer] = choice.name
        self._show_wanted()

    def choose(self, signer: object) -> None:
        """The worker's choice of who objects (selected while offered on the date)."""
        self._want(signer)
        self._show_wanted()

    def _want(self, signer: object) -> None:
        self._wanted = signer
        self.message.clear()  # a warning or error about the choice no longer applies

    def _show_wanted(self) -> None:
        # findData cannot match a Python value: compared here.
        items = [self.who_combo.itemData(i) for i in range(self.who_combo.count())]
        if self._wanted in items:
            self.who_combo.setCurrentIndex(items.index(self._wanted))
            self.message.clear()
        elif self._wanted is None:
            self.who_combo.setCurrentIndex(0)
        else:  # left open: the worker chooses again, knowing why
            self.who_combo.setCurrentIndex(-1)
            self.message.show_warning(
                self.tr(
                    "%1 kan op deze datum geen bezwaar maken (de leeftijd van de jongere op "
                    "die dag telt). Klopt de datum? Kies anders wie het bezwaar maakte."
                ).replace("%1", self._names.get(self._wanted, ""))
            )

    def save(self) -> bool:
        signer, channel = self.who_combo.currentData(), self.channel_combo.currentData()
        if signer is None:  # the warning above says why nobody is chosen
            self.message.show_error(self.tr("Kies wie het bezwaar maakte."))
            return False
        try:
            self.objection = self._service.objections.record(
                *self._about, signer, channel, self.moment.value()
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        self.accept()
        return True
