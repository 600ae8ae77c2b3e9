"""Session 10: two desks on one team server answer and withdraw the same item at the same time.

On a vault there is one writer, so a use case's checks and its write cannot be split by
another writer. On a team server every worker writes; writes are serialised per organisation
(the write turn at BEGIN), so a use case keeps its meaning only if it checks *inside* its
transaction. A colleague's withdrawal of an item is inside its transaction when a desk records
the young person's "ja" on the same item. Real processes; the colleague is held inside its
transaction by a pipe, and the desk says when it asks for the write turn — no sleep for
time."""

from __future__ import annotations

from datetime import timedelta

from team_race_support import DESK, SAFETY_S, spawn, team
from team_support import sara_request

from toestemming.clock import FixedClock
from toestemming.devtools.pgteam import Login
from toestemming.service import Service

__all__ = ["team"]  # the fixture, imported for pytest

# The colleague: records the withdrawal and stops inside its transaction (holding the
# organisation's write turn) until "go".
COLLEAGUE = r"""
import sys
from datetime import datetime, timedelta
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.withdrawals import Withdrawals

url, password, item_id, youth_id, now = sys.argv[1:6]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
original = Withdrawals.write


def hold_then_write(self, *args, **kwargs):
    print("holding", flush=True)
    sys.stdin.readline()
    return original(self, *args, **kwargs)


Withdrawals.write = hold_then_write
moment = datetime.fromisoformat(now) - timedelta(days=1)
svc.withdrawals.withdraw([int(item_id)], SignerRef.youth(int(youth_id)), "paper", moment)
print("withdrawn", flush=True)
svc.close()
"""


def _race(svc: Service, desk: Login, colleague: Login, clock: FixedClock) -> tuple[int, str]:
    """The colleague's withdrawal of Sara's item (her letter of yesterday) is inside its
    transaction when the desk records her "ja" on it; the colleague commits once the desk
    asks for the write turn. Returns the item and what the desk was told."""
    request_id, item_id, youth_id = sara_request(svc, clock.today())
    clock.advance(timedelta(days=2))
    now = clock.now().isoformat()
    writer = spawn(
        DESK, desk.url, desk.password, str(request_id), str(item_id), str(youth_id), now, "desk"
    )
    holder = None
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "ready"  # opened: nothing held by it
        holder = spawn(
            COLLEAGUE, colleague.url, colleague.password, str(item_id), str(youth_id), now
        )
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        writer.stdin.write("go\n")
        writer.stdin.flush()
        # The desk asks for the write turn (the colleague still holds it): whatever it checks
        # from here on, it checks after the colleague's commit.
        assert writer.stdout.readline().strip() == "turn"
        done, err = holder.communicate("go\n", timeout=SAFETY_S)
        assert holder.returncode == 0 and done.strip() == "withdrawn", err[-2000:]
        out, err = writer.communicate("", timeout=SAFETY_S)
        assert writer.returncode == 0, err[-2000:]
    finally:
        for child in (holder, writer):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
    return item_id, out


def test_a_yes_checked_while_a_withdrawal_commits_is_refused_and_the_item_stays_withdrawn(
    team, clock: FixedClock
) -> None:
    """Recorded one after the other, the "ja" is refused (the item can no longer be answered);
    at the same moment it must be too: the desk checks inside its transaction, after the
    colleague's withdrawal committed — never "ja vastgelegd" on an item already withdrawn.
    (Before: the checks ran before the desk's transaction and the desk was told its yes was
    recorded.) The withdrawal stays the item's state and rows and events agree."""
    svc, desk, colleague = team
    item_id, out = _race(svc, desk, colleague, clock)

    assert out.startswith("refused"), out
    status = svc.consents.item_status(item_id, clock.now())
    assert status.status.value == "withdrawn"
    assert svc.integrity_problems() == []
