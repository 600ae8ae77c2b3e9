"""The contract suite's fixtures: `service` over both stores (a vault file and the team
server), and `store`, which can open the same store again. A test module that star-imports
this and an existing service-level test module runs those tests on both stores with the same
assertions (conftest's fixtures catalog, make_youth, count_rows … use this `service`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from team_support import create_team

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

STORES = ["vault", "postgresql"]


@dataclass
class Store:
    kind: str
    reopen: Callable[[], Service]


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
        handle = Store("vault", lambda: Service.open(vault_path, PASSPHRASE, clock=clock))
    else:
        server = request.getfixturevalue("pg_server")
        database = request.getfixturevalue("pg_database")
        svc, admin = create_team(server, database, clock)
        handle = Store(
            "postgresql", lambda: Service.open_team(admin.url, admin.password, clock=clock)
        )
    try:
        yield handle, svc
    finally:
        svc.close()


@pytest.fixture
def service(store: tuple[Store, Service]) -> Service:
    return store[1]
