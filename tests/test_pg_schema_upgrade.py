"""A team server made at schema 1 (before the DAT-only weighings and the objections of session
11, the legal duties of session 13 and the startkwalificaties of session 14) upgraded by
`pg_schema.install` ends up exactly like a server created new: the same columns, checks, guard triggers, row security and rights. Otherwise an organisation that
upgraded would have an objections table the app role cannot write, or one without its
append-only guards."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from toestemming.devtools import pgserver
from toestemming.store import pg_schema as s
from toestemming.store import pg_schema_guards as guards
from toestemming.store.pg_schema_sql import OWN_ORGANISATION_BEFORE_7

CATALOG = {
    "columns": (
        "SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') "
        "FROM information_schema.columns WHERE table_schema = 'toestemming'"
    ),
    "checks": (
        "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'toestemming'::regnamespace AND contype IN ('c', 'f', 'p', 'u')"
    ),
    "triggers": (
        "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
        "WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE 'pg_%'"
    ),
    "policies": "SELECT tablename, policyname, qual FROM pg_policies WHERE schemaname = 'toestemming'",
    "security": (
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
        "WHERE relnamespace = 'toestemming'::regnamespace AND relkind = 'r'"
    ),
    "grants": (
        "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
        "WHERE grantee = 'toestemming_app' AND table_schema = 'toestemming'"
    ),
    "version": "SELECT version, vault_equivalent FROM toestemming.schema_version",
    "functions": (
        "SELECT proname, prosecdef, provolatile, pg_get_function_arguments(oid) FROM pg_proc "
        "WHERE pronamespace = 'toestemming'::regnamespace"
    ),
}


# Schema 4 widened the check of disclosure_overrides.informed (vault migration 19).
INFORMED_NOW = "('youth', 'parents', 'youth_and_parents', 'not_informed')"
INFORMED_AT_1 = "('youth', 'parents', 'not_informed')"


# Tables added after schema 1 (objections at 3, legal_duties at 5, youth_qualifications at 6).
LATER_TABLES = ("objections", "legal_duties", "youth_qualifications")
# Schema 8 (vault migration 22): a startkwalificatie taken back; no delete, an erase-only update.
TAKEN_BACK = "youth_qualification_withdrawals"


def _without(monkeypatch: pytest.MonkeyPatch, tables: tuple[str, ...]) -> None:
    """The guard lists as they were before `tables` existed."""
    for name in ("NO_UPDATE", "NO_DELETE", "DATA_TABLES"):
        kept = tuple(t for t in getattr(guards, name) if t not in tables)
        monkeypatch.setattr(guards, name, kept)


def _schema_1(monkeypatch: pytest.MonkeyPatch) -> str:
    """What creation_script made at schema 1: the tables and guards without session 11's."""
    assert INFORMED_NOW in s.TABLES  # else the replace below quietly keeps the new check
    _without(monkeypatch, (*LATER_TABLES, TAKEN_BACK))
    script = (
        s.PRELUDE
        + s.TABLES.replace(INFORMED_NOW, INFORMED_AT_1)
        + guards.append_only_triggers()
        + guards.erase_triggers()
        + guards.row_security(OWN_ORGANISATION_BEFORE_7)
        + guards.grants()
        + "INSERT INTO schema_version VALUES (1, 16);\n"
    )
    monkeypatch.undo()
    return script


def _schema_6(monkeypatch: pytest.MonkeyPatch) -> str:
    """What creation_script made at schema 6: every table but schema 8's, the old row test
    (current_org())."""
    _without(monkeypatch, (TAKEN_BACK,))
    script = (
        s.PRELUDE
        + s.TABLES
        + s.OBJECTIONS
        + s.LEGAL_DUTIES
        + s.QUALIFICATIONS
        + guards.append_only_triggers()
        + guards.erase_triggers()
        + s.WEIGHING_SCOPE
        + guards.row_security(OWN_ORGANISATION_BEFORE_7)
        + guards.grants()
        + "INSERT INTO schema_version VALUES (6, 21);\n"
    )
    monkeypatch.undo()
    return script


@pytest.fixture
def two_databases(pg_server: pgserver.PgServer, pg_database: str) -> Iterator[tuple[str, str]]:
    other = f"{pg_database}_new"
    with psycopg.connect(pg_server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {other}")
    yield pg_database, other
    with psycopg.connect(pg_server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {other} WITH (FORCE)")


def _catalog(dsn: str) -> dict[str, list[tuple[object, ...]]]:
    with psycopg.connect(dsn) as conn:
        return {k: sorted(conn.execute(q).fetchall(), key=repr) for k, q in CATALOG.items()}


def test_a_schema_1_server_upgraded_equals_a_new_one(
    pg_server: pgserver.PgServer,
    two_databases: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, new = two_databases
    with psycopg.connect(pg_server.superuser_dsn(old)) as conn:
        conn.execute(_schema_1(monkeypatch))
        assert s.install(lambda sql: conn.execute(sql), 1) == [2, 3, 4, 5, 6, 7, 8, 9]  # type: ignore[arg-type]
    with psycopg.connect(pg_server.superuser_dsn(new)) as conn:
        assert s.install(lambda sql: conn.execute(sql), None) == [s.PG_VERSION]  # type: ignore[arg-type]
    upgraded, created = (
        _catalog(pg_server.superuser_dsn(old)),
        _catalog(pg_server.superuser_dsn(new)),
    )
    for part in CATALOG:
        assert upgraded[part] == created[part], part
    for table in LATER_TABLES:
        assert (table, "INSERT") in created["grants"]
        assert (table, "UPDATE") not in created["grants"]
        guards = {name for t, name in created["triggers"] if str(t).endswith(table)}
        assert {f"{table}_no_update", f"{table}_no_delete"} <= guards
    informed = [d for t, d in created["checks"] if str(t).endswith("disclosure_overrides")]
    assert any("youth_and_parents" in str(d) for d in informed), informed
    # Schema 8's table: written and (erase-only) updated by the app, never deleted.
    assert {(TAKEN_BACK, "INSERT"), (TAKEN_BACK, "UPDATE")} <= set(created["grants"])
    assert (TAKEN_BACK, "DELETE") not in created["grants"]
    held = {name for t, name in created["triggers"] if str(t).endswith(TAKEN_BACK)}
    assert {f"{TAKEN_BACK}_no_delete", f"{TAKEN_BACK}_only_erase"} <= held, held


def test_a_schema_6_server_in_use_upgraded_refuses_its_removed_worker_and_equals_a_new_one(
    pg_server: pgserver.PgServer, two_databases: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 6 answered a removed member's still-open session with empty tables and zero
    counts; the same session, after the upgrade to 7, is refused (28000) while a colleague
    reads their rows as before, and the upgraded catalog is a new server's."""
    old, new = two_databases
    keep, gone = f"{old}_keep", f"{old}_gone"
    with psycopg.connect(pg_server.superuser_dsn(old), autocommit=True) as su:
        su.execute(_schema_6(monkeypatch))
        su.execute("SET search_path = toestemming")
        for role in (keep, gone):
            su.execute(f"CREATE ROLE {role} NOLOGIN IN ROLE {s.APP_ROLE}")
        su.execute("INSERT INTO organisations(name, vault_id) VALUES ('School', 'v-1')")
        su.execute("INSERT INTO members(role_name, org_id) VALUES (%s, 1), (%s, 1)", (keep, gone))
        su.execute(
            "INSERT INTO youths(given_name, family_name, birth_date, given_key, family_key,"
            " created_at, org_id) VALUES ('Anna', 'Aa', '2009-01-01', 'anna', 'aa', 'x', 1)"
        )
        su.execute("UPDATE members SET removed = true WHERE role_name = %s", (gone,))
        with psycopg.connect(pg_server.superuser_dsn(old), autocommit=True) as window:
            window.execute(f"SET SESSION AUTHORIZATION {gone}")
            window.execute("SET search_path = toestemming")
            # Schema 6: the removed member is told nothing, only shown nothing.
            assert window.execute("SELECT count(*) FROM youths").fetchone()[0] == 0
            applied = s.install(lambda sql: su.execute(sql), 6)  # type: ignore[arg-type, return-value]
            assert applied == [7, 8, 9]
            with pytest.raises(psycopg.errors.InvalidAuthorizationSpecification):
                window.execute("SELECT count(*) FROM youths")
        with psycopg.connect(pg_server.superuser_dsn(old), autocommit=True) as colleague:
            colleague.execute(f"SET SESSION AUTHORIZATION {keep}")
            colleague.execute("SET search_path = toestemming")
            assert colleague.execute("SELECT given_name FROM youths").fetchall() == [("Anna",)]
    with psycopg.connect(pg_server.superuser_dsn(new)) as conn:
        s.install(lambda sql: conn.execute(sql), None)  # type: ignore[arg-type]
    upgraded, created = (
        _catalog(pg_server.superuser_dsn(old)),
        _catalog(pg_server.superuser_dsn(new)),
    )
    for part in CATALOG:
        assert upgraded[part] == created[part], part


def _back_to_6(pg_server: pgserver.PgServer, db: str) -> None:
    """A team server of today turned back into schema 6 by hand (what migrations 7 and 8
    changed: the row test, member_org() and schema 8's table; 9's turn), as a server set up
    before session 15 still is."""
    from team_support import back_to_schema_8

    with psycopg.connect(pg_server.superuser_dsn(db), autocommit=True) as su, su.transaction():
        su.execute("SET LOCAL search_path = toestemming")
        back_to_schema_8(su)
        su.execute(f"DROP TABLE {TAKEN_BACK}")
        su.execute(f"DROP FUNCTION {TAKEN_BACK}_only_erase()")
        su.execute(guards.policies_changed(OWN_ORGANISATION_BEFORE_7, guards.DATA_TABLES_7))
        su.execute("DROP FUNCTION member_org()")
        su.execute("UPDATE schema_version SET version = 6, vault_equivalent = 21")


def test_the_admin_opening_a_schema_6_team_upgrades_it_and_workers_go_on(
    pg_server: pgserver.PgServer, pg_database: str, clock, tmp_path, monkeypatch
) -> None:
    """No command upgrades a server in use: team-setup refuses an admin who has an
    organisation already (and its transaction took the upgrade back with it). Workers of an
    older server hear "ask the admin to bring the server up to date"; the admin's own open
    now does it (the schema is the admin's), and then the workers open as before."""
    from team_support import create_team, make_worker

    from toestemming.errors import VaultError
    from toestemming.service import Service

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    svc, admin = create_team(pg_server, pg_database, clock)
    svc.people.add_youth(given_name="Anna", family_name="Aa", birth_date="2009-01-01")
    wim = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    svc.close()
    _back_to_6(pg_server, pg_database)

    with pytest.raises(VaultError) as older:
        Service.open_team(wim.url, wim.password, clock)
    assert older.value.message_id == "error-pg-schema-older"
    with pytest.raises(VaultError):  # a check-only open changes nothing, not even this
        Service.open_team(admin.url, admin.password, clock, check_only=True)
    again = Service.open_team(admin.url, admin.password, clock)
    try:
        assert again.vault.db.schema_version() == s.PG_VERSION  # type: ignore[attr-defined]
        assert again.verify_audit().ok
    finally:
        again.close()
    worker = Service.open_team(wim.url, wim.password, clock)
    try:
        assert [y.given_name for y in worker.people.search("")] == ["Anna"]
    finally:
        worker.close()
