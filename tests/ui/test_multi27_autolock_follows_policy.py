"""Multi27: a window's auto-lock follows the policy as stored NOW, also when another process
changed it.

AdminTools read the policy's auto-lock time once, when the window was built: the privacy
officer shortens it to one minute at her desk (another process on the same vault file) and the
window that was already open (read-only beside her: one writer per vault file; on a team server
every desk) kept its five minutes — or, lengthened, kept locking at the old time. The timer now
asks the policy while not locking, every REFRESH_SECONDS at most, off the GUI thread (review33:
a stalled vault must not keep a desk from locking; Context.policy reads the row again after any
commit, also another process's). The officer is a real second process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_ui_autolock import tools
from ui_vault import NOW, PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.app import build_main_window
from ui.autolock import DEFAULT_IDLE_SECONDS, InactivityTimer
from ui.main_window import MainWindow

# The other desk: opens the same vault file, sets the auto-lock time, closes.
OTHER_DESK = r"""
import sys
from dataclasses import replace
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
path, passphrase, seconds, moment = sys.argv[1:5]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
try:
    if seconds == "rotate":  # the data key renewed: this desk's reads fail from now on
        svc.rotate_data_key()
    else:
        svc.set_policy(replace(svc.policy(), autolock_seconds=int(seconds)))
finally:
    svc.close()
"""


def answered(timer: InactivityTimer) -> None:
    """The poll's ask of the vault has come back (it waits for it only briefly itself)."""
    assert timer.follower is not None and timer.follower.join(60)


def other_desk_sets_autolock(vault: Path, seconds: int | str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OTHER_DESK, str(vault), PASSPHRASE, str(seconds), NOW.isoformat()],
        capture_output=True,
        text=True,
        timeout=300,  # (a guard against a hung child, not a measurement)
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture
def reader(vault: VaultFiles, clock: FixedClock) -> Iterator[Service]:
    """This desk's window: open read-only, so that another process may write meanwhile."""
    svc = Service.open(vault.path, PASSPHRASE, clock=clock, read_only=True)
    yield svc
    svc.close()


@pytest.fixture
def window(qtbot: QtBot, reader: Service) -> Iterator[MainWindow]:
    win = build_main_window(reader)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_a_shorter_time_set_at_another_desk_locks_this_window_at_it(
    qtbot: QtBot, window: MainWindow, vault: VaultFiles, clock: FixedClock
) -> None:
    timer = tools(window).autolock
    assert timer.is_active
    other_desk_sets_autolock(vault.path, 60)

    clock.advance(timedelta(seconds=59))
    assert not timer.check_now()
    answered(timer)
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(window.locked, timeout=1000):
        assert timer.check_now()
    assert window.is_locked


def test_a_longer_time_set_at_another_desk_keeps_this_window_open_longer(
    qtbot: QtBot, window: MainWindow, vault: VaultFiles, clock: FixedClock
) -> None:
    timer = tools(window).autolock
    other_desk_sets_autolock(vault.path, 1800)

    # The poll runs every second: it has asked the vault before the old time ran out.
    clock.advance(timedelta(seconds=DEFAULT_IDLE_SECONDS - 1))
    assert not timer.check_now()
    answered(timer)
    clock.advance(timedelta(seconds=1))
    assert not timer.check_now()
    assert not window.is_locked and timer.seconds == 1800
    clock.advance(timedelta(seconds=1800 - DEFAULT_IDLE_SECONDS))
    with qtbot.waitSignal(window.locked, timeout=1000):
        assert timer.check_now()


def test_a_locked_window_does_not_ask_the_closed_vault(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    timer = tools(window).autolock
    with qtbot.waitSignal(window.locked, timeout=1000):
        window.lock()
    assert not timer.is_active and timer.seconds == DEFAULT_IDLE_SECONDS  # no error, no read


def test_a_policy_that_cannot_be_read_keeps_the_last_time_and_still_locks(
    qtbot: QtBot,
    window: MainWindow,
    vault: VaultFiles,
    clock: FixedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The other desk renews the data key: this window's reads fail (it must be reopened).
    The poll neither breaks nor lets the window stay open: the last time stays, said once."""
    timer = tools(window).autolock
    other_desk_sets_autolock(vault.path, "rotate")
    clock.advance(timedelta(seconds=DEFAULT_IDLE_SECONDS - 1))
    assert not timer.check_now()
    answered(timer)
    assert not timer.check_now()
    assert caplog.text.count("idle limit could not be read") == 1
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(window.locked, timeout=1000):
        assert timer.check_now()
