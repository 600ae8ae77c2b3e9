"""Gezag changes between the question and the answer — and after a yes that was already used.

DOMAIN.md rule 3: under 16 each parent with gezag decides, or the voogd; age and gezag count on
the date of the decision. Seed 003 (privacyreglement): the rights of a minor are exercised by
the wettelijk vertegenwoordiger. Rule 4: withdrawal by whoever decides now; sharing done before
stays lawful; recipients that received data are told (AVG art. 19). A court can end the
parents' gezag and give voogdij to an institution (a gecertificeerde instelling); under an
ondertoezichtstelling (OTS) the parents keep gezag and the gezinsvoogd is no voogd.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

GI = "Jeugdbescherming Regio Utrecht"


@pytest.fixture
def levi(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> SimpleNamespace:
    """Levi (13), both parents with gezag, is asked for the UWV."""
    c = catalog
    case = make_youth(13, parents=2, given_name="Levi")
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return SimpleNamespace(
        id=case.youth.id,
        mother=case.parents[0],
        father=case.parents[1],
        request=request.id,
        item=request.items[0].id,
    )


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def _voogdij_to_the_institution(service: Service, levi: SimpleNamespace) -> Any:
    service.people.set_gezag(levi.mother.id, False)
    service.people.set_gezag(levi.father.id, False)
    return service.people.add_representative(levi.id, GI, RepresentativeRole.GUARDIAN, True)


def test_voogdij_to_an_institution_before_the_fathers_answer_his_yes_no_longer_counts(
    service: Service, catalog: SimpleNamespace, levi: SimpleNamespace, clock: FixedClock
) -> None:
    """The mother said yes at the desk; before the father answered, the court gave voogdij to
    the institution. His yes, mailed after the ruling, is refused; the item waits for the
    voogd, who answers on the same request — and that counts."""
    c = catalog
    service.consents.record_decisions(
        levi.request, SignerRef.representative(levi.mother.id), {levi.item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=3))
    voogd = _voogdij_to_the_institution(service, levi)
    clock.advance(timedelta(days=1))
    assert service.consents.who_must_decide(levi.id).signers == (
        SignerRef.representative(voogd.id),
    )
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            levi.request, SignerRef.representative(levi.father.id), {levi.item: "yes"}, "email"
        )
    assert caught.value.message_id == "error-consent-not-decider"
    assert row_count(service, "events") == events
    assert service.consents.item_status(levi.item).status == ItemStatus.REQUESTED
    assert not _may(service, c, levi.id)
    service.consents.record_decisions(
        levi.request, SignerRef.representative(voogd.id), {levi.item: "yes"}, "email"
    )
    assert service.consents.item_status(levi.item).status == ItemStatus.GIVEN
    assert _may(service, c, levi.id)
    assert service.replay().ok


def test_under_an_ots_the_gezinsvoogd_is_no_voogd_and_the_parents_still_decide(
    service: Service, catalog: SimpleNamespace, levi: SimpleNamespace
) -> None:
    """An ondertoezichtstelling between question and answer: the desk tries to put the
    gezinsvoogd in as voogd. Refused with the reason (the parents keep gezag); nothing
    changes, and the parents' answers decide."""
    c = catalog
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.people.add_representative(levi.id, GI, RepresentativeRole.GUARDIAN, True)
    assert "ondertoezichtstelling" in str(caught.value) and "gezinsvoogd" in str(caught.value)
    assert row_count(service, "events") == events
    for parent in (levi.mother, levi.father):
        service.consents.record_decisions(
            levi.request, SignerRef.representative(parent.id), {levi.item: "yes"}, "desk"
        )
    assert _may(service, c, levi.id)


def test_voogdij_after_a_yes_that_was_used_the_sharing_stays_and_the_voogd_decides_now(
    service: Service, catalog: SimpleNamespace, levi: SimpleNamespace, clock: FixedClock
) -> None:
    """Both parents said yes; the school shared with the UWV. A month later the court gives
    voogdij to the institution. The sharing done stays lawful; nothing more goes out on the
    parents' yes until the voogd has decided; the mother can no longer withdraw — the voogd
    can, and the UWV is then on the list to be told."""
    c = catalog
    for parent in (levi.mother, levi.father):
        service.consents.record_decisions(
            levi.request, SignerRef.representative(parent.id), {levi.item: "yes"}, "desk"
        )
    shared = service.sharing.record_disclosure(levi.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=30))
    voogd = _voogdij_to_the_institution(service, levi)
    status = service.consents.item_status(levi.item)
    assert status.status != ItemStatus.GIVEN, status
    assert not _may(service, c, levi.id)
    (still,) = service.sharing.disclosures(levi.id)
    assert still.id == shared.id and still.basis.value == "consent"
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([levi.item], SignerRef.representative(levi.mother.id), "email")
    result = service.withdrawals.withdraw([levi.item], SignerRef.representative(voogd.id), "email")
    assert [r.id for _, r in result.recipients_to_notify] == [c.uwv.id]
    inzage = flat(service.forms.render_inzage(levi.id))
    assert f"ingetrokken door {GI} (voogd)" in inzage, inzage
    assert inzage.count("(ouder) zei ja") == 2, inzage


def test_a_sharing_from_before_the_ruling_recorded_after_it_stands_on_the_parents_yes(
    service: Service, catalog: SimpleNamespace, levi: SimpleNamespace, clock: FixedClock
) -> None:
    """The school sent Levi's contact details to the UWV five days before the court's ruling;
    the worker records it two days after. Judged on the day it happened (the parents held
    gezag and said yes): on the consent. A sharing dated after the ruling is refused."""
    c = catalog
    for parent in (levi.mother, levi.father):
        service.consents.record_decisions(
            levi.request, SignerRef.representative(parent.id), {levi.item: "yes"}, "desk"
        )
    clock.advance(timedelta(days=5))
    sent = clock.now()
    clock.advance(timedelta(days=5))
    _voogdij_to_the_institution(service, levi)
    clock.advance(timedelta(days=2))
    shared = service.sharing.record_disclosure(
        levi.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=sent
    )
    assert shared.item_id == levi.item and shared.basis.value == "consent"
    disclosures = row_count(service, "disclosures")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            levi.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=clock.now()
        )
    assert row_count(service, "disclosures") == disclosures
