"""Who had gezag *then*: a sharing recorded late is judged by the representatives of its day.

DOMAIN.md rule 3: under 16 "each parent with gezag, or the voogd" decides; rule 4: "Sharing
done before the withdrawal stays lawful". Seed 002 (jeugdbescherming: a gecertificeerde
instelling as voogd) and seed 003 (the school must prove on which basis it shared) meet here:
gezag changes — a court gives the father gezag, a voogdij ends — and the desk records a sharing
of last week only now. Before, the status at that past moment was computed from *today's*
representatives: a sharing that was covered on its day was refused (or carried only by a
consent nobody valid had given). Now the representatives of that moment count, rebuilt from
the rows (registered, ended) and the logged gezag changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, LawfulBasis, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return request.id, request.items[0].id


def test_the_father_gets_gezag_after_the_sharing_of_last_week(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noor (13). Only her mother had gezag; she said yes to the UWV and the school sent
    Noor's contact data three days later — the worker forgot to note it. A week on, the court
    gives her father gezag as well (the desk ticks it). The next day the worker records last
    week's sharing with its own date: on that day the mother's yes was all that was needed,
    so it is recorded on her consent. A new sharing today waits for the father's answer."""
    c = catalog
    case = make_youth(13, parents=1, given_name="Noor")
    noor, mother = case.youth, case.parents[0]
    father = service.people.add_representative(noor.id, "Vader van Noor", "parent", False)
    request_id, item = _ask(service, c, noor.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=3))
    shared_on = clock.now()
    clock.advance(timedelta(days=7))
    service.people.set_gezag(father.id, True)
    clock.advance(timedelta(days=1))

    assert service.consents.item_status(item).status == ItemStatus.REQUESTED  # father to answer
    assert service.consents.item_status(item, shared_on).status == ItemStatus.GIVEN
    late = service.sharing.record_disclosure(
        noor.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=shared_on
    )
    assert late.basis == LawfulBasis.CONSENT and late.item_id == item
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert service.replay().ok and service.integrity_problems() == []


def test_a_voogdij_that_ended_still_carries_the_sharing_of_its_time(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Jayden (14) had a voogd (a gecertificeerde instelling, seed 002). The voogd said yes
    to the UWV; the UWV got his contact data. Then the voogdij ends and his mother has gezag
    again. The sharing, recorded a day late, is covered by the voogd's yes of its day; from
    now on the mother decides, and her first answer counts — the voogd's does not."""
    c = catalog
    jayden = make_youth(14, given_name="Jayden").youth
    voogd = service.people.add_representative(
        jayden.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    request_id, item = _ask(service, c, jayden.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(voogd.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=2))
    shared_on = clock.now()
    clock.advance(timedelta(days=5))
    service.people.end_representative(voogd.id)
    mother = service.people.add_representative(jayden.id, "Moeder van Jayden", "parent", True)
    clock.advance(timedelta(days=1))

    assert service.consents.item_status(item, shared_on).status == ItemStatus.GIVEN
    late = service.sharing.record_disclosure(
        jayden.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=shared_on
    )
    assert late.basis == LawfulBasis.CONSENT
    assert not service.sharing.may_share(jayden.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert service.sharing.may_share(jayden.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert service.replay().ok and service.integrity_problems() == []


def test_the_fathers_yes_read_after_he_lost_gezag_counts_on_its_date(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Mo (14), both parents with gezag, both must agree (the default). Both mail "ja" on
    Monday; the desk records the mother's at once, the father's mail sits unread. Tuesday the
    UWV gets Mo's contact data. Wednesday a court gives the mother sole gezag and the desk
    records it. Thursday the worker finds the father's mail: his yes was his to give on
    Monday, so it is recorded on its own date, and Tuesday's sharing with it. A "ja" he mails
    today is refused: he no longer decides."""
    c = catalog
    case = make_youth(14, parents=2, given_name="Mo")
    mo, mother, father = case.youth, *case.parents
    request_id, item = _ask(service, c, mo.id)
    monday = clock.now()
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "email"
    )
    clock.advance(timedelta(days=1))
    tuesday = clock.now()
    clock.advance(timedelta(days=1))
    service.people.set_gezag(father.id, False)
    clock.advance(timedelta(days=1))

    dad = SignerRef.representative(father.id)
    service.consents.record_decisions(request_id, dad, {item: "yes"}, "email", decided_at=monday)
    assert service.consents.item_status(item, tuesday).status == ItemStatus.GIVEN
    late = service.sharing.record_disclosure(
        mo.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=tuesday
    )
    assert late.basis == LawfulBasis.CONSENT
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(request_id, dad, {item: "no"}, "email")
    assert service.replay().ok and service.integrity_problems() == []
