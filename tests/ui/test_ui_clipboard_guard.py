"""Personal data copied from the app leaves the clipboard after the timeout, at lock and at
quit; what the worker copied elsewhere afterwards is never touched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from ui.clipboard_guard import ClipboardGuard

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_a_copy_from_a_field_is_cleared_after_the_timeout(qtbot: QtBot) -> None:
    clock = FixedClock(START)
    guard = ClipboardGuard(clock, seconds=30)
    field = QLineEdit("Fatima el Amrani")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    field.selectAll()
    field.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Fatima el Amrani"
    assert guard.pending()
    clock.advance(timedelta(seconds=29))
    guard.check_now()
    assert clipboard.text() == "Fatima el Amrani"
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(guard.cleared, timeout=1000):
        guard.check_now()
    assert clipboard.text() == ""
    assert not guard.pending()
    guard.stop()


def test_a_later_copy_elsewhere_is_left_alone(qtbot: QtBot) -> None:
    clock = FixedClock(START)
    guard = ClipboardGuard(clock, seconds=30)
    guard.note_copy("2009-02-28")
    clipboard = QGuiApplication.clipboard()
    # Another program puts its own text there: simulated by replacing the text while we
    # are not the active window.
    clipboard.setText("boodschappenlijst")
    clock.advance(timedelta(minutes=5))
    guard.check_now()
    guard.clear_now()  # e.g. at lock
    assert clipboard.text() == "boodschappenlijst"
    guard.stop()


def test_lock_clears_at_once(qtbot: QtBot) -> None:
    clock = FixedClock(START)
    guard = ClipboardGuard(clock, seconds=30)
    guard.note_copy("Sem de Vries")
    assert QGuiApplication.clipboard().text() == "Sem de Vries"
    guard.stop()  # what the window does when it locks or quits
    assert QGuiApplication.clipboard().text() == ""


def test_the_main_window_clears_its_copy_when_it_locks(qtbot: QtBot, service) -> None:  # type: ignore[no-untyped-def]
    from ui.app import build_main_window

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    guard = window.clipboard_guard  # type: ignore[attr-defined]
    guard.note_copy("Zoë Çelik")
    window.lock()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert QGuiApplication.clipboard().text() == ""
