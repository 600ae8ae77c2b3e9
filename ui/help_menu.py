"""The Help menu: Over Toestemming (version, EUPL-1.2, third-party notice with the Qt LGPL
obligations), the log (open its folder, or save a copy to send to the administrator) and the
check of a proof package. Attached from app.build_main_window, like the other menus."""

from __future__ import annotations

import logging
import zipfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming import __version__
from toestemming.applog import log_directory, log_files
from toestemming.errors import ToestemmingError
from toestemming.licences import shipped_licence, shipped_notice
from toestemming.private_files import write_private

from .i18n import desk_text
from .screen_fit import fit_to_screen

log = logging.getLogger(__name__)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Toestemming"))
        fit_to_screen(self, 720, 560)
        intro = QLabel(
            self.tr(
                "Toestemming %1 — toestemming voor het delen van gegevens van jongeren "
                "vastleggen, lokaal en versleuteld.\nVrije software onder de European Union "
                "Public Licence 1.2 (EUPL-1.2). Hieronder de licentie en de software van derden "
                "die in dit programma zit, met hun licenties."
            ).replace("%1", __version__)
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.notice = _text(shipped_notice(), self.tr("Software van derden"))
        self.licence = _text(shipped_licence(), self.tr("Licentie"))
        self.tabs.addTab(self.notice, self.tr("Software van derden"))
        self.tabs.addTab(self.licence, self.tr("Licentie (EUPL-1.2)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)


def _text(content: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(content)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return view


def save_log_copy(target: Path, directory: Path | None = None) -> Path:
    """A zip of the log and its rotated files at `target` (the current user's only)."""
    from io import BytesIO

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in log_files(directory):
            archive.write(path, path.name)
    write_private(target, buffer.getvalue(), replace=True)  # the save dialog asked
    return target


class HelpMenu(QObject):
    """A QObject of its own so that its texts have a translation context: `window.tr`
    looked them up under the window's class, where the catalogue has none (the English desk
    showed this menu in Dutch)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&Over Toestemming…"), window)
        self.open_log_action = QAction(self.tr("&Logboek openen"), window)
        self.send_log_action = QAction(self.tr("Logboek &meesturen…"), window)
        self.verify_action = QAction(self.tr("Bewijspakket &controleren…"), window)
        self.about_action.triggered.connect(self.about)
        self.open_log_action.triggered.connect(self.open_log)
        self.send_log_action.triggered.connect(self.send_log)
        self.verify_action.triggered.connect(self.verify)
        self.menu.addAction(self.verify_action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_log_action)
        self.menu.addAction(self.send_log_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.dialog: QDialog | None = None

    def about(self) -> None:
        self.dialog = AboutDialog(self._window)
        self.dialog.show()

    def open_log(self) -> None:
        folder = log_directory()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def send_log(self) -> None:
        """Save a copy where the worker can attach it to an e-mail (mail clients cannot be
        handed an attachment through a link), then show that folder."""
        window = self._window
        name = f"toestemming-logboek-{datetime.now():%Y%m%d-%H%M}.zip"
        path, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Logboek opslaan om mee te sturen"),
            str(Path.home() / name),
            self.tr("Zip-bestand (*.zip)"),
        )
        if not path:
            return
        title = self.tr("Logboek meesturen")
        try:
            target = save_log_copy(Path(path))
        except ToestemmingError as exc:  # a folder, or a vault's own file, at that name
            QMessageBox.warning(window, title, desk_text(exc))
            return
        except OSError:  # no rights there, the disk is full, the stick was pulled
            log.warning("logboek meesturen: opslaan mislukt")
            QMessageBox.warning(
                window,
                title,
                self.tr(
                    "Het logboek kon daar niet worden opgeslagen (geen schrijfrechten, of de "
                    "schijf is vol). Kies een andere plek."
                ),
            )
            return
        log.info("logboek opgeslagen om mee te sturen")
        QMessageBox.information(
            window,
            title,
            self.tr(
                "Het logboek is opgeslagen als %1. Voeg dit bestand als bijlage toe aan uw "
                "e-mail aan de beheerder. Er staan geen namen, contactgegevens of "
                "wachtwoordzinnen in."
            ).replace("%1", target.name),
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

    def verify(self) -> None:
        from .verify_view import choose_and_verify

        self.dialog = choose_and_verify(self._window)


def install_help_menu(window: QMainWindow) -> HelpMenu:
    help_menu = HelpMenu(window)
    window.help_menu = help_menu  # type: ignore[attr-defined]
    return help_menu
