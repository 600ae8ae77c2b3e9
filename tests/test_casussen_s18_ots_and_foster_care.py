"""OTS, gezinsvoogd, pleegouders: who holds gezag, and so who decides under 16.

DOMAIN.md rule 3: under 16 each parent with gezag, or the voogd, decides. Seed 003 (casus 6,
privacyreglement: "ouders met gezag of voogd"). Dutch law (BW 1:245, 1:253t): gezag is held by
one or two persons — two parents, a parent and another person, or a voogd — never by three.
Under an ondertoezichtstelling (OTS) the parents keep gezag; the gezinsvoogd (jeugdbeschermer)
supports them but decides nothing. Pleegouders care for the child but have no gezag.

Before (session 17): a hurried worker who put the gezinsvoogd on the record as "voogd" next to
two parents with gezag made her a third decider — with "één ouder met gezag volstaat" her "ja"
alone gave consent for a 14-year-old whose parents had not been asked. Now a third holder of
gezag is refused with what to do instead, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _set_either_parent(service: Service) -> None:
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))


def _count(service: Service, table: str) -> int:
    return int(service.vault.db.scalar(f"SELECT count(*) FROM {table}"))


def test_ots_the_gezinsvoogd_is_no_third_decider_beside_the_parents(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    _set_either_parent(service)
    case = make_youth(14, parents=2, given_name="Lotte")
    lotte = case.youth
    before = (_count(service, "representatives"), _count(service, "events"))
    with pytest.raises(ValidationError) as refused:
        service.people.add_representative(
            lotte.id, "Gezinsvoogd William Schrikker", RepresentativeRole.GUARDIAN, True
        )
    assert refused.value.message_id == "error-people-at-most-two-gezag"
    assert "gezinsvoogd" in str(refused.value) and "Niets vastgelegd" in str(refused.value)
    assert (_count(service, "representatives"), _count(service, "events")) == before
    # The parents (who keep gezag under an OTS) are the ones who decide; each of them alone
    # where the policy lets one suffice.
    assert set(service.consents.who_must_decide(lotte.id).signers) == {
        SignerRef.representative(p.id) for p in case.parents
    }
    request = service.consents.create_request(
        lotte.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert not service.sharing.may_share(lotte.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_a_parent_and_a_voogd_hold_gezag_together_a_third_is_refused_by_correction_too(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """The same mistake made by correcting gezag afterwards: a third holder is refused too."""
    _set_either_parent(service)
    case = make_youth(14, parents=1)
    second = service.people.add_representative(case.youth.id, "Stiefvader", "parent", False)
    voogd = service.people.add_representative(
        case.youth.id, "Jeugdbescherming", RepresentativeRole.GUARDIAN, True
    )  # a parent and another person may hold gezag together (BW 1:253t): two holders
    assert len(service.consents.who_must_decide(case.youth.id).signers) == 2
    with pytest.raises(ValidationError) as refused:
        service.people.set_gezag(second.id, True)
    assert refused.value.message_id == "error-people-at-most-two-gezag"
    assert SignerRef.representative(second.id) not in (
        service.consents.who_must_decide(case.youth.id).signers
    )
    assert (
        SignerRef.representative(voogd.id)
        in service.consents.who_must_decide(case.youth.id).signers
    )


def test_after_the_ruling_the_parents_gezag_ends_first_then_the_voogd_is_added(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    case = make_youth(13, parents=2)
    for parent in case.parents:
        service.people.end_representative(parent.id)
    voogd = service.people.add_representative(
        case.youth.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    assert service.consents.who_must_decide(case.youth.id).signers == (
        SignerRef.representative(voogd.id),
    )
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(voogd.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(case.youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_pleegouders_have_no_gezag_they_neither_decide_nor_stop(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    case = make_youth(13, parents=1)
    foster = service.people.add_representative(case.youth.id, "Pleegmoeder", "parent", False)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    rows = _count(service, "decisions")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.representative(foster.id), {item: "yes"}, "desk"
        )
    assert _count(service, "decisions") == rows
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "desk"
    )
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.representative(foster.id), "desk")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert SignerRef.representative(foster.id) not in service.withdrawals.choices(item).signers


def test_merging_two_records_that_would_give_a_third_holder_of_gezag_is_refused(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Lotte was entered twice: once with both parents, once (by the zorgcoördinator) with
    her mother spelled differently. Merged, the same mother would be two deciders — under
    "one parent suffices" a third voice. Refused, nothing merged; corrected first, it merges."""
    _set_either_parent(service)
    first = make_youth(14, parents=2, given_name="Lotte", family_name="Smit")
    second = service.people.add_youth(
        given_name="Lotte", family_name="Smit", birth_date=first.youth.birth_date.isoformat()
    )
    spelled = service.people.add_representative(second.id, "Moeder L. Smit", "parent", True)
    before = (_count(service, "youths"), _count(service, "representatives"))
    with pytest.raises(ValidationError) as refused:
        service.duplicates.merge(first.youth.id, second.id)
    assert refused.value.message_id == "error-duplicates-too-many-gezag"
    assert (_count(service, "youths"), _count(service, "representatives")) == before
    service.people.end_representative(spelled.id)
    kept = service.duplicates.merge(first.youth.id, second.id)
    assert len(service.consents.who_must_decide(kept.id).signers) == 2
