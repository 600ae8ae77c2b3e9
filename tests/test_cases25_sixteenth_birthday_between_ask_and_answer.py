"""The 16th birthday falls between the question and the answer.

DOMAIN.md rule 3: "Age is computed on the date of the decision." Under 16 the parents with
gezag decide; from 16 the young person decides alone and parents do not consent on their
behalf; consents the parents gave stay on record and are flagged for re-confirmation. Seed 003
(privacyreglement): under 16 the rights are exercised by the wettelijk vertegenwoordiger.

Sem is 15 when the desk asks (he turns 16 in three days). What counts depends on the day each
answer was GIVEN, not on the day it was read or recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_turning_16_in, row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerKind, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def sem(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    c = catalog
    born = birth_date_turning_16_in(clock.today(), 3)
    case = make_youth(15, parents=2, given_name="Sem", birth_date=born)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    sixteen = born.replace(year=born.year + 16)
    return SimpleNamespace(
        id=case.youth.id,
        mother=case.parents[0],
        father=case.parents[1],
        request=request.id,
        item=request.items[0].id,
        eve=datetime.combine(sixteen - timedelta(days=1), time(20, 0), UTC),  # 15y364d
        birthday=datetime.combine(sixteen, time(12, 0), UTC),
    )


def _mailed_yes(service: Service, sem: SimpleNamespace, parent: Any, sent: datetime) -> None:
    """A parent's "ja" from a mail sent at `sent`, read today."""
    service.consents.record_decisions(
        sem.request, SignerRef.representative(parent.id), {sem.item: "yes"}, "email", sent
    )


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> Any:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id])


def test_a_parents_yes_sent_after_the_birthday_is_refused_with_the_reason(
    service: Service, catalog: SimpleNamespace, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """Both parents reply "ja" by e-mail on Sem's birthday; the desk reads it a day later.
    Their yes is not theirs to give any more: refused, nothing written, and the worker is told
    that Sem decides now — the item waits for him."""
    clock.advance(timedelta(days=4))
    before = row_count(service, "events")
    for parent in (sem.mother, sem.father):
        with pytest.raises(RuleViolation) as caught:
            _mailed_yes(service, sem, parent, sem.birthday)
        assert caught.value.message_id == "error-consent-not-decider"
        assert "beslist zelf" in str(caught.value)
    assert row_count(service, "events") == before
    assert service.consents.who_must_decide(sem.id).signers == (SignerRef.youth(sem.id),)
    assert service.consents.item_status(sem.item).status == ItemStatus.REQUESTED
    assert not _may(service, catalog, sem.id).allowed
    # He answers himself, on the same request: that counts, with nothing to re-confirm.
    service.consents.record_decisions(
        sem.request, SignerRef.youth(sem.id), {sem.item: "yes"}, "desk"
    )
    status = service.consents.item_status(sem.item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation


def test_the_parents_yes_sent_the_evening_before_counts_and_asks_him_to_reconfirm(
    service: Service, catalog: SimpleNamespace, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """Both parents sent their "ja" the evening before he turned 16; the desk reads the mails
    after the birthday. Decided while he was 15: it counts — and he now holds the rights, so
    the worker sees the consent flagged for his re-confirmation, also in "Mag ik delen?" and
    in his inzage."""
    clock.advance(timedelta(days=4))
    for parent in (sem.mother, sem.father):
        _mailed_yes(service, sem, parent, sem.eve)
    status = service.consents.item_status(sem.item)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    answer = _may(service, catalog, sem.id)
    assert answer.allowed
    assert any("herbevestigen" in w for w in answer.warnings), answer.warnings
    text = flat(service.forms.render_inzage(sem.id))
    assert "Hoi Sem" in text and "herbevestigen" in text, text
    # He says no on the same request: his no ends it, nothing more may be shared.
    service.consents.record_decisions(
        sem.request, SignerRef.youth(sem.id), {sem.item: "no"}, "desk"
    )
    assert service.consents.item_status(sem.item).status in (
        ItemStatus.REFUSED,
        ItemStatus.WITHDRAWN,
    )
    assert not _may(service, catalog, sem.id).allowed
    assert service.replay().ok


def test_one_parent_before_the_birthday_the_other_after_it_leaves_it_to_him(
    service: Service, catalog: SimpleNamespace, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """The mother's yes came the evening before, the father's on the birthday. Both were
    needed while Sem was 15 (the default policy): one yes is no consent, the father's late yes
    is refused, and the item waits for Sem — not for the father."""
    clock.advance(timedelta(days=4))
    _mailed_yes(service, sem, sem.mother, sem.eve)
    with pytest.raises(RuleViolation):
        _mailed_yes(service, sem, sem.father, sem.birthday)
    status = service.consents.item_status(sem.item)
    assert status.status == ItemStatus.REQUESTED, status
    assert not _may(service, catalog, sem.id).allowed
    assert [s.kind for s in service.consents.who_must_decide(sem.id).signers] == [SignerKind.YOUTH]


def test_sem_signs_himself_at_15_years_and_364_days_it_is_not_yet_his(
    service: Service, catalog: SimpleNamespace, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """The other way: Sem signs at the desk the day before his birthday. At 15 his parents
    decide: refused (nothing written). The same answer read from a mail sent that evening is
    refused too. The next day, 16, his own yes counts."""
    clock.advance(timedelta(days=2))  # the day before the birthday
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            sem.request, SignerRef.youth(sem.id), {sem.item: "yes"}, "desk"
        )
    assert caught.value.message_id == "error-consent-not-decider"
    clock.advance(timedelta(days=2))
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            sem.request, SignerRef.youth(sem.id), {sem.item: "yes"}, "email", decided_at=sem.eve
        )
    assert row_count(service, "events") == before
    assert not _may(service, catalog, sem.id).allowed
    service.consents.record_decisions(
        sem.request, SignerRef.youth(sem.id), {sem.item: "yes"}, "email", decided_at=sem.birthday
    )
    status = service.consents.item_status(sem.item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation
    assert _may(service, catalog, sem.id).allowed
