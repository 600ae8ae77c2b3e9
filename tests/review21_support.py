"""Two desks of one team, and the other desk's write landing just before this desk's write
turn (review21's races: a check made before the turn misses what the other desk wrote)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from team_support import create_team, sara_request

from toestemming.clock import FixedClock
from toestemming.service import Service

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


Desks = tuple[Service, Service, FixedClock, tuple[int, int, int]]


@pytest.fixture(name="desks")
def desks_fixture(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desks]:
    """Two windows of one team on one clock, and Sara (17) with an open request:
    (desk a, desk b, clock, (request, item, youth)); both closed afterwards."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    a, admin = create_team(pg_server, pg_database, clock)
    try:
        ids = sara_request(a, clock.today())
        b = Service.open_team(admin.url, admin.password, clock=clock)
        try:
            yield a, b, clock, ids
        finally:
            b.close()
    finally:
        a.close()


def before_the_turn(
    svc: Service, other: Callable[[], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`other()` (the other desk's whole write) runs just before `svc`'s next write turn, once."""
    db = svc.vault.db
    real = db.transaction
    done: list[bool] = []

    @contextlib.contextmanager
    def turn() -> Iterator[Any]:
        if not done:
            done.append(True)
            other()
        with real() as tx:
            yield tx

    monkeypatch.setattr(db, "transaction", turn)
