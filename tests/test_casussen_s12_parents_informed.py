"""Seed 003 casus 7, played as the worker at the desk.

A leerplichtambtenaar phones the parents of a 17-year-old about her absence; they are angry
the school never told them. The seed's answer (lines 759-765): "er wordt geen contact gezocht
met de ouders zonder medeweten van de student [...] voordat een verzuimmelding wordt gedaan
richting de leerplichtambtenaar, moet de school in het geval van minderjarige studenten de
ouders over het verzuim hebben ingelicht."

So for a 16/17-year-old the worker informs the student AND the parents before the report.
Before, the product accepted only "de jongere is geïnformeerd" from 16: what the school
really did could not be recorded (migration 19 widens the column). For an adult the parents
are nobody to inform about him: refused with a sentence, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat
from replay_support import attacker_connection, lifted_edit

from toestemming.errors import RuleViolation, user_text
from toestemming.model import Informed
from toestemming.service import Service
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim via DUO.",
    "Verzuim tegengaan en zien wat erachter zit.",
    "Alleen dat zij verzuimt en sinds wanneer, geen andere gesprekken.",
    "Eerst met de student gesproken; de afspraken hielpen niet.",
)


def _report_absence(
    service: Service, catalog: SimpleNamespace, youth_id: int, informed: str
) -> Any:
    c = catalog
    args = (youth_id, c.rbl.id, c.leerplicht.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    return service.sharing.record_disclosure(
        *args, [c.school.id], assessment_id=weighing.id, justification=Justification(informed)
    )


def test_casus_7_the_school_tells_a_17_year_old_and_her_parents_before_the_report(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The worker reports the 17-year-old's absence to the RBL on the legal duty and records
    that she and her parents were told. It is kept as said: the disclosure's justification,
    her inzage and the worker's options; the replay of the log agrees."""
    youth = make_youth(17, parents=2).youth
    options = service.sharing.options(youth.id, catalog.rbl.id, catalog.leerplicht.id)
    assert options.inform == Informed.YOUTH and options.parents_too
    shared = _report_absence(service, catalog, youth.id, "youth_and_parents")
    justification = service.sharing.justification(shared.id)
    assert justification is not None
    assert justification["informed"] == Informed.YOUTH_AND_PARENTS
    inzage = flat(service.forms.render_inzage(youth.id))
    assert "de jongere en de ouders zijn geïnformeerd" in inzage
    assert service.replay().ok, service.replay().lines()


def test_under_16_telling_the_pupil_too_is_accepted(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A 14-year-old: the parents must be told; telling the pupil as well (the seed: never
    behind the student's back) is the same duty done, not refused."""
    youth = make_youth(14, parents=1).youth
    shared = _report_absence(service, catalog, youth.id, "youth_and_parents")
    assert service.sharing.justification(shared.id)["informed"] == "youth_and_parents"  # type: ignore[index]


def test_a_hurried_worker_cannot_name_the_parents_of_an_adult(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """At 18 the student is an adult: "jongere en ouders geïnformeerd" is refused with a
    Dutch sentence, and nothing is written (no disclosure, no log event)."""
    youth = make_youth(18, parents=1).youth
    c = catalog
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    assert not service.sharing.options(*args).parents_too
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    before = (row_count(service, "disclosures"), row_count(service, "events"))
    with pytest.raises(RuleViolation) as caught:
        service.sharing.record_disclosure(
            *args,
            [c.school.id],
            assessment_id=weighing.id,
            justification=Justification("youth_and_parents"),
        )
    assert "18 of ouder" in user_text(caught.value)
    assert (row_count(service, "disclosures"), row_count(service, "events")) == before


def test_an_insider_who_rewrites_who_was_told_is_found_by_the_replay(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The parents complain they were never told (the casus). An insider with the passphrase
    rewrites "youth and parents" to "youth" to match; the replay names the disclosure: the
    log says who was told."""
    youth = make_youth(17, parents=2).youth
    shared = _report_absence(service, catalog, youth.id, "youth_and_parents")
    conn = attacker_connection(service)
    try:
        lifted_edit(
            conn,
            [
                (
                    "UPDATE disclosure_overrides SET informed = 'youth' WHERE disclosure_id = ?",
                    (shared.id,),
                )
            ],
            must_hit=True,
        )
    finally:
        conn.close()
    lines = service.replay().lines()
    assert any(f"verstrekking {shared.id}" in line for line in lines), lines
