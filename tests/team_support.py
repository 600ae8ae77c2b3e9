"""Team-server helpers for the tests: an admin (set-up) role and worker login roles on the
session's real PostgreSQL (pg_support.py), made with the superuser as IT would."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import psycopg
import pytest

from toestemming.clock import Clock, FixedClock
from toestemming.devtools import pgserver
from toestemming.devtools.pgteam import Login, make_admin, make_worker
from toestemming.errors import VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store import pg, pg_schema
from toestemming.usecases.consent import ItemSpec

ORG = "Testschool"
WORKER = "Anna de Tester"
__all__ = [
    "ORG",
    "WORKER",
    "Login",
    "Two",
    "as_login",
    "back_to_schema_8",
    "colleague_ahead",
    "create_team",
    "desk_records",
    "make_admin",
    "make_worker",
    "older_desk",
    "sara_request",
    "states_clock_right",
    "team_with_wim",
    "two_organisations",
]


def create_team(
    server: pgserver.PgServer, db: str, clock: Clock, org: str = ORG, worker: str = WORKER
) -> tuple[Service, Login]:
    admin = make_admin(server, db)
    return Service.create_team(admin.url, org, worker, admin.password, clock), admin


def colleague_ahead(
    server: pgserver.PgServer, db: str, start: datetime
) -> tuple[Service, FixedClock, Login]:
    """A team whose first desk (the colleague's) runs on a clock the test moves ahead, and
    Wim's login (his desk opened once at `start`)."""
    ahead = FixedClock(start)
    colleague, admin = create_team(server, db, ahead)
    wim = make_worker(server, db, admin, "wim", "Wim Werker")
    Service.open_team(wim.url, wim.password, clock=FixedClock(start)).close()
    return colleague, ahead, wim


def states_clock_right(login: Login, clock: Clock) -> Service:
    """The desk of `login` opened behind the team's log (a colleague's clock ran ahead): it
    reads only, until the worker states "de klok klopt nu" (one clock.corrected)."""
    svc = Service.open_team(login.url, login.password, clock=clock)
    try:
        with pytest.raises(VaultError):  # a desk behind the team's log must not write
            svc.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
        if svc.clock_right.confirm() is None:
            raise AssertionError("nothing to state")
    except BaseException:
        svc.close()
        raise
    return svc


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


def sara_request(svc: Service, today: date) -> tuple[int, int, int]:
    """Sara (17) with one open request on a team server: (request, item, youth)."""
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    youth = svc.people.add_youth(
        given_name="Sara",
        family_name="Jansen",
        birth_date=today.replace(year=today.year - 17).isoformat(),
    )
    request = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    return request.id, request.items[0].id, youth.id


def desk_records(service: Service, catalog: Any, make_youth: Any) -> SimpleNamespace:
    """A desk vault's usual records before a move (conftest's fixtures): a request with two
    items, a "ja" on both, a disclosure, a withdrawal of the second."""
    case = make_youth(17, given_name="Xandra", family_name="Quellijn")
    req = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.stagegegevens.id,)),
        ],
    )
    one, two = (i.id for i in req.items)
    me = SignerRef.youth(case.youth.id)
    service.consents.record_decisions(req.id, me, {one: "yes", two: "yes"}, "desk")
    service.sharing.record_disclosure(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    service.withdrawals.withdraw([two], me, "email")
    return SimpleNamespace(youth=case.youth.id, given=one, withdrawn=two)


def _turn_before_9() -> str:
    """take_write_turn() as schemas 1 to 8 had it (no release number; pg_schema_sql.PRELUDE)."""
    start = pg_schema.PRELUDE.index("CREATE FUNCTION take_write_turn()")
    end = pg_schema.PRELUDE.index("END $$;", start) + len("END $$;")
    return pg_schema.PRELUDE[start:end].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")


def back_to_schema_8(su: psycopg.Connection) -> None:
    """Undo schema 9 on the superuser's connection `su` (inside its transaction, search_path
    set): the write turn without a release number, as every server before it had."""
    su.execute("DROP TRIGGER events_desk_release ON events")
    su.execute("DROP FUNCTION refuse_older_desk()")
    su.execute("DROP FUNCTION take_write_turn(integer)")
    su.execute(_turn_before_9())
    su.execute("UPDATE schema_version SET version = 8")


@contextlib.contextmanager
def older_desk(version: int) -> Iterator[None]:
    """This process runs a release of team schema `version` from before schema 9: its write
    turn is take_write_turn() with no number (and before session 20 it read no version at
    its turn either; that release's own check is gone from this code)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pg_schema, "PG_VERSION", version)
        mp.setattr(pg, "turn_call", lambda: "take_write_turn()")
        yield


def team_with_wim(server: pgserver.PgServer, db: str, clock: Clock) -> tuple[Login, Login]:
    """A team with one youth (Anna) and a second worker, Wim; no desk left open."""
    svc, admin = create_team(server, db, clock)
    svc.people.add_youth(given_name="Anna", family_name="Aa", birth_date="2009-01-01")
    wim = make_worker(server, db, admin, "wim", "Wim Werker")
    svc.close()
    return admin, wim
