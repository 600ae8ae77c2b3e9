"""Start-up and the unlock → work → lock → unlock cycle."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock
from ui.app import Session, create_application, run
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.unlock import UnlockDialog


@pytest.fixture
def session(qtbot: QtBot, vault: VaultFiles, clock: FixedClock) -> Iterator[Session]:
    s = Session(vault.path, demo_passphrase_hint=None, clock=clock)
    yield s
    s.shutdown()
    for widget in (s.dialog, s.window):
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def unlock(qtbot: QtBot, dialog: UnlockDialog) -> None:
    dialog.passphrase_field.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.unlock()


def test_application_is_named_and_dutch(qtbot: QtBot) -> None:
    app = create_application()
    assert app is QApplication.instance()
    assert app.applicationName() == "Toestemming"
    assert not app.quitOnLastWindowClosed()  # the session decides when to quit
    installed = install_translators(app)
    try:
        # Qt's own buttons speak Dutch next to our Dutch texts.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_unlock_lock_unlock_cycle(qtbot: QtBot, session: Session, quits: list[bool]) -> None:
    session.show_unlock()
    first = session.dialog
    assert first is not None and first.isVisible()
    unlock(qtbot, first)

    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert session.dialog is None

    window.lock()
    assert session.window is None
    assert not window.isVisible()
    second = session.dialog
    assert second is not None and second is not first and second.isVisible()
    unlock(qtbot, second)
    assert session.window is not None and session.window is not window
    assert quits == []

    session.window.close()
    assert quits == [True]


def test_cancel_on_unlock_quits(qtbot: QtBot, session: Session, quits: list[bool]) -> None:
    session.show_unlock()
    assert session.dialog is not None
    session.dialog.reject()
    assert quits == [True]


def test_run_returns_when_the_dialog_is_closed(
    qtbot: QtBot, vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own

    def close_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        assert len(visible) == 1
        visible[0].reject()

    QTimer.singleShot(0, close_dialog)
    assert run(vault.path, demo_passphrase_hint=PASSPHRASE) == 0
