"""The IT set-up and workers' roles against a real PostgreSQL: deploy/team_server.sql run by
psql, roles made and removed by store/pg_roles.py over the admin's TLS connection, and then
what a worker (or a removed worker) can and cannot do on the server."""

from __future__ import annotations

import psycopg
import pytest
from team_setup_support import ADMIN_PASSWORD, TeamDb, run_script, set_up, unique_role

from toestemming.devtools import pgserver
from toestemming.errors import ValidationError
from toestemming.store import pg_connect, pg_roles
from toestemming.store.pg_connect import TeamServerError

WORKER_PASSWORD = "Anna-Werkt-Bij-RMC-2026"


@pytest.fixture
def team(pg_server: pgserver.PgServer, pg_database: str) -> TeamDb:
    return set_up(pg_server, pg_database)


@pytest.fixture
def admin(team: TeamDb):
    with pg_connect.connect(team.admin_url(), ADMIN_PASSWORD) as conn:
        yield conn


def test_the_script_sets_up_roles_and_locks_the_database(team: TeamDb) -> None:
    with team.superuser() as conn:
        rows = conn.execute(
            "SELECT rolname, rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls"
            " FROM pg_roles WHERE rolname LIKE 'toestemming%'"
        ).fetchall()
        roles = {name: tuple(flags) for name, *flags in rows}
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        public_connect = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT'),"
            " has_database_privilege('public', current_database(), 'TEMPORARY'),"
            " has_schema_privilege('public', 'public', 'CREATE')"
        ).fetchone()
    nothing = (False, False, False, False, False)
    assert roles["toestemming_admin"] == (True, False, False, True, False)  # login, createrole
    assert roles["toestemming_app"] == nothing
    assert roles["toestemming_cert"] == nothing
    assert owner == ("toestemming_admin",)
    assert public_connect == (False, False, False)
    # Run again (the DBA re-runs it after an upgrade): nothing breaks, nothing is duplicated.
    again = run_script(team.server, team.database)
    assert again.returncode == 0, again.stderr


def test_a_role_outside_the_app_group_cannot_even_connect(team: TeamDb) -> None:
    outsider = unique_role("buiten")
    with team.superuser() as conn:
        conn.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD '{WORKER_PASSWORD}'")
    with pytest.raises(TeamServerError) as caught:
        pg_connect.connect(team.url(outsider), WORKER_PASSWORD)
    assert caught.value.message_id == "error-team-login-failed"


def test_a_worker_connects_over_tls_only(team: TeamDb, admin) -> None:
    anna = unique_role("anna")
    pg_roles.add_worker(admin, anna, WORKER_PASSWORD)
    with pg_connect.connect(team.url(anna), WORKER_PASSWORD) as conn:
        ssl, user = conn.execute(
            "SELECT ssl, current_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert ssl is True and user == anna
    # Without TLS the server refuses, whatever the client asks for.
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(team.url(anna, sslmode="disable"), password=WORKER_PASSWORD)
    # "allow" tries without TLS first: the server refuses that, so it ends up encrypted.
    with psycopg.connect(team.url(anna, sslmode="allow"), password=WORKER_PASSWORD) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)
    # ... and the app's own connect refuses such a URL before a password leaves the computer.
    with pytest.raises(ValidationError) as caught:
        pg_connect.connect(team.url(anna, sslmode="disable"), WORKER_PASSWORD)
    assert caught.value.message_id == "error-team-url-needs-tls"
    with pytest.raises(TeamServerError) as wrong:
        pg_connect.connect(team.url(anna), "Fout-Wachtwoord-123")
    assert wrong.value.message_id == "error-team-login-failed"
    assert anna not in wrong.value.message


def test_the_server_keeps_only_a_scram_verifier(team: TeamDb, admin) -> None:
    bram = unique_role("bram")
    pg_roles.add_worker(admin, bram, WORKER_PASSWORD)
    with team.superuser() as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (bram,))
        value = stored.fetchone()[0]
    assert value.startswith("SCRAM-SHA-256$") and WORKER_PASSWORD not in value


def test_a_worker_cannot_create_roles_databases_or_schemas(team: TeamDb, admin) -> None:
    cees = unique_role("cees")
    pg_roles.add_worker(admin, cees, WORKER_PASSWORD)
    with pg_connect.connect(team.url(cees), WORKER_PASSWORD) as conn:
        for statement in (
            "CREATE ROLE stiekem LOGIN",
            "CREATE DATABASE stiekem",
            "CREATE SCHEMA stiekem",
            "CREATE TABLE public.stiekem (x int)",
            "CREATE TEMP TABLE stiekem (x int)",
            f"ALTER ROLE {cees} CREATEROLE",
            f"ALTER ROLE {cees} CONNECTION LIMIT -1",
            "GRANT toestemming_cert TO " + cees,
            "SET ROLE toestemming_admin",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        limits = conn.execute(
            "SELECT rolconnlimit, rolcreaterole, rolcreatedb, rolbypassrls, rolsuper"
            " FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert limits == (pg_roles.CONNECTION_LIMIT, False, False, False, False)


def test_removed_worker_is_out_now_and_cannot_come_back(team: TeamDb, admin) -> None:
    dirk = unique_role("dirk")
    pg_roles.add_worker(admin, dirk, WORKER_PASSWORD)
    open_session = pg_connect.connect(team.url(dirk), WORKER_PASSWORD)
    second = pg_connect.connect(team.url(dirk), WORKER_PASSWORD)
    assert open_session.execute("SELECT 1").fetchone() == (1,)

    assert pg_roles.remove_worker(admin, dirk) == 2

    for conn in (open_session, second):  # the session that was open is ended, not left running
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
        conn.close()
    with pytest.raises(TeamServerError) as caught:
        pg_connect.connect(team.url(dirk), WORKER_PASSWORD)
    assert caught.value.message_id == "error-team-login-failed"
    removed = {w.role: w for w in pg_roles.list_workers(admin)}[dirk]
    assert removed == pg_roles.Worker(dirk, can_login=False, certificate=False, sessions=0)
    with team.superuser() as conn:
        member = conn.execute("SELECT pg_has_role(%s, 'toestemming_app', 'MEMBER')", (dirk,))
        assert member.fetchone() == (False,)


def test_certificate_worker_logs_in_with_its_certificate_until_removed(
    team: TeamDb, admin, tmp_path
) -> None:
    eva = unique_role("eva")
    pg_roles.add_worker(admin, eva, cert=True)
    crt, key = team.server.certs.client(eva, tmp_path)
    url = team.url(eva) + f"&sslcert={crt}&sslkey={key}"
    with pg_connect.connect(url, None) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (eva,)
    # No password was set: the password route is closed for this role.
    with pytest.raises(TeamServerError):
        pg_connect.connect(team.url(eva), WORKER_PASSWORD)
    assert [w.certificate for w in pg_roles.list_workers(admin) if w.role == eva] == [True]
    pg_roles.remove_worker(admin, eva)
    with pytest.raises(TeamServerError) as caught:
        pg_connect.connect(url, None)
    assert caught.value.message_id == "error-team-login-failed"


def test_admin_refusals_are_dutch_and_change_nothing(team: TeamDb, admin) -> None:
    fleur = unique_role("fleur")
    pg_roles.add_worker(admin, fleur, WORKER_PASSWORD)
    with pytest.raises(ValidationError, match="bestaat al"):
        pg_roles.add_worker(admin, fleur, WORKER_PASSWORD)
    with pytest.raises(ValidationError, match="minstens 12"):
        pg_roles.add_worker(admin, unique_role("kort"), "kort")
    with pytest.raises(ValidationError, match="niet allebei"):
        pg_roles.add_worker(admin, unique_role("beide"), WORKER_PASSWORD, cert=True)
    with pytest.raises(ValidationError, match="niet allebei"):
        pg_roles.add_worker(admin, unique_role("geen"))
    for hostile in ('x"; DROP ROLE toestemming_admin; --', "Robert", "pg_monitor", ""):
        with pytest.raises(ValidationError):
            pg_roles.add_worker(admin, hostile, WORKER_PASSWORD)
    # Removing anything that is not a worker made here is refused: not the admin, not a group.
    for not_a_worker in ("toestemming_admin", "toestemming_app", "postgres", "onbekend"):
        with pytest.raises(ValidationError, match="geen medewerker"):
            pg_roles.remove_worker(admin, not_a_worker)
    with team.superuser() as conn:
        assert conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'toestemming_admin'"
        ).fetchone() == (True,)
    assert [w.role for w in pg_roles.list_workers(admin) if w.role == fleur] == [fleur]


def test_a_worker_cannot_add_or_remove_workers(team: TeamDb, admin) -> None:
    gijs, hans = unique_role("gijs"), unique_role("hans")
    pg_roles.add_worker(admin, gijs, WORKER_PASSWORD)
    pg_roles.add_worker(admin, hans, WORKER_PASSWORD)
    with pg_connect.connect(team.url(gijs), WORKER_PASSWORD) as conn:
        with pytest.raises(TeamServerError) as caught:
            pg_roles.add_worker(conn, unique_role("ines"), WORKER_PASSWORD)
        assert caught.value.message_id == "error-team-not-allowed"
        with pytest.raises(TeamServerError) as caught:
            pg_roles.remove_worker(conn, hans)
        assert caught.value.message_id == "error-team-not-allowed"
    with pg_connect.connect(team.url(hans), WORKER_PASSWORD) as still_in:
        assert still_in.execute("SELECT current_user").fetchone() == (hans,)
