"""Session 8: several app instances of one worker on one computer against one team server, as
real processes started at the same moment: a worker who double-clicks the icon three times,
or a desk and a tablet under the same account. One worker row (one worker.added), one whole
chain, and the log head file on this computer ends at the newest head."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.team import TeamStore

INSTANCES = 3
WRITES = 4
SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)

# One instance: waits for "go" on stdin, opens the team as the worker (first open: becomes a
# worker), adds WRITES youths, closes (a checkpoint), says "ok".
CHILD = r"""
import sys
from toestemming.service import Service

url, password, tag, writes = sys.argv[1:5]
sys.stdin.readline()
svc = Service.open_team(url, password)
for i in range(int(writes)):
    svc.people.add_youth(given_name=f"{tag}{i}", family_name="Kind", birth_date="2009-01-01")
svc.close()
print("ok", flush=True)
"""


@pytest.fixture
def team(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # (inherited by children)
    svc, admin = create_team(pg_server, pg_database, clock)
    worker = make_worker(pg_server, pg_database, admin, "dubbel", "Dubbel Klik")
    yield svc, worker
    svc.close()


def test_instances_started_at_once_make_one_worker_and_keep_the_newest_head(team) -> None:
    admin_svc, worker = team
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, worker.url, worker.password, f"I{n}x", str(WRITES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(INSTANCES)
    ]
    try:
        for child in children:  # all started, then all let go together
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            out, err = child.communicate(timeout=SAFETY_S)
            assert child.returncode == 0, err[-2000:]
            assert out.strip() == "ok"
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()

    db = admin_svc.vault.db
    rows = db.query("SELECT id FROM workers WHERE slot_id = ?", (worker.role,))
    assert len(rows) == 1  # one worker, however many windows opened first at once
    added = db.scalar(
        "SELECT count(*) FROM events WHERE kind = 'worker.added' AND actor = ?", (rows[0][0],)
    )
    assert added == 1
    names = {y.given_name for y in admin_svc.people.search("kind")}
    assert len(names) == INSTANCES * WRITES
    count, first, last = db.query_one("SELECT count(*), min(seq), max(seq) FROM events")
    assert (first, last) == (1, count)

    # The worker's computer: its head file holds the newest head the instances saw; it did
    # not go back to an older one written late.
    again = Service.open_team(worker.url, worker.password)
    try:
        store = again.vault
        assert isinstance(store, TeamStore)
        recorded = json.loads(store.head_file.read_bytes())["log_head"]["size"]
        newest_seen_by_instances = count  # (nothing was written after the children closed)
        assert recorded == newest_seen_by_instances
        assert not again.log_head_problems
    finally:
        again.close()
