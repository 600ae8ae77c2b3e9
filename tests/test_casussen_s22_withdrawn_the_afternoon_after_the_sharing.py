"""Sanne (17) said "ja" to sharing her contact details with UWV. This morning her worker sent
them; at two o'clock Sanne rings the desk and takes her "ja" back.

DOMAIN rule 4 (AVG art. 7(3), art. 19): the morning's sharing stays lawful; nothing more goes
after the withdrawal, not even later the same day; UWV, which already received the data, must
be told — also when the worker records the morning's sharing only after the withdrawal. And a
recipient that asks for more than Sanne agreed to (her support needs) gets nothing on her "ja".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _sanne_says_yes(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int]:
    sanne = make_youth(17, given_name="Sanne").youth.id
    request = service.consents.create_request(
        sanne, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(sanne), {item: "yes"}, "desk")
    return sanne, item


def test_the_mornings_sharing_stays_lawful_nothing_goes_after_two_and_uwv_is_told(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sanne, item = _sanne_says_yes(service, c, make_youth)
    clock.advance(timedelta(hours=1))
    morning = service.sharing.record_disclosure(sanne, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(hours=3))
    done = service.withdrawals.withdraw([item], SignerRef.youth(sanne), "desk")
    assert [r.id for _, r in done.recipients_to_notify] == [c.uwv.id]

    clock.advance(timedelta(hours=2))
    events = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(sanne, c.uwv.id, c.werk.id, [c.contact.id])
    assert row_count(service, "events") == events
    assert not service.sharing.may_share(sanne, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    then = service.sharing.may_share(
        sanne, c.uwv.id, c.werk.id, [c.contact.id], at=morning.disclosed_at
    )
    assert then.allowed and then.item_id == item


def test_the_mornings_sharing_recorded_after_the_withdrawal_puts_uwv_on_the_list(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sanne, item = _sanne_says_yes(service, c, make_youth)
    clock.advance(timedelta(hours=1))
    sent_at = clock.now()
    clock.advance(timedelta(hours=3))
    done = service.withdrawals.withdraw([item], SignerRef.youth(sanne), "desk")
    assert done.recipients_to_notify == ()  # nothing recorded as sent yet
    (withdrawal,) = done.withdrawals

    clock.advance(timedelta(hours=1))
    late = service.sharing.record_disclosure(
        sanne, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=sent_at
    )
    assert late.item_id == item  # on her "ja" of that morning
    assert [r.id for r in service.withdrawals.recipients_to_notify(withdrawal.id)] == [c.uwv.id]
    service.withdrawals.mark_notified(withdrawal.id, c.uwv.id)
    assert service.withdrawals.recipients_to_notify(withdrawal.id) == []


def test_uwv_asks_for_her_support_needs_too_her_yes_covers_only_her_contact_details(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sanne, _item = _sanne_says_yes(service, c, make_youth)
    clock.advance(timedelta(hours=1))
    more = [c.contact.id, c.ondersteuning.id]
    answer = service.sharing.may_share(sanne, c.uwv.id, c.werk.id, more)
    assert not answer.allowed
    assert answer.missing_category_ids == frozenset({c.ondersteuning.id})
    assert "Ondersteuningsbehoefte" in answer.reason
    events = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(sanne, c.uwv.id, c.werk.id, more)
    assert row_count(service, "events") == events
    # Another organisation asking the same is not covered either: the "ja" names UWV.
    assert not service.sharing.may_share(sanne, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
