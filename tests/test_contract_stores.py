"""The contract suite: the same service-level tests on a vault file and on the team server.

The `service` fixture of conftest.py is overridden here by one parametrised over both stores;
the desk-flow tests imported below (and the conftest fixtures they use: catalog, make_youth,
count_rows) then run twice, once per store, with the same assertions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from team_support import create_team
from test_service_flows import *  # noqa: F403  (the desk flows, run on both stores)

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams


@pytest.fixture(params=["vault", "postgresql"])
def service(
    request: pytest.FixtureRequest, vault_path: Path, clock: FixedClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Service]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    if request.param == "vault":
        svc, _ = Service.create(
            vault_path, "Testschool", "Anna de Tester", PASSPHRASE, clock, kdf=KdfParams()
        )
    else:
        server = request.getfixturevalue("pg_server")
        database = request.getfixturevalue("pg_database")
        svc, _admin = create_team(server, database, clock)
    try:
        yield svc
    finally:
        svc.close()
