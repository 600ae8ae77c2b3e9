"""'Bewijspakket controleren': the verify view, without a vault.

Opened by double-clicking a `.tbewijs` file (the installer registers the extension; the Linux
desktop entry passes the file: `toestemming PAKKET.tbewijs`), or from Help → Bewijspakket
controleren. It runs the same offline check as `toestemming verify` off the GUI thread and
shows its Dutch verdict; `.zip` packages (older exports) are checked just the same."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_UNCONFIRMED, VerifyReport, verify

from .background import Task
from .crash import user_message
from .screen_fit import fit_to_screen

log = logging.getLogger(__name__)
PACKAGE_SUFFIXES = (".tbewijs", ".zip")


def is_proof_package(argument: str) -> bool:
    """Is this command-line argument a proof package to open (a double-click)?"""
    path = Path(argument)
    return path.suffix.lower() in PACKAGE_SUFFIXES and path.is_file()


class VerifyDialog(QDialog):
    """The verdict on one package: a headline in words and the full report beneath it."""

    def __init__(self, package: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.package = package
        self.report: VerifyReport | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Bewijspakket controleren"))
        fit_to_screen(self, 640, 480)
        intro = QLabel(self.tr("Pakket: %1").replace("%1", package.name))
        intro.setWordWrap(True)
        self.headline = QLabel(self.tr("Bezig met controleren…"))
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Uitkomst"))
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Verslag van de controle"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def start(self) -> None:
        package = self.package
        self._task = Task(lambda: verify(package))
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _done(self, report: object) -> None:
        self._task = None
        self.progress.hide()
        assert isinstance(report, VerifyReport)
        self.report = report
        log.info("bewijspakket gecontroleerd: uitkomst %d", report.exit_code)
        if report.exit_code == EXIT_AUTHENTIC:
            headline = self.tr("In orde: het pakket is intact en ondertekend.")
        elif report.exit_code == EXIT_UNCONFIRMED:
            headline = self.tr(
                "Intact, maar de ondertekenaar is niet bevestigd: vergelijk de vingerafdruk "
                "hieronder met die van de organisatie."
            )
        elif report.ok:
            headline = self.tr("In orde.")
        else:
            headline = self.tr("NIET in orde: lees hieronder wat er mis is.")
        self.headline.setText(headline)
        self.details.setPlainText(report.describe())

    def _failed(self, exc: object) -> None:
        self._task = None
        self.progress.hide()
        log.warning("bewijspakket controleren mislukt: %s", type(exc).__name__)
        self.headline.setText(self.tr("Dit pakket kan niet worden gecontroleerd."))
        if isinstance(exc, BaseException):
            self.details.setPlainText(user_message(exc))


def open_verify_view(package: Path, parent: QWidget | None = None) -> VerifyDialog:
    dialog = VerifyDialog(package, parent)
    dialog.show()
    dialog.start()
    return dialog


def choose_and_verify(parent: QWidget | None = None) -> VerifyDialog | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VerifyDialog", "Bewijspakket kiezen"),
        "",
        QCoreApplication.translate("VerifyDialog", "Bewijspakket (*.tbewijs *.zip)"),
    )
    return open_verify_view(Path(path), parent) if path else None
