"""`toestemming-cli team-worker` as the IT department runs it: a real child process against the
real test server set up with deploy/team_server.sql. Passwords only from the environment
(or a prompt), never argv; refusals are Dutch, exit 2, change nothing."""

from __future__ import annotations

import datetime as dt
import os
import sys

import psycopg
import pytest
from team_setup_support import ADMIN_PASSWORD, TeamDb, cli, set_up, unique_role

from toestemming.devtools import pgserver
from toestemming.errors import ToestemmingError, ValidationError
from toestemming.store import pg_connect

CLI = [sys.executable, "-m", "toestemming"]
WORKER_PASSWORD = "Nieuw-Collega-Wachtwoord-1"


@pytest.fixture
def team(pg_server: pgserver.PgServer, pg_database: str, tmp_path, monkeypatch) -> TeamDb:
    # The log heads a worker's computer keeps (store/team.py) go to a temp folder, also for
    # the child processes, which inherit this environment through _cli.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return set_up(pg_server, pg_database)


_cli = cli


def test_add_list_remove_a_worker(team: TeamDb) -> None:
    anna = unique_role("anna")
    url = team.admin_url()
    added = _cli(
        "team-worker", "add", anna, "--server", url,
        PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert anna in added.stdout
    with pg_connect.connect(team.url(anna), WORKER_PASSWORD) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (anna,)
        listed = _cli("team-worker", "list", "--server", url, PGPASSWORD=ADMIN_PASSWORD)
        assert listed.returncode == 0, listed.stderr
        line = next(li for li in listed.stdout.splitlines() if li.startswith(anna + " "))
        assert "actief" in line and "wachtwoord" in line and "1 verbinding" in line
        removed = _cli("team-worker", "remove", anna, "--server", url, PGPASSWORD=ADMIN_PASSWORD)
        assert removed.returncode == 0, removed.stderr
        assert "1 open verbinding(en) verbroken" in removed.stdout
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    listed = _cli("team-worker", "list", "--server", url, PGPASSWORD=ADMIN_PASSWORD)
    assert "verwijderd" in next(li for li in listed.stdout.splitlines() if li.startswith(anna))
    for output in (added, listed, removed):
        assert ADMIN_PASSWORD not in output.stdout + output.stderr
        assert WORKER_PASSWORD not in output.stdout + output.stderr


def test_a_password_in_the_url_is_refused_before_connecting(team: TeamDb) -> None:
    url = team.admin_url().replace("toestemming_admin@", f"toestemming_admin:{ADMIN_PASSWORD}@")
    done = _cli("team-worker", "list", "--server", url)
    assert done.returncode == 2
    assert "wachtwoord niet in het serveradres" in done.stderr
    assert ADMIN_PASSWORD not in done.stderr
    url = team.admin_url() + f"&password={ADMIN_PASSWORD}"
    assert _cli("team-worker", "list", "--server", url).returncode == 2


def test_a_url_without_verified_tls_is_refused(team: TeamDb) -> None:
    for url in (
        team.server.url("toestemming_admin", team.database, sslmode="require"),
        team.admin_url().split("&sslrootcert")[0],
        "postgresql://toestemming_admin@localhost/x",
        "niet een adres ===",
    ):
        done = _cli("team-worker", "list", "--server", url, PGPASSWORD=ADMIN_PASSWORD)
        assert done.returncode == 2, url
        assert "Traceback" not in done.stderr
        assert "Fout:" in done.stderr


def test_no_password_and_no_terminal_says_how(team: TeamDb) -> None:
    done = _cli("team-worker", "list", "--server", team.admin_url())
    assert done.returncode == 2
    assert "PGPASSWORD" in done.stderr and "Traceback" not in done.stderr
    hans = unique_role("hans")
    done = _cli("team-worker", "add", hans, "--server", team.admin_url(), PGPASSWORD=ADMIN_PASSWORD)
    assert done.returncode == 2
    assert "TOESTEMMING_WORKER_PASSWORD" in done.stderr
    with team.superuser() as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (hans,)).fetchone() is None


def test_wrong_admin_password_or_unreachable_server(team: TeamDb) -> None:
    done = _cli("team-worker", "list", "--server", team.admin_url(), PGPASSWORD="fout-fout-fout")
    assert done.returncode == 2
    assert "Inloggen bij de teamserver lukte niet" in done.stderr
    port = pgserver.free_port()
    url = team.admin_url().replace(f":{team.server.port}/", f":{port}/")
    done = _cli("team-worker", "list", "--server", url, PGPASSWORD=ADMIN_PASSWORD)
    assert done.returncode == 2
    assert "niet bereikbaar" in done.stderr and "Traceback" not in done.stderr


def test_english_messages_with_taal(team: TeamDb) -> None:
    done = _cli("--taal", "en", "team-worker", "list", "--server", "postgresql://a@b/c")
    assert done.returncode == 2
    assert "sslmode=verify-full" in done.stderr and "must" in done.stderr


def test_a_hostile_worker_name_is_refused(team: TeamDb) -> None:
    for name in ('x"; DROP ROLE toestemming_admin; --', "Anna", "toestemming_admin;"):
        done = _cli(
            "team-worker", "add", name, "--server", team.admin_url(),
            PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
        )  # fmt: skip
        assert done.returncode == 2
        assert "gebruikersnaam is ongeldig" in done.stderr
    with team.superuser() as conn:
        assert conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'toestemming_admin'"
        ).fetchone() == (True,)


def test_script_then_one_command_then_a_worker_opens_the_team(team: TeamDb) -> None:
    """The whole IT set-up of docs/TEAM_SERVER.md: SQL script (fixture), team-setup, a worker
    added with the CLI, who then opens the team in the app; removed, they are refused."""
    url = team.admin_url()
    env = {"PGPASSWORD": ADMIN_PASSWORD}
    setup = _cli(
        "team-setup", "--server", url, "--organisation", "RMC West", "--worker", "Beheer", **env
    )
    assert setup.returncode == 0, setup.stderr
    again = _cli(
        "team-setup", "--server", url, "--organisation", "RMC West", "--worker", "Beheer", **env
    )
    assert again.returncode == 2 and "Traceback" not in again.stderr  # one organisation per admin
    anna = unique_role("anna")
    added = _cli(
        "team-worker", "add", anna, "--naam", "Anna de Vries", "--server", url,
        TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD, **env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "nog bij geen organisatie" not in added.stderr
    assert "Anna de Vries" not in added.stdout + added.stderr  # a name is shown nowhere it needn't

    from toestemming.service import Service

    Service.open_team(team.url(anna), WORKER_PASSWORD).close()  # first open: becomes a worker
    service = Service.open_team(team.url(anna), WORKER_PASSWORD)
    try:
        assert service.vault.slot.label == "Anna de Vries"  # the name the admin gave
    finally:
        service.close()
    removed = _cli("team-worker", "remove", anna, "--server", url, **env)
    assert removed.returncode == 0, removed.stderr
    with pytest.raises(ToestemmingError):
        Service.open_team(team.url(anna), WORKER_PASSWORD)


def test_a_removed_worker_is_told_the_login_is_refused_not_unreachable(team: TeamDb) -> None:
    from toestemming.service import Service

    env = {"PGPASSWORD": ADMIN_PASSWORD}
    url = team.admin_url()
    assert (
        _cli(
            "team-setup", "--server", url, "--organisation", "O", "--worker", "B", **env
        ).returncode
        == 0
    )
    bram = unique_role("bram")
    _cli(
        "team-worker",
        "add",
        bram,
        "--server",
        url,
        TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
        **env,
    )
    assert _cli("team-worker", "remove", bram, "--server", url, **env).returncode == 0
    with pytest.raises(ToestemmingError) as caught:
        Service.open_team(team.url(bram), WORKER_PASSWORD)
    assert caught.value.message_id == "error-team-login-failed"  # not "unreachable"


def test_two_organisations_one_server_each_admin_manages_its_own(team: TeamDb) -> None:
    """docs/TEAM_SERVER.md's second organisation: a second admin role in toestemming_admin.
    Roles are the server's, so the admin of one organisation must not see or remove the
    workers of the other."""
    from toestemming.clock import FixedClock
    from toestemming.service import Service
    from toestemming.store import pg_roles

    west, oost = unique_role("west"), unique_role("oost")
    oost_admin = unique_role("toestemming_admin_oost")
    oost_password = "Oost-Beheer-2026-lang"
    with team.superuser() as conn:
        conn.execute(
            f"CREATE ROLE {oost_admin} LOGIN CREATEROLE IN ROLE toestemming_admin "
            f"PASSWORD '{oost_password}'"
        )
        conn.execute(f"GRANT pg_signal_backend TO {oost_admin}")
    clock = FixedClock(dt.datetime(2026, 12, 3, 9, tzinfo=dt.UTC))
    Service.create_team(team.admin_url(), "RMC West", "Beheer W", ADMIN_PASSWORD, clock).close()
    Service.create_team(team.url(oost_admin), "RMC Oost", "Beheer O", oost_password, clock).close()
    with pg_connect.connect(team.admin_url(), ADMIN_PASSWORD) as admin:
        assert pg_roles.add_worker(admin, west, WORKER_PASSWORD)
    with pg_connect.connect(team.url(oost_admin), oost_password) as admin:
        assert pg_roles.add_worker(admin, oost, WORKER_PASSWORD)
        assert [w.role for w in pg_roles.list_workers(admin)] == [oost]
        with pytest.raises(ValidationError, match="geen medewerker"):
            pg_roles.remove_worker(admin, west)
    with pg_connect.connect(team.url(west), WORKER_PASSWORD) as still_in:
        assert still_in.execute("SELECT current_user").fetchone() == (west,)


def _on_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the CLI on a real pseudo-terminal, typing `answers` at its password prompts."""
    import pty
    import select

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "TOESTEMMING_"))}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI, its terminal is the pty
        os.execve(sys.executable, [*CLI, *args], {**env, "LANG": "C.UTF-8"})
    seen, pending = b"", list(answers)
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            os.kill(pid, 9)
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if pending and seen.endswith(b": "):  # a prompt waits (getpass flushes input typed early)
            os.write(fd, pending.pop(0).encode() + b"\n")
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_passwords_typed_at_the_prompt_never_echoed(team: TeamDb) -> None:
    typo = unique_role("tik")
    args = ["team-worker", "add", typo, "--server", team.admin_url()]
    code, screen = _on_a_terminal(args, [WORKER_PASSWORD, WORKER_PASSWORD + "x"])
    assert code == 2 and "niet gelijk" in screen
    assert WORKER_PASSWORD not in screen  # getpass: nothing typed is shown
    with team.superuser() as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (typo,)).fetchone() is None
    role = unique_role("tik")
    args = ["team-worker", "add", role, "--server", team.admin_url()]
    code, screen = _on_a_terminal(args, [WORKER_PASSWORD, WORKER_PASSWORD, ADMIN_PASSWORD])
    assert code == 0, screen
    assert "Wachtwoord nieuwe medewerker" in screen and "Wachtwoord beheerder" in screen
    assert WORKER_PASSWORD not in screen and ADMIN_PASSWORD not in screen
    with pg_connect.connect(team.url(role), WORKER_PASSWORD) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (role,)
