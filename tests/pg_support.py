"""A real PostgreSQL server for the team-server tests (toestemming/devtools/pgserver.py).

One server per test session (initdb + start costs ~2 s); every test gets a database of its own.
Without PostgreSQL installed the tests that need it skip with the reason; `.ci/run` installs it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from toestemming.devtools import pgserver

_names = itertools.count(1)


def serving() -> Iterator[pgserver.PgServer]:
    """A new server while the fixture lives (skips with the reason when there is none)."""
    try:
        server = pgserver.start()
    except pgserver.ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL server here: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.PgServer]:
    yield from serving()


@pytest.fixture
def pg_database(pg_server: pgserver.PgServer) -> Iterator[str]:
    """The name of a new, empty database on the session's server (dropped afterwards)."""
    name = f"t{next(_names)}"
    with psycopg.connect(pg_server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield name
    with psycopg.connect(pg_server.superuser_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
