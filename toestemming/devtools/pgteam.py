"""Team-server roles for the dev tools and the tests: an admin (set-up) role and worker login
roles made with the superuser of a server started by devtools/pgserver.py, as an IT department
would make them (docs/TEAM_SERVER.md; the product's own path is store/pg_roles.py + the
deploy/team_server.sql script). Not shipped."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from ..store import pg_schema, team
from . import pgserver


@dataclass(frozen=True)
class Login:
    """A role's URL (verify-full TLS, no password inside) and its password."""

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
