"""Her "nee" was mailed on Monday and read on Wednesday; on Tuesday a colleague shared with UWV.

DOMAIN.md rule 4: withdrawal is possible at any time, by any channel that could give consent;
sharing done before it stays lawful, no new sharing after it; recipients that already received
data must be told (AVG art. 19). The moment of withdrawal is when she sent it, not when the
desk read it — so a sharing recorded in between happened after her withdrawal.

Before (session 18): the withdrawal listed UWV to be told, but her inzage still showed
Tuesday's sharing as "toestemming", the same as Saturday's — a record that reads as if her
consent covered it. Now that row says it was shared after her withdrawal (read later) and that
the recipient is told; Saturday's row stays as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import Disclosure, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.withdrawals import WithdrawalResult

AFTER = "GEDEELD NA DE INTREKKING"


@dataclasses.dataclass(frozen=True)
class LateWithdrawal:
    """Noa (17) said yes at the desk; shared Saturday on it; her mailed "nee" of Monday was read
    Wednesday; a colleague shared Tuesday in between (proof23's package test tells it too)."""

    youth_id: int
    request_id: int
    item_id: int
    monday: datetime
    tuesday: Disclosure
    done: WithdrawalResult


def late_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> LateWithdrawal:
    c = catalog
    noa = make_youth(17, given_name="Noa").youth
    me = SignerRef.youth(noa.id)
    request = service.consents.create_request(
        noa.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, c.stagegegevens.id))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))  # Saturday: shared on her consent
    service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.stagegegevens.id])
    clock.advance(timedelta(days=2))
    monday = clock.now()  # her mail "ik wil niet meer dat jullie iets delen" is sent
    clock.advance(timedelta(days=1))  # Tuesday: a colleague, not knowing, shares again
    tuesday = service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=1))  # Wednesday: the mail is read and recorded
    done = service.withdrawals.withdraw([item], me, "email", withdrawn_at=monday)
    return LateWithdrawal(noa.id, request.id, item, monday, tuesday, done)


def test_a_sharing_between_her_mailed_no_and_its_reading_is_shown_as_after_the_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    story = late_withdrawal(service, catalog, make_youth, clock)
    noa_id, monday, tuesday = story.youth_id, story.monday, story.tuesday
    assert [r.id for _, r in story.done.recipients_to_notify] == [c.uwv.id]
    assert not service.sharing.may_share(
        noa_id, c.uwv.id, c.werk.id, [c.contact.id], at=tuesday.disclosed_at
    ).allowed

    text = flat(service.forms.render_inzage(noa_id))
    assert text.count(AFTER) == 1, text
    after = text[text.index(AFTER) :]
    assert f"{monday:%d-%m-%Y}" in after[:80]
    rows = text[: text.index(AFTER)]
    assert "Contactgegevens" in rows[-400:]  # Tuesday's row (contact data), not Saturday's
