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


def test_an_emergency_sharing_recorded_on_monday_says_it_was_weighed_afterwards(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    friday = clock.now()
    clock.advance(timedelta(days=3))  # Monday: the weighing and the sharing are recorded
    monday = clock.today()
    weighing = _weigh(service, sem.id, c.gemeente.id, c.werk.id, LawfulBasis.VITAL_INTEREST)
    service.sharing.record_disclosure(
        sem.id,
        c.gemeente.id,
        c.werk.id,
        [c.contact.id],
        disclosed_at=friday,
        assessment_id=weighing,
    )

    text = flat(service.forms.render_inzage(sem.id))
    assert EMERGENCY in text, text
    said = text[text.index(EMERGENCY) :]
    assert said[len(EMERGENCY) :].strip().startswith(f"{monday:%d-%m-%Y}")
    assert AFTERWARDS not in text


def test_a_weighing_written_a_month_after_sharing_with_the_employer_is_marked(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    shared = clock.now()
    clock.advance(timedelta(days=30))
    weighing = _weigh(service, sem.id, c.werkgever.id, c.stage.id, LawfulBasis.LEGITIMATE_INTEREST)
    service.sharing.record_disclosure(
        sem.id,
        c.werkgever.id,
        c.stage.id,
        [c.contact.id],
        disclosed_at=shared,
        assessment_id=weighing,
    )

    text = flat(service.forms.render_inzage(sem.id))
    assert AFTERWARDS in text, text
    assert f"{clock.today():%d-%m-%Y}" in text[text.index(AFTERWARDS) :][:80]
    assert EMERGENCY not in text


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
