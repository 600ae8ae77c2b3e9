"""A sharing dated outside the time the consent covered: before it was given, before its start,
after its end.

DOMAIN.md: "Only *given* permits sharing, and only between its start and end." Rule 2: consent
comes beforehand (informed, unambiguous) — a yes given on Thursday does not cover what was sent
on Monday. Rule 4 / seed 001 (webinar): after a no, or without consent, sharing needs another,
named basis. The worker records the sharing late, with the day it really happened; the product
judges it on that day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _at(day: Any, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour, 0), UTC)


@pytest.fixture
def daan(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    """Daan (18) is asked on day 0 for a consent that runs from day 7 to day 37; he says yes on
    day 3. The desk reads on day 60 and records what was sent when."""
    c = catalog
    day0 = clock.today()
    youth = make_youth(18, given_name="Daan").youth
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_from=day0 + timedelta(days=7),
        valid_until=day0 + timedelta(days=37),
    )
    clock.advance(timedelta(days=3))
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(days=57))
    return SimpleNamespace(id=youth.id, day0=day0, item=request.items[0].id)


# Days after the question: before the yes (1, 2), after the yes but before the start (5), the
# day after the end (38), today (59) — and inside: the first day, the middle, the last day.
OUTSIDE = (1, 2, 5, 38, 59)
INSIDE = (7, 20, 37)


def test_a_sharing_outside_the_consents_time_is_refused_and_nothing_is_written(
    service: Service, catalog: SimpleNamespace, daan: SimpleNamespace
) -> None:
    c = catalog
    before = (row_count(service, "disclosures"), row_count(service, "events"))
    for day in OUTSIDE:
        moment = _at(daan.day0 + timedelta(days=day))
        assert not service.sharing.may_share(
            daan.id, c.uwv.id, c.werk.id, [c.contact.id], at=moment
        ).allowed, day
        with pytest.raises(RuleViolation) as caught:
            service.sharing.record_disclosure(
                daan.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=moment
            )
        assert caught.value.message_id == "error-sharing-choose-other-basis", day
        assert "grondslag" in str(caught.value), day
    assert (row_count(service, "disclosures"), row_count(service, "events")) == before


def test_a_sharing_inside_the_consents_time_recorded_late_stands_on_the_consent(
    service: Service, catalog: SimpleNamespace, daan: SimpleNamespace
) -> None:
    c = catalog
    for day in INSIDE:
        moment = _at(daan.day0 + timedelta(days=day))
        shared = service.sharing.record_disclosure(
            daan.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=moment
        )
        assert shared.item_id == daan.item and shared.basis.value == "consent", day
        assert shared.disclosed_at == moment
