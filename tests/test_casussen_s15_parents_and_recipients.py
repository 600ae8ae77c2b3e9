"""Two desk situations of the brief's list, played end to end through the service.

1. A parent withdraws what the other parent gave. DOMAIN.md rule 3: under 16 "each parent
   with gezag, or the voogd" decides; whether both must consent is organisation policy. Rule
   4: withdrawal is "one clear action ... at any time, without a reason"; sharing before stays
   lawful; recipients already served are told. Stopping is always privacy-safe, so either
   parent with gezag may stop it, whatever the policy for giving. A parent without gezag may
   not, and a withdrawn item cannot be answered back to "ja": a new request is the way.
2. A recipient that ends (seed 000's stage companies and seed 002's werkgever: a company
   closes). The desk deactivates it: no new request can name it, but what it received stays
   on record — the youth's inzage (AVG art. 15: "de ontvangers") still names it, and when the
   youth withdraws, it is still on the list of those to be told."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, LawfulBasis, ParentPolicy, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int, recipient_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.stage.id, recipient_id, (c.contact.id, c.school.id))]
    )
    return request.id, request.items[0].id


@pytest.mark.parametrize("policy", [ParentPolicy.ALL_WITH_GEZAG, ParentPolicy.ONE_WITH_GEZAG])
def test_the_father_withdraws_what_the_mother_gave(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    policy: ParentPolicy,
) -> None:
    """Sem (14): with both parents' yes (or, where one suffices, his mother's), the school
    sent his contact data to the internship company. His father, who also has gezag, mails
    that he withdraws it. The stepfather, without gezag, could not have; the father can: the
    item is withdrawn, no new sharing, the company is on the list to be told, and the mother
    cannot answer it back to yes."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=policy))
    case = make_youth(14, parents=2, given_name="Sem")
    sem, mother, father = case.youth, *case.parents
    stepfather = service.people.add_representative(sem.id, "Stiefvader van Sem", "parent", False)
    request_id, item = _ask(service, c, sem.id, c.werkgever.id)
    signers = [mother] if policy == ParentPolicy.ONE_WITH_GEZAG else [mother, father]
    for parent in signers:
        service.consents.record_decisions(
            request_id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(days=3))
    service.sharing.record_disclosure(sem.id, c.werkgever.id, c.stage.id, [c.contact.id])

    clock.advance(timedelta(days=10))
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.representative(stepfather.id), "email")
    assert row_count(service, "events") == before
    result = service.withdrawals.withdraw([item], SignerRef.representative(father.id), "email")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(sem.id, c.werkgever.id, c.stage.id, [c.contact.id]).allowed
    assert [r.id for _, r in result.recipients_to_notify] == [c.werkgever.id]
    assert service.sharing.disclosures(sem.id)[0].basis == LawfulBasis.CONSENT

    clock.advance(timedelta(hours=1))
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before


def test_a_company_that_closed_is_asked_nothing_new_but_stays_on_record(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Yara (17) agreed that the bakery where she would do her internship gets her contact
    data; it got them. The bakery closes and the desk deactivates it. A hurried colleague
    asks her consent for the bakery again: refused in Dutch, nothing written. Her consent for
    the bakery does not carry over to the company that takes her on instead. Her inzage
    still names the bakery as a recipient; when she withdraws, it is listed to be told."""
    c = catalog
    yara = make_youth(17, given_name="Yara").youth
    request_id, item = _ask(service, c, yara.id, c.werkgever.id)
    service.consents.record_decisions(request_id, SignerRef.youth(yara.id), {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(yara.id, c.werkgever.id, c.stage.id, [c.contact.id])

    clock.advance(timedelta(days=30))
    service.catalog.set_recipient_active(c.werkgever.id, False)
    assert c.werkgever.id not in {r.id for r in service.catalog.recipients()}
    before = row_count(service, "events")
    with pytest.raises(ValidationError) as refused:
        _ask(service, c, yara.id, c.werkgever.id)
    assert "ontvanger" in refused.value.message.lower()
    assert row_count(service, "events") == before

    successor = service.catalog.add_recipient("Bakkerij Het Volkoren", "werkgever", "")
    assert not service.sharing.may_share(yara.id, successor.id, c.stage.id, [c.contact.id]).allowed

    text = flat(service.forms.render_inzage(yara.id))
    assert "Bakkerij De Korenschoof" in text

    result = service.withdrawals.withdraw([item], SignerRef.youth(yara.id), "desk")
    assert [r.name for _, r in result.recipients_to_notify] == ["Bakkerij De Korenschoof"]
    assert [w.item_id for w in service.worklists.withdrawals_to_notify()] == [item]
