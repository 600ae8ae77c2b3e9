"""A diploma the school hears of late must not relabel a melding already made.

Monday 23 November: Noor (17) stays away, the school tells leerplicht on the legal duty of the
standard catalog's verzuimmelding; her inzage names the Leerplichtwet as the reason. On 14
December her mentor learns that she passed mbo-2 on 13 November and records it. From that day
on the duty is gone for her (qualifications.py) — but the November melding was made on the
duty as the school knew it then, and its recorded reason stays what it was: a sharing's
basis is fixed when it is made (AVG art. 5(2), 13(1)(c)), the rule law_shared_on already
keeps for a duty marked after the sharing. Before, the inzage printed in November named the
law and the one printed in December did not ("Wettelijke verplichting" without any law: why
did this go without my consent?)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from pdf_checks import flat

from toestemming import standard_catalog as std
from toestemming.clock import FixedClock
from toestemming.model import LawfulBasis
from toestemming.service import Service

STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim bij leerplicht.",
    "Alleen om het verzuim te melden.",
    "Alleen naam, school en dat er verzuim is; geen reden of zorg.",
    "Eerst met de jongere gepraat; de melding is verplicht.",
)


def test_a_diploma_recorded_after_a_melding_does_not_rewrite_its_reason(
    service: Service, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    std.install(service.catalog)
    verzuim = next(p for p in service.catalog.purposes() if p.code == "verzuimmelding")
    rbl = next(r for r in service.catalog.recipients() if "Leerplicht" in r.name)
    contact = next(c for c in service.catalog.categories() if c.code == "contact")
    clock.advance(timedelta(hours=1))  # the melding comes after the duty was marked
    youth = make_youth(17).youth
    args = (youth.id, rbl.id, verzuim.id)
    law = service.legal_duties.of(verzuim.id).law
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    shared = service.sharing.record_disclosure(*args, [contact.id], assessment_id=weighing.id)
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION
    november = flat(service.forms.render_inzage(youth.id))
    assert f"wettelijke verplichting ({law})" in november

    clock.advance(timedelta(days=21))
    passed = clock.today() - timedelta(days=31)  # before the melding: told three weeks late
    assert passed < shared.disclosed_at.date()
    service.qualifications.record(youth.id, "mbo2", passed)

    december = flat(service.forms.render_inzage(youth.id))
    assert f"Startkwalificatie mbo niveau 2, behaald op {passed:%d-%m-%Y}" in december
    assert f"wettelijke verplichting ({law})" in december, december
    # From now on the duty is gone for her: no new melding without her consent.
    assert LawfulBasis.LEGAL_OBLIGATION not in service.sharing.options(*args).bases
    assert service.replay().ok
