"""The team server as an IT department sets it up: deploy/team_server.sql run with psql as the
superuser (the real script, the real psql), then a password for toestemming_admin."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import psycopg
import pytest
from keyrings.alt.file import PlaintextKeyring
from psycopg import sql

from toestemming.devtools import pgserver

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "deploy" / "team_server.sql"
ADMIN_PASSWORD = "Beheer-Wachtwoord-2026!"
_names = itertools.count(1)


@dataclass(frozen=True)
class TeamDb:
    server: pgserver.PgServer
    database: str

    def admin_url(self) -> str:
        return self.server.url("toestemming_admin", self.database)

    def url(self, role: str, **kw: str) -> str:
        return self.server.url(role, self.database, **kw)

    def superuser(self) -> psycopg.Connection:
        return psycopg.connect(self.server.superuser_dsn(self.database), autocommit=True)


def run_script(server: pgserver.PgServer, database: str) -> subprocess.CompletedProcess[str]:
    psql = shutil.which("psql") or str(server.bin_dir / "psql")
    return subprocess.run(
        [psql, "-X", "-v", f"db={database}", "-f", str(SCRIPT), server.superuser_dsn()],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def set_up(server: pgserver.PgServer, database: str) -> TeamDb:
    done = run_script(server, database)
    if done.returncode != 0:
        pytest.fail(f"team_server.sql failed: {done.stderr[-800:]}")
    with psycopg.connect(server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("ALTER ROLE toestemming_admin PASSWORD {}").format(sql.Literal(ADMIN_PASSWORD))
        )
    return TeamDb(server, database)


def unique_role(stem: str) -> str:
    """Roles are cluster-wide and the server lives for the whole session: one name per use."""
    return f"{stem}_{next(_names)}"


@contextlib.contextmanager
def file_keyring(path: Path) -> Iterator[PlaintextKeyring]:
    """A real keyring backend (keyrings.alt's file keyring) at `path` while inside: the OS
    keyring is not reachable in the tests."""
    before = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(path)  # type: ignore[misc]
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """toestemming-cli in a child process as IT runs it: no terminal (a missing password is an
    error, not a prompt), no PG*/TOESTEMMING_* from the test's own environment but `env`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "TOESTEMMING_"))}
    return subprocess.run(
        [sys.executable, "-m", "toestemming", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**clean, "LANG": "C.UTF-8", **env},
        timeout=120,
        check=False,
    )
