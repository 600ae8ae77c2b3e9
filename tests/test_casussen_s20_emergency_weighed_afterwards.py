"""Friday night Sem (17) is in crisis; his begeleider phones the gemeente's crisis team and
gives his address. On Monday she records the weighing (vitaal belang) and the sharing, dated
Friday. A month later a colleague records a sharing with an employer on gerechtvaardigd belang
whose weighing he only writes down now.

Seed 002 (stappenplan): first the four checks, documented, then the sharing; where a life is at
stake there is no time to ask or weigh on paper first, and the weighing is recorded
afterwards (DOMAIN rule 7). Either way the record must not read as if the weighing came
first: a weighing dated after the sharing is said where the sharing shows.

Before (session 19): Sem's inzage showed both rows as plainly weighed ("vitaal belang; de
jongere is geïnformeerd"), the weighing written a month after the sharing as well — a
justification after the fact that looked like one made before. Now the emergency row says it
was shared in haste and weighed afterwards (with the day); the after-the-fact weighing on
another basis says so in capitals; a weighing made before the sharing reads as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import LawfulBasis
from toestemming.service import Service

EMERGENCY = "in spoed gedeeld, de afweging is achteraf vastgelegd op"
AFTERWARDS = "AFWEGING PAS NA HET DELEN VASTGELEGD"


def _weigh(
    service: Service, youth_id: int, recipient_id: int, purpose_id: int, basis: LawfulBasis
) -> int:
    return service.sharing.record_assessment(
        youth_id,
        recipient_id,
        purpose_id,
        basis,
        "Hij dreigde zichzelf iets aan te doen; geen tijd om te vragen.",
        "Hulp bieden past bij zijn begeleiding.",
        "Alleen zijn adres en telefoonnummer.",
        "Er was geen andere manier om op tijd hulp te krijgen.",
        True,
    ).id


def _shared_then_weighed(
    service: Service,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    contact_id: int,
    recipient_id: int,
    purpose_id: int,
    basis: LawfulBasis,
    later: timedelta,
) -> str:
    """Sem's inzage after a sharing whose weighing was recorded `later` (dated back)."""
    sem = make_youth(17, given_name="Sem").youth
    shared = clock.now()
    clock.advance(later)
    weighing = _weigh(service, sem.id, recipient_id, purpose_id, basis)
    service.sharing.record_disclosure(
        sem.id, recipient_id, purpose_id, [contact_id], disclosed_at=shared, assessment_id=weighing
    )
    return flat(service.forms.render_inzage(sem.id))


@pytest.mark.parametrize(
    ("recipient", "purpose", "basis", "later", "said", "not_said"),
    [
        # Friday night shared by phone; Monday the weighing and the sharing are recorded.
        ("gemeente", "werk", LawfulBasis.VITAL_INTEREST, 3, EMERGENCY, AFTERWARDS),
        # Shared with the employer; the weighing written down a month later.
        ("werkgever", "stage", LawfulBasis.LEGITIMATE_INTEREST, 30, AFTERWARDS, EMERGENCY),
    ],
    ids=["emergency_weighed_on_monday", "employer_weighed_a_month_later"],
)
def test_a_sharing_weighed_afterwards_says_so_with_the_day(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    recipient: str,
    purpose: str,
    basis: LawfulBasis,
    later: int,
    said: str,
    not_said: str,
) -> None:
    c = catalog
    recipient_id, purpose_id = getattr(c, recipient).id, getattr(c, purpose).id
    text = _shared_then_weighed(
        service,
        make_youth,
        clock,
        c.contact.id,
        recipient_id,
        purpose_id,
        basis,
        timedelta(days=later),
    )
    assert said in text, text
    assert text[text.index(said) :][:120].count(f"{clock.today():%d-%m-%Y}") == 1
    assert not_said not in text


def test_a_weighing_made_before_the_sharing_reads_as_before(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    weighing = _weigh(service, sem.id, c.gemeente.id, c.werk.id, LawfulBasis.VITAL_INTEREST)
    clock.advance(timedelta(minutes=10))
    service.sharing.record_disclosure(
        sem.id, c.gemeente.id, c.werk.id, [c.contact.id], assessment_id=weighing
    )

    text = flat(service.forms.render_inzage(sem.id))
    assert "vitaal belang; de jongere is geïnformeerd" in text
    assert EMERGENCY not in text and AFTERWARDS not in text
