"""After the transition: how long Daan's data is kept, and what the desk says when asked early.

DOMAIN.md rule 10: keep personal data no longer than needed; keep the proof of consent as long
as the processing it covers plus the period in which it may be challenged. Seed 003 (model
privacyreglement, bewaartermijnen): the organisation sets the period and erases after it. Daan
left the Entree-opleiding with a transitieformulier to the gemeente and the RBL; his consents
ran to the end of the school year.

Before (session 18): a worker who tried to erase his data the week after he left read "De
bewaartermijn loopt nog: wissen kan vanaf f"De bewaartermijn loopt nog: wissen kan vanaf
31-07-2034."." — the date wrapped in a second copy of the sentence and a stray code quote. Now
the message names the day once, the day the worklist shows, and on that day erasure goes ahead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

JUNE_2027 = datetime(2027, 6, 14, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("clock", [JUNE_2027], indirect=True)
def test_erasing_the_week_after_he_left_names_the_day_it_may_be_done(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    daan = make_youth(18, given_name="Daan").youth
    request = service.consents.create_request(
        daan.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.stagegegevens.id)),
            ItemSpec(c.werk.id, c.rbl.id, (c.contact.id,)),
        ],
        valid_until="31-07-2027",
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(daan.id), {i.id: "yes" for i in request.items}, "desk"
    )
    service.sharing.record_disclosure(
        daan.id, c.gemeente.id, c.werk.id, [c.contact.id, c.stagegegevens.id]
    )
    clock.set(datetime(2027, 8, 7, 9, 0, tzinfo=UTC))
    service.retention.mark_left(daan.id, "31-07-2027")

    case = service.retention.case(daan.id)
    due = f"{case.due_on:%d-%m-%Y}"
    assert case.due_on.year == 2034  # seven years (the default policy) after he left
    assert due in case.reason()
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.retention.erase(daan.id)
    assert str(refused.value) == f"De bewaartermijn loopt nog: wissen kan vanaf {due}."
    assert row_count(service, "events") == events
    assert service.people.youth(daan.id).given_name == "Daan"

    clock.set(datetime.combine(case.due_on, datetime.min.time(), UTC) + timedelta(hours=10))
    record = service.retention.erase(daan.id)
    assert record.youth_id == daan.id
    assert service.people.youth(daan.id).given_name != "Daan"
