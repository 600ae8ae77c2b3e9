"""Team-server helpers for the tests: an admin (set-up) role and worker login roles on the
session's real PostgreSQL (pg_support.py), made with the superuser as IT would."""

from __future__ import annotations

from toestemming.clock import Clock
from toestemming.devtools import pgserver
from toestemming.devtools.pgteam import Login, make_admin, make_worker
from toestemming.service import Service

ORG = "Testschool"
WORKER = "Anna de Tester"
__all__ = ["ORG", "WORKER", "Login", "create_team", "make_admin", "make_worker"]


def create_team(
    server: pgserver.PgServer, db: str, clock: Clock, org: str = ORG, worker: str = WORKER
) -> tuple[Service, Login]:
    admin = make_admin(server, db)
    return Service.create_team(admin.url, org, worker, admin.password, clock), admin
