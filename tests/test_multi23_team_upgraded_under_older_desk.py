"""Session 20 (multi23): version skew on a team. Wim's desk runs the older release (team
schema 7) and is open when the administrator's newer desk opens and brings the team server up
to schema 8. Wim then saves. Before: his older program wrote on into a schema it does not
know (its open had checked the version once). Now every write turn reads the schema's version
after it has the organisation's turn: newer than the program → refused in Dutch ("Werk het
programma bij"), nothing written. And the upgrade waits for a write turn in progress (it
takes the organisations' table in EXCLUSIVE mode), so no turn started before the upgrade
writes after it."""

from __future__ import annotations

import contextlib
import threading

import psycopg
import pytest
from team_support import as_login, back_to_schema_8, older_desk, team_with_wim

from toestemming.errors import VaultError, user_text
from toestemming.service import Service
from toestemming.store import pg_schema

TAKEN_BACK = "youth_qualification_withdrawals"


def _back_to_7(pg_server, db: str) -> None:  # type: ignore[no-untyped-def]
    """Today's team server turned back into schema 7 (what migration 8 added: one table)."""
    with psycopg.connect(pg_server.superuser_dsn(db), autocommit=True) as su, su.transaction():
        su.execute("SET LOCAL search_path = toestemming")
        back_to_schema_8(su)  # (session 21: schema 9 too)
        su.execute(f"DROP TABLE {TAKEN_BACK}")
        su.execute(f"DROP FUNCTION {TAKEN_BACK}_only_erase()")
        su.execute("UPDATE schema_version SET version = 7, vault_equivalent = 21")


def _older_program() -> contextlib.AbstractContextManager[None]:
    """This process runs the release before schema 8 (its PG_VERSION)."""
    return older_desk(7)


def _count(svc: Service, sql: str) -> int:
    return int(svc.vault.db.scalar(sql))


@pytest.fixture
def older_team(pg_server, pg_database, clock, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    admin, wim = team_with_wim(pg_server, pg_database, clock)
    _back_to_7(pg_server, pg_database)
    return admin, wim


def test_an_older_desk_open_while_the_team_is_upgraded_refuses_to_write(older_team, clock) -> None:  # type: ignore[no-untyped-def]
    admin, wim = older_team
    with _older_program():  # (Wim's desk)
        older = Service.open_team(wim.url, wim.password, clock)
        older.people.add_youth(given_name="Bram", family_name="Bos", birth_date="2010-02-02")
    try:
        newer = Service.open_team(admin.url, admin.password, clock)  # upgrades the server
        try:
            assert newer.vault.db.schema_version() == pg_schema.PG_VERSION  # type: ignore[attr-defined]
        finally:
            newer.close()
        youths = _count(older, "SELECT count(*) FROM youths")
        events = _count(older, "SELECT count(*) FROM events")

        with _older_program(), pytest.raises(VaultError) as told:
            older.people.add_youth(given_name="Cas", family_name="Cok", birth_date="2011-03-03")
        assert told.value.message_id == "error-pg-schema-newer"
        assert "Werk het programma bij" in user_text(told.value)
        assert _count(older, "SELECT count(*) FROM youths") == youths
        assert _count(older, "SELECT count(*) FROM events") == events
        with _older_program(), pytest.raises(VaultError):  # the next save too
            older.people.add_youth(given_name="Cas", family_name="Cok", birth_date="2011-03-03")
        assert [y.given_name for y in older.people.search("")] == ["Anna", "Bram"]
    finally:
        older.close()
    updated = Service.open_team(wim.url, wim.password, clock)  # (Wim updated his program)
    try:
        updated.people.add_youth(given_name="Cas", family_name="Cok", birth_date="2011-03-03")
        assert updated.verify_audit().ok
    finally:
        updated.close()


def test_the_upgrade_waits_for_a_write_turn_in_progress(
    older_team, clock, pg_server, pg_database
) -> None:  # type: ignore[no-untyped-def]
    """A desk holds the organisation's write turn (its save is under way) when the admin's
    desk opens: the upgrade waits until that save is over, not migrating under it."""
    admin, wim = older_team
    with as_login(wim) as desk:
        desk.execute("BEGIN")
        desk.execute("SELECT take_write_turn()")
        done = threading.Event()
        opened: list[Service] = []

        def upgrade() -> None:
            opened.append(Service.open_team(admin.url, admin.password, clock))
            done.set()

        thread = threading.Thread(target=upgrade)
        thread.start()
        with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
            waited = False
            for _ in range(200):  # (until the admin's session is seen waiting for a lock)
                row = su.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    " AND datname = current_database()"
                ).fetchone()
                if row and row[0]:
                    waited = True
                    break
                if done.wait(0.05):
                    break
        assert waited and not done.is_set()
        assert desk.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 7
        desk.execute("COMMIT")
        thread.join(30)
    assert done.is_set()
    try:
        assert opened[0].vault.db.schema_version() == pg_schema.PG_VERSION  # type: ignore[attr-defined]
    finally:
        opened[0].close()
