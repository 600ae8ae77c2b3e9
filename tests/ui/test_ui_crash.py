"""The last-resort error dialog shows calm Dutch text, never exception details."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from toestemming.errors import ValidationError
from ui import crash


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Texts of the message boxes that would have been shown (exec is not run)."""
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield texts


def test_unexpected_error_hides_its_details(qtbot: QtBot, shown: list[str]) -> None:
    crash.show_error(KeyError("Zoë Çelik, 12-03-2011"))
    assert len(shown) == 1
    assert "Zoë" not in shown[0] and "12-03-2011" not in shown[0]
    assert "Er ging onverwacht iets mis" in shown[0]
    assert "Foutcode: KeyError" in shown[0]


def test_our_errors_show_their_dutch_message(qtbot: QtBot, shown: list[str]) -> None:
    crash.show_error(ValidationError("Vul een geboortedatum in."))
    assert shown == ["Vul een geboortedatum in."]


def test_excepthook_shows_the_dialog(
    qtbot: QtBot, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install_excepthook()
    crash.install_excepthook()  # idempotent: one hook, not a chain of them
    hook = sys.excepthook
    assert isinstance(hook, crash._Hook)
    assert not isinstance(hook.previous, crash._Hook)
    try:
        raise RuntimeError("geheime details")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "geheime details" not in shown[0]


def test_the_message_outlives_a_window_on_its_way_out(qtbot: QtBot) -> None:
    """A window that closed itself with deleteLater (a lock, a dialog done with its work) is
    still the active window when an error comes: the message must not go with it unread."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    window = QMainWindow()
    window.resize(640, 480)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.deleteLater()  # as the desk does at a lock; the deletion waits for the event loop
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else repr(box))
        if box is not None:
            box.done(0)

    QTimer.singleShot(0, read_and_close)
    crash.show_error(ValidationError("Vul een geboortedatum in."))
    assert seen == ["Vul een geboortedatum in."]
