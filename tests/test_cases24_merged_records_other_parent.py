"""Two records of one youth, each with another parent: merged after the mother's yes.

Seed 003 (the school must show on whose consent it shared) and DOMAIN.md rule 3 (under 16 each
parent with gezag decides; both, by default). Noor was entered at the school desk with her
mother; the zorgcoördinator entered her again, with her father, who also holds gezag. The
mother said yes and the UWV got Noor's contact details. Then the desk finds the double and
merges the records: now the father is on her record too.

What the desk must see: the sharing already done stays on the mother's yes (it was lawful on
its day, DOMAIN rule 4); a NEW sharing waits for the father, who had gezag all along; his yes
makes the consent whole again, his no makes it conflicting (no consent). Nothing changes the
past decisions, and the merge is in the log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


@pytest.fixture
def noor(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    c = catalog
    first = make_youth(14, parents=1, given_name="Noor", family_name="Bakker")
    noor, mother = first.youth, first.parents[0]
    second = service.people.add_youth(
        given_name="Noor", family_name="Bakker", birth_date=noor.birth_date.isoformat()
    )
    father = service.people.add_representative(second.id, "Vader van Noor", "parent", True)
    request = service.consents.create_request(
        noor.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert _may(service, c, noor.id)  # on the record as it stood: the mother alone decides
    clock.advance(timedelta(hours=1))
    shared = service.sharing.record_disclosure(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=7))
    kept = service.duplicates.merge(noor.id, second.id)
    assert kept.id == noor.id  # the record with history stays
    return SimpleNamespace(
        id=noor.id, mother=mother, father=father, request=request.id, item=item, shared=shared
    )


def test_after_the_merge_a_new_sharing_waits_for_the_father(
    service: Service, catalog: SimpleNamespace, noor: SimpleNamespace
) -> None:
    c = catalog
    deciders = set(service.consents.who_must_decide(noor.id).signers)
    assert deciders == {
        SignerRef.representative(noor.mother.id),
        SignerRef.representative(noor.father.id),
    }
    status = service.consents.item_status(noor.item)
    assert status.status == ItemStatus.REQUESTED
    assert not _may(service, c, noor.id)
    service.consents.record_decisions(
        noor.request, SignerRef.representative(noor.father.id), {noor.item: "yes"}, "email"
    )
    assert service.consents.item_status(noor.item).status == ItemStatus.GIVEN
    assert _may(service, c, noor.id)


def test_the_fathers_no_after_the_merge_stops_it_and_the_uwv_is_to_be_told(
    service: Service, catalog: SimpleNamespace, noor: SimpleNamespace
) -> None:
    """The UWV already got the data on the mother's yes: the father's no is his withdrawal
    (as for any parent who says no after a sharing, s16), no new sharing, the UWV on the list
    to be told (AVG art. 19); the sharing itself stays on record on the mother's yes."""
    c = catalog
    recorded = service.consents.record_decisions(
        noor.request, SignerRef.representative(noor.father.id), {noor.item: "no"}, "email"
    )
    assert len(recorded.withdrawal_ids) == 1
    assert service.consents.item_status(noor.item).status == ItemStatus.WITHDRAWN
    assert not _may(service, c, noor.id)
    to_tell = [w for w in service.worklists.withdrawals_to_notify() if w.youth_id == noor.id]
    assert [w.item_id for w in to_tell] == [noor.item]
    history = service.consents.item_history(noor.item)
    kinds = [h["kind"] for h in history]
    # the mother's yes, the sharing on it, the father's no as his withdrawal: nothing edited
    assert kinds == [
        "request.created",
        "decisions.recorded",
        "disclosure.recorded",
        "withdrawal.recorded",
    ]
    shared = service.sharing.disclosures(noor.id)
    assert [(d.id, d.basis.value, d.item_id) for d in shared] == [
        (noor.shared.id, "consent", noor.item)
    ]
