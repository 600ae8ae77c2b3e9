"""Session 8: `toestemming-cli team-worker remove` as IT runs it, then what the app and the
server say about that worker: removed everywhere, also when the login is turned back on by
hand later. Real child processes against the real test server (deploy/team_server.sql)."""

from __future__ import annotations

import subprocess

import psycopg
import pytest
from team_setup_support import ADMIN_PASSWORD, TeamDb, cli, set_up, unique_role

from toestemming.devtools import pgserver
from toestemming.errors import AccessRevoked
from toestemming.service import Service
from toestemming.store import pg_schema

WORKER_PASSWORD = "Nieuw-Collega-Wachtwoord-1"


@pytest.fixture
def team(pg_server: pgserver.PgServer, pg_database: str, tmp_path, monkeypatch) -> TeamDb:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return set_up(pg_server, pg_database)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return cli(*args, PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD)


def test_removed_by_it_is_removed_in_the_app_list_and_stays_out(team: TeamDb) -> None:
    url = team.admin_url()
    setup = _cli("team-setup", "--server", url, "--organisation", "RMC", "--worker", "Beheer")
    assert setup.returncode == 0, setup.stderr
    anna = unique_role("anna")
    added = _cli("team-worker", "add", anna, "--naam", "Anna de Vries", "--server", url)
    assert added.returncode == 0, added.stderr
    Service.open_team(team.url(anna), WORKER_PASSWORD).close()  # she worked with the app

    removed = _cli("team-worker", "remove", anna, "--server", url)
    assert removed.returncode == 0, removed.stderr
    assert "verwijderd" in removed.stdout and "Traceback" not in removed.stderr

    admin = Service.open_team(url, ADMIN_PASSWORD)
    try:
        anna_row = next(w for w in admin.workers() if w.slot_id == anna)
        assert not anna_row.active  # the app no longer lists her as an active colleague
        kinds = [r[0] for r in admin.vault.db.query("SELECT kind FROM events ORDER BY seq")]
        assert kinds[-1] == "worker.removed"  # said in the log, like a removal in the app
        assert not admin.read_only
    finally:
        admin.close()

    # The DBA turns the login back on by hand: she still sees and writes nothing (refused
    # by the server, not answered 0: schema 7).
    with psycopg.connect(team.server.superuser_dsn(team.database), autocommit=True) as su:
        su.execute(f"ALTER ROLE {anna} LOGIN")
        su.execute(f"GRANT {pg_schema.APP_ROLE} TO {anna}")
    with psycopg.connect(team.url(anna), password=WORKER_PASSWORD, autocommit=True) as conn:
        conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
        with pytest.raises(psycopg.errors.InvalidAuthorizationSpecification):
            conn.execute("SELECT count(*) FROM workers")
        assert conn.execute("SELECT current_org()").fetchone()[0] is None
    with pytest.raises(AccessRevoked):
        Service.open_team(team.url(anna), WORKER_PASSWORD)


def test_removed_by_it_before_ever_opening_the_app(team: TeamDb) -> None:
    """A worker removed before their first open has no row in the app: nothing to mark, and
    they never become one."""
    url = team.admin_url()
    assert (
        _cli("team-setup", "--server", url, "--organisation", "O", "--worker", "B").returncode == 0
    )
    bram = unique_role("bram")
    assert _cli("team-worker", "add", bram, "--server", url).returncode == 0
    removed = _cli("team-worker", "remove", bram, "--server", url)
    assert removed.returncode == 0, removed.stderr
    assert "Let op" not in removed.stderr
    admin = Service.open_team(url, ADMIN_PASSWORD)
    try:
        assert all(w.slot_id != bram for w in admin.workers())
    finally:
        admin.close()


def test_a_removed_login_name_cannot_be_added_again(team: TeamDb) -> None:
    """IT adds a returning colleague under the old name: refused in plain Dutch with what to
    do instead (a new name), and the old login stays off."""
    url = team.admin_url()
    assert (
        _cli("team-setup", "--server", url, "--organisation", "O", "--worker", "B").returncode == 0
    )
    cees = unique_role("cees")
    assert _cli("team-worker", "add", cees, "--server", url).returncode == 0
    assert _cli("team-worker", "remove", cees, "--server", url).returncode == 0
    again = _cli("team-worker", "add", cees, "--server", url)
    assert again.returncode == 2
    assert "verwijderd" in again.stderr and "nieuwe inlognaam" in again.stderr
    assert "Traceback" not in again.stderr
    with team.superuser() as conn:
        assert conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (cees,)
        ).fetchone() == (False,)


def test_the_list_shows_who_the_app_removed_while_their_login_is_still_on(
    team: TeamDb,
) -> None:
    """A colleague removed Dirk in the app (Medewerkers); IT has not disabled his login. The
    server already keeps him out; the list tells IT what is left to do."""
    url = team.admin_url()
    assert (
        _cli("team-setup", "--server", url, "--organisation", "O", "--worker", "B").returncode == 0
    )
    dirk = unique_role("dirk")
    assert _cli("team-worker", "add", dirk, "--server", url).returncode == 0
    Service.open_team(team.url(dirk), WORKER_PASSWORD).close()
    admin = Service.open_team(url, ADMIN_PASSWORD)
    try:
        admin.remove_worker(next(w.id for w in admin.workers() if w.slot_id == dirk))
    finally:
        admin.close()
    listed = _cli("team-worker", "list", "--server", url)
    assert listed.returncode == 0, listed.stderr
    line = next(li for li in listed.stdout.splitlines() if li.startswith(dirk + " "))
    assert "verwijderd*" in line
    assert "team-worker remove" in listed.stdout
    assert _cli("team-worker", "remove", dirk, "--server", url).returncode == 0
    listed = _cli("team-worker", "list", "--server", url)
    line = next(li for li in listed.stdout.splitlines() if li.startswith(dirk + " "))
    assert "verwijderd" in line and "*" not in line
