"""'Mening van de jongere': what the young person said about a request others decide on
(under 16: the parents; under curatele/mentorschap: the curator or mentor). Not a decision: the
core keeps it beside the decisions and never counts it (usecases/youth_views.py). Opened from
an item's context menu; every item of the request gets its own choice, none pre-selected."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
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
from toestemming.usecases.youth_views import HeardView

from ..i18n import desk_language, desk_phrase, desk_text
from ..screen_fit import grow_to_content, scrollable
from ..spoken import label_for
from .common import MessageLabel, MomentEdit, channel_text, wrapped

CHANNELS = (Channel.DESK, Channel.EMAIL, Channel.APP, Channel.PAPER)
VIEWS = (
    ("agrees", str(QT_TRANSLATE_NOOP("YouthViewDialog", "vindt het goed"))),
    ("objects", str(QT_TRANSLATE_NOOP("YouthViewDialog", "wil het niet"))),
    ("no_view", str(QT_TRANSLATE_NOOP("YouthViewDialog", "wil er niets over zeggen"))),
)


def view_text(view: str) -> str:
    words = dict(VIEWS)[view]
    return QCoreApplication.translate("YouthViewDialog", words)


class YouthViewDialog(QDialog):
    def __init__(
        self,
        service: Service,
        request_id: int,
        parent: QWidget | None = None,
        focus_item_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._request_id = request_id
        self.heard: list[HeardView] = []
        self.setWindowTitle(self.tr("Mening van de jongere"))
        request = service.consents.request(request_id, desk_language())
        intro = wrapped(
            self.tr(
                "Anderen beslissen over dit verzoek. Leg hier vast wat de jongere er zelf van "
                "vindt. Dit is geen besluit: het telt niet als toestemming of weigering, en "
                "staat naast het besluit in de inzage en op het transitieformulier."
            )
        )
        # The parts scroll (a transition request has a dozen: two rows each were taller than
        # the desk's 1366×768 screen, the buttons below its edge; review30); the moment, the
        # channel and the buttons stay in view.
        parts = QWidget()
        form = QFormLayout(parts)
        form.setContentsMargins(0, 0, 0, 0)
        self.choices: dict[int, QComboBox] = {}
        for item in request.items:
            combo = QComboBox()
            combo.addItem(self.tr("— niet gevraagd —"), None)
            for key, _words in VIEWS:
                combo.addItem(view_text(key), key)
            label = QLabel(
                self.tr("Onderdeel %1: %2 — %3")
                .replace("%1", str(item.position))
                .replace("%2", item.purpose.title)
                .replace("%3", item.recipient.display_name)
            )
            label.setWordWrap(True)
            label.setBuddy(combo)
            # The part's words above its choice, each across the whole width: a wrapped
            # caption beside a field gets cut off on a small screen (the GUI probe).
            form.addRow(label)
            form.addRow(combo)
            self.choices[item.id] = combo
            if item.id == focus_item_id:
                combo.setFocus()
        self.moment = MomentEdit(service.clock)
        when_label = QLabel(self.tr("Wann&eer:"))
        label_for(when_label, self.moment.edit)
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        how_label = QLabel(self.tr("&Hoe:"))
        how_label.setBuddy(self.channel_combo)
        # Captions above their fields too: beside them the row is wider than a 512 px
        # screen's dialog (1024×600 at 200 %; the GUI probe).
        when = QFormLayout()
        for caption, field in ((when_label, self.moment), (how_label, self.channel_combo)):
            when.addRow(caption)
            when.addRow(field)
        for combo in (*self.choices.values(), self.channel_combo):
            # A long choice ("aan de balie of telefonisch") elided, not widening the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.message = MessageLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Mening &vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.parts_area = scrollable(parts)
        layout.addWidget(intro)
        layout.addWidget(self.parts_area, 1)
        layout.addLayout(when)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Room for a part's words on one or two lines (a wish: a small screen makes it less).
        wide = max(self.sizeHint().width(), 460)
        high = layout.heightForWidth(wide) if layout.hasHeightForWidth() else -1
        self.resize(wide, high if high > 0 else self.sizeHint().height())
        why_not = service.youth_views.why_not_heard(request_id)
        if why_not is not None:  # they decide themselves (or are under 8): said before typing
            self.message.show_warning(desk_phrase(why_not))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_content(self, self.parts_area)  # every part in view where the screen allows

    def choose(self, item_id: int, view: str) -> None:
        combo = self.choices[item_id]
        combo.setCurrentIndex(combo.findData(view))

    def save(self) -> bool:
        views = {i: c.currentData() for i, c in self.choices.items() if c.currentData()}
        if not views:
            self.message.show_error(self.tr("Kies bij minstens één onderdeel wat de jongere zei."))
            return False
        try:
            self.heard = self._service.youth_views.record(
                self._request_id, views, self.channel_combo.currentData(), self.moment.value()
            )
        except ToestemmingError as exc:
            self.message.show_error(desk_text(exc))
            return False
        self.accept()
        return True
