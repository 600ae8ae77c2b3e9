"""A vault from before the limit still holds three people with gezag: nobody decides until fixed.

DOMAIN.md rule 3: under 16 each parent with gezag, or the voogd, decides. Dutch law (BW 1:245,
1:253t): gezag is held by one or two persons, never by three. Session 18 refused a third holder
from then on (test_casussen_s18_ots_and_foster_care.py); a vault written before still holds the
gezinsvoogd that a hurried worker entered as "voogd" next to Lotte's two parents.

Before (session 18): at the next decision that record still counted — under "één ouder met
gezag volstaat" the gezinsvoogd's "ja" alone gave consent for a 14-year-old whose parents had
said nothing, and "Mag ik delen?" answered yes. Now nobody decides on such a record (the desk
says why and what to correct, the tablet does not open), a parent may still stop, and once the
record is corrected the parents decide again. A sharing dated before the third holder was
entered stays judged by the record of its day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases import people
from toestemming.usecases.consent import ItemSpec

Story = Callable[..., tuple[Any, Any, Any, int]]


@pytest.fixture
def lotte(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Story:
    """lotte(before): Lotte (14) with both parents and a request; what happened `before`
    (case, request); then the gezinsvoogd entered as a third holder of gezag by a version from
    before session 18 (which accepted that; here: the limit raised while adding), and from then
    on today's code. Returns (case, gezinsvoogd, request, the first item)."""
    c = catalog

    def story(
        before: Callable[[Any, Any], None] = lambda case, request: None,
    ) -> tuple[Any, Any, Any, int]:
        service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
        case = make_youth(14, parents=2, given_name="Lotte")
        request = service.consents.create_request(
            case.youth.id,
            [
                ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
                ItemSpec(c.stage.id, c.werkgever.id, (c.contact.id,)),
            ],
        )
        before(case, request)
        clock.advance(timedelta(days=2))
        with monkeypatch.context() as old_version:
            old_version.setattr(people, "MAX_GEZAG_HOLDERS", 3)
            gezinsvoogd = service.people.add_representative(
                case.youth.id, "Gezinsvoogd J. Bakker", RepresentativeRole.GUARDIAN, True
            )
        clock.advance(timedelta(days=1))
        return case, gezinsvoogd, request, request.items[0].id

    return story


def test_the_gezinsvoogds_yes_on_a_record_with_three_holders_gives_no_consent(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, lotte: Story
) -> None:
    c = catalog
    case, gezinsvoogd, request, item = lotte()
    lotte = case.youth
    who = service.consents.who_must_decide(lotte.id)
    assert who.signers == ()
    assert who.blocked_reason is not None and "hoogstens twee" in who.blocked_reason
    assert "gezinsvoogd" in who.blocked_reason
    assert not who.needs_representative  # adding yet another person is not the way on
    before = (row_count(service, "decisions"), row_count(service, "events"))
    with pytest.raises(RuleViolation) as refused:
        service.consents.record_decisions(
            request.id, SignerRef.representative(gezinsvoogd.id), {item: "yes"}, "paper"
        )
    assert "hoogstens twee" in str(refused.value)
    assert (row_count(service, "decisions"), row_count(service, "events")) == before
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert not service.sharing.may_share(lotte.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    # The tablet does not open on it either, and no new request is made on the wrong record.
    with pytest.raises(RuleViolation):
        service.signing.session(request.id)
    with pytest.raises(RuleViolation):
        service.consents.create_request(lotte.id, [ItemSpec(c.werk.id, c.rbl.id, (c.contact.id,))])

    # Corrected (the gezinsvoogd is no voogd): the parents decide again, either one suffices.
    service.people.end_representative(gezinsvoogd.id)
    assert set(service.consents.who_must_decide(lotte.id).signers) == {
        SignerRef.representative(p.id) for p in case.parents
    }
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "paper"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN


def test_a_parent_may_still_stop_on_a_record_with_three_holders(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, lotte: Story
) -> None:
    """The parents said "ja" before the mistake; the mother wants to stop it now. Stopping is
    always privacy-safe: she is listed and her withdrawal is recorded; the gezinsvoogd's word
    alone will not bring it back once the record is corrected."""
    c = catalog
    sharings: list[Any] = []

    def said_yes_and_shared(case: Any, request: Any) -> None:
        service.consents.record_decisions(
            request.id,
            SignerRef.representative(case.parents[0].id),
            {request.items[0].id: "yes"},
            "desk",
        )
        clock.advance(timedelta(days=1))
        sharings.append(
            service.sharing.record_disclosure(case.youth.id, c.uwv.id, c.werk.id, [c.contact.id])
        )

    case, gezinsvoogd, _request, item = lotte(said_yes_and_shared)
    mother, (shared,) = case.parents[0], sharings
    choices = service.withdrawals.choices(item)
    assert SignerRef.representative(mother.id) in choices.signers
    result = service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "desk")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert c.uwv.id in {r.id for _, r in result.recipients_to_notify}
    # The sharing of two days ago was judged on the record of its day: it stays covered.
    assert shared.item_id == item
    assert service.sharing.may_share(
        case.youth.id, c.uwv.id, c.werk.id, [c.contact.id], at=shared.disclosed_at
    ).allowed
    service.people.end_representative(gezinsvoogd.id)
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN


def test_a_parent_may_still_object_on_a_record_with_three_holders(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, lotte: Story
) -> None:
    """Verzet stops a sharing on a weighing: privacy-safe like a withdrawal, so the father may
    still make it while the record waits for its correction."""
    c = catalog
    case, _gezinsvoogd, _request, _item = lotte()
    father = SignerRef.representative(case.parents[1].id)
    assert father in {s.signer for s in service.objections.who_may_object(case.youth.id)}
    objection = service.objections.record(case.youth.id, c.gemeente.id, c.werk.id, father, "desk")
    assert objection.signer == father
