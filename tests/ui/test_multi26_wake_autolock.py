"""Multi26: the woken laptop locks on its first input — and a desk scenario that only moves the
product clock on by days and then clicks does not.

Session 22 locked on "input after the idle limit by the injected clock"; that locked every desk
test that moves the clock on by days and then clicks (the clock cannot tell a suspended laptop
from a scenario). The sign of a real suspend is a second, suspend-aware time source
(CLOCK_BOOTTIME, else the wall clock) that the product clock's scenarios do not move: the idle
limit must have passed on both. Here a whole desk window (real vault, real Qt key events
through the application's event filter) gets that source injected; no sleeping."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui import autolock
from ui.admin_tools import AdminTools
from ui.app import build_main_window
from ui.autolock import DEFAULT_IDLE_SECONDS, InactivityTimer
from ui.main_window import MainWindow


class WallSeconds:
    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> WallSeconds:
    source = WallSeconds()
    monkeypatch.setattr(autolock, "suspend_aware_seconds", source)
    return source


@pytest.fixture
def window(qtbot: QtBot, service: Service, wall: WallSeconds) -> Iterator[MainWindow]:
    win = build_main_window(service)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _timer(window: MainWindow) -> InactivityTimer:
    tools = window.admin_tools  # type: ignore[attr-defined]
    assert isinstance(tools, AdminTools)
    return tools.autolock


def _key(widget: QLineEdit) -> None:
    QApplication.sendEvent(
        widget,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier, "z"),
    )


def test_the_desk_woken_after_a_night_locks_on_the_first_key(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, wall: WallSeconds
) -> None:
    window.search_field.setText("Zoë")
    window.flush_search()
    assert window.model.rowCount() == 1
    # The lid closed at five, opened at eight the next morning: wall time and the product's
    # clock both moved; no poll tick ran in between.
    clock.advance(timedelta(hours=15))
    wall.sleep(15 * 3600)
    with qtbot.waitSignal(window.locked, timeout=1000):
        _key(window.search_field)  # the key that wakes the laptop, before the tick
    assert window.is_locked
    assert window.model.rowCount() == 0 and window.search_field.text() == ""


def test_a_scenario_moving_only_the_product_clock_on_by_days_still_clicks(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, wall: WallSeconds
) -> None:
    # What test_ui_desk_live / test_ui_retention_dialogs do: days pass on the injected clock
    # only, then a worker types. That is not a suspend: the input counts as activity.
    clock.advance(timedelta(days=40))
    wall.sleep(2)
    _key(window.search_field)
    assert not window.is_locked
    assert _timer(window).idle_seconds() == 0
    assert not _timer(window).check_now()


def test_a_short_nap_within_the_limit_keeps_the_vault_open(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, wall: WallSeconds
) -> None:
    clock.advance(timedelta(seconds=DEFAULT_IDLE_SECONDS - 10))
    wall.sleep(DEFAULT_IDLE_SECONDS - 10)
    _key(window.search_field)
    assert not window.is_locked
    clock.advance(timedelta(seconds=DEFAULT_IDLE_SECONDS - 1))
    assert not _timer(window).check_now()


def test_woken_during_background_work_it_locks_when_the_work_ends_whatever_is_typed(
    qtbot: QtBot, clock: FixedClock, wall: WallSeconds
) -> None:
    busy = [True]  # an import running when the lid was closed
    timer = InactivityTimer(clock, 60, busy=lambda: busy[0], wake_seconds=wall)
    field = QLineEdit()
    qtbot.addWidget(field)
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    timer.start()
    try:
        clock.advance(timedelta(hours=2))
        wall.sleep(2 * 3600)
        _key(field)  # the wake key: the lock waits for the import ...
        qtbot.waitUntil(lambda: timer.lock_pending)
        assert reasons == []
        _key(field)  # ... and whoever opened the lid cannot type it away
        _key(field)
        assert timer.lock_pending
        busy[0] = False
        assert timer.check_now()
        assert reasons == ["idle"]
    finally:
        timer.stop()
        timer.deleteLater()  # (gone with the test's deferred deletes, not at the interpreter's end)


def test_the_default_source_runs_on_boottime_where_the_system_has_it() -> None:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:  # pragma: no cover - Windows / macOS: the wall clock
        assert abs(autolock.suspend_aware_seconds() - time.time()) < 5
        return
    # CLOCK_MONOTONIC stops while suspended (Linux); BOOTTIME counts the sleep.
    assert abs(autolock.suspend_aware_seconds() - time.clock_gettime(boottime)) < 5
