"""A team server through Service: create, add a youth, a request and a decision."""

from __future__ import annotations

import psycopg

from toestemming.devtools import pgserver
from toestemming.service import Service

ADMIN_PASSWORD = "beheer-wachtwoord-lang-1"


def _admin(server: pgserver.PgServer, db: str) -> str:
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE beheer LOGIN CREATEROLE PASSWORD '{ADMIN_PASSWORD}'")
        conn.execute(f"GRANT CREATE ON DATABASE {db} TO beheer")
    return server.url("beheer", db)


def test_create_team_then_open(pg_server, pg_database, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = _admin(pg_server, pg_database)
    svc = Service.create_team(url, "RMC Test", "Anna Beheer", ADMIN_PASSWORD)
    assert svc.organisation == "RMC Test"
    assert svc.verify_audit().ok
    svc.close()
    again = Service.open_team(url, ADMIN_PASSWORD)
    assert again.worker.name == "Anna Beheer"
    again.close()
