"""Session 21 (multi24): the team SERVER stops a desk of an older release.

Session 20 made each write turn of the program read the schema's version: a desk of THAT
release left open while the administrator upgraded the server writes nothing more. Releases
before it were not stopped at all: their turn was `SELECT take_write_turn()` and then their
rows, into a schema they do not know. Schema 9 moves the check to the server: the turn takes
the release's schema number, the old turn without one is refused, and the log's insert
trigger refuses a transaction whose turn did not say its release (so also an old desk whose
turn was already waiting when the upgrade came). SQLSTATE 25006 is what every release since
the first team server shows as "… alleen lezen … Er is niets gewijzigd".

The older desk is what it really is on the line: a connection of the worker's own login that
says no release number (psycopg straight to the server, no app code in between)."""

from __future__ import annotations

import contextlib
import threading

import psycopg
import pytest
from psycopg import errors as pg_errors
from team_support import as_login, back_to_schema_8, team_with_wim

from toestemming.errors import VaultError, user_text
from toestemming.service import Service
from toestemming.store import pg_schema

OLD_EVENT = (
    "INSERT INTO events(seq, at, kind, body, hash) "
    "VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM events), '2026-12-06T03:00:00Z', "
    "'youth.added', '\\x7b7d'::bytea, '\\x00'::bytea)"
)


@pytest.fixture
def team(pg_server, pg_database, clock, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    return team_with_wim(pg_server, pg_database, clock)


def _count(conn: psycopg.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]


def _waiting(su: psycopg.Connection, sessions: int, stop: threading.Event) -> bool:
    """Until `sessions` sessions of this database wait for a lock (or `stop` is set)."""
    for _ in range(400):
        row = su.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database()"
        ).fetchone()
        if row and row[0] >= sessions:
            return True
        if stop.wait(0.05):
            return False
    return False


def test_an_older_releases_write_turn_is_refused_by_the_server_nothing_written(team) -> None:  # type: ignore[no-untyped-def]
    _admin, wim = team
    with as_login(wim) as old_desk:
        youths, events = _count(old_desk, "youths"), _count(old_desk, "events")
        old_desk.execute("BEGIN")
        with pytest.raises(pg_errors.ReadOnlySqlTransaction) as refused:
            old_desk.execute("SELECT take_write_turn()")  # (what every release before 9 sends)
        old_desk.execute("ROLLBACK")
        assert refused.value.sqlstate == "25006"
        assert "Werk het programma bij" in (refused.value.diag.message_primary or "")
        # An older release that skips the turn altogether: its log line is refused.
        with pytest.raises(pg_errors.ReadOnlySqlTransaction), old_desk.transaction():
            old_desk.execute(OLD_EVENT)
        # A number of its own, lower than the schema's: refused too.
        with pytest.raises(pg_errors.ReadOnlySqlTransaction), old_desk.transaction():
            old_desk.execute(f"SELECT take_write_turn({pg_schema.PG_VERSION - 1})")
        assert (_count(old_desk, "youths"), _count(old_desk, "events")) == (youths, events)


def test_an_older_desks_turn_waiting_across_the_upgrade_writes_nothing_after_it(
    team, clock, pg_server, pg_database
) -> None:  # type: ignore[no-untyped-def]
    """The server is at schema 8. A colleague's save holds the turn; the administrator's
    newer desk opens (the upgrade waits for that save); Wim's older desk saves meanwhile (its
    turn waits behind the upgrade, inside the old take_write_turn()). The colleague's save
    ends, the upgrade is made, Wim's turn comes: his log line is refused, nothing kept."""
    admin, wim = team
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        with su.transaction():
            su.execute("SET LOCAL search_path = toestemming")
            back_to_schema_8(su)
        stop = threading.Event()
        opened: list[Service] = []
        outcome: list[BaseException | None] = []
        with as_login(admin) as colleague, as_login(wim) as old_desk:
            events = _count(old_desk, "events")
            colleague.execute("BEGIN")
            colleague.execute("SELECT take_write_turn()")  # (schema 8: the old turn)

            def upgrade() -> None:
                opened.append(Service.open_team(admin.url, admin.password, clock))

            def wim_saves() -> None:
                try:
                    with old_desk.transaction():
                        old_desk.execute("SELECT take_write_turn()")
                        old_desk.execute(OLD_EVENT)
                    outcome.append(None)
                except BaseException as exc:
                    outcome.append(exc)

            upgrading = threading.Thread(target=upgrade)
            upgrading.start()
            assert _waiting(su, 1, stop)
            saving = threading.Thread(target=wim_saves)
            saving.start()
            assert _waiting(su, 2, stop)
            colleague.execute("COMMIT")
            upgrading.join(60)
            saving.join(60)
            assert opened, "the upgrade did not finish"
            try:
                assert opened[0].vault.db.schema_version() == pg_schema.PG_VERSION  # type: ignore[attr-defined]
            finally:
                opened[0].close()
            assert len(outcome) == 1
            assert isinstance(outcome[0], pg_errors.ReadOnlySqlTransaction), outcome
            assert _count(old_desk, "events") == events


def test_this_release_writes_and_is_refused_by_the_server_once_it_is_older(
    team, clock, pg_server, pg_database
) -> None:  # type: ignore[no-untyped-def]
    """The same check stops THIS release when a later one upgrades the server (simulated:
    the version number raised by hand): said in Dutch, nothing written — by the server, the
    program no longer reads the version itself."""
    _admin, wim = team
    desk = Service.open_team(wim.url, wim.password, clock)
    try:
        desk.people.add_youth(given_name="Bram", family_name="Bos", birth_date="2010-02-02")
        with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
            su.execute(
                "UPDATE toestemming.schema_version SET version = %s",
                (pg_schema.PG_VERSION + 1,),
            )
        with pytest.raises(VaultError) as told:
            desk.people.add_youth(given_name="Cas", family_name="Cok", birth_date="2011-03-03")
        assert told.value.message_id == "error-pg-schema-newer"
        assert "Werk het programma bij" in user_text(told.value)
        assert [y.given_name for y in desk.people.search("")] == ["Anna", "Bram"]
    finally:
        # (Its closing checkpoint is a write too: said the same way, the keys forgotten.)
        with contextlib.suppress(VaultError):
            desk.close()
    assert not desk.is_open


def test_the_old_desk_guard_switched_off_is_named_by_check(team, pg_server, pg_database) -> None:  # type: ignore[no-untyped-def]
    admin, _wim = team
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        su.execute("ALTER TABLE toestemming.events DISABLE TRIGGER events_desk_release")
    from toestemming.store import team as team_store

    db = team_store.connect(admin.url, admin.password)
    try:
        details = [p.params.get("detail") for p in db.file_problem_phrases()]
    finally:
        db.close()
    assert "bewaking uit: trigger events_desk_release" in details
