"""Session 15: the same "ja" on two devices at once (team server, real processes).

Sara taps "ja" in the app link on her phone while, at the other desk, a colleague records the
"ja" she just said aloud. Both desks checked before either wrote; the rule "the same answer
again appends nothing" (rules.answer_effect) holds only if it is checked inside the write
transaction. The first desk is held inside its transaction by a pipe (after its checks, before
its rows); the second says when it asks for the write turn — no sleep for time."""

from __future__ import annotations

from datetime import timedelta

from team_race_support import DESK, SAFETY_S, spawn, team
from team_support import sara_request

from toestemming.clock import FixedClock

__all__ = ["team"]  # the fixture, imported for pytest

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


def test_the_same_yes_on_two_devices_at_once_is_one_decision(team, clock: FixedClock) -> None:
    """Exactly one "ja" row and one event; the second device is told, in Dutch, that it was
    already recorded. (Before: two "ja" rows, each shown in the history and the proof.)"""
    svc, first_login, second_login = team
    request_id, item_id, youth_id = sara_request(svc, clock.today())
    clock.advance(timedelta(hours=1))
    now = clock.now().isoformat()
    args = (str(request_id), str(item_id), str(youth_id), now)
    second = spawn(DESK, second_login.url, second_login.password, *args, "desk")
    first = None
    try:
        assert second.stdout is not None and second.stdin is not None
        assert second.stdout.readline().strip() == "ready"
        first = spawn(FIRST, first_login.url, first_login.password, *args)
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
