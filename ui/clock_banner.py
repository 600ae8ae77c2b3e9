"""The banner of a vault opened read-only because the computer's clock is behind the log
(toestemming/log_clock.py), and the worker's way out (svc.clock_right).

Why a banner with a question, not just the reason: a laptop whose clock ran ahead and was put
right stays read-only until the log's last moment has passed — a day, or a year. The worker
who knows the clock is right now states it here; it goes into the log under their name, and
`toestemming check` shows it to the privacy officer with what was dated in the overlap. A
backup can be made meanwhile (Kluis menu), so the question need not be answered in a hurry.

A clock far AHEAD of the log (usecases/clock_ahead.py): the worker who chose "Alleen lezen" in
the 'Datum van vandaag' window got a read-only desk without a word why (s21); the banner says
it and opens that window again.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .backup.banners import WARNING_STYLE, _Banner
from .crash import user_message


class ClockBanner(_Banner):
    confirmed = Signal()  # the clock was stated right: the vault can be changed again
    date_confirmed = Signal()  # today's date confirmed (a clock far ahead): the unlock goes on
    # A write was refused because the clock was set back while the vault was open (told on
    # the writing thread, maybe a pool thread: a queued signal brings it to this one).
    refused = Signal()

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(WARNING_STYLE, parent)
        self._service = service
        self.setAccessibleName(self.tr("Klok van de computer"))
        self.confirm_button = self._add_button(self.tr("De klok klopt nu…"))
        self.confirm_button.clicked.connect(self.ask)
        self.date_button = self._add_button(self.tr("Datum van vandaag…"))
        self.date_button.clicked.connect(self.ask_date)
        self.date_dialog: QDialog | None = None
        self.refused.connect(self.refresh)
        service.clock_right.refused.append(self._tell)
        self.refresh()

    def _tell(self) -> None:
        with contextlib.suppress(RuntimeError):  # (the window is already gone)
            self.refused.emit()

    def _moments(self) -> tuple[str, str]:
        right = self._service.clock_right
        last = right.last_moment()
        return (right.shown(last) if last else "?", right.shown(self._service.clock.now()))

    def refresh(self) -> None:
        try:
            jump = self._service.clock_right.ahead.held()
            visible = self._service.clock_right.behind() is not None
            last, now = self._moments() if visible else ("", "")
        except ToestemmingError:
            jump, visible = None, False
        self.confirm_button.setVisible(visible)
        self.date_button.setVisible(jump is not None)
        if jump is not None:
            right = self._service.clock_right
            text = self.tr(  # (always more than two months: "dagen")
                "<b>Alleen-lezen.</b> De klok van deze computer zegt %1, %3 dagen na het "
                "laatste moment in het logboek (%2). Loopt de klok vooruit? Zet de datum en tijd "
                "goed. Is er echt zo lang niet in de kluis gewerkt? Kies dan ‘Datum van "
                "vandaag’. Een reservekopie maken kan al."
            )
            self.message_label.setText(
                text.replace("%1", right.shown(jump.now))
                .replace("%2", right.shown(jump.last))
                .replace("%3", str(jump.days))
            )
            self.setVisible(True)
            return
        if visible:
            text = (
                self.tr(
                    "<b>Alleen-lezen.</b> Het logboek loopt tot %1, de klok van deze computer "
                    "zegt %2. Zet de datum en tijd goed; liep de klok eerder vooruit en klopt "
                    "hij nu, kies dan ‘De klok klopt nu’. Een reservekopie maken kan al."
                )
                if self._local_backups()
                else self.tr(  # (a team server: no backups of the desk's own)
                    "<b>Alleen-lezen.</b> Het logboek van het team loopt tot %1, de klok van "
                    "deze computer zegt %2. Zet de datum en tijd goed; liep een klok eerder "
                    "vooruit en klopt deze nu, kies dan ‘De klok klopt nu’."
                )
            )
            self.message_label.setText(text.replace("%1", last).replace("%2", now))
        self.setVisible(visible)

    def _local_backups(self) -> bool:
        try:
            return self._service.backups.status().applies
        except ToestemmingError:
            return True

    def ask(self) -> bool:
        """Ask first (it is logged under the worker's name); True when it was recorded."""
        last, now = self._moments()
        answer = QMessageBox.question(
            self,
            self.tr("De klok klopt nu"),
            self.tr(
                "Klopt de datum en tijd van deze computer nu echt (%1)? Het logboek loopt tot "
                "%2.\n\nDit wordt met uw naam in het logboek vastgelegd. De controle van de "
                "kluis laat het de privacyfunctionaris zien, met alles wat daarna is vastgelegd "
                "met een datum vóór %2."
            )
            .replace("%1", now)
            .replace("%2", last),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._service.clock_right.confirm()
        except ToestemmingError as exc:
            QMessageBox.warning(self, self.tr("De klok klopt nu"), user_message(exc))
            return False
        self.refresh()
        self.confirmed.emit()
        return True

    def ask_date(self) -> QDialog:
        """The 'Datum van vandaag' window again (clock_ahead_dialog.py)."""
        from .clock_ahead_dialog import ClockAheadDialog

        dialog = ClockAheadDialog(self._service, self.window())
        dialog.accepted.connect(self._date_confirmed)
        self.date_dialog = dialog
        dialog.open()
        return dialog

    def _date_confirmed(self) -> None:
        self.refresh()
        self.date_confirmed.emit()


def install_clock_banner(window: QWidget, service: Service) -> ClockBanner:
    banner = ClockBanner(service)
    add = getattr(window, "add_banner", None)
    if add is not None:
        add(banner)
    care = getattr(window, "vault_care", None)
    if care is not None:
        banner.confirmed.connect(care.refresh_banners)
        banner.refused.connect(care.refresh_banners)
        banner.date_confirmed.connect(care.after_unlock)  # (expiry of overdue requests …)
    window.clock_banner = banner  # type: ignore[attr-defined]  # kept reachable
    return banner
