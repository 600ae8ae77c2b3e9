"""The team server's failures reach the worker as plain Dutch, never as a traceback, a
password or a row value: a lost connection, a refused login, a newer or missing schema, a
value the column cannot hold, a guard a DBA lifted."""

from __future__ import annotations

import contextlib
import logging

import psycopg
import pytest
from team_support import create_team, make_worker

from toestemming.errors import ToestemmingError, ValidationError, VaultError
from toestemming.service import Service
from toestemming.store import pg_schema


@pytest.fixture
def team(pg_server, pg_database, clock, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    svc, admin = create_team(pg_server, pg_database, clock)
    yield svc, admin
    with contextlib.suppress(VaultError):  # (closing signs a checkpoint: not after a cut line)
        svc.close()


def _superuser(pg_server, pg_database) -> psycopg.Connection:
    conn = psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True)
    conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
    return conn


def test_an_idle_line_cut_by_the_server_is_made_again_and_the_change_written_once(
    team, pg_server, pg_database, caplog
) -> None:
    """Session 17: the line was cut while idle, before anything was sent; the write makes
    the line again and goes through once (before, it failed once with "verbroken"; a line
    cut mid-change: tests/test_attack_s15_team_desks.py). No personal data in the log."""
    svc, admin = team
    with _superuser(pg_server, pg_database) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (svc.vault.db.backend_pid,))
    caplog.set_level(logging.DEBUG)
    svc.people.add_youth(given_name="Xandra", family_name="Quellijn", birth_date="2008-01-01")
    assert "Xandra" not in caplog.text and admin.password not in caplog.text
    again = Service.open_team(admin.url, admin.password)
    try:
        assert len(again.people.search("Xandra")) == 1
        assert again.verify_audit().ok
    finally:
        again.close()


def test_a_wrong_password_or_an_unknown_server_is_told_plainly(
    team, pg_server, pg_database
) -> None:
    _, admin = team
    with pytest.raises(ToestemmingError) as refused:
        Service.open_team(admin.url, "fout-wachtwoord")
    assert refused.value.message_id == "error-team-login-failed"
    assert "fout-wachtwoord" not in refused.value.message
    with pytest.raises(ToestemmingError) as away:
        Service.open_team(admin.url.replace(str(pg_server.port), "1"), admin.password)
    assert away.value.message_id == "error-team-unreachable"


def test_a_server_with_a_newer_schema_is_refused(team, pg_server, pg_database) -> None:
    _, admin = team
    with _superuser(pg_server, pg_database) as conn:
        conn.execute("UPDATE schema_version SET version = %s", (pg_schema.PG_VERSION + 1,))
    with pytest.raises(VaultError) as newer:
        Service.open_team(admin.url, admin.password)
    assert newer.value.message_id == "error-pg-schema-newer"


def test_a_role_outside_every_organisation_is_refused(team, pg_server, pg_database) -> None:
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as conn:
        conn.execute(
            f"CREATE ROLE los_{pg_database} LOGIN PASSWORD 'los-wachtwoord-lang' "
            f"IN ROLE {pg_schema.APP_ROLE}"
        )
    with pytest.raises(VaultError) as outside:
        Service.open_team(pg_server.url(f"los_{pg_database}", pg_database), "los-wachtwoord-lang")
    assert outside.value.message_id == "error-pg-not-a-member"


def test_a_value_the_column_cannot_hold_is_a_dutch_refusal_without_the_value(team) -> None:
    svc, _ = team
    with pytest.raises((ValidationError, VaultError)) as refused:
        svc.people.youth(2**70)  # (SQLite's integers stop at 2**63 as well)
    assert str(2**70) not in refused.value.message


def test_a_guard_a_dba_lifted_is_reported_by_the_check(team, pg_server, pg_database, clock) -> None:
    svc, admin = team
    assert svc.integrity_problems() == []
    with _superuser(pg_server, pg_database) as conn:
        conn.execute("ALTER TABLE decisions DISABLE TRIGGER decisions_no_update")
        conn.execute("ALTER TABLE youths NO FORCE ROW LEVEL SECURITY")
    problems = svc.integrity_problems()
    assert any("decisions_no_update" in p for p in problems), problems
    assert any("youths" in p for p in problems), problems
    svc.close()
    again = Service.open_team(admin.url, admin.password, clock, check=True)
    try:
        assert again.read_only
    finally:
        again.close()


def test_a_worker_login_never_shows_its_password_in_a_log(
    team, pg_server, pg_database, clock, caplog
) -> None:
    _, admin = team
    login = make_worker(pg_server, pg_database, admin, "piet")
    caplog.set_level(logging.DEBUG)
    Service.open_team(login.url, login.password, clock).close()
    with pytest.raises(VaultError):
        Service.open_team(login.url, login.password + "x", clock)
    assert login.password not in caplog.text
