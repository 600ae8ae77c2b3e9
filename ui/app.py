"""Start-up: the QApplication, the unlock dialog, the main window, and back on lock.

ui.app.run(path, demo_passphrase_hint=...)   # from the CLI / gui-script
ui.app.build_main_window(service)             # from tests
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from toestemming.clock import Clock
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .crash import install_excepthook, show_error
from .i18n import install_translators
from .main_window import MainWindow
from .unlock import UnlockDialog

APP_NAME = "Toestemming"


def build_main_window(service: Service) -> MainWindow:
    return MainWindow(service)


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
    return app


class Session(QObject):
    """Unlock → main window → lock → unlock … until the worker quits."""

    def __init__(
        self,
        vault_path: Path,
        demo_passphrase_hint: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self._path = vault_path
        self._hint = demo_passphrase_hint
        self._clock = clock
        self.dialog: UnlockDialog | None = None
        self.window: MainWindow | None = None

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self._path, demo_passphrase_hint=self._hint, clock=self._clock)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.quit)
        self.dialog = dialog
        dialog.show()

    def _unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.service is None:
            return
        service = dialog.service
        dialog.deleteLater()
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
        window.show()

    def _locked(self) -> None:
        window, self.window = self.window, None
        self.show_unlock()
        if window is not None:
            window.closed.disconnect(self.quit)
            window.hide()
            window.deleteLater()

    def quit(self) -> None:
        QApplication.quit()

    def shutdown(self) -> None:
        """Close the vault if the event loop ended another way (e.g. the OS session ends)."""
        if self.window is not None and not self.window.is_locked:
            self.window.close()


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
