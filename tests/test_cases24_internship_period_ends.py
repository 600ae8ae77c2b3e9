"""A consent for the length of an internship: it starts later, and it ends.

Seed 002 (2.3.2, the transitieformulier: internship information shared "for the period of the
internship") and DOMAIN.md: only *given* permits sharing, "and only between its start and end";
the status vocabulary has *expired*. Sem (17) agrees on 23 November that the school may share
his internship details with the Bakkerij from 1 February to 30 April 2027.

Acted out: before 1 February nothing may be shared yet; in the period it may; two weeks before
the end the consent is on the desk's "verloopt binnenkort" list; after 30 April it is expired —
a sharing the worker forgot to record, done on 28 April, may still be recorded with its date, one
dated 2 May is refused with nothing written; a new request renews it. Withdrawing the expired
consent is refused or harmless, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError, user_text
from toestemming.model import ItemStatus, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

FROM, UNTIL = date(2027, 2, 1), date(2027, 4, 30)


def _may(service: Service, c: SimpleNamespace, youth_id: int, at: datetime | None = None) -> bool:
    return service.sharing.may_share(
        youth_id, c.werkgever.id, c.werk.id, [c.contact.id], at
    ).allowed


def test_an_internship_consent_holds_only_from_its_start_to_its_end(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.werkgever.id, (c.contact.id,))], UNTIL, FROM
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(sem.id), {item: "yes"}, "desk")
    assert not _may(service, c, sem.id)  # 23 November: the internship has not begun

    clock.set(datetime(2027, 2, 1, 8, 0, tzinfo=UTC))
    assert _may(service, c, sem.id)
    clock.set(datetime(2027, 4, 16, 8, 0, tzinfo=UTC))
    soon = [w for w in service.worklists.expiring_within(30) if w.youth_id == sem.id]
    assert [w.item_id for w in soon] == [item] and soon[0].days == 14

    clock.set(datetime(2027, 5, 3, 9, 0, tzinfo=UTC))
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.EXPIRED
    assert "30-04-2027" in status.reason
    assert not _may(service, c, sem.id)
    assert not service.worklists.expiring_within(30)

    # Recorded late, dated on its day inside the period: carried by the consent.
    late = service.sharing.record_disclosure(
        sem.id, c.werkgever.id, c.werk.id, [c.contact.id], datetime(2027, 4, 28, 12, 0, tzinfo=UTC)
    )
    assert late.basis == LawfulBasis.CONSENT and late.item_id == item
    # Dated after the end: refused, nothing written.
    events, shared = row_count(service, "events"), row_count(service, "disclosures")
    with pytest.raises(RuleViolation) as refused:
        service.sharing.record_disclosure(
            sem.id,
            c.werkgever.id,
            c.werk.id,
            [c.contact.id],
            datetime(2027, 5, 2, 9, 0, tzinfo=UTC),
        )
    assert user_text(refused.value)
    assert (row_count(service, "events"), row_count(service, "disclosures")) == (events, shared)

    # Sem withdraws the ended consent anyway: a clear answer, never a traceback.
    try:
        service.withdrawals.withdraw([item], SignerRef.youth(sem.id), "desk")
    except ToestemmingError as e:
        assert user_text(e)
    assert not _may(service, c, sem.id)

    # The internship is extended: a new request, a new yes.
    again = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.werkgever.id, (c.contact.id,))], date(2027, 6, 30)
    )
    service.consents.record_decisions(
        again.id, SignerRef.youth(sem.id), {again.items[0].id: "yes"}, "desk"
    )
    assert _may(service, c, sem.id)
    assert service.consents.item_status(item).status in (ItemStatus.EXPIRED, ItemStatus.WITHDRAWN)
