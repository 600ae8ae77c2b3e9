"""Seed 003 (Servicedocument "Delen van persoonsgegevens tussen onderwijs en zorg"), the parts
test_casussen_onderwijs_zorg.py does not play: bijlage 1 casus 2, 3, 5, 7 and 9, and the model
privacyreglement's rule on who exercises the rights (art. 15: under 16, curatele,
mentorschap). Each test plays the casus through the service as the worker would and asserts
the guidance's conclusion; a refused step must leave nothing in the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_for_age, birth_date_turning_16_in, row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import Informed, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Grondslag met de wet of het belang erbij genoemd.",
    "Alleen voor dit doel: veiligheid of verzuim terugdringen.",
    "Alleen in algemene woorden, geen details of politiezaken.",
    "Eerst met de student gepraat; anoniem kan niet.",
)


def test_casus_2_risky_behaviour_in_general_words_not_the_police_contacts(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, bijlage 1, casus 2 (BOL-4 student who hit his stepfather and a community
    officer): the school may, on its legitimate interest in a safe workplace, tell the
    teaching team in general words that the student at times shows risky behaviour; the
    police contacts are not relevant and stay out. Sharing the general fact on the weighing
    works; the police contacts (criminal-law data) are refused on it and leave nothing."""
    youth = make_youth(19).youth
    team = service.catalog.add_recipient("Docententeam Techniek", "onderwijs", "ROC Midden")
    veilig = service.catalog.add_purpose(
        "veilig-werken", "Veilig werken op school", "Zodat docenten weten waar ze op letten."
    )
    risico = service.catalog.add_category(
        "risico", "Soms risicovol gedrag", "Alleen dat het soms kan gebeuren.", "wat", False
    )
    politie = service.catalog.add_category(
        "politie", "Politiecontacten", "Wat er met de politie is gebeurd.", "wat", True
    )
    weighing = service.sharing.record_assessment(
        youth.id, team.id, veilig.id, "legitimate_interest", *STEPS, True
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.sharing.record_disclosure(
            youth.id, team.id, veilig.id, [risico.id, politie.id], assessment_id=weighing.id
        )
    assert "Politiecontacten" in refused.value.message
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        youth.id, team.id, veilig.id, [risico.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGITIMATE_INTEREST
    assert shared.category_ids == (risico.id,)


def test_casus_3_undocumented_student_his_yes_first_and_he_can_always_stop_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, bijlage 1, casus 3 (student without legal residence status who needs an
    internship): handled on the student's consent, with the student told beforehand that he
    can always stop it. Until he says yes nothing goes to the company (no opt-out: silence is
    no consent); after his yes it may; when he stops it, nothing more goes, and what went
    before is listed for the company to be told."""
    c = catalog
    youth = make_youth(18).youth
    bedrijf = service.catalog.add_recipient("Groot Installatiebedrijf", "werkgever", "HR")
    status = service.catalog.add_category(
        "verblijf", "Verblijfsstatus", "Of je papieren in orde zijn.", "wat", False
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.stage.id, bedrijf.id, (c.school.id, status.id))]
    )
    (item,) = (i.id for i in request.items)
    wanted = [c.school.id, status.id]
    assert "intrekken" in request.items[0].text
    assert not service.sharing.may_share(youth.id, bedrijf.id, c.stage.id, wanted).allowed
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(youth.id, bedrijf.id, c.stage.id, wanted)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    service.sharing.record_disclosure(youth.id, bedrijf.id, c.stage.id, wanted)
    result = service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "app")
    assert [r.id for _, r in result.recipients_to_notify] == [bedrijf.id]
    assert not service.sharing.may_share(youth.id, bedrijf.id, c.stage.id, wanted).allowed


def test_casus_5_absence_goes_to_the_rmc_by_law_and_the_youth_is_told(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, bijlage 1, casus 5 (youths at risk of homelessness): the RMC is authorised by
    law (WEB art. 8.1.8a; for 16–17 the Leerplichtwet) to receive reports of unauthorised
    absence; the youth must know with whom which data are shared. The school reports the
    absence without asking consent, on the legal ground with its weighing; the report is
    refused until the youth is told or a reason not to is written down."""
    c = catalog
    youth = make_youth(18).youth
    verzuim = service.catalog.add_category(
        "verzuim", "Ongeoorloofd verzuim", "Hoe vaak je er zonder reden niet was.", "dat", False
    )
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, False
    )
    args = (youth.id, c.rbl.id, c.leerplicht.id, [verzuim.id])
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(*args, assessment_id=weighing.id)
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        *args, assessment_id=weighing.id, justification=Justification("youth")
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and shared.item_id is None
    assert service.consents.requests_for_youth(youth.id) == []


def test_casus_7_a_17_year_olds_parents_do_not_decide_what_else_the_school_tells(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, bijlage 1, casus 7 (leerplicht calls the parents of a 17-year-old about her
    absence): the absence is handled under the school's verzuimprotocol without her consent,
    but the school shares no other information she gave it when she does not want that. Her
    no to passing her support need to leerplicht holds; her parents cannot turn it into a yes;
    the absence itself goes on the legal ground."""
    c = catalog
    case = make_youth(17, parents=2)
    student, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        student.id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(student.id), {item: "no"}, "desk")
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before
    assert not service.sharing.may_share(
        student.id, c.rbl.id, c.leerplicht.id, [c.ondersteuning.id]
    ).allowed
    options = service.sharing.options(student.id, c.rbl.id, c.leerplicht.id)
    assert options.after_no and options.inform == Informed.YOUTH


def test_casus_9_zorgoverleg_only_what_bears_on_the_absence_after_a_report(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, bijlage 1, casus 9 (the ROC that stopped its zorgoverleg): a named student may
    be discussed with leerplicht/RMC only once an absence report was made (legal duty), and
    then only what bears on the absence — not everything about the student; otherwise
    anonymously. On the legal ground the absence goes; the student's health details do not
    come along on that weighing (special data), and no consent covers them."""
    c = catalog
    youth = make_youth(17).youth
    verzuim = service.catalog.add_category(
        "verzuim", "Verzuim", "Hoe vaak je er niet was.", "dat", False
    )
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "public_task", *STEPS, True
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            youth.id, c.rbl.id, c.leerplicht.id, [verzuim.id, c.gezondheid.id],
            assessment_id=weighing.id,
        )  # fmt: skip
    assert row_count(service, "events") == before
    service.sharing.record_disclosure(
        youth.id, c.rbl.id, c.leerplicht.id, [verzuim.id], assessment_id=weighing.id
    )
    assert not service.sharing.may_share(
        youth.id, c.rbl.id, c.leerplicht.id, [c.gezondheid.id]
    ).allowed


@pytest.mark.parametrize(
    ("protection", "role"), [("curatele", "curator"), ("mentorschap", "mentor")]
)
def test_reglement_art_15_under_curatele_the_curator_decides_the_person_may_stop(
    service: Service, catalog: SimpleNamespace, protection: str, role: str
) -> None:
    """Seed 003, model privacyreglement art. 15.1: the rights are exercised by the legal
    representative when the person is under 16, under curatele or has a mentor. For a
    20-year-old under curatele (or mentorschap) the curator's (mentor's) yes is the consent
    and his own yes is refused; his own withdrawal is still accepted (stopping is always
    privacy-safe, DOMAIN.md rule 4) and it is the representative who is to be informed of a
    sharing without consent."""
    c = catalog
    youth = service.people.add_youth(
        given_name="Thijs",
        family_name="Jansen",
        birth_date=birth_date_for_age(service.clock.today(), 20).isoformat(),
        protection=protection,
    )
    curator = service.people.add_representative(youth.id, "Vertegenwoordiger", role, False)
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError):
        service.consents.record_decisions(
            request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id, SignerRef.representative(curator.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert service.sharing.options(youth.id, c.gemeente.id, c.werk.id).inform == Informed.PARENTS
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    assert not service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_casus_1_paper_the_parents_signed_at_15_entered_after_the_16th_birthday(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Seed 003, bijlage 1, casus 1 (vo to mbo: "onder de 16 jaar met toestemming van de
    ouders met gezag", the school keeps the signed statement) with DOMAIN.md rule 3 (age on
    the date of the decision). The parents signed the paper form the day before the pupil
    turned 16; the worker enters it a week later: it counts as the parents' consent, flagged
    for the student's re-confirmation. A yes the pupil dated before the birthday does not
    count; the parents cannot sign anything dated after it."""
    c = catalog
    born = birth_date_turning_16_in(clock.today(), 3)
    case = make_youth(15, parents=1, birth_date=born)
    pupil, parent = case.youth, case.parents[0]
    mbo = service.catalog.add_recipient("ROC Midden", "onderwijs", "Intake")
    request = service.consents.create_request(
        pupil.id, [ItemSpec(c.stage.id, mbo.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    signed_on_paper = clock.now() + timedelta(days=2)  # the day before the 16th birthday
    clock.advance(timedelta(days=10))
    before = row_count(service, "events")
    for signer, moment in (
        (SignerRef.youth(pupil.id), signed_on_paper),
        (SignerRef.representative(parent.id), clock.now()),
    ):
        with pytest.raises(RuleViolation):
            service.consents.record_decisions(
                request.id, signer, {item: "yes"}, "paper", decided_at=moment
            )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(parent.id),
        {item: "yes"},
        "paper",
        decided_at=signed_on_paper,
    )
    status = service.consents.item_status(item)
    assert status.status.value == "given" and status.needs_reconfirmation
    answer = service.sharing.may_share(pupil.id, mbo.id, c.stage.id, [c.ondersteuning.id])
    assert answer.allowed and answer.warnings


def test_reglement_art_8_2_and_8_3_after_a_weighing_the_student_may_object(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 003, model privacyreglement art. 8.2–8.3: when unambiguous consent cannot be
    obtained, the school may weigh its legitimate interest; the student then has the right
    to object (verzet). The worker records the objection as such (no consent request is
    invented for it), and from then on the weighing no longer carries a sharing — only a
    legal duty or a vital interest could. More in test_casussen_s11_verzet.py."""
    c = catalog
    youth = make_youth(18).youth
    weighing = service.sharing.record_assessment(
        youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
    )
    args = (youth.id, c.werkgever.id, c.stage.id, [c.school.id])
    service.sharing.record_disclosure(
        *args, assessment_id=weighing.id, justification=Justification("youth")
    )
    service.objections.record(
        youth.id, c.werkgever.id, c.stage.id, SignerRef.youth(youth.id), "email"
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            *args, assessment_id=weighing.id, justification=Justification("youth")
        )
    assert row_count(service, "events") == before
    assert len(service.sharing.disclosures(youth.id)) == 1
    assert service.consents.requests_for_youth(youth.id) == []
