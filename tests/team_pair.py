"""Two desks of one team on a real PostgreSQL server (tests/pg_support.py starts it): Anna's,
the team's first worker, and Wim's — and the wait until one desk waits on the server for the
write turn the other holds. Shared by the team concurrency tests (multi25, multi26)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from review21_support import MONDAY
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service


@contextlib.contextmanager
def anna_and_wim(
    pg_server: Any,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prepare: Callable[[Service], object] | None = None,
) -> Iterator[tuple[Service, Service]]:
    """Anna's desk and Wim's (a worker Anna's team added), open on one clock; both closed
    after (a desk already closed or cut off by the test is fine). `prepare` runs at Anna's
    desk before Wim's opens."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    anna, admin = create_team(pg_server, pg_database, clock)
    try:
        if prepare is not None:
            prepare(anna)
        login = make_worker(pg_server, pg_database, admin, "wim", "Wim Medewerker")
        wim = Service.open_team(login.url, login.password, clock=clock)
        try:
            yield anna, wim
        finally:
            with contextlib.suppress(ToestemmingError):
                wim.close()
    finally:
        with contextlib.suppress(ToestemmingError):
            anna.close()


def wait_until_someone_waits_for_a_lock(
    pg_server: Any, pg_database: str, desk: threading.Thread
) -> None:
    """Until a desk waits on the server for the turn (a server-side wait has no signal);
    fails when `desk` ended, or never waited, first."""
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and desk.is_alive():
            waiting = su.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)
    pytest.fail("the second desk never waited for the write turn (it ended, or was not held)")
