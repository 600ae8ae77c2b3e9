"""Multi25: a laptop suspended with the vault open, and a desk whose clock jumped back.

The auto-lock counts idle time on the wall clock, so a laptop that slept past the limit is due
to lock at once on waking — at the next poll (once a second). But waking a laptop IS input: the
key pressed or the mouse moved to wake it reached the event filter before that poll and counted
as activity, so the idle time started afresh and the vault stayed open, with whatever the screen
showed, for a whole new idle period in front of whoever opened the lid. Now input that arrives
after the limit has passed locks first (it is not taken as a reason to stay open) — when the
limit passed on the suspend-aware source too (multi26; the test drives it: `WallSeconds`).

A clock set back an hour (a wrong time server, a worker fixing the time) made the idle time
negative: the vault stayed open for the hour plus the limit. Now a clock behind the last input
counts idle time from the moment the jump was seen.

Injected clock (FixedClock), real Qt events through the application's event filter, no sleeping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from ui.autolock import InactivityTimer

LIMIT_S = 300


def _wake_key(widget: QLineEdit) -> None:
    QApplication.sendEvent(
        widget,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " "),
    )


def _wake_mouse(widget: QLineEdit) -> None:
    QApplication.sendEvent(
        widget,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(3, 3),
            QPointF(3, 3),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


class WallSeconds:
    """The suspend-aware source (CLOCK_BOOTTIME in the product), driven by the test: it moves
    only when a real suspend is acted out, not when a scenario moves the product clock on."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall() -> WallSeconds:
    return WallSeconds()


@pytest.fixture
def timer(qtbot: QtBot, clock: FixedClock, wall: WallSeconds) -> Iterator[InactivityTimer]:
    t = InactivityTimer(clock, LIMIT_S, busy=lambda: False, wake_seconds=wall)
    t.start()
    yield t
    t.stop()
    t.deleteLater()  # (gone with the test's deferred deletes, not at the interpreter's end)


@pytest.mark.parametrize("wake", [_wake_key, _wake_mouse], ids=["key", "mouse"])
def test_the_input_that_wakes_the_laptop_does_not_keep_the_vault_open(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock, wall: WallSeconds, wake
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    # the lid closed with the vault open, opened 3 days later: both times moved on
    clock.advance(timedelta(days=3))
    wall.now += 3 * 86_400
    with qtbot.waitSignal(timer.lock_requested, timeout=1000):
        wake(field)  # before the poll timer's next tick
    assert reasons == ["idle"]
    assert not timer.check_now()  # the tick: already locked, once
    assert field.text() == ""  # the key that woke it typed nothing


def test_input_within_the_limit_still_keeps_the_vault_open(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    clock.advance(timedelta(seconds=LIMIT_S - 1))
    _wake_key(field)
    clock.advance(timedelta(seconds=LIMIT_S - 1))
    assert not timer.check_now()
    assert reasons == []


def test_a_clock_set_back_an_hour_does_not_add_the_hour_to_the_idle_time(
    qtbot: QtBot, timer: InactivityTimer, clock: FixedClock
) -> None:
    reasons: list[str] = []
    timer.lock_requested.connect(reasons.append)
    clock.advance(timedelta(seconds=10))
    clock.set(clock.now() - timedelta(hours=1))  # the desk's clock jumps back
    assert not timer.check_now()  # (the jump seen: idle counts from here)
    clock.advance(timedelta(seconds=LIMIT_S))
    assert timer.check_now()
    assert reasons == ["idle"]
