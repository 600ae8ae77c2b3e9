"""Seed 002 (Servicedocument "met arbeid"), the parts test_casussen.py does not play: chapter 1
(the Stappenplan "informatie delen": six lawful bases, doel, proportionaliteit,
subsidiariteit, "wat je altijd moet doen") and the casussen 2.2.1 (the benefit office's demand
for medical details, from the side of a weighing), 2.2.2 (grensoverschrijdend gedrag and the
employer) and 2.3.1 (Werk en Inkomen and the RMC for a 24-year-old). Each test plays the
situation through the service as the worker at the desk would and asserts what the guidance
concludes; a refused step must leave nothing in the log."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.errors import RuleViolation, ToestemmingError, ValidationError
from toestemming.model import Informed, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Stap 1: de grondslag staat hierboven, met de wet of het belang erbij.",
    "Stap 2: alleen voor dit doel, past bij waarvoor we het hebben.",
    "Stap 3: alleen wat nodig is, niet wat handig is.",
    "Stap 4: eerst met de jongere gepraat; anoniem kan hier niet.",
)


def _ask(service: Service, youth_id: int, *items: ItemSpec) -> tuple[int, list[int]]:
    request = service.consents.create_request(youth_id, list(items))
    return request.id, [i.id for i in request.items]


# -- Chapter 1: the stappenplan --------------------------------------------------------------


def test_h1_stap1_no_basis_no_sharing_and_consent_is_never_a_weighing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, "Stap 1 Check grondslag": without a lawful basis data may not be
    shared. There are six bases; consent is its own path (the person's yes), so a weighing
    can never name it, and without a consent or a weighing nothing may be recorded as
    shared."""
    c = catalog
    youth = make_youth(18).youth
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(youth.id, c.uwv.id, c.werk.id, "consent", *STEPS, True)
    assert row_count(service, "events") == before and service.sharing.disclosures(youth.id) == []

    # The other five bases are there for a weighing with a private organisation.
    private = service.sharing.options(youth.id, c.werkgever.id, c.stage.id).bases
    assert set(private) == set(LawfulBasis) - {LawfulBasis.CONSENT}


def test_h1_stap1_public_bodies_never_rest_on_legitimate_interest(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, grondslag 6 "Gerechtvaardigd belang": professionals of
    government bodies can never rely on legitimate interest for their legal tasks. The UWV is
    such a body whatever kind the catalog shows: once its legal role says so, the weighing
    refuses legitimate interest and offers only the other bases."""
    c = catalog
    youth = make_youth(20).youth
    service.catalog.set_recipient_legal_role(c.uwv.id, "public_task")
    assert (
        LawfulBasis.LEGITIMATE_INTEREST
        not in service.sharing.options(youth.id, c.uwv.id, c.werk.id).bases
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            youth.id, c.uwv.id, c.werk.id, "legitimate_interest", *STEPS, True
        )
    assert row_count(service, "events") == before


def test_h1_stap1_an_rmc_office_never_rests_on_legitimate_interest_even_towards_an_employer(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, grondslag 6: "Professionals in dienst van overheidsorganisaties
    kunnen zich bij het uitvoeren van wettelijke taken nooit baseren op de grondslag van
    gerechtvaardigd belang" — it is the sharing organisation's role that counts. Where the
    vault belongs to a public body (an RMC office: organisation policy), legitimate interest
    is not offered and refused even towards a private employer; a school keeps it."""
    c = catalog
    youth = make_youth(20).youth
    assert (
        LawfulBasis.LEGITIMATE_INTEREST
        in service.sharing.options(youth.id, c.werkgever.id, c.stage.id).bases
    )
    service.set_policy(replace(service.policy(), public_body=True))
    assert service.policy().public_body
    offered = service.sharing.options(youth.id, c.werkgever.id, c.stage.id).bases
    assert LawfulBasis.LEGITIMATE_INTEREST not in offered and LawfulBasis.PUBLIC_TASK in offered
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.sharing.record_assessment(
            youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
        )
    assert "organisatie" in refused.value.message
    assert row_count(service, "events") == before


def test_h1_toestemming_is_specific_and_informed_a_new_purpose_needs_a_new_yes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, grondslag 1 "Toestemming": people must know beforehand which
    data, for what purpose, and that they may withdraw; consent holds for one specific
    purpose — using the data for another purpose needs consent asked anew. The text shown
    names data, recipient, purpose, who is responsible, that no is fine and how to withdraw;
    a yes for the internship does not cover job coaching at the same employer."""
    c = catalog
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.stage.id, c.werkgever.id, (c.ondersteuning.id,))]
    )
    text = request.items[0].text
    for needle in (
        "Ondersteuningsbehoefte",
        "Bakkerij De Korenschoof",
        "Zodat je stagebedrijf weet wat je nodig hebt.",
        "Testschool",
        "Nee zeggen mag",
        "intrekken",
        request.reference_code,
    ):
        assert needle in text, needle
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "tablet"
    )
    assert service.sharing.may_share(
        youth.id, c.werkgever.id, c.stage.id, [c.ondersteuning.id]
    ).allowed
    assert not service.sharing.may_share(
        youth.id, c.werkgever.id, c.werk.id, [c.ondersteuning.id]
    ).allowed, "a yes for one purpose was used for another"


def test_h1_stap3_that_someone_is_in_treatment_not_what_for(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, "Stap 3 Check proportionaliteit": only what is needed, not what
    is handy — "je mag wel weten dat een jongere in behandeling is maar niet waarvoor". A
    weighing may carry the DAT fact (in treatment, on fixed hours) to the RBL; the diagnosis
    (WAT, health) is not opened by it: neither "Mag ik delen?" nor a disclosure on the same
    weighing gives it."""
    c = catalog
    youth = make_youth(17).youth
    in_care = service.catalog.add_category(
        "in-behandeling", "In behandeling", "Dat je op vaste uren hulp krijgt.", "dat", False
    )
    diagnose = service.catalog.add_category(
        "diagnose", "Diagnose", "Waarvoor je behandeld wordt.", "wat", True
    )
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "public_task", *STEPS, True
    )
    shared = service.sharing.record_disclosure(
        youth.id, c.rbl.id, c.leerplicht.id, [in_care.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.PUBLIC_TASK
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.sharing.record_disclosure(
            youth.id, c.rbl.id, c.leerplicht.id, [diagnose.id], assessment_id=weighing.id
        )
    assert "Diagnose" in refused.value.message and "toestemming" in refused.value.message
    assert row_count(service, "events") == before
    assert not service.sharing.may_share(youth.id, c.rbl.id, c.leerplicht.id, [diagnose.id]).allowed


def test_h1_always_inform_motivate_and_record_the_weighing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, hoofdstuk 1, "Wat je altijd moet doen": inform the youth that and why you
    share, motivate it, and record the weighing. A weighing with a step left empty is
    refused; sharing without having informed the youth (and no recorded reason why not) is
    refused; what is kept shows all four steps; under 16 it is the parents who are told."""
    c = catalog
    youth = make_youth(17).youth
    before = row_count(service, "events")
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(
            youth.id,
            c.gemeente.id,
            c.werk.id,
            "public_task",
            STEPS[0],
            STEPS[1],
            "",
            STEPS[3],
            True,
        )
    weighing = service.sharing.record_assessment(
        youth.id, c.gemeente.id, c.werk.id, "public_task", *STEPS, False
    )
    after_weighing = row_count(service, "events")
    assert after_weighing == before + 1
    for j in (None, Justification("not_informed"), Justification("parents")):
        with pytest.raises(ToestemmingError):
            service.sharing.record_disclosure(
                youth.id, c.gemeente.id, c.werk.id, [c.contact.id],
                assessment_id=weighing.id, justification=j,
            )  # fmt: skip
    assert row_count(service, "events") == after_weighing
    shared = service.sharing.record_disclosure(
        youth.id,
        c.gemeente.id,
        c.werk.id,
        [c.contact.id],
        assessment_id=weighing.id,
        justification=Justification("youth"),
    )
    kept = service.sharing.assessment(weighing.id)
    assert (kept.basis_motivation, kept.purpose_compatibility) == STEPS[:2]
    assert (kept.proportionality, kept.subsidiarity) == STEPS[2:]
    assert service.sharing.justification(shared.id)["informed"] == "youth"  # type: ignore[index]
    child = make_youth(14, parents=1).youth
    assert service.sharing.options(child.id, c.gemeente.id, c.werk.id).inform == Informed.PARENTS


# -- Chapter 2: the casussen not played in test_casussen.py -----------------------------------


def test_2_2_1_medical_details_cannot_go_to_werk_en_inkomen_on_a_weighing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, 2.2.1 "Casus gezondheidsgegevens en sollicitatieplicht": Werk & Inkomen wants
    the medical details of a 19-year-old in Beschermd wonen who could not apply for jobs.
    Medical data are special: asking or sharing them is out of proportion and unlawful; a
    statement that he could not apply will do. The begeleider cannot send the details on a
    public-task (or any other) weighing — nor legitimate interest, the gemeente is public —
    and nothing is written; without his explicit yes "Mag ik delen?" stays no."""
    c = catalog
    youth = make_youth(19).youth
    # Asked with the data in hand, the weighing offers only what can carry medical data.
    offered = service.sharing.options(
        youth.id, c.gemeente.id, c.werk.id, category_ids=[c.contact.id, c.gezondheid.id]
    ).bases
    assert set(offered) == {LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST}
    assert (
        LawfulBasis.PUBLIC_TASK in service.sharing.options(youth.id, c.gemeente.id, c.werk.id).bases
    )
    for basis in ("public_task", "contract"):
        weighing = service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.werk.id, basis, *STEPS, True
        )
        before = row_count(service, "events")
        with pytest.raises(RuleViolation) as refused:
            service.sharing.record_disclosure(
                youth.id,
                c.gemeente.id,
                c.werk.id,
                [c.gezondheid.id],
                assessment_id=weighing.id,
                justification=Justification("youth"),
            )
        assert "Gezondheid" in refused.value.message
        assert row_count(service, "events") == before
    assert service.sharing.disclosures(youth.id) == []
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.werk.id, "legitimate_interest", *STEPS, True
        )
    assert not service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.gezondheid.id]
    ).allowed


def test_2_2_2_behaviour_towards_colleagues_no_weighing_around_the_young_mans_no(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, 2.2.2 "Casus informatie delen met werkgever over grensoverschrijdend gedrag":
    a 19-year-old with a Beschut-werk indication may be reported for sexual overstepping; his
    care professional wants the employer told, he refuses. For the colleagues' safety the
    guidance finds naming him not proportional (discuss it in general terms); for keeping his
    job only his consent is a ground. The product follows DOMAIN.md: after his no nothing but
    a legal obligation or a vital interest may carry it (legitimate interest is not offered
    and is refused); and these are criminal-law data, which even before a no no legitimate-
    interest weighing may carry."""
    c = catalog
    youth = make_youth(19).youth
    gedrag = service.catalog.add_category(
        "gedrag-politie",
        "Grensoverschrijdend gedrag en politiecontact",
        "Wat er met de politie speelt.",
        "wat",
        True,
    )
    # Before anything is asked: a legitimate-interest weighing for the criminal data.
    weighing = service.sharing.record_assessment(
        youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            youth.id,
            c.werkgever.id,
            c.stage.id,
            [gedrag.id],
            assessment_id=weighing.id,
            justification=Justification("youth"),
        )
    assert row_count(service, "events") == before

    request_id, (item,) = _ask(
        service, youth.id, ItemSpec(c.stage.id, c.werkgever.id, (gedrag.id,))
    )
    service.consents.record_decisions(request_id, SignerRef.youth(youth.id), {item: "no"}, "desk")
    options = service.sharing.options(youth.id, c.werkgever.id, c.stage.id)
    assert options.after_no and LawfulBasis.LEGITIMATE_INTEREST not in options.bases
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
        )
    with pytest.raises(RuleViolation):  # the weighing from before his no does not carry it
        service.sharing.record_disclosure(
            youth.id,
            c.werkgever.id,
            c.stage.id,
            [c.ondersteuning.id],
            assessment_id=weighing.id,
            justification=Justification(
                "youth", ground="legal_obligation", reason="Baan behouden, zorg.", confirmed=True
            ),
        )
    assert row_count(service, "events") == before and service.sharing.disclosures(youth.id) == []


def test_2_3_1_rmc_shares_the_24_year_olds_test_and_report_only_as_far_as_he_agreed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 002, 2.3.1 "Samenwerking tussen Werk en Inkomen en RMC": a 24-year-old with a
    startkwalificatie is outside the RMC's target group, so the RMC may share the test result
    and the report of the talk with Sociale Zaken only with his consent — each on its own.
    He agrees to the test and the advice, not to the report: that is exactly what "Mag ik
    delen?" says; his mother on file cannot decide for him; after his no the RMC cannot send
    the report on its public task either."""
    c = catalog
    case = make_youth(24, parents=1)
    youth, mother = case.youth, case.parents[0]
    test = service.catalog.add_category(
        "testuitslag", "Testuitslag en advies", "Uitslag van de test en ons advies.", "wat", False
    )
    report = service.catalog.add_category(
        "gespreksverslag", "Verslag van het gesprek", "Wat we samen bespraken.", "wat", False
    )
    leerbaar = service.catalog.add_purpose(
        "leerbaarheid", "Advies over leren", "Zodat Sociale Zaken je aanvraag kan afhandelen."
    )
    sz = service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Sociale Zaken")
    request_id, (test_item, report_item) = _ask(
        service,
        youth.id,
        ItemSpec(leerbaar.id, sz.id, (test.id,)),
        ItemSpec(c.werk.id, sz.id, (report.id,)),
    )
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError):
        service.consents.record_decisions(
            request_id, SignerRef.representative(mother.id), {test_item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request_id, SignerRef.youth(youth.id), {test_item: "yes", report_item: "no"}, "desk"
    )
    assert service.sharing.may_share(youth.id, sz.id, leerbaar.id, [test.id]).allowed
    assert not service.sharing.may_share(youth.id, sz.id, c.werk.id, [report.id]).allowed
    assert not service.sharing.may_share(youth.id, sz.id, leerbaar.id, [report.id]).allowed
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(youth.id, sz.id, c.werk.id, "public_task", *STEPS, True)
    assert row_count(service, "events") == before
