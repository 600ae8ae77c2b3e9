"""What the main window gets on top of the daily work: a Beheer menu (CSV import, workers,
settings) and the auto-lock timer. Attached from app.build_main_window, so the window class
itself stays about the youth list and pages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from toestemming.changes import Change
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .activity_log import ActivityLogDialog
from .autolock import InactivityTimer
from .csv_import import CsvImportDialog
from .i18n import desk_text
from .main_window import MainWindow
from .settings import SettingsDialog


class AdminTools(QObject):
    def __init__(self, window: MainWindow, service: Service) -> None:
        super().__init__(window)
        self._window = window
        self._service: Service | None = service
        self.dialog: QWidget | None = None  # the one admin dialog open, if any

        self.import_action = QAction(self.tr("&Jongeren importeren (CSV)…"), window)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.open_import)
        self.workers_action = QAction(self.tr("&Medewerkers…"), window)
        self.workers_action.triggered.connect(self.open_workers)
        self.settings_action = QAction(self.tr("&Instellingen…"), window)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.triggered.connect(self.open_settings)
        self.log_action = QAction(self.tr("&Logboek…"), window)
        self.log_action.setToolTip(
            self.tr("Wie deed wat en wanneer, in de hele kluis; CSV en bewijs per periode")
        )
        self.log_action.triggered.connect(self.open_log)
        menu = window.menuBar().addMenu(self.tr("&Beheer"))
        for action in (self.import_action, self.workers_action, self.settings_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.log_action)
        self.menu = menu

        self.autolock = InactivityTimer(
            service.clock,
            service.policy().autolock_seconds,
            follow=self._autolock_seconds,  # another window may change it (multi27)
            parent=self,
        )
        self.autolock.lock_requested.connect(self._lock)
        self.autolock.watch_minimise(window)
        window.change_signal.changed.connect(self._policy_saved)
        window.locked.connect(self._forget)
        window.closed.connect(self._forget)
        self.autolock.start()

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.import_action, self.workers_action, self.settings_action, self.log_action)

    def _autolock_seconds(self) -> int | None:
        """The policy's auto-lock time as stored now (Context.policy reads it again after
        any commit, also another process's); None once the vault is closed."""
        if self._service is None or not self._service.is_open:
            return None
        return self._service.policy().autolock_seconds

    def _policy_saved(self, changes: list[Change]) -> None:
        """A policy saved at this desk applies at once (the vault has just answered its
        write); another desk's change reaches the timer by its own asks (autolock_follow)."""
        if not any(change.kind == "policy.changed" for change in changes):
            return
        try:
            seconds = self._autolock_seconds()
        except Exception:  # (the vault cannot be read now: the timer's next ask tries again)
            return
        if seconds is not None:
            self.autolock.limit_saved(seconds)

    def _lock(self, _reason: str) -> None:
        self._window.lock()

    def _forget(self) -> None:
        """The vault closed: stop watching, drop the service, close any admin dialog."""
        self.autolock.stop()
        self._service = None
        for action in self.actions:
            action.setEnabled(False)
        if self.dialog is not None:
            if isinstance(self.dialog, CsvImportDialog):
                self.dialog.request_stop()  # normally auto-lock waits for the import to end
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    # -- dialogs ------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._dialog_gone(dialog))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _dialog_gone(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_import(self) -> CsvImportDialog | None:
        if self._service is None:
            return None
        dialog = CsvImportDialog(self._service, self._window)
        self._show(dialog)
        return dialog

    def open_settings(self, tab: int = SettingsDialog.RECIPIENTS) -> SettingsDialog | None:
        if self._service is None:
            return None
        dialog = SettingsDialog(self._service, self._window)
        dialog.show_tab(tab)
        self._show(dialog)
        return dialog

    def open_log(self) -> ActivityLogDialog | None:
        """The privacy officer's view: the whole vault's log (filters, CSV, proof per period)."""
        if self._service is None:
            return None
        try:
            dialog = ActivityLogDialog(
                self._service, self._window, youth_id=self._window.detail.youth_id
            )
        except ToestemmingError as exc:
            self._window.statusBar().showMessage(desk_text(exc), 15_000)
            return None
        self._show(dialog)
        return dialog

    def open_workers(self) -> SettingsDialog | None:
        return self.open_settings(SettingsDialog.WORKERS)


def install_admin_tools(window: MainWindow, service: Service) -> AdminTools:
    tools = AdminTools(window, service)
    window.admin_tools = tools  # type: ignore[attr-defined]  # kept alive and reachable
    return tools
