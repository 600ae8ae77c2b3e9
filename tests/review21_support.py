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


def two_desks(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Service, Service, FixedClock, tuple[int, int, int]]:
    """Two windows of one team on one clock, and Sara (17) with an open request:
    (desk a, desk b, clock, (request, item, youth)). Close b, then a."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    a, admin = create_team(pg_server, pg_database, clock)
    ids = sara_request(a, clock.today())
    return a, Service.open_team(admin.url, admin.password, clock=clock), clock, ids


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
