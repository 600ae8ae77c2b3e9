"""Session 10: two desks on one team server answer and withdraw the same item at the same time.

On a vault there is one writer, so a use case's checks and its write cannot be split by
another writer. On a team server every worker writes; writes are serialised per organisation
(the write turn at BEGIN), so a use case keeps its meaning only if it checks *inside* its
transaction. A desk records a young person's "ja" while a colleague records their withdrawal
of the same item; the desk's checks ran before the withdrawal committed, its write after.
Real processes; the desk is stopped between its checks and its write by a pipe, not a sleep."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.devtools.pgteam import Login
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)

# The desk: prepares the decision (every check), says so, waits for "go", then writes it.
DESK = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import Consents

url, password, request_id, item_id, youth_id, now = sys.argv[1:7]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
original = Consents.prepare_decisions


def prepare_then_wait(self, *args, **kwargs):
    prepared = original(self, *args, **kwargs)
    print("prepared", flush=True)
    sys.stdin.readline()
    return prepared


Consents.prepare_decisions = prepare_then_wait
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
    desk = make_worker(pg_server, pg_database, admin, "balie", "Balie Medewerker")
    yield svc, desk
    svc.close()


def _request(svc: Service, today: date) -> tuple[int, int, int]:
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    youth = svc.people.add_youth(
        given_name="Sara",
        family_name="Jansen",
        birth_date=today.replace(year=today.year - 17).isoformat(),
    )
    request = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    return request.id, request.items[0].id, youth.id


def _race(svc: Service, desk: Login, clock: FixedClock) -> tuple[int, str]:
    """The desk prepares Sara's "ja"; the colleague records her withdrawal (her letter of
    yesterday); then the desk writes. Returns the item and what the desk was told."""
    request_id, item_id, youth_id = _request(svc, clock.today())
    clock.advance(timedelta(days=2))
    child = subprocess.Popen(
        [
            *(sys.executable, "-c", DESK, desk.url, desk.password),
            *(str(request_id), str(item_id), str(youth_id), clock.now().isoformat()),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "prepared"
        svc.withdrawals.withdraw(
            [item_id], SignerRef.youth(youth_id), "paper", clock.now() - timedelta(days=1)
        )
        out, err = child.communicate("go\n", timeout=SAFETY_S)
        assert child.returncode == 0, err[-2000:]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return item_id, out


def test_a_yes_written_after_a_withdrawal_does_not_bring_the_consent_back(
    team, clock: FixedClock
) -> None:
    """What holds today: the withdrawal stays the item's state (no sharing allowed on a yes
    given later than it by the race), and the replay finds rows and events in agreement."""
    svc, desk = team
    item_id, _ = _race(svc, desk, clock)

    status = svc.consents.item_status(item_id, clock.now())
    assert status.status.value == "withdrawn"
    assert svc.integrity_problems() == []


@pytest.mark.xfail(
    strict=True,
    reason="usecases/consent.py runs a decision's checks (prepare_decisions) before its "
    "transaction; on a team server a colleague's withdrawal can commit in between, and the "
    "desk is told its 'ja' was recorded on a withdrawn item (not this helper's file: reported)",
)
def test_a_yes_prepared_before_a_withdrawal_is_refused_after_it(team, clock: FixedClock) -> None:
    svc, desk = team
    item_id, out = _race(svc, desk, clock)

    # Recorded one after the other, the "ja" is refused (the item can no longer be
    # answered); at the same time it must be too.
    assert out.startswith("refused"), out
    decisions = svc.vault.db.scalar("SELECT count(*) FROM decisions WHERE item_id = ?", (item_id,))
    assert decisions == 0
