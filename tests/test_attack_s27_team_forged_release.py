"""Attack round 12 (session 22): the team server's release guard (multi24, schema 9) is a
compatibility guard, not a lock: a desk role that SAYS the current release number
(`take_write_turn(<current>)`, as an old client patched by an insider would) gets its turn.
What it then writes past the program — an event inserted by SQL under the desk's own login,
not through the log's functions — must still be named: by the log check of every desk.
"""

from __future__ import annotations

import pytest
from team_support import as_login, team_with_wim

from toestemming.service import Service
from toestemming.store import pg_schema

FORGED_EVENT = (
    "INSERT INTO events(seq, at, kind, body, hash) "
    "VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM events), '2026-12-06T03:00:00Z', "
    "'youth.added', '\\x7b7d'::bytea, '\\x00'::bytea)"
)


@pytest.fixture
def team(pg_server, pg_database, clock, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    return team_with_wim(pg_server, pg_database, clock)


def test_an_event_inserted_under_a_forged_release_number_is_named_by_the_log_check(
    team, clock
) -> None:  # type: ignore[no-untyped-def]
    admin, wim = team
    with as_login(wim) as patched_desk, patched_desk.transaction():
        patched_desk.execute(f"SELECT take_write_turn({pg_schema.PG_VERSION})")
        patched_desk.execute(FORGED_EVENT)  # accepted: the server cannot tell the client
    desk = Service.open_team(admin.url, admin.password, clock, check_only=True)
    try:
        report = desk.verify_audit(deep=True)
        assert not report.ok, "an event written past the program passed the log check"
    finally:
        desk.close()
