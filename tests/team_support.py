"""Team-server helpers for the tests: an admin (set-up) role and worker login roles on the
session's real PostgreSQL (pg_support.py), made with the superuser as IT would."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg

from toestemming.clock import Clock
from toestemming.devtools import pgserver
from toestemming.devtools.pgteam import Login, make_admin, make_worker
from toestemming.service import Service
from toestemming.store import pg_schema

ORG = "Testschool"
WORKER = "Anna de Tester"
__all__ = [
    "ORG",
    "WORKER",
    "Login",
    "Two",
    "as_login",
    "create_team",
    "make_admin",
    "make_worker",
    "two_organisations",
]


def create_team(
    server: pgserver.PgServer, db: str, clock: Clock, org: str = ORG, worker: str = WORKER
) -> tuple[Service, Login]:
    admin = make_admin(server, db)
    return Service.create_team(admin.url, org, worker, admin.password, clock), admin


@dataclass
class Two:
    server: pgserver.PgServer
    db: str
    admin_a: Login
    admin_b: Login
    worker_a: Login
    svc_a: Service
    svc_b: Service


@contextlib.contextmanager
def two_organisations(server: pgserver.PgServer, db: str, clock: Clock) -> Iterator[Two]:
    """Two organisations in one database, each with a youth; a worker of the first. (Set
    XDG_DATA_HOME to a temp folder first: the log heads are kept there.)"""
    svc_a, admin_a = create_team(server, db, clock, org="School A")
    admin_b = make_admin(server, db, "beheerb", owner=admin_a)
    svc_b = Service.create_team(admin_b.url, "School B", "Bert", admin_b.password, clock)
    svc_a.people.add_youth(given_name="Anna", family_name="Aa", birth_date="2008-01-01")
    svc_b.people.add_youth(given_name="Bob", family_name="Bee", birth_date="2008-02-02")
    worker_a = make_worker(server, db, admin_a, "wim", "Wim Werker")
    try:
        yield Two(server, db, admin_a, admin_b, worker_a, svc_a, svc_b)
    finally:
        svc_a.close()
        svc_b.close()


def as_login(login: Login) -> psycopg.Connection:
    """psycopg straight to the server as that role: no app code in between (the attacker)."""
    conn = psycopg.connect(login.url, password=login.password, autocommit=True)
    conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
    return conn
