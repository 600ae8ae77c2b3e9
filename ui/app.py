"""Start-up: the QApplication, the unlock dialog, the main window, and back on lock.

ui.app.run(path, demo_passphrase_hint=...)   # from the CLI / gui-script
ui.app.build_main_window(service)             # from tests
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from toestemming.clock import Clock
from toestemming.errors import ToestemmingError
from toestemming.team_profile import ProfileStore

from .background import wait_for_tasks
from .crash import install_excepthook, show_error
from .i18n import install_translators
from .preload import preload
from .screen_fit import cap_to_screen, install_dialog_fitter
from .setup.paths import PathChooser, ask_vault_path, vault_exists
from .unlock import UnlockDialog

if TYPE_CHECKING:
    from toestemming.service import Service

    from .main_window import MainWindow
    from .setup.create_vault import CreateVaultDialog

log = logging.getLogger(__name__)

APP_NAME = "Toestemming"
SHUTDOWN_WAIT_MS = 60_000  # a backup being written when the session ends
PRELOAD_DELAY_MS = 300


def build_main_window(service: Service) -> MainWindow:
    """The main window with its menus — Kluis (with backups, vault_care.py), Documenten and
    Op afstand (documents_menu.py), Beheer and auto-lock (admin_tools.py), Help (help_menu.py)
    — and banners."""
    # Imported here, not at start-up: the unlock dialog must appear fast (see preload.py).
    from .admin_tools import install_admin_tools
    from .clipboard_guard import install_clipboard_guard
    from .clock_banner import install_clock_banner
    from .documents_menu import install_documents_menu
    from .help_menu import install_help_menu
    from .lock_banner import install_shared_read_only_banner
    from .main_window import MainWindow
    from .retention import install_retention_actions
    from .vault_care import install_vault_care

    window = MainWindow(service)
    install_shared_read_only_banner(window, service)
    install_vault_care(window, service)
    install_clock_banner(window, service)  # after vault care: it refreshes the backup actions
    install_documents_menu(window, service)
    tools = install_admin_tools(window, service)
    install_retention_actions(window, service, tools.menu)
    install_clipboard_guard(window, service.clock)
    install_help_menu(window)  # last: Help is the rightmost menu
    # The desk's dialogs fit the screen and their text also when the window is built without
    # run() (tests, screenshots, a probe): installed once, and long after the unlock dialog.
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_dialog_fitter(app)
    return window


def create_application() -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), named and in Dutch."""
    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1] or [APP_NAME])
    )
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # The session decides when to quit: between lock and unlock no window may be visible for
    # a moment, and that must not end the program.
    app.setQuitOnLastWindowClosed(False)
    # Any dialog, also a message box, opens no larger than the screen (ui/screen_fit.py).
    # Installed after the first window, like the preload: the first call of a Python event
    # filter makes PySide build its wrapper of every event type it sees (measured: +100 ms
    # before the unlock dialog appeared). The first windows are capped explicitly (Session).
    QTimer.singleShot(PRELOAD_DELAY_MS, functools.partial(install_dialog_fitter, app))
    return app


class Session(QObject):
    """(Create →) unlock → main window → lock → unlock … until the worker quits.

    Without a vault at the path (first run) the create dialog comes first; the unlock dialog
    also offers "Nieuwe kluis maken…". `kdf` and `choose_path` are for tests (the floor KDF
    instead of calibrating; a path instead of the file dialog)."""

    def __init__(
        self,
        vault_path: Path,
        demo_passphrase_hint: str | None = None,
        clock: Clock | None = None,
        *,
        kdf: Any = None,
        choose_path: PathChooser = ask_vault_path,
    ) -> None:
        super().__init__()
        self._path = vault_path
        self._hint = demo_passphrase_hint
        self._clock = clock
        self._kdf = kdf
        self._choose_path = choose_path
        self.dialog: UnlockDialog | None = None
        self.setup_dialog: CreateVaultDialog | None = None
        self._preloaded = False
        self.window: MainWindow | None = None

    @property
    def vault_path(self) -> Path:
        return self._path

    def show_unlock(self) -> None:
        # A worker of a team server may have no vault file at all: the unlock window then
        # opens on "Teamserver" with the saved connection.
        if not vault_exists(self._path) and not ProfileStore().load_all():
            self.show_setup(self._path, back_to_unlock=False)
            return
        dialog = UnlockDialog(self._path, demo_passphrase_hint=self._hint, clock=self._clock)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.quit)
        dialog.create_requested.connect(self._create_requested)
        self.dialog = dialog
        dialog.show()
        cap_to_screen(dialog)
        # Once the event loop runs the dialog is on screen: the start-up time in the log (and
        # the cold-start measurement in installer/README.md) ends here.
        QTimer.singleShot(0, lambda: log.info("ontgrendelvenster getoond"))
        self._preload()

    def _preload(self) -> None:
        if not self._preloaded:
            self._preloaded = True
            # After the dialog has been painted: the import thread competes for the GIL, and
            # the worker needs seconds to type the passphrase anyway.
            # With the session as its context: a session shut down before then preloads
            # nothing (a test's session started the import in the next test, whose auto-lock
            # then waited for that task: test_multi27 after test_ui_app).
            QTimer.singleShot(PRELOAD_DELAY_MS, self, preload)

    # -- creating a vault ---------------------------------------------------------------------
    def _create_requested(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        path = self._choose_path(dialog, self._path.with_name("nieuwe-kluis.tvault"))
        if path is None:
            return
        self.dialog = None
        dialog.hide()  # hiding does not emit rejected, so the app does not quit
        dialog.deleteLater()
        self.show_setup(path, back_to_unlock=True)

    def show_setup(self, path: Path, *, back_to_unlock: bool) -> None:
        """The create dialog; cancelling returns to unlock, or quits when there is no vault."""
        from .setup.create_vault import CreateVaultDialog

        setup = CreateVaultDialog(
            path, clock=self._clock, kdf=self._kdf, choose_path=self._choose_path
        )
        setup.accepted.connect(self._created)
        setup.rejected.connect(self._setup_cancelled if back_to_unlock else self.quit)
        self.setup_dialog = setup
        setup.show()
        cap_to_screen(setup)
        self._preload()

    def _setup_cancelled(self) -> None:
        setup, self.setup_dialog = self.setup_dialog, None
        if setup is not None:
            setup.deleteLater()
        self.show_unlock()

    def _created(self) -> None:
        setup, self.setup_dialog = self.setup_dialog, None
        if setup is None or setup.service is None:
            return
        self._path = setup.path  # lock → unlock now offers the new vault
        self._hint = None
        service = setup.service
        setup.deleteLater()
        self._open_window(service)

    # -- unlocking ----------------------------------------------------------------------------
    def _unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.service is None:
            return
        service = dialog.service
        dialog.deleteLater()
        log.info("kluis ontgrendeld")
        self._open_window(service)

    def _open_window(self, service: Service) -> None:
        try:
            window = build_main_window(service)
        except ToestemmingError as exc:
            # E.g. a vault without its basic data: say so, close it, and offer unlock again.
            with contextlib.suppress(ToestemmingError):
                service.close()
            show_error(exc)
            self.show_unlock()
            return
        window.locked.connect(self._locked)
        window.closed.connect(self.quit)
        self.window = window
        # The whole screen: the desk is the worker's main window all day, and at Qt's own
        # size (760×560) a 1366×768 laptop showed the list with its School column cut off
        # and the youth's consents in a strip that scrolled (the first-morning screenshots).
        window.showMaximized()
        # Once per unlock: banners, and remote requests unanswered for too long expire.
        care = getattr(window, "vault_care", None)
        if care is not None:
            care.after_unlock()

    def _locked(self) -> None:
        log.info("kluis vergrendeld")
        window, self.window = self.window, None
        self.show_unlock()
        if window is not None:
            window.closed.disconnect(self.quit)
            window.hide()
            window.deleteLater()

    def quit(self) -> None:
        QApplication.quit()

    def shutdown(self) -> None:
        """Close the vault if the event loop ended another way (e.g. the OS session ends).
        Without an event loop no close work can report back: work still running (a backup)
        is waited for, then the vault is closed directly."""
        if self.window is not None and not self.window.is_locked:
            wait_for_tasks(SHUTDOWN_WAIT_MS / 1000)
            self.window.close_now()


def run(
    vault_path: Path,
    *,
    demo_passphrase_hint: str | None = None,
    clock: Clock | None = None,
) -> int:
    """Show the unlock dialog, then the main window; returns the exit code."""
    app = create_application()
    install_translators(app)
    install_excepthook()
    session = Session(Path(vault_path), demo_passphrase_hint, clock)
    session.show_unlock()
    try:
        return app.exec()
    finally:
        session.shutdown()
