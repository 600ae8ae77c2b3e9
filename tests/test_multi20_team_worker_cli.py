"""Session 17 (multi20): `team-worker remove|add` as sturdy as a desk's write.

The desks' writes are tried again after a deadlock and on a new line after a cut (store/
turns.py, pg.py); the IT commands were not (session 16's leftover). Each test runs the real
command in a child process against the real server:

- A DBA's psql session holds the leaving worker's `members` row (a name fixed by hand) and
  then alters her role: IT's `team-worker remove` is caught in a deadlock with it. Before:
  "De teamserver gaf een fout", exit 2 — and the worker could still log in. Now: tried again
  after the DBA is done; removed, her sessions ended, exit 0.
- The admin's line is cut in the middle of the removal (a server restarted, a DBA's
  pg_terminate_backend). Before: "niet bereikbaar", exit 2, nothing removed. Now: made again,
  removed, exit 0.
- `team-worker add` whose COMMIT answer is lost (kept on the server). Before: "De teamserver
  gaf een fout. Er is niets veranderd." — false: the worker was added, and IT's second try
  said "bestaat al". Now it asks what became of it (txid_status): "toegevoegd", exit 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_support import serving
from team_setup_support import ADMIN_PASSWORD, TeamDb, cli, set_up, unique_role

from toestemming.devtools import pgserver

WORKER_PASSWORD = "Vertrekkende-Collega-2026"
SAFETY_S = 60.0  # a ceiling for conditions polled, never a wait for time to pass


@pytest.fixture
def team(
    pg_server: pgserver.PgServer, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> TeamDb:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    team = set_up(pg_server, pg_database)
    env = {"PGPASSWORD": ADMIN_PASSWORD}
    done = cli(
        "team-setup", "--server", team.admin_url(), "--organisation", "RMC", "--worker", "IT",
        **env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return team


def _added(team: TeamDb) -> str:
    bram = unique_role("bram")
    done = cli(
        "team-worker", "add", bram, "--server", team.admin_url(),
        PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return bram


def _started(team: TeamDb, *args: str, **env: str) -> subprocess.Popen[str]:
    """`team-worker ARGS --server …` as IT runs it, started, not waited for (cli()'s
    environment: no terminal, no PG*/TOESTEMMING_* but the admin's password and `env`)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "TOESTEMMING_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "toestemming", "team-worker", *args, "--server", team.admin_url()],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**clean, "LANG": "C.UTF-8", "PGPASSWORD": ADMIN_PASSWORD, **env},
    )  # fmt: skip


def _removal(team: TeamDb, role: str) -> subprocess.Popen[str]:
    return _started(team, "remove", role)


@pytest.fixture
def dba(team: TeamDb) -> Iterator[psycopg.Connection]:
    """A DBA's psql session that never looks for deadlocks itself (the command's side is the
    one the server ends), inside a transaction."""
    conn = team.superuser()
    try:
        conn.execute("SET deadlock_timeout = '10min'")
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.close()


def _holding_members_row(dba: psycopg.Connection, role: str) -> None:
    row = dba.execute(
        "SELECT 1 FROM toestemming.members WHERE role_name = %s FOR UPDATE", (role,)
    ).fetchone()
    assert row is not None


_FOR_A_LOCK = (
    "SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid "
    "WHERE a.usename = 'toestemming_admin' AND a.datname = current_database() "
    "AND NOT l.granted LIMIT 1"
)
_FOR_THE_STANDBY = (
    "SELECT pid FROM pg_stat_activity WHERE usename = 'toestemming_admin' "
    "AND wait_event = 'SyncRep'"
)


def _admin_waiting(team: TeamDb, command: subprocess.Popen[str], query: str = _FOR_A_LOCK) -> int:
    """The command's server process once it waits (for a lock; `_FOR_THE_STANDBY`: its COMMIT
    for the standby), a condition polled."""
    deadline = time.monotonic() + SAFETY_S
    with team.superuser() as su:
        while time.monotonic() < deadline:
            row = su.execute(query).fetchone()
            if row:
                return int(row[0])
            if command.poll() is not None:
                raise AssertionError(f"answered instead of waiting: {command.communicate()}")
    raise AssertionError("the command never waited")


def _removed(team: TeamDb, role: str) -> tuple[bool, bool]:
    """(can log in, still a member of the organisation)"""
    with team.superuser() as su:
        login = su.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,))
        member = su.execute(
            "SELECT NOT removed FROM toestemming.members WHERE role_name = %s", (role,)
        )
        return bool(login.fetchone()[0]), bool(member.fetchone()[0])


def _sessions(team: TeamDb, role: str) -> int:
    with team.superuser() as su:
        row = su.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (role,))
        return int(row.fetchone()[0])


def test_a_removal_caught_in_a_deadlock_with_a_dbas_psql_is_tried_again_and_done(
    team: TeamDb, dba: psycopg.Connection
) -> None:
    bram = _added(team)
    with psycopg.connect(team.url(bram), password=WORKER_PASSWORD) as still_open:
        _holding_members_row(dba, bram)
        command = _removal(team, bram)
        _admin_waiting(team, command)
        # The DBA now alters the role the command has altered already: a lock cycle.
        altering = threading.Thread(
            target=lambda: dba.execute(f"ALTER ROLE {bram} CONNECTION LIMIT 3"), daemon=True
        )
        altering.start()
        altering.join(SAFETY_S)
        assert not altering.is_alive()  # (the server ended the command's side)
        dba.execute("COMMIT")
        out, err = command.communicate(timeout=SAFETY_S)
        assert command.returncode == 0, err
        assert "uitgeschakeld" in out and "1 open verbinding(en) verbroken" in out, out
        with pytest.raises(psycopg.OperationalError):
            still_open.execute("SELECT 1")
    assert _removed(team, bram) == (False, False)
    assert _sessions(team, bram) == 0


def test_a_removal_whose_line_is_cut_halfway_is_made_again_and_done(
    team: TeamDb, dba: psycopg.Connection
) -> None:
    bram = _added(team)
    _holding_members_row(dba, bram)
    command = _removal(team, bram)
    pid = _admin_waiting(team, command)
    with team.superuser() as su:  # (a restart, a network hiccup: the line is gone)
        su.execute("SELECT pg_terminate_backend(%s)", (pid,))
    dba.execute("ROLLBACK")
    out, err = command.communicate(timeout=SAFETY_S)
    assert command.returncode == 0, err
    assert "uitgeschakeld" in out, out
    assert _removed(team, bram) == (False, False)
    for text in (out, err):
        assert ADMIN_PASSWORD not in text and "Traceback" not in text


@pytest.fixture(scope="module")
def waiting_server() -> Iterator[pgserver.PgServer]:
    """A server of its own whose admin COMMITs wait for a standby that never answers
    (synchronous replication): a COMMIT is then kept, and its answer never comes — what a
    line that dies between COMMIT and its answer does. Its own: the setting is the server's."""
    yield from serving()


@pytest.mark.parametrize("server_away", [False, True], ids=["asked", "cannot-ask"])
def test_an_addition_whose_commit_answer_is_lost_is_asked_after_not_said_to_have_failed(
    waiting_server: pgserver.PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    server_away: bool,
) -> None:
    """Before: "De teamserver gaf een fout. Er is niets veranderd.", exit 2 — and the worker
    *was* added; IT's second try said "bestaat al". Now the command asks the server on a new
    line what became of its transaction (txid_status): kept, so "Medewerker toegevoegd", exit
    0, once. `server_away`: the new line is refused too — "niet zeker, kijk met team-worker
    list", never "niets veranderd"."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    database = f"rmc_{int(server_away)}"
    with psycopg.connect(waiting_server.superuser_dsn(), autocommit=True) as su:
        su.execute(f"CREATE DATABASE {database}")
    team = set_up(waiting_server, database)
    done = cli(
        "team-setup", "--server", team.admin_url(), "--organisation", "RMC", "--worker", "IT",
        PGPASSWORD=ADMIN_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with team.superuser() as su:
        su.execute("ALTER SYSTEM SET synchronous_standby_names = 'niemand'")
        su.execute(f"ALTER DATABASE {database} SET synchronous_commit = local")
        su.execute(
            f"ALTER ROLE toestemming_admin IN DATABASE {database} SET synchronous_commit = on"
        )
        su.execute("SELECT pg_reload_conf()")
    anna = unique_role("anna")
    command = _started(team, "add", anna, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD)
    pid = _admin_waiting(team, command, _FOR_THE_STANDBY)
    with team.superuser() as su:
        if server_away:  # (no new line for the admin: it cannot ask)
            su.execute("ALTER ROLE toestemming_admin CONNECTION LIMIT 0")
        # (A waiting COMMIT told to end: kept here, its answer never sent.)
        su.execute("SELECT pg_terminate_backend(%s)", (pid,))
        out, err = command.communicate(timeout=SAFETY_S)
        su.execute("ALTER ROLE toestemming_admin CONNECTION LIMIT -1")
        su.execute("ALTER SYSTEM RESET synchronous_standby_names")
        su.execute("SELECT pg_reload_conf()")
    if server_away:
        assert command.returncode == 2, out
        assert "niet zeker" in err and "team-worker list" in err, err
        assert "niets veranderd" not in err, err
    else:
        assert command.returncode == 0, err
        assert f"Medewerker toegevoegd: {anna}" in out, out
    with team.superuser() as su:
        assert su.execute(
            "SELECT count(*) FROM toestemming.members WHERE role_name = %s", (anna,)
        ).fetchone() == (1,)
    with psycopg.connect(team.url(anna), password=WORKER_PASSWORD) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (anna,)


def test_a_worker_removed_in_the_app_is_not_added_again_under_the_same_login(
    team: TeamDb,
) -> None:
    """A colleague removed Bram in the app (Medewerkers); IT, asked to let him back in,
    runs `team-worker add bram` again. Before: "Er bestaat al een gebruiker met deze naam" —
    true but no way forward (and the same login would carry his old history). Now the same
    answer as after `team-worker remove`: a removed login does not come back, take a new one."""
    from toestemming.service import Service

    bram = _added(team)
    Service.open_team(team.url(bram), WORKER_PASSWORD).close()  # he worked with the app
    admin = Service.open_team(team.admin_url(), ADMIN_PASSWORD)
    try:
        admin.remove_worker(next(w.id for w in admin.workers() if w.slot_id == bram))
    finally:
        admin.close()
    again = cli(
        "team-worker", "add", bram, "--server", team.admin_url(),
        PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
    )  # fmt: skip
    assert again.returncode == 2, again.stdout
    assert "verwijderd" in again.stderr and "nieuwe inlognaam" in again.stderr, again.stderr
