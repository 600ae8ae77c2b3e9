"""Milan is 13; both parents hold gezag. His father works abroad and cannot be reached.

DOMAIN rule 3: with two parents with gezag, the organisation's policy decides whether both must
say yes (the default) or one suffices. With "both", the mother's "ja" alone gives no consent
while the father is unreachable — the item waits. The school may change its policy; what it
cannot do is change the past with it: a sharing is lawful or not by the rule of its own day.

Before (session 19): "Mag ik delen?" for a past moment — a sharing recorded late — and an
item's status on a past day were judged by today's policy. Loosened to "one suffices" on
Wednesday, a sharing dated Tuesday (when both had to agree) was recorded as covered by the
mother's consent; tightened to "both" on Wednesday, Tuesday's sharing on the one "ja" that
sufficed then read as unlawful. Now the rule of the day counts; today's questions keep
today's rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, ParentPolicy, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _rule(service: Service, rule: ParentPolicy) -> None:
    service.set_policy(dataclasses.replace(service.policy(), parent_policy=rule))


def _mother_says_yes(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int]:
    case = make_youth(13, parents=2, given_name="Milan")
    mother, _father_abroad = case.parents
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    return case.youth.id, item


def test_loosened_on_wednesday_a_sharing_dated_tuesday_still_needed_the_father(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    milan, item = _mother_says_yes(service, c, make_youth)  # Monday; the rule: both parents
    clock.advance(timedelta(days=1))
    tuesday = clock.now()
    assert not service.sharing.may_share(milan, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    clock.advance(timedelta(days=1))
    _rule(service, ParentPolicy.ONE_WITH_GEZAG)  # Wednesday: one parent suffices from now
    clock.advance(timedelta(hours=2))

    events = row_count(service, "events")
    with pytest.raises(RuleViolation):  # dated Tuesday: no consent then, no other basis
        service.sharing.record_disclosure(
            milan, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=tuesday
        )
    assert row_count(service, "events") == events
    assert not service.sharing.may_share(
        milan, c.uwv.id, c.werk.id, [c.contact.id], at=tuesday
    ).allowed
    assert service.consents.item_status(item, at=tuesday).status == ItemStatus.REQUESTED
    (then_view,) = service.consents.items_for_youth(milan, at=tuesday)
    assert then_view.status.status == ItemStatus.REQUESTED

    # From Wednesday the mother's "ja" suffices: a sharing now is covered.
    now = service.sharing.record_disclosure(milan, c.uwv.id, c.werk.id, [c.contact.id])
    assert now.item_id == item
    assert service.consents.item_status(item).status == ItemStatus.GIVEN


def test_tightened_on_wednesday_tuesdays_sharing_on_one_yes_stays_lawful(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    _rule(service, ParentPolicy.ONE_WITH_GEZAG)
    clock.advance(timedelta(minutes=5))
    milan, item = _mother_says_yes(service, c, make_youth)
    clock.advance(timedelta(days=1))
    tuesday = service.sharing.record_disclosure(milan, c.uwv.id, c.werk.id, [c.contact.id])
    assert tuesday.item_id == item
    clock.advance(timedelta(days=1))
    _rule(service, ParentPolicy.ALL_WITH_GEZAG)  # Wednesday: both parents from now on
    clock.advance(timedelta(hours=2))

    then = service.sharing.may_share(
        milan, c.uwv.id, c.werk.id, [c.contact.id], at=tuesday.disclosed_at
    )
    assert then.allowed and then.item_id == item
    assert service.consents.item_status(item, at=tuesday.disclosed_at).status == ItemStatus.GIVEN
    (then_view,) = service.consents.items_for_youth(milan, at=tuesday.disclosed_at)
    assert then_view.status.status == ItemStatus.GIVEN
    # Today the father's answer is needed too; nothing new goes without it.
    assert not service.sharing.may_share(milan, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
