"""Auto-lock, driven by an injected clock: idle time, minimise, background work, policy —
and what the window looks like afterwards. No test sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui import app as app_module
from ui.admin_tools import AdminTools
from ui.app import Session, build_main_window
from ui.autolock import DEFAULT_IDLE_SECONDS, InactivityTimer
from ui.main_window import MainWindow


@pytest.fixture
def timer(qtbot: QtBot, clock: FixedClock) -> Iterator[InactivityTimer]:
    t = InactivityTimer(clock, 300, busy=lambda: False)
    t.start()
    yield t
    t.stop()


def press_key(widget: QLineEdit) -> None:
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )


def test_fires_once_after_the_idle_limit(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock
) -> None:
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    clock.advance(timedelta(seconds=299))
    assert not timer.check_now() and timer.idle_seconds() == 299
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(timer.inactivity_detected, timeout=100):
        assert timer.check_now()
    assert reasons == ["idle"]
    assert not timer.is_active
    clock.advance(timedelta(hours=1))
    assert not timer.check_now()  # stopped: it does not fire again
    assert reasons == ["idle"]


def test_user_input_resets_the_idle_time(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.advance(timedelta(seconds=250))
    press_key(field)  # through the application-wide event filter
    assert timer.idle_seconds() == 0
    clock.advance(timedelta(seconds=250))
    assert not timer.check_now()
    QApplication.sendEvent(
        field,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(2, 2),
            QPointF(2, 2),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    clock.advance(timedelta(seconds=250))
    assert not timer.check_now()
    clock.advance(timedelta(seconds=50))
    assert timer.check_now()


def test_a_paint_or_timer_is_not_activity(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.advance(timedelta(seconds=300))
    field.repaint()
    QApplication.processEvents()
    assert timer.check_now()


def test_background_work_postpones_the_lock(qtbot: QtBot, clock: FixedClock) -> None:
    busy = [True]
    timer = InactivityTimer(clock, 60, busy=lambda: busy[0])
    timer.start()
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    clock.advance(timedelta(seconds=61))
    assert not timer.check_now() and timer.lock_pending
    timer.request_lock("manual")
    assert reasons == []
    busy[0] = False
    assert timer.check_now()
    assert reasons == ["manual"]


def test_seconds_can_change(timer: InactivityTimer, clock: FixedClock) -> None:
    timer.set_seconds(30)
    assert timer.seconds == 30
    clock.advance(timedelta(seconds=30))
    assert timer.check_now()


# -- on the main window -----------------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, service: Service) -> Iterator[MainWindow]:
    win = build_main_window(service)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win


def tools(window: MainWindow) -> AdminTools:
    found = window.admin_tools  # type: ignore[attr-defined]
    assert isinstance(found, AdminTools)
    return found


def test_window_locks_after_the_policy_idle_time_and_forgets_everything(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    timer = tools(window).autolock
    assert timer.is_active and timer.seconds == DEFAULT_IDLE_SECONDS
    window.search_field.setText("Zoë")
    window.flush_search()
    assert window.model.rowCount() == 1

    clock.advance(timedelta(seconds=DEFAULT_IDLE_SECONDS - 1))
    assert not timer.check_now()
    assert not window.is_locked
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(window.locked, timeout=1000):
        timer.check_now()
    assert window.is_locked
    assert window.model.rowCount() == 0 and window.search_field.text() == ""
    assert not window.detail.name_label.text()
    assert not any(a.isEnabled() for a in tools(window).actions)


def test_minimising_locks(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.locked, timeout=1000):
        window.setWindowState(Qt.WindowState.WindowMinimized)
        QApplication.processEvents()
    assert window.is_locked


def test_policy_change_applies_at_once(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    settings = tools(window).open_settings()
    assert settings is not None
    settings.policy.autolock_field.setValue(60)
    assert settings.policy.save()
    assert tools(window).autolock.seconds == 60
    clock.advance(timedelta(seconds=60))
    with qtbot.waitSignal(window.locked, timeout=1000):
        tools(window).autolock.check_now()
    assert tools(window).dialog is None  # the settings dialog went with the lock


def test_session_shows_unlock_after_auto_lock(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(app_module.QApplication, "quit", lambda: quits.append(True))
    session = Session(vault.path, clock=clock)
    session.show_unlock()
    assert session.dialog is not None
    session.dialog.passphrase_field.setText(PASSPHRASE)
    with qtbot.waitSignal(session.dialog.accepted, timeout=10_000):
        session.dialog.unlock()
    window = session.window
    assert window is not None
    clock.advance(timedelta(minutes=5))
    tools(window).autolock.check_now()
    assert session.window is None and window.is_locked
    assert session.dialog is not None and session.dialog.isVisible()
    assert quits == []
    session.dialog.hide()
    session.dialog.deleteLater()
