"""At unlock: the computer's clock far ahead of the log (toestemming/usecases/clock_ahead.py).

Asked before anything is expired or written. The worker types today's date: the same as the
computer's clock, and the long gap was real (one event in the log), the vault can be changed
and the unlock goes on (expiry of unanswered requests included); another date is refused and
the worker is told to put the clock right. Closing the window leaves the vault read-only,
with the clock banner (clock_banner.py) saying why and offering this window again (s21).

A second opinion (s21): the worker reads "today" off the same clock in the corner of the
screen. With a timestamp authority configured, its time is asked when the worker confirms
(clock_ahead.second_opinion, at most the TSA's timeout); a date it contradicts is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .i18n import desk_phrase, desk_text


class ClockAheadDialog(QDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Datum van vandaag"))
        layout = QVBoxLayout(self)
        reason = service.vault.db.read_only_reason
        self.reason_label = QLabel(desk_phrase(reason))
        self.reason_label.setWordWrap(True)
        layout.addWidget(self.reason_label)
        ask = QLabel(self.tr("Welke datum is het vandaag? (dd-mm-jjjj)"))
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.date_field = QLineEdit()
        self.date_field.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.date_field.setAccessibleName(self.tr("Datum van vandaag"))
        ask.setBuddy(self.date_field)
        layout.addWidget(self.date_field)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("&Bevestigen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.read_button = buttons.addButton(
            self.tr("&Alleen lezen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.read_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.setMinimumHeight(self.sizeHint().height())  # the wrapped reason whole on screen

    def confirm(self) -> bool:
        """True (and closed) when the typed date was the computer's and it was recorded."""
        ahead = self._service.clock_right.ahead
        try:
            if ahead.tsa_said is None and self._service.trusted_time.url():
                ahead.second_opinion()
            ahead.confirm(self.date_field.text())
        except ToestemmingError as exc:
            self.error_label.setText(desk_text(exc))
            self.error_label.show()
            # Grown to hold the reason and the error whole (s21: the reason was cut off).
            self.setMinimumHeight(self.sizeHint().height())
            self.adjustSize()
            return False
        self.accept()
        return True


def ask_date_if_clock_ahead(
    parent: QWidget, service: Service, then: Callable[[], object]
) -> ClockAheadDialog | None:
    """At unlock: hold the vault while the clock is far ahead and ask for today's date;
    `then()` (the rest of the unlock) runs again once it was confirmed. None: nothing to ask."""
    if service.clock_right.ahead.hold() is None:
        return None
    dialog = ClockAheadDialog(service, parent)
    dialog.accepted.connect(then)
    banner = getattr(parent, "clock_banner", None)  # (clock_banner.py: why the desk reads only)
    if banner is not None:
        banner.refresh()
        dialog.finished.connect(lambda _result: banner.refresh())
    dialog.open()
    return dialog
