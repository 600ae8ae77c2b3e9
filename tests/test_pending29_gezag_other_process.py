"""Gezag changed by another desk while this window reads (pending29, gap 2).

The gezag changes are read once per open vault and then only the newer events (by seq;
gezag_history._kept_rows), and the requests found not waiting are kept per open vault
(remote_pending._Judged). Both are caches in one process; the log is written by another.
Here the other desk is a REAL second process on the same vault file with the same key, and
this window (a read-only one: one writer at a time) reads between its writes: each read must
be the vault as it is now — the item's reason, "Mag ik delen?", the waiting list. The other
desk also writes and rolls back, and is SIGKILLed in the middle of a transaction."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from toestemming.capture.settings import RemoteSettings
from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

PASS = "correct horse battery staple"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
GENERIC = "Nog niet iedereen die moet beslissen heeft gereageerd."
ASK_HIM = "wie nu (ook) het gezag heeft"
ASK_VOOGD = "de voogd is nog niet gevraagd"

# The other desk: opens the vault as the writer, does one thing, closes (or is killed).
DESK = r"""
import json, os, signal, sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
path, passphrase, moment, action, ids = sys.argv[1:6]
ids = json.loads(ids)
youth, mother, father = ids["youth"], ids["mother"], ids["father"]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
audit = svc.context.audit
append = audit.append
if action == "mother-says-yes":
    svc.consents.record_decisions(
        ids["request"], SignerRef.representative(mother), {ids["item"]: "yes"}, "desk"
    )
elif action == "father-gets-gezag":
    svc.people.set_gezag(father, True)
    svc.people.add_youth(given_name="Ander", family_name="Kind", birth_date="01-01-2012")
elif action == "killed-ending-mother":
    # Killed in the middle of the transaction: its event appended, nothing committed.
    def then_killed(*a, **k):
        append(*a, **k)
        os.kill(os.getpid(), signal.SIGKILL)
    audit.append = then_killed
    svc.people.end_representative(mother)
elif action == "undone-then-voogd":
    class Undone(Exception):
        pass
    def then_undone(*a, **k):
        append(*a, **k)
        raise Undone
    audit.append = then_undone
    try:
        svc.people.set_gezag(father, False)
    except Undone:
        pass
    audit.append = append
    svc.people.end_representative(mother)
    svc.people.end_representative(father)
    svc.people.add_representative(youth, "Jeugdbescherming", RepresentativeRole.GUARDIAN, True)
svc.close()
print("done", flush=True)
"""


def other_desk(path: Path, case: SimpleNamespace, moment: datetime, action: str) -> int:
    ids = {k: getattr(case, k) for k in ("youth", "mother", "father", "request", "item")}
    done = subprocess.run(
        [sys.executable, "-c", DESK, str(path), PASS, moment.isoformat(), action, json.dumps(ids)],
        capture_output=True,
        text=True,
        timeout=300,  # (a guard against a hung child, not a measurement)
    )
    return done.returncode


@pytest.fixture
def case(tmp_path: Path) -> SimpleNamespace:
    """Lina (14): her mother has gezag, her father is registered without it. Asked for the
    UWV; the request handed to the mother by QR code; nobody has answered."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
    werk = c.add_purpose("begeleiding-werk", "Begeleiding naar werk", "Zodat je werk vindt.")
    contact = c.add_category("contact", "Contactgegevens", "Naam, adres.", "dat", False)
    youth = svc.people.add_youth(given_name="Lina", family_name="Smit", birth_date="01-03-2012")
    add = svc.people.add_representative
    mother = add(youth.id, "Moeder Smit", RepresentativeRole.PARENT, True, email="m@example.org")
    father = add(youth.id, "Vader Smit", RepresentativeRole.PARENT, False, email="v@example.org")
    request = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    svc.remote.set_settings(RemoteSettings(reply_address="balie@school.example"))
    svc.remote.record_qr_handed_out(request.id, SignerRef.representative(mother.id))
    svc.close()
    return SimpleNamespace(
        path=path,
        youth=youth.id,
        mother=mother.id,
        father=father.id,
        request=request.id,
        item=request.items[0].id,
        share=(youth.id, uwv.id, werk.id, [contact.id]),
    )


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START + timedelta(days=1))


@pytest.fixture
def window(case: SimpleNamespace, clock: FixedClock) -> Iterator[Service]:
    """This desk's window, open all along (read-only: the other desk is the writer)."""
    svc = Service.open(case.path, PASS, clock=clock, read_only=True)
    try:
        yield svc
    finally:
        svc.close()


def reads(window: Service, case: SimpleNamespace) -> tuple[str, str, list[int]]:
    st = window.consents.item_status(case.item)
    assert st.status == ItemStatus.REQUESTED
    share = window.sharing.may_share(*case.share)
    assert not share.allowed
    return st.reason, share.reason, [p.request_id for p in window.remote.pending()]


def test_the_other_desks_gezag_changes_show_at_the_next_read(
    window: Service, case: SimpleNamespace, clock: FixedClock
) -> None:
    reason, share, waiting = reads(window, case)
    assert reason == GENERIC and waiting == [case.request]

    # Day 10: the court gives the father gezag; the other desk records it (and a youth more:
    # events after the one this window read last, which is still there).
    assert other_desk(case.path, case, START + timedelta(days=10), "father-gets-gezag") == 0
    clock.set(START + timedelta(days=11))
    reason, share, waiting = reads(window, case)
    assert ASK_HIM in reason and ASK_HIM in share, (reason, share)
    assert waiting == [case.request]

    # The other desk is killed in the middle of ending the mother's representation: nothing
    # of it counts, here either.
    assert other_desk(case.path, case, START + timedelta(days=12), "killed-ending-mother") != 0
    clock.set(START + timedelta(days=13))
    assert reads(window, case) == (reason, share, waiting)

    # It writes a gezag change and rolls it back, then a voogd takes over (day 14): the
    # events after the last one read have other contents than the undone one had.
    assert other_desk(case.path, case, START + timedelta(days=14), "undone-then-voogd") == 0
    clock.set(START + timedelta(days=15))
    reason, share, waiting = reads(window, case)
    assert ASK_VOOGD in reason and ASK_VOOGD in share, (reason, share)
    assert waiting == [case.request]
    father = window.people.representative(case.father)
    assert father.has_gezag  # (the undone change is not there)


def test_an_answered_request_waits_again_when_the_other_desk_gives_gezag(
    window: Service, case: SimpleNamespace, clock: FixedClock
) -> None:
    """The mother's yes was enough; this window found nothing waiting (and keeps that until
    the log moves). The other desk gives the father gezag: waiting again, for him."""
    assert reads(window, case)[2] == [case.request]
    assert other_desk(case.path, case, START + timedelta(days=2), "mother-says-yes") == 0
    clock.set(START + timedelta(days=3))
    assert window.consents.item_status(case.item).status == ItemStatus.GIVEN
    assert window.remote.pending() == []
    clock.advance(timedelta(minutes=5))  # (the next mail check: still nothing)
    assert window.remote.pending() == []
    assert other_desk(case.path, case, START + timedelta(days=3, hours=1), "father-gets-gezag") == 0
    clock.set(START + timedelta(days=3, hours=2))  # the same day: no new day to notice it by
    reason, _share, waiting = reads(window, case)
    assert waiting == [case.request] and ASK_HIM in reason, reason
