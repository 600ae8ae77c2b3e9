"""'Bewijspakket controleren': the verify view, without a vault.

Opened by double-clicking a `.tbewijs` file (the installer registers the extension; the Linux
desktop entry passes the file: `toestemming PAKKET.tbewijs`), or from Help → Bewijspakket
controleren. It runs the same offline check as `toestemming verify` off the GUI thread and
shows its Dutch verdict; `.zip` packages (older exports) are checked just the same.

Intact is not yet authentic: whoever checks a package from another organisation (a privacy
officer, a receiving school) confirms the signer here as with `verify --trust` / `--expect-key`:
with the organisation's trust file or the fingerprint it gave by phone. The check then runs
again against that key; a wrong file or fingerprint is told in Dutch and changes nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.proof.trust import Trust, load_trust_file, parse_expected_key
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_UNCONFIRMED, VerifyReport, verify

from .background import Task
from .crash import user_message
from .font_size import scaled
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
        font = scaled(self.headline.font(), 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Verslag van de controle"))
        # Confirming the signer: the same two ways as the command line's --trust/--expect-key.
        self.with_trust_file = QPushButton(self.tr("Met vertrouwensbestand controleren…"))
        self.with_trust_file.setToolTip(
            self.tr("Het bestand dat de organisatie zelf aan u gaf of op haar website zette.")
        )
        self.with_trust_file.clicked.connect(self.choose_trust_file)
        self.with_fingerprint = QPushButton(self.tr("Met vingerafdruk controleren…"))
        self.with_fingerprint.setToolTip(
            self.tr(
                "De vingerafdruk die de organisatie u gaf (bel op een nummer dat u zelf opzoekt)."
            )
        )
        self.with_fingerprint.clicked.connect(self.ask_fingerprint)
        confirm = QHBoxLayout()
        confirm.addWidget(self.with_trust_file)
        confirm.addWidget(self.with_fingerprint)
        confirm.addStretch(1)
        self._enable_confirm(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addLayout(confirm)
        layout.addWidget(buttons)

    def start(self, trust: Trust | None = None) -> None:
        package = self.package
        self._enable_confirm(False)
        self.progress.show()
        self.headline.setText(self.tr("Bezig met controleren…"))
        self._task = Task(lambda: verify(package, trust=trust))
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
            headline = self.tr(
                "In orde: het pakket is intact en ondertekend door de organisatie die u vertrouwt."
            )
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
        # The report's own hint names the command line's options; here the buttons below do it.
        hint = self.tr(
            "Of controleer opnieuw met de knop “Met vertrouwensbestand controleren…” of "
            "“Met vingerafdruk controleren…” hieronder."
        )
        self.details.setPlainText(report.describe(confirm_hint=hint))
        self._enable_confirm(not report.unreadable)

    def _enable_confirm(self, enabled: bool) -> None:
        self.with_trust_file.setEnabled(enabled)
        self.with_fingerprint.setEnabled(enabled)

    def choose_trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Vertrouwensbestand van de organisatie kiezen"),
            "",
            self.tr("Vertrouwensbestand (*.json);;Alle bestanden (*)"),
        )
        if path:
            self._check_with(lambda: load_trust_file(Path(path)))

    def ask_fingerprint(self) -> None:
        text, given = QInputDialog.getText(
            self,
            self.tr("Vingerafdruk van de organisatie"),
            self.tr(
                "De vingerafdruk (32 tekens, in groepjes van vier) of de publieke sleutel, "
                "zoals de organisatie die u gaf:"
            ),
            QLineEdit.EchoMode.Normal,
        )
        if given and text.strip():
            self._check_with(lambda: parse_expected_key(text))

    def _check_with(self, trust_from: Callable[[], Trust]) -> None:
        """Check again against the trust the user gave; a file or fingerprint that cannot be
        used is told and the verdict on screen stays as it was."""
        try:
            trust = trust_from()
        except ToestemmingError as exc:
            QMessageBox.warning(self, self.tr("Kan niet controleren"), user_message(exc))
            return
        self.start(trust)

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
