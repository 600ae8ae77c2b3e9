"""Workers: one key slot (own passphrase) per worker. Add, remove, change your own passphrase.

Whoever unlocked is the actor of every logged event, so colleagues should each have their own
slot rather than share a passphrase. Adding a slot or changing a passphrase derives a key with
Argon2 (about a second), so those calls run on a pool thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QWidget

from toestemming.errors import ToestemmingError, in_language
from toestemming.model import Worker
from toestemming.service import Service

from ..background import Task
from ..crash import user_message
from ..i18n import desk_language, desk_text
from ..setup.passphrase_fields import PassphraseFields, align_labels, secret_field
from .form_dialog import FormDialog
from .models import WorkerModel
from .recovery_key import NewRecoveryKeyDialog
from .table_page import TablePage, make_table

Confirm = Callable[[QWidget, str, str], bool]


def ask_confirmation(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class _KeyTaskDialog(FormDialog):
    """A form whose save runs `work()` on a pool thread, with a busy bar meanwhile."""

    def __init__(self, title: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, save_text, parent)
        self._task: Task | None = None
        self.result_value: Any = None
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.body.insertWidget(1, self.busy_bar)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _align(self, field: QWidget) -> None:
        """Line up this form's label with those inside the passphrase fields."""
        label = self.form.labelForField(field)
        passphrase = getattr(self, "passphrase", None)
        if isinstance(label, QWidget) and isinstance(passphrase, PassphraseFields):
            align_labels([label, *passphrase.labels])

    def problem(self) -> str | None:
        return None

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        task = Task(self.work())
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        self.show_error("")
        self._set_busy(True)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.save_button, self.cancel_button, *self.fields.values()):
            widget.setEnabled(not busy)

    def _done(self, value: object) -> None:
        self._task = None
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _failed(self, exc: object) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, ToestemmingError):
            self.show_error(desk_text(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
        elif isinstance(exc, BaseException):
            self.show_error(user_message(exc))

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class AddWorkerDialog(_KeyTaskDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Medewerker toevoegen"), self.tr("&Toevoegen"), parent)
        self._service = service
        note = QLabel(
            self.tr(
                "De nieuwe medewerker kiest hier zelf een wachtwoordzin (laat hem of haar "
                "typen). Daarna opent hij of zij de kluis met die wachtwoordzin; alles wordt op "
                "eigen naam vastgelegd."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.name_field = QLineEdit()
        self.passphrase = PassphraseFields()
        self.add_row(self.tr("&Naam:"), self.name_field, "name")
        self.form.addRow(self.passphrase)
        self.fields["passphrase"] = self.passphrase
        self._align(self.name_field)
        self.name_field.setFocus()

    def problem(self) -> str | None:
        if not self.name_field.text().strip():
            return self.tr("Vul de naam van de medewerker in.")
        return self.passphrase.problem()

    def work(self) -> Callable[[], Worker]:
        service, name, secret = self._service, self.name_field.text(), self.passphrase.text()
        return lambda: service.add_worker(name, secret)

    def _done(self, value: object) -> None:
        self.passphrase.clear()
        super()._done(value)


class ChangePassphraseDialog(_KeyTaskDialog):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoordzin wijzigen"), self.tr("&Wijzigen"), parent)
        self._service = service
        self.current_field = secret_field(self.tr("Huidige wachtwoordzin"))
        self.passphrase = PassphraseFields(self.tr("&Nieuwe wachtwoordzin:"))
        self.add_row(self.tr("H&uidige wachtwoordzin:"), self.current_field, "old")
        self.form.addRow(self.passphrase)
        self.fields["passphrase"] = self.passphrase
        self._align(self.current_field)
        self.current_field.setFocus()

    def problem(self) -> str | None:
        if not self.current_field.text():
            return self.tr("Vul uw huidige wachtwoordzin in.")
        return self.passphrase.problem()

    def work(self) -> Callable[[], None]:
        service, old, new = self._service, self.current_field.text(), self.passphrase.text()
        return lambda: service.change_passphrase(old, new)

    def _done(self, value: object) -> None:
        self.current_field.clear()
        self.passphrase.clear()
        super()._done(value)

    def _failed(self, exc: object) -> None:
        self.current_field.clear()
        super()._failed(exc)
        self.current_field.setFocus()


class WorkersPage(TablePage):
    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        confirm: Confirm = ask_confirmation,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.confirm = confirm
        self.model = WorkerModel(service.workers, service.worker_id, self)
        self.add_button = QPushButton(self.tr("Medewerker &toevoegen…"))
        self.remove_button = QPushButton(self.tr("Medewerker &verwijderen…"))
        self.change_button = QPushButton(self.tr("Mijn wachtwoordzin &wijzigen…"))
        self.recovery_button = QPushButton(self.tr("&Herstelsleutel vernieuwen…"))
        self.recovery_button.setToolTip(
            self.tr(
                "Na het verwijderen van iemand die de herstelsleutel kende: wie de kluis "
                "maakte, kende hem. De oude sleutel werkt daarna niet meer."
            )
        )
        self.recovery_dialog: NewRecoveryKeyDialog | None = None
        self._renewing: Task | None = None
        self.build(
            self.tr(
                "Iedere medewerker opent de kluis met een eigen wachtwoordzin. Alles wat "
                "iemand vastlegt, staat in het logboek op zijn of haar naam. U bent aangemeld "
                "als %1."
            ).replace("%1", service.worker.name),
            make_table(self.model, self.tr("Medewerkers")),
            [self.add_button, self.remove_button, self.change_button, self.recovery_button],
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.layout().addWidget(self.status_label)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.change_button.clicked.connect(self.open_change_dialog)
        self.recovery_button.clicked.connect(self.ask_renew_recovery_key)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> Worker | None:
        return self.model.row_at(self.current_row())

    def _update_buttons(self, *_args: QModelIndex) -> None:
        worker = self.selected()
        self.remove_button.setEnabled(
            worker is not None and worker.active and worker.id != self._service.worker_id
        )

    def reload(self) -> None:
        self.model.reload()

    def open_add_dialog(self) -> AddWorkerDialog:
        dialog = AddWorkerDialog(self._service, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: AddWorkerDialog) -> None:
        self.reload()
        worker = dialog.result_value
        if isinstance(worker, Worker):
            self.status_label.setText(
                self.tr("%1 is toegevoegd en kan de kluis nu openen.").replace("%1", worker.name)
            )
        self.changed.emit()

    def open_change_dialog(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self._service, self)
        dialog.accepted.connect(
            lambda: self.status_label.setText(self.tr("Uw wachtwoordzin is gewijzigd."))
        )
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        worker = self.selected()
        if worker is None:
            return False
        question = self.tr(
            "%1 kan de kluis daarna niet meer openen. Wat %1 eerder heeft vastgelegd, blijft "
            "op die naam in het logboek staan. Doorgaan?"
        ).replace("%1", worker.name)
        if not self.confirm(self, self.tr("Medewerker verwijderen"), question):
            return False
        try:
            waits = self._service.remove_worker(worker.id)
        except ToestemmingError as exc:
            self.status_label.setText(desk_text(exc))
            return False
        self.reload()
        removed = self.tr("%1 is verwijderd en kan de kluis niet meer openen.")
        # The master key's renewal may wait for colleagues (or a new recovery key): say who.
        self.status_label.setText(
            " ".join(
                [removed.replace("%1", worker.name)]
                + ([in_language(waits, desk_language())] if waits else [])
            )
        )
        self.changed.emit()
        # The passphrase slot is gone, but the recovery key opens the vault whoever types it.
        renew = self.tr(
            "Kende %1 de herstelsleutel? Wie de kluis heeft gemaakt of de sleutel ooit heeft "
            "vernieuwd, kent hem, en kan er de kluis nog mee openen. Maak dan nu een nieuwe "
            "herstelsleutel; de oude werkt daarna niet meer."
        ).replace("%1", worker.name)
        if self.confirm(self, self.tr("Herstelsleutel vernieuwen"), renew):
            self.renew_recovery_key()
        return True

    def ask_renew_recovery_key(self) -> bool:
        question = self.tr(
            "Er komt een nieuwe herstelsleutel; de huidige werkt daarna niet meer. U ziet de "
            "nieuwe één keer, om af te drukken of over te schrijven. Doorgaan?"
        )
        if not self.confirm(self, self.tr("Herstelsleutel vernieuwen"), question):
            return False
        self.renew_recovery_key()
        return True

    def renew_recovery_key(self) -> None:
        """Argon2 for the new slot takes about a second: off the GUI thread."""
        if self._renewing is not None:
            return
        self.recovery_button.setEnabled(False)
        self.status_label.setText(self.tr("Nieuwe herstelsleutel maken…"))
        task = Task(self._service.renew_recovery_key)
        task.succeeded.connect(self._renewed)
        task.failed.connect(self._renew_failed)
        self._renewing = task
        task.start()

    @property
    def renewing(self) -> bool:
        return self._renewing is not None

    def _renewed(self, recovery_key: object) -> None:
        self._renewing = None
        self.recovery_button.setEnabled(True)
        assert isinstance(recovery_key, str)
        self.status_label.setText(
            self.tr("Er is een nieuwe herstelsleutel; de oude werkt niet meer.")
        )
        self.recovery_dialog = NewRecoveryKeyDialog(self._service, recovery_key, self)
        self.recovery_dialog.open()
        self.changed.emit()

    def _renew_failed(self, exc: object) -> None:
        self._renewing = None
        self.recovery_button.setEnabled(True)
        if isinstance(exc, ToestemmingError):
            self.status_label.setText(desk_text(exc))
        elif isinstance(exc, BaseException):
            self.status_label.setText(user_message(exc))
