"""Two desks on one team server at the same moment (real processes): the desk that records a
"ja" and says when it asks for the organisation's write turn, the team fixture and the child
process. Used by the session-10 race (a withdrawal commits meanwhile) and the session-15 one
(the same "ja" on a second device)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from team_support import create_team, make_worker

from toestemming.clock import FixedClock

SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)

# The desk: records the young person's "ja" on the item, and says what it was told.
# argv: url, password, request, item, youth, now, channel.
DESK = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef
from toestemming.service import Service

url, password, request_id, item_id, youth_id, now, channel = sys.argv[1:8]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
print("ready", flush=True)
sys.stdin.readline()
# Says when the decision's transaction asks for the organisation's write turn: what the desk
# checked before that moment, it checked without the other process's write.
from toestemming.store.pg import PgDatabase

begin = PgDatabase.transaction


def announced(self):
    print("turn", flush=True)
    return begin(self)


PgDatabase.transaction = announced
try:
    svc.consents.record_decisions(
        int(request_id), SignerRef.youth(int(youth_id)), {int(item_id): "yes"}, channel
    )
    print("written", flush=True)
except ToestemmingError as exc:
    print("refused " + user_text(exc).replace("\n", " "), flush=True)
svc.close()
"""


@pytest.fixture
def team(
    pg_server: Any, pg_database: str, clock: FixedClock, tmp_path: Path, monkeypatch: Any
) -> Iterator[tuple[Any, Any, Any]]:
    """(service, desk login, colleague login) on a new team database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # (inherited by children)
    svc, admin = create_team(pg_server, pg_database, clock)
    desk = make_worker(pg_server, pg_database, admin, "balie", "Balie Medewerker")
    colleague = make_worker(pg_server, pg_database, admin, "collega", "Collega Medewerker")
    yield svc, desk, colleague
    svc.close()


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
