"""A purpose marked as a legal duty after data already went out for it: what the earlier
sharings were, and what the inzage says about them.

The law does not wait for the organisation's marking: the Leerplichtwet required the
verzuimmelding before anyone ticked it in Instellingen. But the lawful basis of a sharing is
fixed when it is made (AVG art. 5(2) and 6, art. 13(1)(c): the basis is decided and told
beforehand; it is not swapped afterwards) and the proof shows what was recorded then. So a
sharing made before the marking stays what it was recorded as — on consent, or on a legal
obligation the worker weighed and wrote down without our marked law — and the inzage must not
start to say, after the fact, "required by <law>" for it: a printed inzage of yesterday and one
of today would disagree about the same past sharing. A sharing from the marking on names it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LAW = "Leerplichtwet 1969, art. 21a (verzuimmelding)"
STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim bij leerplicht.",
    "Alleen om het verzuim te melden.",
    "Alleen naam, school en dat er verzuim is.",
    "Eerst met de jongere gepraat; de melding moet.",
)


def test_a_sharing_before_the_marking_keeps_its_basis_and_the_inzage_names_the_law_after(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Seed 002 (grondslag 3) and seed 003 casus 7: the school reported a 15-year-old's
    verzuim to leerplicht on a weighing that named the legal obligation, and shared her
    contact details with leerplicht for the same purpose on her parents' consent. A week
    later the administrator marks the purpose as the Leerplichtwet's duty; the next melding
    goes on the marked law. The inzage names the law for the melding after the marking only;
    the earlier ones stay "wettelijke verplichting" and "toestemming"."""
    c = catalog
    purpose = service.catalog.add_purpose(
        "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
    )
    case = make_youth(15, parents=1)
    youth = case.youth
    args = (youth.id, c.rbl.id, purpose.id)
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, c.rbl.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "desk"
    )
    on_consent = service.sharing.record_disclosure(*args, [c.contact.id])
    weighed = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    before = service.sharing.record_disclosure(*args, [c.school.id], assessment_id=weighed.id)
    assert on_consent.basis == LawfulBasis.CONSENT
    assert before.basis == LawfulBasis.LEGAL_OBLIGATION

    clock.advance(timedelta(days=7))
    service.legal_duties.mark(purpose.id, LAW, until_age=18)
    clock.advance(timedelta(hours=1))
    after = service.sharing.record_disclosure(*args, [c.school.id], assessment_id=weighed.id)
    # A sharing that happened before the marking, recorded after it, is dated when it was made.
    late = service.sharing.record_disclosure(
        *args,
        [c.school.id],
        disclosed_at=datetime.combine(clock.today() - timedelta(days=3), datetime.min.time(), UTC)
        + timedelta(hours=9),
        assessment_id=weighed.id,
    )
    assert after.basis == late.basis == LawfulBasis.LEGAL_OBLIGATION

    text = flat(service.forms.render_inzage(youth.id))
    assert text.count(f"wettelijke verplichting ({LAW})") == 1, text
    assert text.count("wettelijke verplichting") == 3, text
    # Her parents' consent is still what carried the first sharing.
    assert "toestemming" in text.lower()
