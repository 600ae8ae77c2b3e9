"""Dates are Dutch dates: the last valid day and the 16th birthday end at midnight in Amsterdam.

DOMAIN.md rule 3: age is computed on the date of the decision; rule 2 / the statuses: only a
"given" item permits sharing, and only between its start and end. The request says "geldig tot
en met" a date: that whole Dutch day, not a UTC day (in summer Amsterdam is two hours ahead,
in winter one). A school year ends on 31 July.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

MAY_2027 = datetime(2027, 5, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("clock", [MAY_2027], indirect=True)
def test_until_the_end_of_the_school_year_means_31_july_until_midnight_dutch_time(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    ruben = make_youth(17).youth
    request = service.consents.create_request(
        ruben.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))], valid_until="31-07-2027"
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(ruben.id), {item: "yes"}, "desk")

    def may(at: datetime) -> bool:
        return service.sharing.may_share(
            ruben.id, c.uwv.id, c.werk.id, [c.contact.id], at=at
        ).allowed

    # 23:30 on 31 July in Amsterdam (summer time, UTC+2) is 21:30 UTC: still valid.
    assert may(datetime(2027, 7, 31, 21, 30, tzinfo=UTC))
    # 00:30 on 1 August in Amsterdam is still 31 July in UTC: no longer valid.
    assert not may(datetime(2027, 7, 31, 22, 30, tzinfo=UTC))
    clock.set(datetime(2027, 7, 31, 22, 30, tzinfo=UTC))
    assert service.consents.item_status(item).status == ItemStatus.EXPIRED


@pytest.mark.parametrize("clock", [datetime(2026, 11, 23, 10, 0, tzinfo=UTC)], indirect=True)
def test_a_mail_at_half_past_midnight_on_the_16th_birthday_is_hers_not_her_mothers(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Born 1 December 2010: 16 from 00:00 on 1 December 2026 Dutch time (23:00 UTC on 30
    November, winter time). Her mother's "ja" sent at 00:30 that night no longer decides; her
    own does. Sent at 23:30 the evening before, her mother's still does."""
    c = catalog
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1))
    fenna, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        fenna.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    half_past_midnight = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    assert service.consents.who_must_decide(fenna.id, date(2026, 12, 1)).signers == (
        SignerRef.youth(fenna.id),
    )
    with pytest.raises(RuleViolation) as refused:
        service.consents.record_decisions(
            request.id,
            SignerRef.representative(mother.id),
            {item: "yes"},
            "email",
            decided_at=half_past_midnight,
        )
    assert refused.value.message_id == "error-consent-not-decider"
    evening_before = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 23:30 Dutch time
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(mother.id),
        {item: "yes"},
        "email",
        decided_at=evening_before,
    )
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
