"""Who decides on the day it happens: the age and gezag rules of DOMAIN.md rule 3 at their
edges, played through the service as a hurried desk would meet them.

DOMAIN.md rule 3: "Age is computed on the date of the decision. Under 16: the legal
representatives decide — each parent with gezag, or the voogd. 16 and older: the young person
decides alone. Parents do not consent on their behalf." Seed 003 (privacyreglement, de rechten
van betrokkene): "Indien de betrokkene de leeftijd van zestien jaar nog niet heeft bereikt ...
worden deze rechten uitgeoefend door diens wettelijk vertegenwoordiger"; rule 3 again: "Born
on 29 February: in common years the birthday falls on 1 March", "Parents who disagree → the
item is conflicting, which counts as no consent". Every refused step leaves the log as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import AdultProtection, ItemStatus, ParentPolicy, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return request.id, request.items[0].id


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def _refused(service: Service, request_id: int, signer: SignerRef, item: int, **kw: Any) -> None:
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(request_id, signer, {item: "yes"}, "desk", **kw)
    assert row_count(service, "events") == before


def test_on_the_16th_birthday_itself_the_youth_decides_and_the_parent_no_longer_does(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Lisa turns 16 on 1 December 2026. At 23:30 on 30 November (Dutch time) her own yes is
    refused — her mother decides. Half an hour later, at 00:30 on 1 December Dutch time (still
    30 November in UTC), her mother's yes is refused and Lisa's own counts: the date of the
    decision is the Dutch calendar day, and on the birthday itself she is 16."""
    c = catalog
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1))
    lisa, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, lisa.id)
    clock.set(datetime(2026, 11, 30, 22, 30, tzinfo=UTC))  # 23:30 in Amsterdam, age 15
    _refused(service, request_id, SignerRef.youth(lisa.id), item)
    clock.set(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))  # 00:30 on 1 December: 16
    _refused(service, request_id, SignerRef.representative(mother.id), item)
    assert not _may(service, c, lisa.id)
    service.consents.record_decisions(request_id, SignerRef.youth(lisa.id), {item: "yes"}, "desk")
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation
    assert _may(service, c, lisa.id)


def test_a_youth_who_turns_16_between_request_and_reply_answers_herself(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The request went out when Sara was 15, addressed to her parents; the answer comes after
    her 16th birthday. On the reply date she decides: her father's yes, dated after the
    birthday, is refused; her own no counts, and nothing may be shared."""
    c = catalog
    case = make_youth(15, parents=2, birth_date=date(2010, 12, 10))
    sara, father = case.youth, case.parents[0]
    request_id, item = _ask(service, c, sara.id)
    clock.set(datetime(2026, 12, 14, 9, 0, tzinfo=UTC))
    _refused(service, request_id, SignerRef.representative(father.id), item)
    service.consents.record_decisions(request_id, SignerRef.youth(sara.id), {item: "no"}, "email")
    assert service.consents.item_status(item).status == ItemStatus.REFUSED
    assert not _may(service, c, sara.id)


def test_a_parents_paper_yes_signed_before_the_birthday_counts_and_asks_reconfirmation(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The parent signed the paper form the day before Tim turned 16; the worker records it a
    week later. The decision date is the signature's: the yes counts (so sharing may go on),
    but Tim now holds the rights, so it is flagged for his re-confirmation; he may withdraw
    it, and his parent may no longer withdraw in his place."""
    c = catalog
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1))
    tim, parent = case.youth, case.parents[0]
    request_id, item = _ask(service, c, tim.id)
    signed = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    service.consents.record_decisions(
        request_id, SignerRef.representative(parent.id), {item: "yes"}, "paper", decided_at=signed
    )
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    assert _may(service, c, tim.id)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.representative(parent.id), "desk")
    assert row_count(service, "events") == before
    service.withdrawals.withdraw([item], SignerRef.youth(tim.id), "desk")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert not _may(service, c, tim.id)


@pytest.mark.parametrize("clock", [datetime(2026, 2, 20, 10, 0, tzinfo=UTC)], indirect=True)
def test_born_on_29_february_the_curator_takes_over_on_1_march_in_a_common_year(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noa was born on 29 February 2008 and is under curatele from her 18th birthday; 2026 is
    a common year, so she turns 18 on 1 March (DOMAIN.md rule 3). On 28 February she still
    decides herself (17); on 1 March her own new yes is refused and her curator decides."""
    c = catalog
    clock.set(datetime(2026, 2, 20, 10, 0, tzinfo=UTC))
    noa = make_youth(17, birth_date=date(2008, 2, 29), protection="curatele").youth
    curator = service.people.add_representative(noa.id, "Mr. J. Bos", "curator", False)
    request_id, item = _ask(service, c, noa.id)
    clock.set(datetime(2026, 2, 28, 12, 0, tzinfo=UTC))
    _refused(service, request_id, SignerRef.representative(curator.id), item)
    clock.set(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    _refused(service, request_id, SignerRef.youth(noa.id), item)
    service.consents.record_decisions(
        request_id, SignerRef.representative(curator.id), {item: "yes"}, "desk"
    )
    assert _may(service, c, noa.id)
    assert service.people.youth(noa.id).protection == AdultProtection.CURATELE


def test_born_on_29_february_she_is_16_on_29_february_of_a_leap_year(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Born 29 February 2012, Fleur turns 16 on 29 February 2028 (a leap year): on 28 February
    her mother decides; on the 29th Fleur does."""
    c = catalog
    clock.set(datetime(2028, 2, 20, 10, 0, tzinfo=UTC))
    case = make_youth(15, parents=1, birth_date=date(2012, 2, 29))
    fleur, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, fleur.id)
    clock.set(datetime(2028, 2, 28, 12, 0, tzinfo=UTC))
    _refused(service, request_id, SignerRef.youth(fleur.id), item)
    clock.set(datetime(2028, 2, 29, 12, 0, tzinfo=UTC))
    _refused(service, request_id, SignerRef.representative(mother.id), item)
    service.consents.record_decisions(request_id, SignerRef.youth(fleur.id), {item: "yes"}, "desk")
    assert _may(service, c, fleur.id)


def test_a_parent_who_lost_gezag_before_the_reply_no_longer_decides(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Both parents had gezag when the request for 14-year-old Mo went out (policy: both must
    agree). Before they answer, a court gives the mother sole gezag and the desk records it.
    The father's answer is refused on the reply date; the mother's yes alone now suffices."""
    c = catalog
    case = make_youth(14, parents=2)
    mo, mother, father = case.youth, *case.parents
    request_id, item = _ask(service, c, mo.id)
    clock.advance(timedelta(days=2))
    service.people.set_gezag(father.id, False)
    clock.advance(timedelta(days=1))
    _refused(service, request_id, SignerRef.representative(father.id), item)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert _may(service, c, mo.id)


def test_a_parent_who_gained_gezag_before_the_reply_must_decide_too(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Only the mother had gezag when the request went out; before the reply the father is
    given joint gezag. On the reply date both must agree (the conservative default): the
    mother's yes alone shares nothing; with the father's yes it does."""
    c = catalog
    case = make_youth(13, parents=1)
    kai, mother = case.youth, case.parents[0]
    father = service.people.add_representative(kai.id, "Vader van Kai", "parent", False)
    request_id, item = _ask(service, c, kai.id)
    clock.advance(timedelta(days=2))
    service.people.set_gezag(father.id, True)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert not _may(service, c, kai.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(father.id), {item: "yes"}, "desk"
    )
    assert _may(service, c, kai.id)


@pytest.mark.parametrize("policy", [ParentPolicy.ALL_WITH_GEZAG, ParentPolicy.ONE_WITH_GEZAG])
def test_parents_who_disagree_are_no_consent_and_a_parent_without_gezag_has_no_say(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    policy: ParentPolicy,
) -> None:
    """DOMAIN.md rule 3: parents who disagree make the item conflicting, which counts as no
    consent — also where one parent's yes would suffice. A parent without gezag (here the
    father who never had it) cannot tip it either way."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=policy))
    case = make_youth(12, parents=2)
    eva, mother, father = case.youth, *case.parents
    other = service.people.add_representative(eva.id, "Stiefvader van Eva", "parent", False)
    request_id, item = _ask(service, c, eva.id)
    _refused(service, request_id, SignerRef.representative(other.id), item)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(
        request_id, SignerRef.representative(father.id), {item: "no"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not _may(service, c, eva.id)
    options = service.sharing.options(eva.id, c.uwv.id, c.werk.id)
    assert options.after_no  # only a named legal ground could carry a sharing now


def test_co_decision_from_the_12th_birthday_on_the_reply_date(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """DOMAIN.md rule 3, youth-care policy "12–15: jongere én ouders". The request went out when
    Iris was 11 (her mother decided alone); the answer comes on her 12th birthday. On that day
    she co-decides: her mother's yes alone shares nothing, with Iris's yes it does."""
    c = catalog
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    case = make_youth(11, parents=1, birth_date=date(2014, 11, 30))
    iris, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, iris.id)
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))  # her 12th birthday
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert not _may(service, c, iris.id)
    service.consents.record_decisions(request_id, SignerRef.youth(iris.id), {item: "yes"}, "desk")
    assert _may(service, c, iris.id)
