"""The contract suite's fixtures: `service` over both stores (a vault file and the team
server), and `store`, which can open the same store again. A test module that star-imports
this and an existing service-level test module runs those tests on both stores with the same
assertions (conftest's fixtures catalog, make_youth, count_rows … use this `service`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import PASSPHRASE
from replay_support import attacker_connection, lifted_edit
from team_support import create_team

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store import pg_schema
from toestemming.store.header import KdfParams
from toestemming.store.pg_dialect import translate
from toestemming.store.repo import DERIVED_HISTORY_SQL

STORES = ["vault", "postgresql"]


@dataclass
class Store:
    kind: str
    reopen: Callable[..., Service]  # reopen(check=False): the same store opened again
    # raw(sql, params): an insider's edit behind the app's back (the vault file with its data
    # key; the server's superuser), guards lifted for the edit and the item_state cache
    # re-derived, so only the audit log is left to tell.
    raw: Callable[..., None]


def _vault_raw(svc: Service) -> Callable[..., None]:
    def run(sql: str, params: tuple[object, ...] = ()) -> None:
        conn = attacker_connection(svc)
        try:
            lifted_edit(conn, [(sql, params)], must_hit=False)
        finally:
            conn.close()

    return run


def _server_raw(server: Any, database: str, org_id: int) -> Callable[..., None]:
    def run(sql: str, params: tuple[object, ...] = ()) -> None:
        with psycopg.connect(
            server.superuser_dsn(database), cursor_factory=psycopg.RawCursor
        ) as conn:
            conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
            conn.execute("SET session_replication_role = replica")  # (no triggers fire)
            conn.execute(
                "INSERT INTO members(role_name, org_id) VALUES (session_user, $1) "
                "ON CONFLICT DO NOTHING",
                (org_id,),
            )
            conn.execute(translate(sql).sql, list(params))
            conn.execute("DELETE FROM item_state")
            conn.execute(translate("INSERT INTO item_state " + DERIVED_HISTORY_SQL).sql)

    return run


@pytest.fixture(params=STORES)
def store(
    request: pytest.FixtureRequest,
    vault_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Store, Service]]:
    # The team server's log head lives in the user's data folder: one per test.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    vault_only = getattr(request.module, "VAULT_ONLY", {})
    if request.param != "vault" and request.node.originalname in vault_only:
        pytest.skip(f"vault file only: {vault_only[request.node.originalname]}")
    if request.param == "vault":
        svc, _ = Service.create(
            vault_path, "Testschool", "Anna de Tester", PASSPHRASE, clock, kdf=KdfParams()
        )
        handle = Store(
            "vault",
            lambda check=False: Service.open(vault_path, PASSPHRASE, clock=clock, check=check),
            _vault_raw(svc),
        )
    else:
        server = request.getfixturevalue("pg_server")
        database = request.getfixturevalue("pg_database")
        svc, admin = create_team(server, database, clock)
        handle = Store(
            "postgresql",
            lambda check=False: Service.open_team(
                admin.url, admin.password, clock=clock, check=check
            ),
            _server_raw(server, database, svc.vault.db.org_id),  # type: ignore[attr-defined]
        )
    try:
        yield handle, svc
    finally:
        svc.close()


@pytest.fixture
def service(store: tuple[Store, Service]) -> Service:
    return store[1]
