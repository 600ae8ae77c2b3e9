"""Review33: an idle team desk locks even while the team server stalls.

multi27 let the auto-lock follow the policy by reading it at EVERY poll, on the GUI thread,
BEFORE comparing the idle time. On a team server that is a SELECT to PostgreSQL; a server that
stops answering (a dropped network, a stalled server) hung the poll in it and the unattended
desk never asked to lock. Here the server's backends are really stopped (SIGSTOP) and a poll
comes: the lock must be asked for while the server is still stopped — not after it answers
again. The stop is ended by a safety timer (STALL_S), so a desk that waits for the server
shows as a lock asked "after the server came back" instead of a hung test.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the server fixtures

from pg_support import pg_database, pg_server
from review21_support import MONDAY
from team_support import create_team

from toestemming.clock import FixedClock
from toestemming.devtools import pgserver
from toestemming.service import Service
from ui.autolock import InactivityTimer
from ui.autolock_follow import REFRESH_SECONDS

__all__ = ["pg_database", "pg_server"]

STALL_S = 8.0  # (the safety net that ends the stop; the lock must not need it)


@pytest.fixture
def desk(
    qtbot: QtBot,
    pg_server: pgserver.PgServer,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Service, FixedClock]]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    anna, _admin = create_team(pg_server, pg_database, clock)
    try:
        yield anna, clock
    finally:
        anna.close()


def timer_of(anna: Service, clock: FixedClock) -> InactivityTimer:
    """The window's auto-lock as AdminTools builds it: following the policy as stored now."""
    return InactivityTimer(
        clock,
        anna.policy().autolock_seconds,
        busy=lambda: False,
        wake_seconds=lambda: 0.0,
        follow=lambda: anna.policy().autolock_seconds,
    )


class Stall:
    """The server's client backends stopped until `end()` (or the safety timer)."""

    def __init__(self, server: pgserver.PgServer, database: str) -> None:
        with psycopg.connect(server.superuser_dsn(database), autocommit=True) as su:
            me = su.execute("SELECT pg_backend_pid()").fetchone()
            rows = su.execute(
                "SELECT pid FROM pg_stat_activity "
                "WHERE backend_type = 'client backend' AND pid <> %s",
                (me[0] if me else 0,),
            ).fetchall()
        self._pids = [int(row[0]) for row in rows]
        assert self._pids, "no desk connection to stop"
        self.ended = threading.Event()
        self._guard = threading.Lock()
        for pid in self._pids:
            os.kill(pid, signal.SIGSTOP)
        self._safety = threading.Timer(STALL_S, self.end)
        self._safety.start()

    def end(self) -> None:
        with self._guard:
            if self.ended.is_set():
                return
            for pid in self._pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)
            self.ended.set()

    def close(self) -> None:
        self._safety.cancel()
        self.end()


def asked_while_stalled(timer: InactivityTimer, stall: Stall) -> list[bool]:
    """For each lock asked: whether the server was still stopped then."""
    seen: list[bool] = []
    timer.lock_requested.connect(lambda _reason: seen.append(not stall.ended.is_set()))
    return seen


def answered(timer: InactivityTimer) -> None:
    """The poll's ask of the vault has come back (the poll itself waits for it only briefly)."""
    follower = getattr(timer, "follower", None)
    assert follower is None or follower.join(60)


def settle(timer: InactivityTimer) -> None:
    """No ask of the server left running when the desk closes (it waits for it otherwise)."""
    answered(timer)
    timer.stop()


def test_an_idle_desk_locks_at_the_poll_while_the_server_stalls(
    qtbot: QtBot, desk: tuple[Service, FixedClock], pg_server: pgserver.PgServer, pg_database: str
) -> None:
    anna, clock = desk
    timer = timer_of(anna, clock)
    timer.start()
    limit = timer.seconds
    clock.advance(timedelta(seconds=limit + 60))  # Anna walked away long ago
    stall = Stall(pg_server, pg_database)
    try:
        seen = asked_while_stalled(timer, stall)
        assert timer.check_now()  # the poll's tick
        assert seen == [True], "the idle desk's lock waited for the stalled team server"
    finally:
        stall.close()
        settle(timer)


def test_a_poll_stuck_asking_the_stalled_server_does_not_hold_up_the_lock(
    qtbot: QtBot, desk: tuple[Service, FixedClock], pg_server: pgserver.PgServer, pg_database: str
) -> None:
    """The server stops while the desk is still within its limit: the poll asks it for the
    limit and gets no answer. That poll gives up waiting; the next ones still lock."""
    anna, clock = desk
    timer = timer_of(anna, clock)
    timer.start()
    limit = timer.seconds
    stall = Stall(pg_server, pg_database)
    try:
        seen = asked_while_stalled(timer, stall)
        clock.advance(timedelta(seconds=limit - 5))
        assert not timer.check_now()  # asks the vault: no answer (the poll does not hang)
        for _ in range(10):  # ten more polls, the last ones past the limit
            clock.advance(timedelta(seconds=1))
            if timer.check_now():
                break
        assert seen == [True], "the lock waited for the stalled team server"
    finally:
        stall.close()
        settle(timer)


def test_a_hung_local_vault_neither_holds_up_the_lock_nor_is_asked_at_every_poll(
    qtbot: QtBot,
) -> None:
    """The same class without a server: a vault on a hung share never answers. The polls go
    on, no second ask piles up behind the hung one, and the idle desk locks."""
    clock = FixedClock(MONDAY)
    share_back = threading.Event()
    asks: list[int] = []

    def hung_policy() -> int:
        asks.append(1)
        if len(asks) == 1:  # the share hangs (the safety net ends it: the lock must not need it)
            share_back.wait(STALL_S)
        return 300

    timer = InactivityTimer(
        clock, 300, busy=lambda: False, wake_seconds=lambda: 0.0, follow=hung_policy
    )
    fired: list[bool] = []
    timer.lock_requested.connect(lambda _reason: fired.append(not share_back.is_set()))
    timer.start()
    try:
        for _ in range(299):  # five minutes of polls, within the limit
            clock.advance(timedelta(seconds=1))
            assert not timer.check_now()
        assert asks == [1]  # one ask, still hanging: not one per poll
        clock.advance(timedelta(seconds=1))
        assert timer.check_now()
        assert fired == [True], "the lock waited for the hung vault"
    finally:
        share_back.set()
        settle(timer)


def test_a_healthy_vault_is_asked_now_and_then_not_at_every_poll(qtbot: QtBot) -> None:
    clock = FixedClock(MONDAY)
    asks: list[int] = []

    def policy() -> int:
        asks.append(1)
        return 300

    timer = InactivityTimer(clock, 300, busy=lambda: False, wake_seconds=lambda: 0.0, follow=policy)
    timer.start()
    try:
        for _ in range(60):  # a minute of polls
            clock.advance(timedelta(seconds=1))
            assert not timer.check_now()
            answered(timer)
        assert 1 < len(asks) <= 60 // REFRESH_SECONDS + 1
    finally:
        settle(timer)


def test_a_slow_answer_does_not_bring_back_the_limit_saved_at_this_desk_meanwhile(
    qtbot: QtBot,
) -> None:
    """An ask is out (slow vault) when the officer saves one minute at this desk: the ask's
    answer, read before the save, comes in later and must not put five minutes back."""
    clock = FixedClock(MONDAY)
    answer_may_come = threading.Event()

    def slow_policy() -> int:
        answer_may_come.wait(STALL_S)
        return 300  # (as read before the save)

    timer = InactivityTimer(
        clock, 300, busy=lambda: False, wake_seconds=lambda: 0.0, follow=slow_policy
    )
    timer.start()
    try:
        clock.advance(timedelta(seconds=1))
        assert not timer.check_now()  # the ask is out
        timer.limit_saved(60)
        answer_may_come.set()
        answered(timer)
        clock.advance(timedelta(seconds=59))
        assert timer.check_now() and timer.seconds == 60
    finally:
        answer_may_come.set()
        settle(timer)
