"""At unlock: the computer's clock far ahead of the log (toestemming/usecases/clock_ahead.py).

Asked before anything is expired or written. The worker types today's date: the same as the
computer's clock, and the long gap was real (one event in the log), the vault can be changed
and the unlock goes on (expiry of unanswered requests included); another date is refused and
the worker is told to put the clock right. Closing the window leaves the vault read-only,
with the clock banner (clock_banner.py) saying why and offering this window again (s21).

A second opinion (s21): the worker reads "today" off the same clock in the corner of the
screen. With a timestamp authority configured, its time is asked when the worker confirms
(at most the TSA's timeout); a date it contradicts is refused. Asked in the background
(core25): the confirm button waits with "Tijd navragen…", the desk never freezes.

No TSA set yet (core25): the window offers to set one up here — the first TSA passes the hold
(clock_ahead.first_tsa, s23; before only the CLI and the service could), with a few Dutch
words on what a TSA is. Its time is then the second opinion for the date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import local_moment_text
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.trusted_time import TsaUnreachable

from .background import Task
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
        self.tsa_box = self._tsa_setup()
        layout.addWidget(self.tsa_box)
        self.tsa_box.setVisible(not service.trusted_time.url())
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
        self._confirm_text = self.confirm_button.text()
        # Wide enough for "Tijd navragen…" from the start (no button jumping, no cut text).
        self.confirm_button.setText(self.tr("Tijd navragen…"))
        self.confirm_button.setMinimumWidth(self.confirm_button.sizeHint().width())
        self.confirm_button.setText(self._confirm_text)
        self._task: Task | None = None  # the TSA asked in the background
        self._left = False  # closed ("Alleen lezen", Esc): a late TSA answer confirms nothing
        self.setMinimumWidth(480)
        self.setMinimumHeight(self.sizeHint().height())  # the wrapped reason whole on screen

    def _tsa_setup(self) -> QWidget:
        """A field for the first timestamp authority, with what one is (only while none is set)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        help_text = QLabel(
            self.tr(
                "Nog geen tijdstempeldienst ingesteld? Een tijdstempeldienst (TSA) is een dienst "
                "op internet die de tijd ondertekent: een tweede mening naast de klok van deze "
                "computer. Uw ICT-beheerder of leverancier weet het adres. Eenmaal ingesteld "
                "wordt hij ook gevraagd bij het bevestigen van de datum."
            )
        )
        help_text.setWordWrap(True)
        column.addWidget(help_text)
        row = QHBoxLayout()
        ask = QLabel(self.tr("Adres van de &tijdstempeldienst:"))
        self.tsa_field = QLineEdit()
        self.tsa_field.setPlaceholderText("https://…")
        self.tsa_field.setAccessibleName(self.tr("Adres van de tijdstempeldienst"))
        ask.setBuddy(self.tsa_field)
        self.tsa_button = QPushButton(self.tr("&Instellen"))
        self.tsa_button.clicked.connect(self.set_up_tsa)
        row.addWidget(ask)
        row.addWidget(self.tsa_field, 1)
        row.addWidget(self.tsa_button)
        column.addLayout(row)
        self.tsa_label = QLabel()
        self.tsa_label.setWordWrap(True)
        self.tsa_label.hide()
        column.addWidget(self.tsa_label)
        return box

    @property
    def busy(self) -> bool:
        """The TSA is being asked (the confirm button waits)."""
        return self._task is not None

    def confirm(self) -> None:
        """Ask the TSA first when one is set and not asked yet (in the background, the button
        saying so), then hold the typed date against it; closed when it was recorded."""
        if self._task is not None:
            return
        ahead = self._service.clock_right.ahead
        url = self._service.trusted_time.url()
        if ahead.tsa_said is not None or not url:
            self._confirm_date()
            return
        probe = self._service.trusted_time.probe
        self._wait(self.tr("Tijd navragen…"))
        self._task = Task(lambda: probe(url))
        self._task.succeeded.connect(self._heard)
        self._task.failed.connect(self._not_heard)
        self._task.start()

    def done(self, result: int) -> None:
        self._left = True
        super().done(result)

    def _heard(self, said: object) -> None:
        self._done()
        if self._left:
            return  # she chose to only read while the TSA was asked (review28)
        if isinstance(said, datetime):
            self._service.clock_right.ahead.tsa_said = said
        self._confirm_date()

    def _not_heard(self, exc: object) -> None:
        self._done()
        if self._left:
            return
        if isinstance(exc, TsaUnreachable):
            self._confirm_date()  # no answer: nothing is refused for that (second_opinion)
        elif isinstance(exc, ToestemmingError):
            self._error(desk_text(exc))
        else:
            self._error(self.tr("De tijdstempeldienst kon niet worden gevraagd."))

    def _confirm_date(self) -> bool:
        try:
            self._service.clock_right.ahead.confirm(self.date_field.text())
        except ToestemmingError as exc:
            self._error(desk_text(exc))
            return False
        self.accept()
        return True

    def set_up_tsa(self) -> None:
        """The first TSA, while held (clock_ahead.first_tsa): asked and recorded in the
        background; its time is shown, and is the second opinion for the date."""
        if self._task is not None:
            return
        url = self.tsa_field.text().strip()
        if not url:
            self._error(self.tr("Vul het adres van de tijdstempeldienst in."))
            return
        first_tsa = self._service.clock_right.ahead.first_tsa
        self._wait(self.tr("Tijd navragen…"))
        self._task = Task(lambda: first_tsa(url))
        self._task.succeeded.connect(self._tsa_set)
        self._task.failed.connect(self._tsa_failed)
        self._task.start()

    def _tsa_set(self, said: object) -> None:
        self._done()
        when = local_moment_text(said) if isinstance(said, datetime) else ""
        self.tsa_field.setEnabled(False)
        self.tsa_button.setEnabled(False)
        self.tsa_label.setText(
            self.tr("Ingesteld. De tijdstempeldienst gaf als tijd %1.").replace("%1", when)
        )
        self.tsa_label.show()
        self.error_label.hide()
        self._grow()

    def _tsa_failed(self, exc: object) -> None:
        self._done()
        self._error(
            desk_text(exc)
            if isinstance(exc, ToestemmingError)
            else self.tr("De tijdstempeldienst kon niet worden ingesteld.")
        )

    def _wait(self, text: str) -> None:
        self.confirm_button.setEnabled(False)
        self.confirm_button.setText(text)
        self.tsa_button.setEnabled(False)

    def _done(self) -> None:
        self._task = None
        self.confirm_button.setEnabled(True)
        self.confirm_button.setText(self._confirm_text)
        self.tsa_button.setEnabled(self.tsa_field.isEnabled())

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._grow()

    def _grow(self) -> None:
        # Grown to hold the reason and the error whole (s21: the reason was cut off).
        self.setMinimumHeight(self.sizeHint().height())
        self.adjustSize()


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
