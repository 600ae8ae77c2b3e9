"""`team-worker remove` from a computer whose clock is far ahead of the team's log (review23).

atk21 held every write of the vault CLI (cli._open) and of the desk while the clock is more than
two months past the log's last moment: an event dated a year ahead makes every desk read only
("achter het logboek") once clocks are right again. The team CLI was left out: IT removes a
leaving worker from a laptop whose clock jumped 400 days; the login is turned off (no event:
right), and `_remove_in_app` writes worker.removed into the team's log dated 400 days ahead —
without a word. Now the in-app part is held like the rest: the login stays off, the app's list
is not updated, and IT is told why (the team's desks ask for today's date at their unlock).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from team_setup_support import ADMIN_PASSWORD, cli, set_up, unique_role

from toestemming.clock import FixedClock, from_iso
from toestemming.devtools import pgserver
from toestemming.service import Service

WORKER_PASSWORD = "Vertrekkende-Collega-2026"


def test_team_worker_remove_writes_no_event_dated_a_year_ahead(
    pg_server: pgserver.PgServer,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    team = set_up(pg_server, pg_database)
    then = FixedClock(datetime.now(UTC) - timedelta(days=400))
    Service.create_team(team.admin_url(), "RMC", "IT", ADMIN_PASSWORD, then).close()
    bram = unique_role("bram")
    added = cli(
        "team-worker", "add", bram, "--server", team.admin_url(), "--naam", "Bram",
        PGPASSWORD=ADMIN_PASSWORD, TOESTEMMING_WORKER_PASSWORD=WORKER_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    Service.open_team(team.url(bram), WORKER_PASSWORD, clock=then).close()  # his first day
    svc = Service.open_team(team.admin_url(), ADMIN_PASSWORD, clock=then)
    try:
        last = from_iso(str(svc.vault.db.scalar("SELECT max(at) FROM events")))
    finally:
        svc.close()

    done = cli("team-worker", "remove", bram, "--server", team.admin_url(),
               PGPASSWORD=ADMIN_PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr  # the login is off: the removal stands

    svc = Service.open_team(team.admin_url(), ADMIN_PASSWORD, clock=then)
    try:
        rows = svc.vault.db.query("SELECT at, kind, body FROM events ORDER BY seq")
    finally:
        svc.close()
    ahead = [str(kind) for at, kind, _body in rows if from_iso(str(at)) - last > timedelta(days=62)]
    removed = [json.loads(b)["data"] for _a, k, b in rows if k == "worker.removed"]
    assert ahead == [], (ahead, removed)
    assert "niet bijgewerkt" in done.stderr and "Traceback" not in done.stderr, done.stderr
