"""Session 8: two app windows on one computer, connected to one team server (the same worker,
or two workers sharing the computer's account). Both keep the log head in the same file on
this computer (store/team.py); each writes it after its own commit, so a slow window's write
can come after the other's newer one. The head must never go backwards: a shorter recorded
head is a weaker guard against a DBA who cuts the newest events off."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from team_support import Login, create_team

from toestemming.clock import FixedClock
from toestemming.devtools import pgserver
from toestemming.service import Service
from toestemming.store import pg_schema
from toestemming.store.team import TeamStore


@dataclass
class Windows:
    server: pgserver.PgServer
    db: str
    login: Login
    first: Service
    second: Service


@pytest.fixture
def windows(
    pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch
) -> Iterator[Windows]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    first, admin = create_team(pg_server, pg_database, clock)
    second = Service.open_team(admin.url, admin.password, clock)
    try:
        yield Windows(pg_server, pg_database, admin, first, second)
    finally:
        first.close()
        second.close()


def _recorded_size(store: TeamStore) -> int:
    data = json.loads(store.head_file.read_bytes())
    return int(data["log_head"]["size"])


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def test_a_late_write_of_an_older_head_does_not_move_it_back(
    windows: Windows, clock: FixedClock
) -> None:
    first, second = windows.first, windows.second
    store_1, store_2 = first.vault, second.vault
    assert isinstance(store_1, TeamStore) and isinstance(store_2, TeamStore)
    assert store_1.head_file == store_2.head_file  # one file for both windows

    first.people.add_youth(given_name="Anna", family_name="Aa", birth_date="2008-01-01")
    older = store_1.team_header.log_head
    assert older is not None
    second.people.add_youth(given_name="Bas", family_name="Bee", birth_date="2008-02-02")
    newest = _events(second)
    assert _recorded_size(store_2) == newest > older.size

    # Window 1's write of its own (older) head arrives last, as it does when window 1 was
    # slower between its COMMIT and its head write.
    store_1.record_log_head(older)
    assert _recorded_size(store_1) == newest
    head_1 = store_1.team_header.log_head
    assert head_1 is not None and head_1.size == newest  # window 1 learned the newer head

    # Both windows close (their checkpoints are events too); then a DBA cuts the newest
    # events off, back to what window 1 had seen. The file still holds the newest head, so
    # the next open catches it.
    org = int(first.vault.db.org_id)  # type: ignore[attr-defined]
    first.close()
    second.close()
    with psycopg.connect(windows.server.superuser_dsn(windows.db), autocommit=True) as dba:
        dba.execute(f"SET search_path = {pg_schema.SCHEMA}")
        dba.execute("SET session_replication_role = replica")  # the DBA lifts the triggers
        for table in ("event_subjects", "events"):
            dba.execute(f"DELETE FROM {table} WHERE org_id = %s AND seq > %s", (org, older.size))
    again = Service.open_team(windows.login.url, windows.login.password, clock)
    try:
        assert again.read_only
        assert again.log_head_problems
    finally:
        again.close()
