"""A youth whose record is erased while a request to her is open — and what arrives after.

DOMAIN.md rule 10: keep personal data no longer than needed; deletion must not break the proof
of what remains. Seed 003 (privacyreglement): gegevens worden verwijderd op verzoek of na de
bewaartermijn. While a request is open (or a consent given) the record cannot be erased; once
the request has lapsed it can — and then a late answer or a late "stop" by e-mail must not
write anything about her again: no decision, no withdrawal, no evidence row pointing at her.

Before (cases25): the late reply's "ja" was refused, but a late "stop" was WRITTEN into the
erased record — a withdrawal row and its log event after the erasure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def noor(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    """Noor (17) was asked by e-mail on 23-11; the request runs ten days."""
    c = catalog
    youth = make_youth(17, given_name="Noor").youth
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=10),
    )
    return SimpleNamespace(id=youth.id, request=request.id, item=request.items[0].id)


def test_the_record_cannot_be_erased_while_the_request_is_open(
    service: Service, noor: SimpleNamespace
) -> None:
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.retention.erase(noor.id, "request")
    assert caught.value.message_id == "error-retention-are-still-consents-requests"
    assert row_count(service, "events") == before
    assert service.people.youth(noor.id).given_name == "Noor"


def test_after_the_erasure_a_late_yes_and_a_late_stop_write_nothing(
    service: Service, catalog: SimpleNamespace, noor: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    clock.advance(timedelta(days=20))  # the request lapsed unanswered
    assert service.consents.item_status(noor.item).status == ItemStatus.EXPIRED
    service.retention.erase(noor.id, "request")  # she asked to be erased
    events, decisions, withdrawals = (
        row_count(service, t) for t in ("events", "decisions", "withdrawals")
    )
    sent = clock.now() - timedelta(days=15)  # her mail was sent while the request ran
    # Her "ja" from that mail, read today: refused, her record is gone.
    with pytest.raises(ValidationError) as caught:
        service.consents.record_decisions(
            noor.request, SignerRef.youth(noor.id), {noor.item: "yes"}, "email", decided_at=sent
        )
    assert caught.value.message_id == "error-youth-erased"
    # Her "stop maar" from another mail: the same — nothing is written about her again.
    for moment in (None, sent):
        with pytest.raises(ValidationError) as caught:
            service.withdrawals.withdraw(
                [noor.item], SignerRef.youth(noor.id), "email", withdrawn_at=moment
            )
        assert caught.value.message_id == "error-youth-erased"
        assert "gewist" in str(caught.value)
    assert (row_count(service, "events"), row_count(service, "decisions")) == (events, decisions)
    assert row_count(service, "withdrawals") == withdrawals
    # "Mag ik delen?" says no; the log is whole.
    assert not service.sharing.may_share(noor.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert service.replay().ok
