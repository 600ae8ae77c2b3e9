"""Retention from the youth page: record that a youth left (the retention clock starts), and
erase a youth's personal data when the retention period has passed or the person asked.

Erasing is final. The dialog says what goes (names, contact details, texts, evidence, the
salts of the audit commitments) and what stays (the audit chain, signed checkpoints and the
counts: "2 toestemmingen, gewist op …"), and asks the worker to type WISSEN (on the English
desk ERASE: the word follows the desk's language, and the caption names it). Refusals of the
service (period still running, consents still open, recipients not yet told of a withdrawal)
are shown in its own Dutch words; nothing changes then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.retention import ErasureGround, ErasureRecord

from .consent.common import MessageLabel, bold, past_date_edit, wrapped
from .crash import user_message
from .i18n import desk_language
from .retention_hold import DisputeDialog, dispute_label
from .signing.wrapping import WrapRadioButton

if TYPE_CHECKING:
    from .main_window import MainWindow

CONFIRM_WORD = "WISSEN"  # the Dutch desk's word; confirm_word() gives the desk's own


def confirm_word() -> str:
    """The word typed to confirm an erasure, in the desk's language: the English desk asked
    for the Dutch WISSEN, a word its worker need not know."""
    return QCoreApplication.translate(
        "EraseDialog", "WISSEN", "the word typed to confirm an erasure; capitals"
    )


class LeftDialog(QDialog):
    """Uitstroom vastleggen: the day the youth left school or the trajectory."""

    changed = Signal()

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        youth = service.people.youth(youth_id)
        self.setWindowTitle(self.tr("Uitstroom vastleggen"))
        self.date = past_date_edit(service.clock.today())
        self.back = QCheckBox(self.tr("&Weer ingeschreven (uitstroom ongedaan maken)"))
        self.back.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.message = MessageLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Datum van uitstroom:"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(wrapped(youth.display_name)))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Vanaf deze datum loopt de bewaartermijn van de organisatie. Daarna komt de "
                    "jongere op de lijst 'Bewaartermijn verstreken'."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.back)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        day = None if self.back.isChecked() else self.date.date().toPython()
        try:
            self._service.retention.mark_left(self._youth_id, day)  # type: ignore[arg-type]
        except ToestemmingError as exc:
            self.message.show_error(user_message(exc))
            return
        self.changed.emit()
        self.accept()


class EraseDialog(QDialog):
    """Gegevens wissen: one youth, one ground, typed confirmation."""

    erased = Signal(object)  # ErasureRecord

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        self.record: ErasureRecord | None = None
        youth = service.people.youth(youth_id)
        case = service.retention.case(youth_id)
        due = case.due_on <= service.clock.today()
        self.setWindowTitle(self.tr("Gegevens wissen"))
        self.setMinimumWidth(560)
        self.retention = QRadioButton(self.tr("&Bewaartermijn verstreken"))
        # Wraps on a narrow screen with large text (it was cut off at 800 px, 150 %).
        self.request = WrapRadioButton(self.tr("Op &verzoek van de jongere of ouder (AVG art. 17)"))
        group = QButtonGroup(self)
        for button in (self.retention, self.request):
            group.addButton(button)
        (self.retention if due else self.request).setChecked(True)
        self.word = confirm_word()
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.word)
        self.confirm.setAccessibleName(self.tr("Typ %1 ter bevestiging").replace("%1", self.word))
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Definitief &wissen"))
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(
            lambda text: self.erase_button.setEnabled(self._confirmed(text))
        )
        form = QFormLayout()
        form.addRow(self.tr("&Typ %1:").replace("%1", self.word), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(wrapped(youth.display_name)))
        layout.addWidget(wrapped(case.reason().text_in(desk_language()) + "."))
        # A dispute holds the record (the core refuses the erasure): said before she types.
        self.held = MessageLabel()
        dispute = service.retention.dispute(youth_id)
        if dispute is not None:
            self.held.show_warning(
                self.tr(
                    "Er loopt %1 over deze gegevens: wissen kan pas als het geschil voorbij is."
                ).replace("%1", dispute_label(dispute))
            )
        layout.addWidget(self.held)
        layout.addWidget(self.retention)
        layout.addWidget(self.request)
        layout.addSpacing(6)
        for text in (
            self.tr(
                "Wat verdwijnt: namen, geboortedatum, contactgegevens, vertegenwoordigers, "
                "vrije tekst, bewijsstukken (handtekeningen, mails, scans) en "
                "transitieformulieren van deze jongere."
            ),
            self.tr(
                "Wat blijft: het logboek en de ondertekende controlepunten (zonder "
                "persoonsgegevens) en het aantal toestemmingen met hun status, zodat later te "
                "zien is dát er iets was en wanneer het is gewist."
            ),
            self.tr(
                "Reservekopieën van vóór vandaag bevatten de gegevens nog tot ze worden weggegooid."
            ),
        ):
            layout.addWidget(wrapped(text))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.confirm.setFocus()

    def _confirmed(self, text: str) -> bool:
        return text.strip() == self.word

    def ground(self) -> ErasureGround:
        return ErasureGround.RETENTION if self.retention.isChecked() else ErasureGround.REQUEST

    def erase(self) -> None:
        if not self._confirmed(self.confirm.text()):
            self.message.show_error(self.tr("Typ %1 om te bevestigen.").replace("%1", self.word))
            return
        try:
            record = self._service.retention.erase(self._youth_id, self.ground())
        except ToestemmingError as exc:
            self.message.show_error(user_message(exc))
            return
        self.record = record
        self.erased.emit(record)
        self.accept()


class RetentionActions(QObject):
    """Beheer → Uitstroom vastleggen… / Startkwalificatie vastleggen… / Gegevens wissen…, for
    the youth on the page; the Vandaag line "Bewaartermijn verstreken" opens the erase dialog
    directly."""

    def __init__(self, window: MainWindow, service: Service, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._service: Service | None = service
        self.dialog: QDialog | None = None
        self.left_action = QAction(self.tr("&Uitstroom vastleggen…"), window)
        self.left_action.triggered.connect(lambda _=False: self.open_left())
        self.erase_action = QAction(self.tr("Gegevens &wissen (AVG)…"), window)
        self.erase_action.triggered.connect(lambda _=False: self.open_erase())
        # Beside Uitstroom: the other dated fact about where the youth stands with school.
        self.qualification_action = QAction(self.tr("&Startkwalificatie vastleggen…"), window)
        self.qualification_action.triggered.connect(lambda _=False: self.open_qualification())
        menu.addSeparator()
        menu.addAction(self.left_action)
        menu.addAction(self.qualification_action)
        # A dispute holds the record past its period and against erasure (retention_hold.py).
        self.dispute_action = QAction(self.tr("&Geschil loopt…"), window)
        self.dispute_action.triggered.connect(lambda _=False: self.open_dispute())
        self.release_action = QAction(self.tr("Geschil &voorbij"), window)
        self.release_action.triggered.connect(lambda _=False: self.release_dispute())
        menu.addAction(self.dispute_action)
        menu.addAction(self.release_action)
        menu.addAction(self.erase_action)
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self.update_enabled)
        window.detail.current_changed.connect(self.update_enabled)
        window.closing.connect(self._forget)
        self.update_enabled()

    def _youth_id(self) -> int | None:
        return self._window.detail.youth_id if self._service is not None else None

    def update_enabled(self) -> None:
        youth_id = self._youth_id()
        usable = youth_id is not None and self._service is not None
        if usable and self._service is not None:
            try:
                usable = (
                    not self._service.read_only
                    and not self._service.people.youth(
                        youth_id  # type: ignore[arg-type]
                    ).erased
                )
            except ToestemmingError:
                usable = False
        why = "" if usable else self.tr("Kies eerst een jongere in de lijst (niet gewist).")
        actions = (self.left_action, self.qualification_action, self.dispute_action)
        for action in (*actions, self.erase_action, self.release_action):
            action.setEnabled(usable)
            action.setToolTip(why)
        held = None
        if usable and self._service is not None and youth_id is not None:
            try:
                held = self._service.retention.dispute(youth_id)
            except ToestemmingError:
                held = None
        self.release_action.setEnabled(held is not None)
        if usable:
            self.dispute_action.setText(
                self.tr("&Geschil loopt…")
                if held is None
                else self.tr("&Geschil loopt (%1)…").replace("%1", dispute_label(held))
            )
            if held is None:
                self.release_action.setToolTip(self.tr("Er loopt geen geschil."))

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.destroyed.connect(lambda *_: self._gone(dialog))
        dialog.show()
        return dialog

    def _gone(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_left(self) -> LeftDialog | None:
        youth_id = self._youth_id()
        if youth_id is None or self._service is None:
            return None
        dialog = LeftDialog(self._service, youth_id, self._window)
        self._show(dialog)
        return dialog

    def open_qualification(self) -> QDialog | None:
        youth_id = self._youth_id()
        if youth_id is None or self._service is None:
            return None
        from .qualification import QualificationDialog  # opened rarely: not on the start path

        dialog = QualificationDialog(self._service, youth_id, self._window)
        self._show(dialog)
        return dialog

    def open_erase(self, youth_id: int | None = None) -> EraseDialog | None:
        youth_id = youth_id or self._youth_id()
        if youth_id is None or self._service is None:
            return None
        dialog = EraseDialog(self._service, youth_id, self._window)
        dialog.erased.connect(self._after_erase)
        self._show(dialog)
        return dialog

    def open_dispute(self, youth_id: int | None = None) -> DisputeDialog | None:
        youth_id = youth_id or self._youth_id()
        if youth_id is None or self._service is None:
            return None
        dialog = DisputeDialog(self._service, youth_id, self._window)
        dialog.changed.connect(self.update_enabled)
        self._show(dialog)
        return dialog

    def release_dispute(self) -> bool:
        """Geschil voorbij: the retention period (and a request to erase) apply again."""
        youth_id = self._youth_id()
        if youth_id is None or self._service is None:
            return False
        try:
            if len(self._service.retention.disputes(youth_id)) > 1:
                # More than one runs: the core asks which, and this item has nothing to
                # choose from — the dialog has (review26).
                self.open_dispute(youth_id)
                return False
            self._service.retention.release(youth_id)
        except ToestemmingError as exc:
            self._window.statusBar().showMessage(user_message(exc), 15_000)
            return False
        self._window.statusBar().showMessage(
            self.tr("Vastgelegd: het geschil is voorbij. De bewaartermijn geldt weer."), 15_000
        )
        self.update_enabled()
        return True

    def _after_erase(self, record: object) -> None:
        if isinstance(record, ErasureRecord):
            self._window.statusBar().showMessage(
                self.tr("Gewist: %1").replace("%1", record.describe()), 15_000
            )

    def _forget(self) -> None:
        self._service = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.update_enabled()


def install_retention_actions(
    window: MainWindow, service: Service, menu: QMenu
) -> RetentionActions:
    actions = RetentionActions(window, service, menu)
    window.retention_actions = actions  # type: ignore[attr-defined]  # kept alive and reachable
    return actions
