"""Who decides changes between the question and the answer, or the question comes at 18.

DOMAIN rule 3 (seed 003, UAVG art. 5): under 16 the parents with gezag decide; from 16 the
young person alone; at 18 the parents have no say at all. Gezag may move to one parent after
a divorce while a request is open; the rule of the moment of the answer counts.

- Noor is 13. Her parents divorce after the school asked them both; the court gives the mother
  sole gezag. The mother's "ja" is now enough; the father's later "nee" is no decision and no
  withdrawal — he is told nothing decides through him.
- Daan is 18; his parents are still on the record from when he was 15. They can neither say yes
  nor take his yes back, and when he withdraws nobody but the recipients must be told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, user_text
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return request.id, request.items[0].id


def test_gezag_moves_to_the_mother_after_the_divorce_before_the_father_answered(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    noor = make_youth(13, parents=2, given_name="Noor")
    mother, father = noor.parents
    request, item = _ask(service, c, noor.youth.id)
    clock.advance(timedelta(days=3))
    service.people.set_gezag(father.id, False)  # the court: sole gezag for the mother
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(
        request, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN

    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as said_no:
        service.consents.record_decisions(
            request, SignerRef.representative(father.id), {item: "no"}, "email"
        )
    assert "beslist niet" in user_text(said_no.value)
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.representative(father.id), "desk")
    assert row_count(service, "events") == events
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert service.sharing.may_share(noor.youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_an_adult_of_18_decides_alone_his_parents_neither_decide_nor_stop_nor_are_told(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    daan = make_youth(18, parents=2, given_name="Daan")
    mother, _father = daan.parents
    request, item = _ask(service, c, daan.youth.id)
    assert service.consents.who_must_decide(daan.youth.id).signers == (
        SignerRef.youth(daan.youth.id),
    )
    events = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == events

    service.consents.record_decisions(
        request, SignerRef.youth(daan.youth.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(daan.youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=1))
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as stopped:
        service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    assert "18 jaar" in user_text(stopped.value)
    assert row_count(service, "events") == events
    assert service.consents.item_status(item).status == ItemStatus.GIVEN

    done = service.withdrawals.withdraw([item], SignerRef.youth(daan.youth.id), "desk")
    assert done.representatives_to_inform == ()
    assert [r.id for _, r in done.recipients_to_notify] == [c.uwv.id]
