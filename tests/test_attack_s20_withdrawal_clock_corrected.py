"""A withdrawal recorded while the clock ran ahead (session 20; reported to the lead).

The same class as test_attack_s20_gezag_clock_corrected.py, in the consent state itself: the
mother withdraws on Tuesday while the laptop's clock says Thursday; the clock is put right an
hour later (confirm-clock). A sharing of Wednesday, recorded late on Friday, is judged by the
withdrawal's stored date (Thursday) and accepted as covered by her consent, although she had
withdrawn it the day before. The rows' dates (withdrawn_at, decided_at, acted_at, …) are the
clock's; only event_seek/gezag_history capped a date by a later clock correction.

Now (s21): every row date the status rules read (repo.item_histories → event_seek.capped_rows)
counts no later than the clock correction that followed it: the withdrawal counts from Tuesday,
and Wednesday's sharing is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from test_attack_s20_gezag_clock_corrected import _ahead_then_right

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_sharing_of_wednesday_is_refused_after_tuesdays_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(13, parents=1, given_name="Noor")
    noor, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        noor.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    monday = clock.now()
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    mine = SignerRef.representative(mother.id)
    _ahead_then_right(service, clock, lambda: service.withdrawals.withdraw([item], mine, "desk"))
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            noor.id,
            c.uwv.id,
            c.werk.id,
            [c.contact.id],
            disclosed_at=monday + timedelta(days=2),
        )
