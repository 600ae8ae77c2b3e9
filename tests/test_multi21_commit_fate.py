"""The decision table of a COMMIT in doubt after a server restart (store/pg_commit_fate.py);
the real server's cases are in tests/test_multi21_team_restart_two_desks.py. These are the
ones a test server cannot be made to show on demand (a commit that reached the disk just
before the power cut)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from psycopg import errors as pg_errors

from toestemming.store.pg_commit_fate import ABORTED, COMMITTED, event_of, fate

BEFORE = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
AFTER = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)  # the server started again
OURS = (41, b"\x01" * 32)


def _ask(status: str, started: datetime) -> Any:
    return lambda _xid: (status, started)


@pytest.mark.parametrize(
    ("status", "started", "event", "at_seq", "expected"),
    [
        (COMMITTED, BEFORE, None, None, COMMITTED),  # no restart: the id is ours
        (ABORTED, BEFORE, None, None, ABORTED),
        (ABORTED, AFTER, OURS, None, ABORTED),  # a kept commit is never handed out again
        (COMMITTED, AFTER, OURS, OURS[1], COMMITTED),  # ours reached the disk before the cut
        (COMMITTED, AFTER, OURS, b"\x02" * 32, ABORTED),  # a colleague's under our old id
        (COMMITTED, AFTER, OURS, None, ABORTED),
        (COMMITTED, AFTER, None, None, None),  # nothing to tell it by: said as unknown
        ("in progress", BEFORE, OURS, None, None),
    ],
)
def test_a_committed_after_a_restart_is_believed_only_with_the_desks_own_event(
    status: str, started: datetime, event: Any, at_seq: Any, expected: str | None
) -> None:
    assert fate(_ask(status, started), 7, BEFORE, event, lambda seq: at_seq) == expected


def test_an_id_the_server_no_longer_knows_is_aborted() -> None:
    def ask(_xid: int) -> Any:
        raise pg_errors.InvalidParameterValue("transaction ID is in the future")

    assert fate(ask, 7, BEFORE, OURS, lambda seq: None) == ABORTED


def test_only_the_audit_logs_insert_is_taken_as_the_event() -> None:
    row = (41, "2026-12-05T09:00:00Z", 3, "youth.added", b"{}", OURS[1])
    sql = "INSERT INTO events(seq, at, actor, kind, body, hash) VALUES (?, ?, ?, ?, ?, ?)"
    assert event_of(sql, row) == OURS
    assert event_of("INSERT INTO event_salts(seq, salt) VALUES (?, ?)", (41, b"x")) is None


def test_a_line_made_again_waits_out_a_restart_but_not_a_refused_login() -> None:
    import psycopg

    from toestemming.store.pg_connect import through_a_restart

    answers = [
        psycopg.OperationalError("connection refused"),
        psycopg.OperationalError("FATAL: the database system is starting up"),
        "line",
    ]
    pauses: list[float] = []

    def attempt() -> str:
        got = answers.pop(0)
        if isinstance(got, Exception):
            raise got
        return got

    assert through_a_restart(attempt, pause=pauses.append) == "line"
    assert len(pauses) == 2

    def refused() -> str:
        raise psycopg.OperationalError("password authentication failed for user")

    with pytest.raises(psycopg.OperationalError):
        through_a_restart(refused, pause=pauses.append)
    assert len(pauses) == 2  # (said at once: no waiting for a login that will not work)
