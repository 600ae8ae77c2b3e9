"""Session 19 (multi22): a team server that went down for good is told within ~2 s.

Session 18 made a broken line wait up to 10 s while the server might be restarting, so a
desk whose change was cut by a restart goes through instead of failing. But "connection
refused" is also what a server stopped for good answers, and the first action after that
waited the full 10 s before "niet bereikbaar". A restarting server says so while it comes
back (starting up, in recovery); a refused port or a server shutting down is waited for only
~2 s (the gap between the old server's exit and the new one's listening in a restart)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_support import serving
from team_support import create_team

from toestemming.clock import FixedClock
from toestemming.devtools import pgserver
from toestemming.errors import VaultError
from toestemming.store.pg_connect import GONE_AFTER_S, RESTART_WAIT_S, through_a_restart


class _FakeTime:
    def __init__(self) -> None:
        self.t = 0.0
        self.pauses: list[float] = []

    def now(self) -> float:
        return self.t

    def pause(self, s: float) -> None:
        self.pauses.append(s)
        self.t += s


def _answers(*said: str) -> tuple[list[str], object]:
    """An attempt that raises libpq's words in turn (the last one for ever), or "line"."""
    left = list(said)

    def attempt() -> str:
        text = left.pop(0) if len(left) > 1 else left[0]
        if text == "line":
            return "line"
        raise psycopg.OperationalError(text)

    return left, attempt


@pytest.mark.parametrize(
    "words",
    [
        'connection to server at "127.0.0.1", port 5 failed: Connection refused',
        "FATAL: the database system is shutting down",
    ],
)
def test_a_server_that_only_refuses_is_given_up_on_after_two_seconds(words: str) -> None:
    fake = _FakeTime()
    _, attempt = _answers(words)
    with pytest.raises(psycopg.OperationalError):
        through_a_restart(attempt, pause=fake.pause, now=fake.now)
    assert fake.t <= GONE_AFTER_S < RESTART_WAIT_S


def test_a_server_that_says_it_is_starting_up_is_waited_for_the_whole_restart() -> None:
    fake = _FakeTime()
    # Refused (the old one gone), then starting up for 6 s (recovery after a power cut), then
    # the line: waited for although the refusals came first.
    said = ["Connection refused"] * 3 + ["FATAL: the database system is starting up"] * 8
    _, attempt = _answers(*said, "line")
    assert through_a_restart(attempt, pause=fake.pause, now=fake.now) == "line"
    assert GONE_AFTER_S < fake.t <= RESTART_WAIT_S
    # ... but not for ever.
    fake = _FakeTime()
    _, attempt = _answers("Connection refused", "FATAL: the database system is in recovery mode")
    with pytest.raises(psycopg.OperationalError):
        through_a_restart(attempt, pause=fake.pause, now=fake.now)
    assert fake.t <= RESTART_WAIT_S


@pytest.fixture
def own_server() -> Iterator[pgserver.PgServer]:
    """A server of this test's own: it is stopped for good halfway (the session's is shared)."""
    yield from serving()


def test_the_first_action_after_the_server_was_stopped_for_good_is_told_within_seconds(
    own_server: pgserver.PgServer, clock: FixedClock, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    with psycopg.connect(own_server.superuser_dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE gone")
    svc, _ = create_team(own_server, "gone", clock)
    try:
        svc.people.add_youth(given_name="Sara", family_name="Vos", birth_date="2010-05-05")
        # IT shuts the server down (a fast stop: every session told, then the port closed).
        done = own_server._run("pg_ctl", "-D", str(own_server.data), "-m", "fast", "-w", "stop")
        assert done.returncode == 0, done.stderr

        started = time.monotonic()
        with pytest.raises(VaultError) as told:
            svc.people.add_youth(given_name="Bram", family_name="Vast", birth_date="2011-06-06")
        took = time.monotonic() - started
        assert told.value.message_id in ("error-team-unreachable", "error-pg-connection-lost")
        assert "Bram" not in str(told.value)
        assert took < 3.5, took  # (was RESTART_WAIT_S and more: 10 s)
    finally:
        with contextlib.suppress(VaultError):
            svc.close()
