"""Lotte's retention period ends while her mother's complaint about a sharing is still with the
Autoriteit Persoonsgegevens.

DOMAIN.md rule 10: keep the proof of consent as long as the processing it covers plus the
period in which it may be challenged; AVG art. 17(3)(e): data needed for a legal claim is not
erased, also not on request. Lotte (17) said yes to UWV, the school shared, she withdrew, UWV
was told; seven years later the worklist offers her record for erasure — but her mother's
complaint is open, and the FG needs the proof.

Before (session 19): the product had no way to say a dispute is open; on the due day the
record was on the worklist and erasure went ahead, the proof of the disputed sharing gone
while the AP was still asking for it. Now the desk records the dispute: the record leaves the
worklist, erasure (for the period or on request) is refused in Dutch with nothing changed,
the log holds only the kind of dispute; once it is recorded as over, erasure goes ahead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.retention import ErasureGround


def _lotte_shared_and_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> int:
    c = catalog
    lotte = make_youth(17, given_name="Lotte").youth
    request = service.consents.create_request(
        lotte.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    me = SignerRef.youth(lotte.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(lotte.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=30))
    done = service.withdrawals.withdraw([item], me, "desk")
    for wid, recipient in done.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id)
    return int(lotte.id)


def _to_due_day(service: Service, clock: FixedClock, youth_id: int) -> None:
    due = service.retention.case(youth_id).due_on
    clock.set(datetime.combine(due, datetime.min.time(), UTC) + timedelta(hours=10))


def test_an_open_complaint_keeps_her_record_past_the_retention_period(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    lotte = _lotte_shared_and_withdrawn(service, catalog, make_youth, clock)
    clock.advance(timedelta(days=400))
    service.retention.hold(lotte, "authority")  # her mother complained to the AP
    assert service.retention.dispute(lotte) == "authority"
    _to_due_day(service, clock, lotte)

    assert lotte not in [c.youth_id for c in service.retention.due()]
    events = row_count(service, "events")
    for ground in (ErasureGround.RETENTION, ErasureGround.REQUEST):
        with pytest.raises(RuleViolation) as refused:
            service.retention.erase(lotte, ground)
        assert "loopt een onderzoek van de Autoriteit Persoonsgegevens" in str(refused.value)
        assert "niets gewist" in str(refused.value)
    assert row_count(service, "events") == events
    assert service.people.youth(lotte).given_name == "Lotte"
    assert service.sharing.disclosures(lotte)

    service.retention.release(lotte)  # the AP closed the case
    assert service.retention.dispute(lotte) is None
    assert lotte in [c.youth_id for c in service.retention.due()]
    assert service.retention.erase(lotte).youth_id == lotte
    assert service.people.youth(lotte).given_name != "Lotte"


def test_the_hold_is_logged_once_by_kind_and_a_wrong_kind_changes_nothing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    lotte = _lotte_shared_and_withdrawn(service, catalog, make_youth, clock)
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as wrong:
        service.retention.hold(lotte, "ruzie")
    assert "Kies wat er loopt" in str(wrong.value)
    assert row_count(service, "events") == events

    service.retention.hold(lotte, "complaint")
    service.retention.hold(lotte, "complaint")  # asked twice: one change
    assert row_count(service, "events") == events + 1
    (body,) = service.vault.db.query(
        "SELECT body FROM events WHERE kind = 'retention.held' ORDER BY seq"
    )[0]
    data = json.loads(bytes(body) if not isinstance(body, str) else body)["data"]
    assert data == {"youth": lotte, "held": True, "dispute": "complaint"}

    service.retention.release(lotte)
    service.retention.release(lotte)
    assert row_count(service, "events") == events + 2
    # The vault's own checks read the new events without an alarm.
    assert service.replay().ok
    assert service.verify_audit(deep=True).ok
