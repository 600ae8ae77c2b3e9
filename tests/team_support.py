"""Team-server helpers for the tests: an admin (set-up) role and worker login roles on the
session's real PostgreSQL (pg_support.py), made with the superuser as IT would."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from toestemming.clock import Clock
from toestemming.devtools import pgserver
from toestemming.service import Service
from toestemming.store import pg_schema, team

ORG = "Testschool"
WORKER = "Anna de Tester"


@dataclass(frozen=True)
class Login:
    url: str
    password: str
    role: str


def make_admin(
    server: pgserver.PgServer, db: str, name: str = "beheer", owner: Login | None = None
) -> Login:
    """The set-up role. A second organisation's admin (`owner` = the first admin) gets the
    schema owner's rights by membership, as an IT department would set it up."""
    role = f"{name}_{db}"
    password = f"{role}-wachtwoord-lang"
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN CREATEROLE PASSWORD '{password}'")
        conn.execute(f"GRANT CREATE ON DATABASE {db} TO {role}")
        if owner is not None:
            conn.execute(f"GRANT {owner.role} TO {role}")
    return Login(server.url(role, db), password, role)


def make_worker(
    server: pgserver.PgServer, db: str, admin: Login, name: str, worker_name: str = ""
) -> Login:
    """A login role in toestemming_app, registered in the admin's organisation."""
    role = f"{name}_{db}"
    password = f"{role}-wachtwoord-lang"
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {pg_schema.APP_ROLE}")
    db_admin = team.connect(admin.url, admin.password)
    try:
        db_admin.org_id = db_admin.current_org() or 0
        team.add_member(db_admin, role, worker_name)
    finally:
        db_admin.close()
    return Login(server.url(role, db), password, role)


def create_team(
    server: pgserver.PgServer, db: str, clock: Clock, org: str = ORG, worker: str = WORKER
) -> tuple[Service, Login]:
    admin = make_admin(server, db)
    return Service.create_team(admin.url, org, worker, admin.password, clock), admin
