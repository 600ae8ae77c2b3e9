"""'Reservekopie terugzetten': a backup file, a NEW place for the vault, and the passphrase (or
recovery key) that was valid when the backup was made. The backup is checked completely
before the vault appears at the new place; a damaged or altered backup is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.service import Service

from ..background import Task
from ..crash import user_message
from .backup_dialog import grow_to_fit


class RestoreDialog(QDialog):
    restored = Signal(object)  # Path of the restored vault

    def __init__(
        self,
        directory: Path | None = None,
        parent: QWidget | None = None,
        *,
        current_vault: Path | None = None,  # the open vault: the report says what the copy lacks
    ) -> None:
        super().__init__(parent)
        self._directory = directory or Path.home()
        self._current_vault = current_vault
        self._task: Task | None = None
        self.restored_path: Path | None = None
        self.setWindowTitle(self.tr("Toestemming — reservekopie terugzetten"))

        intro = QLabel(
            self.tr(
                "De reservekopie wordt eerst volledig gecontroleerd en daarna als nieuwe kluis op "
                "de plek gezet die u kiest. De huidige kluis blijft onaangeroerd. Gebruik de "
                "wachtwoordzin die gold toen de reservekopie werd gemaakt, of de herstelsleutel."
            )
        )
        intro.setWordWrap(True)
        self.backup_field = QLineEdit()
        self.backup_field.setMinimumWidth(420)
        self.backup_field.setAccessibleName(self.tr("Reservekopie"))
        self.target_field = QLineEdit()
        self.target_field.setAccessibleName(self.tr("Nieuwe plek voor de kluis"))
        self.secret_field = QLineEdit()
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.secret_field.setAccessibleName(self.tr("Wachtwoordzin of herstelsleutel"))
        self.recovery_box = QCheckBox(self.tr("Ik gebruik de herstelsleutel"))
        self.choose_backup = QPushButton(self.tr("Kiezen…"))
        self.choose_target = QPushButton(self.tr("Kiezen…"))
        self.choose_backup.clicked.connect(self._pick_backup)
        self.choose_target.clicked.connect(self._pick_target)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Controleren en terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close)

        form = QFormLayout()
        form.addRow(self.tr("Reservekopie:"), _row(self.backup_field, self.choose_backup))
        form.addRow(self.tr("Nieuwe kluis:"), _row(self.target_field, self.choose_target))
        form.addRow(self.tr("Wachtwoordzin:"), self.secret_field)
        form.addRow("", self.recovery_box)
        layout = QVBoxLayout(self)
        # The dialog grows with the result/error text instead of squeezing the intro.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _pick_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Reservekopie kiezen"),
            str(self._directory),
            self.tr("Reservekopie van Toestemming (*.tbackup)"),
        )
        if path:
            self.backup_field.setText(path)

    def _pick_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuwe plek voor de kluis"),
            str(self._directory / "teruggezet.tvault"),
            self.tr("Kluis (*.tvault)"),
        )
        if path:
            self.target_field.setText(path if path.endswith(".tvault") else path + ".tvault")

    def start(self) -> None:
        if self._task is not None:
            return
        backup = self.backup_field.text().strip()
        target = self.target_field.text().strip()
        if not backup or not target:
            self.error_label.setText(self.tr("Kies de reservekopie en een nieuwe plek."))
            return
        secret = self.secret_field.text()
        self.secret_field.clear()  # the secret lives only in the task's closure from here
        recovery = self.recovery_box.isChecked()
        self.error_label.clear()
        self.result_label.setText(self.tr("Bezig: controleren en terugzetten …"))
        self.progress.show()
        self._set_enabled(False)
        current = self._current_vault
        if recovery:
            self._task = Task(
                lambda: Service.restore_backup(
                    backup, target, recovery_key=secret, current_vault=current
                )
            )
        else:
            self._task = Task(
                lambda: Service.restore_backup(backup, target, secret, current_vault=current)
            )
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _done(self, report: object) -> None:
        self._finish()
        describe = getattr(report, "describe", None)
        self.result_label.setText(describe() if callable(describe) else "")
        self.restored_path = Path(getattr(report, "path", self.target_field.text()))
        self.restore_button.setEnabled(False)
        grow_to_fit(self)
        self.restored.emit(self.restored_path)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.result_label.clear()
        self.error_label.setText(
            user_message(exc) if isinstance(exc, BaseException) else self.tr("Mislukt.")
        )
        grow_to_fit(self)

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self._set_enabled(True)

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.backup_field,
            self.target_field,
            self.secret_field,
            self.recovery_box,
            self.choose_backup,
            self.choose_target,
            self.restore_button,
            self.close_button,
        ):
            w.setEnabled(on)

    def _close(self) -> None:
        if self._task is None:
            if self.restored_path is not None:
                self.accept()
            else:
                self.reject()

    def reject(self) -> None:
        if self._task is None:
            super().reject()


def _row(field: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addWidget(button)
    return box
