"""A pupil of 14 objects while her parents said "ja": where does her "no" go?

DOMAIN.md rule 3: under 16 the parents with gezag (or the voogd) decide; the young person is
informed and asked for their view. Verzet (AVG art. 21; seed 003, reglement art. 8.2-8.3) is
about sharing *without* consent; where a consent is given, stopping it is a withdrawal — by
whoever may withdraw (rule 4): under 16 that is the parents, not the pupil.

Before (session 17): her objection was refused with "Wie dat niet meer wil, trekt de
toestemming in" — while the desk refuses her that withdrawal ("beslist niet"): a dead end for
the worker. Now the message says the parents decide, to talk it over with them, and that they
can withdraw. From 16 she withdraws herself, and the message says so as before.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _parents_said_yes(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], age: int
) -> tuple[Any, Any, int]:
    case = make_youth(age, parents=1)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    signer = SignerRef.representative(case.parents[0].id) if age < 16 else None
    service.consents.record_decisions(
        request.id, signer or SignerRef.youth(case.youth.id), {item: "yes"}, "paper"
    )
    return case.youth, case.parents[0], item


def test_her_objection_under_16_sends_the_worker_to_her_parents(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    pupil, mother, item = _parents_said_yes(service, c, make_youth, 14)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.objections.record(
            pupil.id, c.gemeente.id, c.werk.id, SignerRef.youth(pupil.id), "desk"
        )
    assert refused.value.message_id == "error-objection-consent-given-by-others"
    said = str(refused.value)
    assert "ouders met gezag" in said and "intrekken" in said and "Niets vastgelegd" in said
    assert row_count(service, "events") == before
    # She herself cannot withdraw it (the parents decide) …
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.youth(pupil.id), "desk")
    # … her mother can, after talking it over: one action, and sharing stops.
    service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "desk")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(pupil.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed


def test_from_16_her_objection_to_her_own_yes_is_her_withdrawal_to_make(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    youth, _, item = _parents_said_yes(service, c, make_youth, 16)
    with pytest.raises(RuleViolation) as refused:
        service.objections.record(
            youth.id, c.gemeente.id, c.werk.id, SignerRef.youth(youth.id), "desk"
        )
    assert refused.value.message_id == "error-objection-consent-given"
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
