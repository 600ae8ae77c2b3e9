"""Seed 000 (Praktijkhandreiking "monitoring, gegevensdeling en privacy"): its rules for the
casuïstiek overlegmodel (consent must say which data go to whom; DAT before WAT; inform the
youth beforehand) and its example regions (Apeldoorn/Deventer, Drechtsteden, Wijk bij
Duurstede, Amersfoort, Leiden, Alphen aan den Rijn, Eem, the 23–27 gap), played through the
service as the trajectbegeleider would. A refused step must leave nothing in the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_turning_16_in, row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError, ValidationError
from toestemming.model import DataLevel, ItemStatus, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Publieke taak van de gemeente (wet genoemd).",
    "Alleen om de veiligheid in de wijk te bewaken.",
    "Alleen DAT er contact is geweest, niet waarover.",
    "Eerst met de jongere gepraat; anoniem kan hier niet.",
)


def test_generic_consent_is_not_enough_say_which_data_with_whom(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, "In welke gevallen mag of kun je informatie delen?" — "Een generieke
    toestemming om informatie uit te wisselen is niet voldoende, het moet vooraf duidelijk
    zijn welke informatie met wie wordt gedeeld." A request without data named is refused;
    the yes covers the named recipient and data only — not another partner, not more data."""
    c = catalog
    youth = make_youth(18).youth
    before = row_count(service, "events")
    with pytest.raises(ValidationError):
        service.consents.create_request(youth.id, [ItemSpec(c.werk.id, c.uwv.id, ())])
    with pytest.raises(ValidationError):
        service.consents.create_request(youth.id, [])
    assert row_count(service, "events") == before
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    assert "Contactgegevens" in request.items[0].text and "UWV" in request.items[0].text
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    assert service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert not service.sharing.may_share(youth.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    wider = service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.contact.id, c.school.id])
    assert not wider.allowed and wider.missing_category_ids == {c.school.id}


def test_wijk_bij_duurstede_dat_to_the_police_the_wat_stays_at_the_loket(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, Wijk bij Duurstede: when safety is at stake Loket Wijk shares with the police
    only DAT information — that there was contact — not WAT (what the problem or care need
    is). The disclosure records exactly the DAT fact on the loket's public task, with the
    youth informed; the care need (WAT) is no part of it and no consent covers it."""
    c = catalog
    youth = make_youth(17).youth
    politie = service.catalog.add_recipient(
        "Politie Midden-Nederland", "anders", "Wijkagent", legal_role="public_task"
    )
    veiligheid = service.catalog.add_purpose(
        "veiligheid", "Veiligheid in de wijk", "Zodat de wijkagent weet wie hij kan bellen."
    )
    bekend = service.catalog.add_category(
        "bekend", "Bekend bij het loket", "Dat je contact hebt met het loket.", "dat", False
    )
    assert service.catalog.category(bekend.id).level == DataLevel.DAT
    assert service.catalog.category(c.ondersteuning.id).level == DataLevel.WAT
    weighing = service.sharing.record_assessment(
        youth.id, politie.id, veiligheid.id, "public_task", *STEPS, True
    )
    shared = service.sharing.record_disclosure(
        youth.id, politie.id, veiligheid.id, [bekend.id], assessment_id=weighing.id
    )
    assert shared.category_ids == (bekend.id,) and shared.basis == LawfulBasis.PUBLIC_TASK
    assert not service.sharing.may_share(
        youth.id, politie.id, veiligheid.id, [c.ondersteuning.id]
    ).allowed


def test_casuistiekoverleg_each_organisation_tells_the_youth_beforehand(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, "Ook als je in een casuistiekoverleg een jongere bespreekt, moet je dit van
    tevoren melden bij de betrokkene." A sharing without consent whose weighing says the
    youth was not told, and no reason is recorded, is refused and leaves nothing; saying
    who was told (the 18-year-old himself) lets it through."""
    c = catalog
    youth = make_youth(18).youth
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "public_task", *STEPS, False
    )
    args = (youth.id, c.rbl.id, c.leerplicht.id, [c.school.id])
    before = row_count(service, "events")
    for j in (None, Justification("not_informed", "")):
        with pytest.raises(ToestemmingError):
            service.sharing.record_disclosure(*args, assessment_id=weighing.id, justification=j)
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        *args, assessment_id=weighing.id, justification=Justification("youth")
    )
    assert service.sharing.justification(shared.id)["informed"] == "youth"  # type: ignore[index]


def test_apeldoorn_deventer_scholennetwerk_per_partner_and_withdrawal_tells_who_had_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, Apeldoorn and Deventer: twice a year the scholennetwerk discusses vso and pro
    pupils leaving for work, with the gemeente's klantmanager, the RMC and sometimes the
    UWV. The 17-year-old says yes to the gemeente and the RMC and no to the UWV: only those
    two may have her data; when she later withdraws everything in one action, exactly the
    partners that received data are listed to be told."""
    c = catalog
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.school.id, c.ondersteuning.id)),
            ItemSpec(c.werk.id, c.rbl.id, (c.school.id,)),
            ItemSpec(c.werk.id, c.uwv.id, (c.school.id, c.ondersteuning.id)),
        ],
    )
    gem, rmc, uwv = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {gem: "yes", rmc: "yes", uwv: "no"}, "tablet"
    )
    service.sharing.record_disclosure(
        youth.id, c.gemeente.id, c.werk.id, [c.school.id, c.ondersteuning.id]
    )
    assert not service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.school.id]).allowed
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(youth.id, c.uwv.id, c.werk.id, [c.school.id])
    result = service.withdrawals.withdraw([gem, rmc], SignerRef.youth(youth.id), "email")
    assert [r.id for _, r in result.recipients_to_notify] == [c.gemeente.id]
    for rid in (c.gemeente.id, c.rbl.id):
        assert not service.sharing.may_share(youth.id, rid, c.werk.id, [c.school.id]).allowed
    assert len(service.sharing.disclosures(youth.id)) == 1  # what was shared stays on record


def test_amersfoort_consent_given_by_parents_at_15_asks_the_youth_from_16(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Seed 000, Amersfoort: the schoolverlatersoverleg of pro and vso schools also settles
    the consent for handing data to other parties such as the UWV. For a 15-year-old pro
    pupil the parents with gezag decide; when he turns 16 before the transfer, their yes stays
    on record but is flagged for his re-confirmation ("Mag ik delen?" warns), the parents can
    no longer withdraw it, his confirmation clears the flag, his no would end it."""
    c = catalog
    born = birth_date_turning_16_in(clock.today(), 20)
    case = make_youth(15, parents=2, birth_date=born)
    pupil, (mother, father) = case.youth, case.parents
    request = service.consents.create_request(
        pupil.id, [ItemSpec(c.werk.id, c.uwv.id, (c.school.id,))]
    )
    (item,) = (i.id for i in request.items)
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "paper"
        )
    args = (pupil.id, c.uwv.id, c.werk.id, [c.school.id])
    first = service.sharing.may_share(*args)
    assert first.allowed and not first.warnings

    clock.advance(timedelta(days=21))
    later = service.sharing.may_share(*args)
    assert later.allowed and later.warnings
    assert service.consents.item_status(item).needs_reconfirmation
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError):
        service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "desk")
    assert row_count(service, "events") == before
    service.consents.record_decisions(request.id, SignerRef.youth(pupil.id), {item: "yes"}, "desk")
    confirmed = service.sharing.may_share(*args)
    assert confirmed.allowed and not confirmed.warnings
    assert not service.consents.item_status(item).needs_reconfirmation


def test_leiden_onderwijsloket_the_youth_at_the_table_decides_per_partner(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, Leiden: at the onderwijsloket the RMC, the mbo and the jeugd- en gezinsteam
    discuss youths at risk of dropping out; ideally the youth sits at the table and then
    gives explicit consent for the transfer. Without him (the pre-meeting) data go round
    only anonymously. Before his yes nothing may be shared about him; at the table the
    17-year-old agrees with the mbo and the RMC but not with the jeugd- en gezinsteam."""
    c = catalog
    youth = make_youth(17, parents=2).youth
    mbo = service.catalog.add_recipient("ROC Leiden", "onderwijs", "Onderwijsloket")
    jgt = service.catalog.add_recipient("Jeugd- en gezinsteam Leiden", "zorg", "")
    loket = service.catalog.add_purpose(
        "onderwijsloket", "Onderwijsloket", "Zodat je op school blijft en hulp krijgt."
    )
    partners = (mbo.id, c.rbl.id, jgt.id)
    for rid in partners:
        assert not service.sharing.may_share(youth.id, rid, loket.id, [c.ondersteuning.id]).allowed
    request = service.consents.create_request(
        youth.id, [ItemSpec(loket.id, rid, (c.ondersteuning.id,)) for rid in partners]
    )
    answers = dict(zip((i.id for i in request.items), ("yes", "yes", "no"), strict=True))
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), answers, "desk")
    allowed = [
        service.sharing.may_share(youth.id, rid, loket.id, [c.ondersteuning.id]).allowed
        for rid in partners
    ]
    assert allowed == [True, True, False]


def test_eem_using_casusoverleg_data_for_steering_is_a_new_purpose(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, RMC-regio Eem: information from the guidance of pupils (given with the
    youth's consent) is also used to fill the steering database. Data collected for one
    purpose may not simply serve another: the yes for guidance does not cover the monitoring
    purpose at the same RMC; that needs its own yes."""
    c = catalog
    youth = make_youth(18).youth
    monitor = service.catalog.add_purpose(
        "monitor", "Regionale monitor", "Zodat de regio ziet hoeveel jongeren hulp nodig hebben."
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.rbl.id, (c.school.id, c.ondersteuning.id))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    wanted = [c.school.id, c.ondersteuning.id]
    assert service.sharing.may_share(youth.id, c.rbl.id, c.werk.id, wanted).allowed
    assert not service.sharing.may_share(youth.id, c.rbl.id, monitor.id, wanted).allowed
    second = service.consents.create_request(
        youth.id, [ItemSpec(monitor.id, c.rbl.id, tuple(wanted))]
    )
    service.consents.record_decisions(
        second.id, SignerRef.youth(youth.id), {second.items[0].id: "yes"}, "desk"
    )
    assert service.sharing.may_share(youth.id, c.rbl.id, monitor.id, wanted).allowed


def test_23_to_27_werk_en_inkomen_has_no_ground_so_only_the_youths_yes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, "Dilemma's": gemeenten may not obtain work or income data of youths aged 23
    to 27 — there is no legal ground. The school may give Werk & Inkomen a 25-year-old's
    internship data only with his consent: legitimate interest is not open to the gemeente,
    after his no a public-task weighing is refused, and his yes (by app) opens it."""
    c = catalog
    youth = make_youth(25).youth
    assert (
        LawfulBasis.LEGITIMATE_INTEREST
        not in service.sharing.options(youth.id, c.gemeente.id, c.werk.id).bases
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.stagegegevens.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "no"}, "desk")
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.werk.id, "public_task", *STEPS, True
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "app")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.stagegegevens.id]
    ).allowed


def test_drechtsteden_jeugdhulp_contact_for_the_risk_model_is_not_shared_on_a_weighing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, Drechtsteden: the RMC would like to add absence data and whether a youth is
    in contact with jeugdhulp (WAT) to its drop-out model; under current law that is not
    possible, say those involved. Whether someone gets youth care is health-related, so the
    school cannot hand it to the RMC's model on a public-task weighing; the absence figure
    (ordinary data) it can, on the weighing, with the youth told."""
    c = catalog
    youth = make_youth(17).youth
    jeugdhulp = service.catalog.add_category(
        "jeugdhulp", "Contact met jeugdhulp", "Of je hulp krijgt van jeugdhulp.", "wat", True
    )
    verzuim = service.catalog.add_category(
        "verzuim", "Verzuim", "Hoe vaak je er niet was.", "dat", False
    )
    model = service.catalog.add_purpose(
        "vsv-model", "Voorkomen schooluitval", "Zodat het RMC je op tijd kan helpen."
    )
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, model.id, "public_task", *STEPS, True
    )
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            youth.id, c.rbl.id, model.id, [verzuim.id, jeugdhulp.id], assessment_id=weighing.id
        )
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        youth.id, c.rbl.id, model.id, [verzuim.id], assessment_id=weighing.id
    )
    assert shared.category_ids == (verzuim.id,)


def test_alphen_aan_den_rijn_the_weighing_cannot_be_skipped(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 000, Alphen aan den Rijn: the Suite voor Sociale Regie shows the worker a weighing
    (why register or share, DAT only or also WAT) — but it can be skipped, so discipline is
    needed. Here it cannot: without consent a sharing needs a recorded weighing, each of the
    four steps in words ("x" is no reason), and the weighing kept says why it was needed."""
    c = catalog
    youth = make_youth(18).youth
    args = (youth.id, c.gemeente.id, c.werk.id, [c.school.id])
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(*args, justification=Justification("youth"))
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.werk.id, "public_task", "x", "x", "x", "x", True
        )
    assert row_count(service, "events") == before
    weighing = service.sharing.record_assessment(
        youth.id, c.gemeente.id, c.werk.id, "public_task", *STEPS, True
    )
    shared = service.sharing.record_disclosure(*args, assessment_id=weighing.id)
    assert shared.assessment_id == weighing.id
    assert service.sharing.assessment(weighing.id).proportionality == STEPS[2]
