"""Geschil loopt… / Geschil voorbij: a dispute (objection, complaint, an inquiry of the
Autoriteit Persoonsgegevens, a court case) about a youth's data holds their record past the
retention period and against erasure on request (AVG art. 17(3)(e)). The rule lives in the
core (usecases/retention_hold.py); this dialog only asks which kind and shows the held state.
Refusals of the service are shown in its own words; nothing changes then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from toestemming.errors import Phrase, ToestemmingError
from toestemming.service import Service
from toestemming.usecases.retention_hold import DisputeKind

from .choice_layout import choice_buttons, choice_layout
from .consent.common import MessageLabel, wrapped
from .crash import user_message
from .i18n import desk_phrase


def dispute_label(kind: DisputeKind | str) -> str:
    """The kind of dispute in the desk's language ("een klacht")."""
    return desk_phrase(Phrase(f"retention-dispute-{DisputeKind(kind).value}"))


class DisputeDialog(QDialog):
    """One youth: record which dispute is open, or that it is over."""

    changed = Signal()

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        youth = service.people.youth(youth_id)
        current = service.retention.dispute(youth_id)
        self._running = service.retention.disputes(youth_id)
        self.setWindowTitle(self.tr("Geschil over de gegevens"))
        self.setMinimumWidth(480)
        self.state = wrapped("")
        self.kinds = choice_buttons(self, {kind: dispute_label(kind) for kind in DisputeKind})
        if current is not None:
            self.kinds[current].setChecked(True)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox()
        self.hold_button = self.buttons.addButton(
            self.tr("&Geschil loopt"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.release_button = self.buttons.addButton(
            self.tr("Geschil &voorbij"), QDialogButtonBox.ButtonRole.ActionRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.hold_button.clicked.connect(self.hold)
        self.release_button.clicked.connect(self.release)
        cancel.clicked.connect(self.reject)
        intro = self.tr(
            "Zolang er een geschil loopt, blijft het bewijs bewaard: de jongere komt niet op "
            "de lijst 'Bewaartermijn verstreken' en wissen (ook op verzoek) wordt geweigerd. "
            "Wat loopt er?"
        )
        texts = [self.state, wrapped(intro)]
        choice_layout(self, youth.display_name, texts, self.kinds, self.message, self.buttons)
        self._show_state(current)

    def _show_state(self, current: DisputeKind | None) -> None:
        if current is None:
            self.state.setText(self.tr("Er loopt nu geen geschil."))
        else:
            self.state.setText(
                self.tr("Nu vastgelegd: er loopt %1.").replace(
                    "%1", self.tr(" en ").join(dispute_label(k) for k in self._running)
                )
            )
        self.release_button.setEnabled(current is not None)

    def chosen(self) -> DisputeKind | None:
        return next((k for k, b in self.kinds.items() if b.isChecked()), None)

    def hold(self) -> None:
        kind = self.chosen()
        if kind is None:
            self.message.show_error(
                self.tr(
                    "Kies wat er loopt: een bezwaar, een klacht, een onderzoek van de "
                    "Autoriteit Persoonsgegevens of een zaak bij de rechter."
                )
            )
            return
        self._do(lambda: self._service.retention.hold(self._youth_id, kind))

    def release(self) -> None:
        """Ends the chosen dispute; nothing chosen: the only one (with more running, the core
        asks which: the others keep holding the record). A chosen kind that does not run ends
        nothing (review26: it ended the one that did, and the record came free)."""
        kind = self.chosen()
        running = self._service.retention.disputes(self._youth_id)
        if kind is not None and running and kind not in running:
            self.message.show_error(
                self.tr(
                    "Hier is geen geschil van deze soort vastgelegd (%1). Er loopt %2. Kies "
                    "het geschil dat voorbij is; er is niets gewijzigd."
                )
                .replace("%1", dispute_label(kind))
                .replace("%2", self.tr(" en ").join(dispute_label(k) for k in running))
            )
            self.adjustSize()
            return
        self._do(lambda: self._service.retention.release(self._youth_id, kind))

    def _do(self, write: Callable[[], None]) -> None:
        try:
            write()
        except ToestemmingError as exc:
            self.message.show_error(user_message(exc))
            self.adjustSize()
            return
        self.changed.emit()
        self.accept()
