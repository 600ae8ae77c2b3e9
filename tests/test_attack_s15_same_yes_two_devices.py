"""Session 15: the same "ja" on two devices at once (team server, real processes).

Sara taps "ja" in the app link on her phone while, at the other desk, a colleague records the
"ja" she just said aloud. Both desks checked before either wrote; the rule "the same answer
again appends nothing" (rules.answer_effect) holds only if it is checked inside the write
transaction. The first desk is held inside its transaction by a pipe (after its checks, before
its rows); the second says when it asks for the write turn — no sleep for time."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from team_support import create_team, make_worker, sara_request

from toestemming.clock import FixedClock

SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)

# The first device: records the "ja" and stops inside its transaction, after its checks, at
# its first decision row, until "go".
FIRST = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.pg import PgDatabase

url, password, request_id, item_id, youth_id, now = sys.argv[1:7]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
original = PgDatabase.execute
held = []


def hold_then_write(self, sql, *args, **kwargs):
    if sql.startswith("INSERT INTO decisions") and not held:
        held.append(True)
        print("holding", flush=True)
        sys.stdin.readline()
    return original(self, sql, *args, **kwargs)


PgDatabase.execute = hold_then_write
svc.consents.record_decisions(
    int(request_id), SignerRef.youth(int(youth_id)), {int(item_id): "yes"}, "app"
)
print("written", flush=True)
svc.close()
"""

# The second device: the same person's same "ja"; says what it was told.
SECOND = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.pg import PgDatabase

url, password, request_id, item_id, youth_id, now = sys.argv[1:7]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
print("ready", flush=True)
sys.stdin.readline()
begin = PgDatabase.transaction


def announced(self):
    print("turn", flush=True)
    return begin(self)


PgDatabase.transaction = announced
try:
    svc.consents.record_decisions(
        int(request_id), SignerRef.youth(int(youth_id)), {int(item_id): "yes"}, "desk"
    )
    print("written", flush=True)
except ToestemmingError as exc:
    print("refused " + user_text(exc).replace("\n", " "), flush=True)
svc.close()
"""


@pytest.fixture
def team(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # (inherited by children)
    svc, admin = create_team(pg_server, pg_database, clock)
    one = make_worker(pg_server, pg_database, admin, "balie", "Balie Medewerker")
    two = make_worker(pg_server, pg_database, admin, "collega", "Collega Medewerker")
    yield svc, one, two
    svc.close()


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_same_yes_on_two_devices_at_once_is_one_decision(team, clock: FixedClock) -> None:
    """Exactly one "ja" row and one event; the second device is told, in Dutch, that it was
    already recorded. (Before: two "ja" rows, each shown in the history and the proof.)"""
    svc, first_login, second_login = team
    request_id, item_id, youth_id = sara_request(svc, clock.today())
    clock.advance(timedelta(hours=1))
    now = clock.now().isoformat()
    args = (str(request_id), str(item_id), str(youth_id), now)
    second = _child(SECOND, second_login.url, second_login.password, *args)
    first = None
    try:
        assert second.stdout is not None and second.stdin is not None
        assert second.stdout.readline().strip() == "ready"
        first = _child(FIRST, first_login.url, first_login.password, *args)
        assert first.stdout is not None and first.stdin is not None
        assert first.stdout.readline().strip() == "holding"  # checked, holds the write turn
        second.stdin.write("go\n")
        second.stdin.flush()
        assert second.stdout.readline().strip() == "turn"
        done, err = first.communicate("go\n", timeout=SAFETY_S)
        assert first.returncode == 0 and done.strip() == "written", err[-2000:]
        out, err = second.communicate("", timeout=SAFETY_S)
        assert second.returncode == 0, err[-2000:]
    finally:
        for child in (first, second):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()

    assert out.startswith("refused"), out
    assert "al precies zo beantwoord" in out
    rows = svc.vault.db.query("SELECT answer, channel FROM decisions WHERE item_id = ?", (item_id,))
    assert [tuple(r) for r in rows] == [("yes", "app")]
    assert svc.consents.item_status(item_id, clock.now()).status.value == "given"
    assert svc.integrity_problems() == []
