"""'Reservekopie maken': choose a new file, then the backup is written and verified off the GUI
thread (copy with SQLite's backup API, reopen, integrity and audit check, read back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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


class BackupDialog(QDialog):
    backup_made = Signal(object)  # toestemming.backup.BackupInfo
    work_done = Signal()  # the copy ended (made or failed): the vault may close now

    def __init__(
        self, service: Service, directory: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Toestemming — reservekopie maken"))

        intro = QLabel(
            self.tr(
                "De reservekopie is één versleuteld bestand met de hele kluis en het "
                "sleutelbestand. Terugzetten kan alleen met uw wachtwoordzin of de "
                "herstelsleutel. Bewaar haar op een andere schijf dan de kluis, bijvoorbeeld "
                "een netwerkmap of USB-stick."
            )
        )
        intro.setWordWrap(True)
        start = (directory or Path.home()) / service.backups.default_filename()
        self.path_field = QLineEdit(str(start))
        self.path_field.setMinimumWidth(440)
        self.path_field.setAccessibleName(self.tr("Bestand voor de reservekopie"))
        self.choose_button = QPushButton(self.tr("Kiezen…"))
        self.choose_button.clicked.connect(self._choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the backup API gives no useful percentage
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")

        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            self.tr("Maken en controleren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        # The dialog grows with the result/error text instead of squeezing the intro.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Bestand:")))
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Reservekopie opslaan als"),
            self.path_field.text(),
            self.tr("Reservekopie van Toestemming (*.tbackup)"),
        )
        if path:
            self.path_field.setText(path if path.endswith(".tbackup") else path + ".tbackup")

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is not None:
            return
        target = Path(self.path_field.text().strip())
        self.error_label.clear()
        self.result_label.setText(self.tr("Bezig: kopiëren en controleren …"))
        self.progress.show()
        self._set_enabled(False)
        service = self._service
        self._task = Task(lambda: service.backups.create(target))
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _done(self, info: object) -> None:
        self._finish()
        size_mb = getattr(info, "size", 0) / 1e6
        self.result_label.setText(
            self.tr(
                "Reservekopie gemaakt en gecontroleerd (%1 MB). Bewaar haar op een veilige plek."
            ).replace("%1", f"{size_mb:.1f}")
            + (
                ""
                if getattr(info, "recorded", True)
                else " "
                + self.tr(
                    "Niet vastgelegd in het logboek: de klok van deze computer staat vóór het "
                    "laatste moment erin."
                )
            )
        )
        self.make_button.setEnabled(False)
        grow_to_fit(self)
        self.backup_made.emit(info)

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
        self.work_done.emit()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.path_field, self.choose_button, self.make_button, self.close_button):
            w.setEnabled(on)

    def reject(self) -> None:
        if self._task is None:  # never close while the copy is being written
            super().reject()


def grow_to_fit(dialog: QDialog) -> None:
    """Make room for a longer result/error text. Word-wrapped labels have a height for each
    width, which Qt does not apply to a window by itself: ask the layout and grow."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = (
        layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(width, needed)
