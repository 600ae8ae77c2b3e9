"""The young person's view (cases23, youth_views.py) is recorded only where others decide, as
judged on the day the young person was heard — for the gezag of that day (representatives_then)
but, until review29, under TODAY's rule for 12–15-year-olds. Where the school let 12–15-year-
olds co-decide on the day of the talk and switched that off afterwards, Mila's answer (13) was
her decision then; the desk still let it be written down as a mere "view" that counts for
nothing. Now the rule in force on the day heard (policy_history.policy_at), as for decisions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_talk_while_12_to_15_co_decided_is_a_decision_not_a_view(
    service: Service,
    clock: FixedClock,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
) -> None:
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    mila = make_youth(13, parents=1).youth
    request = service.consents.create_request(
        mila.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(hours=1))
    talk = clock.now()  # Mila co-decides today
    clock.advance(timedelta(days=1))
    service.set_policy(replace(service.policy(), co_decision_12_15=False))
    clock.advance(timedelta(hours=1))
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(RuleViolation) as refused:
        service.youth_views.record(request.id, {request.items[0].id: "agrees"}, "desk", talk)
    assert refused.value.message_id == "error-youth-view-decides"
    assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    # A talk after the switch is a view (the parent decides now).
    heard = service.youth_views.record(request.id, {request.items[0].id: "agrees"}, "desk")
    assert [v.item_id for v in heard] == [request.items[0].id]
