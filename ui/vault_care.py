"""Looking after the vault from the main window: backups and what happens right after unlock.

- Kluis menu: make a backup, restore one into a new place, set up automatic backups.
- Banners: the vault is damaged (opened read-only), or the last verified backup is too old.
- After unlock (Session calls after_unlock): remote requests unanswered for too long expire
  (logged), and the status bar says how many. A vault too large to replay its log within the
  unlock check (toestemming/replay_health.py) is replayed now, off the GUI thread; a
  disagreement makes it read-only and shows the damaged-vault banner.
- At lock and close: the automatic backup into the configured folder, off the GUI thread with
  a busy indicator. Whatever happens to it, the vault is closed afterwards.
- On a schedule: while the vault is open, a backup into that folder once the last verified
  one is SCHEDULE_HOURS old (checked every minute against the injected clock, so a laptop
  that slept catches up at once), quietly off the GUI thread; the status bar tells.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.words import plural

from .background import Task
from .backup import AutoBackupDialog, BackupBanner, BackupDialog, DamagedVaultBanner, RestoreDialog
from .clock_ahead_dialog import ask_date_if_clock_ahead
from .crash import user_message
from .i18n import desk_language, desk_text
from .main_window import MainWindow

SCHEDULE_HOURS = 24
DRIFT = timedelta(minutes=5)  # two clocks, a time sync (as log_clock.SLACK)
SCHEDULE_POLL_MS = 60_000


class VaultCare(QObject):
    def __init__(self, window: MainWindow, service: Service) -> None:
        super().__init__(window)
        self._window = window
        self._service: Service | None = service
        self.dialog: QDialog | None = None  # the one backup dialog open, if any
        self.progress: QProgressDialog | None = None  # shown while the close backup runs
        self.close_task: Task | None = None
        self.last_auto_backup: object = None  # BackupInfo of the backup at close, for tests
        self.expired: list[int] = []  # request ids expired after unlock
        self.clock_ahead: QDialog | None = None  # today's date asked at unlock (turns22)
        self.state_task: Task | None = None  # the deferred replay (state follows events)

        self.backup_action = QAction(self.tr("&Reservekopie maken…"), window)
        self.backup_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B)
        )
        self.backup_action.triggered.connect(self.open_backup)
        self.restore_action = QAction(
            self.tr("Reservekopie &terugzetten op een nieuwe plek…"), window
        )
        self.restore_action.triggered.connect(self.open_restore)
        self.auto_action = QAction(self.tr("A&utomatische reservekopieën…"), window)
        self.auto_action.triggered.connect(self.open_auto_settings)
        menu = window.vault_menu
        menu.insertSeparator(window.quit_action)
        for action in (self.backup_action, self.restore_action, self.auto_action):
            menu.insertAction(window.quit_action, action)
        menu.insertSeparator(window.quit_action)

        self.damaged_banner = DamagedVaultBanner(service)
        self.damaged_banner.restore_requested.connect(self.open_restore)
        self.backup_banner = BackupBanner(service)
        self.backup_banner.backup_requested.connect(self.open_backup)
        window.add_banner(self.damaged_banner)
        window.add_banner(self.backup_banner)
        self.refresh_banners()

        window.close_work = self.backup_at_close
        window.closing.connect(self._close_dialog)

        self.scheduled_task: Task | None = None
        self.last_scheduled_backup: object = None  # BackupInfo, for tests
        self._schedule = QTimer(self)
        self._schedule.setInterval(SCHEDULE_POLL_MS)
        self._schedule.timeout.connect(self.check_schedule)
        self._schedule.start()
        window.closing.connect(self._schedule.stop)

    # -- on a schedule --------------------------------------------------------------------------
    def check_schedule(self) -> bool:
        """Start the scheduled backup when it is due. True when one was started."""
        service = self._service
        if service is None or self.scheduled_task is not None or self.close_task is not None:
            return False
        try:
            if service.backups.refused() or service.backups.folder() is None:
                return False
            last = service.backups.status().last_verified_at
        except ToestemmingError:
            return False
        # (A last backup dated after now — a clock that ran ahead — is no reason to wait.)
        since = service.clock.now() - last if last is not None else None
        if since is not None and -DRIFT <= since < timedelta(hours=SCHEDULE_HOURS):
            return False
        task = Task(service.backups.create_in_folder)

        def finished(info: object) -> None:
            self.scheduled_task = None
            self.last_scheduled_backup = info
            if self._service is not None:
                self.refresh_banners()
                self._window.statusBar().showMessage(
                    self.tr("Automatische reservekopie gemaakt en gecontroleerd."), 10_000
                )

        def failed(exc: object) -> None:
            self.scheduled_task = None
            text = user_message(exc) if isinstance(exc, BaseException) else ""
            self._window.statusBar().showMessage(
                self.tr("Automatische reservekopie mislukt: %1").replace("%1", text), 30_000
            )

        task.succeeded.connect(finished)
        task.failed.connect(failed)
        self.scheduled_task = task
        task.start()
        return True

    # -- after unlock ---------------------------------------------------------------------------
    def refresh_banners(self) -> None:
        self.damaged_banner.refresh()
        self.backup_banner.refresh()
        read_only = self._read_only()
        # A damaged vault is read-only: making a backup of it would copy the damage. A team
        # server's backups are its database administrator's: nothing to make here.
        local = self._local_backups()
        # A clock behind the log (log_clock.py) is no damage: a backup is what is wanted then.
        clock_only = self._clock_behind()
        self.backup_action.setEnabled(
            self._service is not None and (not read_only or clock_only) and local
        )
        self.auto_action.setEnabled(self._service is not None and not read_only and local)
        if read_only:
            self.backup_banner.hide()

    def _local_backups(self) -> bool:
        try:
            return self._service is not None and self._service.backups.status().applies
        except ToestemmingError:
            return True

    def _clock_behind(self) -> bool:
        try:
            right = None if self._service is None else self._service.clock_right
            # (far ahead and not confirmed: a backup is made then too, not recorded; s21)
            return right is not None and (
                right.behind() is not None or right.ahead.held() is not None
            )
        except ToestemmingError:
            return False

    def _read_only(self) -> bool:
        try:
            return self._service is not None and self._service.read_only
        except ToestemmingError:
            return False

    def after_unlock(self) -> list[int]:
        """Once per unlock: banners, and remote requests past their expiry become expired."""
        service = self._service
        self.refresh_banners()
        if service is None:
            return []
        self.check_state_in_background()
        status = self._window.statusBar()
        # A clock far ahead: today's date asked before anything is expired (turns22).
        self.clock_ahead = ask_date_if_clock_ahead(self._window, service, self.after_unlock)
        if self.clock_ahead is not None:
            self.refresh_banners()
        if self._read_only():
            report = service.health_report
            status.showMessage(report.summary(desk_language()) if report is not None else "")
            return []
        try:
            self.expired = service.remote.expire_overdue()
        except ToestemmingError as exc:
            status.showMessage(desk_text(exc))
            return []
        if self.expired:
            status.showMessage(
                plural(
                    len(self.expired),
                    self.tr("Verlopen omdat er geen antwoord kwam: %n verzoek op afstand."),
                    self.tr("Verlopen omdat er geen antwoord kwam: %n verzoeken op afstand."),
                )
            )
        return self.expired

    def check_state_in_background(self) -> bool:
        """Replay the log against the tables when the unlock check left it for after the
        window (a large vault). True when started."""
        from toestemming.replay_health import accept, replay_apart
        from toestemming.replay_report import ReplayReport

        service = self._service
        if service is None or not service.state_check_pending or self.state_task is not None:
            return False
        task = Task(lambda: replay_apart(service))

        def finished(report: object) -> None:
            self.state_task = None
            if self._service is not service or not isinstance(report, ReplayReport):
                return  # locked meanwhile: the next unlock checks again
            accept(service, report)
            self.refresh_banners()
            if service.read_only and service.health_report is not None:
                self._window.statusBar().showMessage(service.health_report.summary(desk_language()))

        def failed(exc: object) -> None:
            self.state_task = None
            text = user_message(exc) if isinstance(exc, BaseException) else ""
            self._window.statusBar().showMessage(
                self.tr("De gegevens konden niet met het logboek worden vergeleken: %1").replace(
                    "%1", text
                ),
                30_000,
            )

        task.succeeded.connect(finished)
        task.failed.connect(failed)
        self.state_task = task
        task.start()
        return True

    # -- dialogs --------------------------------------------------------------------------------
    def _show(self, dialog: QDialog) -> QDialog:
        self._close_dialog()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._gone(dialog))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _gone(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _close_dialog(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, BackupDialog) and dialog.busy:
            return  # the close backup waits for it (backup_at_close), then it goes
        self.dialog = None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            dialog.setParent(None)
            dialog.deleteLater()

    def open_backup(self) -> BackupDialog | None:
        if self._service is None or (self._read_only() and not self._clock_behind()):
            return None
        dialog = BackupDialog(self._service, self._folder(), self._window)
        dialog.backup_made.connect(lambda _info: self.refresh_banners())
        self._show(dialog)
        return dialog

    def open_restore(self) -> RestoreDialog:
        folder = self._folder()
        dialog = RestoreDialog(folder, self._window, current_vault=self._current_vault())
        self._show(dialog)
        return dialog

    def open_auto_settings(self) -> AutoBackupDialog | None:
        if self._service is None:
            return None
        dialog = AutoBackupDialog(self._service, self._window)
        dialog.saved.connect(self.refresh_banners)
        self._show(dialog)
        return dialog

    def _current_vault(self) -> Path | None:
        """The open vault's file, when it is a local one: restore then says what the copy
        lacks against it (events signed since, workers removed since)."""
        if self._service is None or not self._local_backups():
            return None
        try:
            return Path(self._service.vault.path)
        except ToestemmingError:
            return None

    def _folder(self) -> Path | None:
        try:
            return self._service.backups.folder() if self._service is not None else None
        except ToestemmingError:
            return None

    # -- at lock and close ----------------------------------------------------------------------
    def backup_at_close(self, service: Service, done: Callable[[], None]) -> bool:
        """MainWindow.close_work: True when a backup was started (done() follows later)."""
        self._service = None  # from here on the window is closing
        for action in (self.backup_action, self.restore_action, self.auto_action):
            action.setEnabled(False)
        dialog = self.dialog
        if isinstance(dialog, BackupDialog) and dialog.busy:
            # A backup made by hand is still being written: let it end first.
            dialog.work_done.connect(lambda: self._after_manual(service, done))
            self._show_progress()
            return True
        return self._start_close_backup(service, done)

    def _after_manual(self, service: Service, done: Callable[[], None]) -> None:
        self._close_dialog()
        if not self._start_close_backup(service, done):
            self._hide_progress()
            done()

    def _start_close_backup(self, service: Service, done: Callable[[], None]) -> bool:
        try:
            folder = service.backups.folder()
            if folder is None or service.backups.refused():
                return False
        except ToestemmingError:
            return False
        task = Task(service.backups.create_in_folder)

        def finished(info: object) -> None:
            self.close_task = None
            self.last_auto_backup = info
            self._hide_progress()
            done()

        def failed(exc: object) -> None:
            self.close_task = None
            self._hide_progress()
            text = user_message(exc) if isinstance(exc, BaseException) else ""
            QMessageBox.warning(
                self._window,
                self.tr("Automatische reservekopie"),
                self.tr(
                    "De automatische reservekopie is mislukt: %1\n\nDe kluis wordt nu gesloten. "
                    "Maak bij de volgende keer een reservekopie via Kluis → Reservekopie maken."
                ).replace("%1", text),
            )
            done()

        task.succeeded.connect(finished)
        task.failed.connect(failed)
        self.close_task = task
        self._show_progress()
        task.start()
        return True

    def _show_progress(self) -> None:
        if self.progress is not None:
            return
        progress = QProgressDialog(
            self.tr("Automatische reservekopie maken en controleren…"), "", 0, 0, self._window
        )
        progress.setWindowTitle(self.tr("Toestemming"))
        progress.setCancelButton(None)  # the copy cannot be stopped halfway; it is quick
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

    def _hide_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.hide()
            progress.deleteLater()


def install_vault_care(window: MainWindow, service: Service) -> VaultCare:
    care = VaultCare(window, service)
    window.vault_care = care  # type: ignore[attr-defined]  # kept alive and reachable
    return care
