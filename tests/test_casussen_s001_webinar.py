"""Seed 001 (webinar "privacy passend onderwijs en sociaal domein"): every "mag dit?" on the
slides — the model privacy convenant and its casusoverleg, written prior consent of the
ouders/jongere, breaking confidentiality, the school's and gemeente's own legal ground,
kinderopvang outside the convenant, and the VNG's ABC of providing data — played through
the service as the worker would, asserting what the slides conclude. A refused step must
leave nothing in the log."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import (
    Informed,
    ItemStatus,
    LawfulBasis,
    OverrideGround,
    ParentPolicy,
    SignerRef,
)
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Wettelijke taak of plicht: hier genoemd met het artikel.",
    "Alleen om het verzuim of het gevaar aan te pakken.",
    "Alleen wat daarvoor nodig is, de rest niet.",
    "Eerst met de jongere of ouders gepraat; anoniem kan niet.",
)


@pytest.fixture
def jeugdteam(service: Service) -> Any:
    """A partner of the regional convenant that sits at the casusoverleg."""
    return service.catalog.add_recipient(
        "Jeugdteam Utrecht", "zorg", "Casusoverleg", convenant=True
    )


@pytest.fixture
def overleg(service: Service) -> Any:
    return service.catalog.add_purpose(
        "thuiszitters", "Thuiszittersoverleg", "Zodat school en jeugdhulp samen een plan maken."
    )


def test_convenant_the_casusoverleg_still_needs_written_consent_of_both_parents(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    jeugdteam: Any,
    overleg: Any,
) -> None:
    """Seed 001, "Casusoverleg: waartoe, wat, wie" — "Convenant: altijd met ouders/jongere;
    geeft schriftelijk vooraf toestemming voor doorbreken geheimhoudingsplicht". Being a
    convenant partner does not replace consent: for a 14-year-old, "Mag ik delen?" says no
    until the parents with gezag agreed in writing — one parent is not enough under the
    default policy; the pupil cannot agree instead; with both on paper it is yes. Either
    parent can stop it alone (withdrawing is as easy as giving)."""
    c = catalog
    case = make_youth(14, parents=2)
    pupil, (mother, father) = case.youth, case.parents
    assert service.catalog.recipient(jeugdteam.id).convenant
    request = service.consents.create_request(
        pupil.id, [ItemSpec(overleg.id, jeugdteam.id, (c.school.id, c.ondersteuning.id))]
    )
    (item,) = (i.id for i in request.items)
    wanted = [c.school.id, c.ondersteuning.id]
    assert not service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, wanted).allowed
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.youth(pupil.id), {item: "yes"}, "paper"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "paper"
    )
    assert not service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, wanted).allowed
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, wanted).allowed
    # Stopping needs no second signature: one parent withdraws, and nothing more goes.
    service.withdrawals.withdraw([item], SignerRef.representative(father.id), "email")
    assert not service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, wanted).allowed


@pytest.mark.parametrize("policy", [ParentPolicy.ALL_WITH_GEZAG, ParentPolicy.ONE_WITH_GEZAG])
def test_convenant_parents_who_disagree_give_no_consent_even_if_one_suffices(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    jeugdteam: Any,
    overleg: Any,
    policy: ParentPolicy,
) -> None:
    """Seed 001, convenant "altijd met ouders/jongere", with DOMAIN.md rule 3: whether one
    parent with gezag suffices is the organisation's policy (both, by default). Where one
    suffices, one yes opens the casusoverleg; by default it does not. When the other parent
    then says no, the item is conflicting under either policy, which is no consent, and only
    a named legal ground could still carry a sharing."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=policy))
    case = make_youth(13, parents=2)
    pupil, (mother, father) = case.youth, case.parents
    request = service.consents.create_request(
        pupil.id, [ItemSpec(overleg.id, jeugdteam.id, (c.school.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    one_yes = service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, [c.school.id])
    assert one_yes.allowed == (policy == ParentPolicy.ONE_WITH_GEZAG)
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "no"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not service.sharing.may_share(pupil.id, jeugdteam.id, overleg.id, [c.school.id]).allowed
    options = service.sharing.options(pupil.id, jeugdteam.id, overleg.id)
    assert options.after_no and options.inform == Informed.PARENTS
    assert set(options.bases) == {LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST}


def test_convenant_from_16_the_jongere_gives_the_consent_not_the_parents(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    jeugdteam: Any,
    overleg: Any,
) -> None:
    """Seed 001, "schriftelijk vooraf toestemming" of "ouders/jongere": which of them is the
    age rule's (seed 003, DOMAIN.md rule 3): from 16 the jongere alone. The parents' yes for
    a 16-year-old is refused and leaves nothing; the youth's own yes opens the sharing and
    the youth's withdrawal closes it again."""
    c = catalog
    case = make_youth(16, parents=2)
    youth, (mother, _father) = case.youth, case.parents
    request = service.consents.create_request(
        youth.id, [ItemSpec(overleg.id, jeugdteam.id, (c.school.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.representative(mother.id), {item: "yes"}, "paper"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {item: "yes"}, "tablet"
    )
    assert service.sharing.may_share(youth.id, jeugdteam.id, overleg.id, [c.school.id]).allowed
    with pytest.raises(ToestemmingError):  # nor can the parents withdraw what is the youth's
        service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "desk")
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "app")
    assert not service.sharing.may_share(youth.id, jeugdteam.id, overleg.id, [c.school.id]).allowed


def test_jeugdhulp_12_to_15_decide_together_with_their_parents_where_policy_says_so(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    jeugdteam: Any,
    overleg: Any,
) -> None:
    """Seed 001 on the overlap of onderwijs and jeugdhulp, with DOMAIN.md rule 3: in youth
    care (Jeugdwet/WGBO) 12–15-year-olds co-decide. Under that organisation policy the
    parent's yes alone does not open the sharing for a 13-year-old; the pupil's yes is needed
    too, and the pupil's no makes it no."""
    c = catalog
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    case = make_youth(13, parents=1)
    pupil, parent = case.youth, case.parents[0]
    request = service.consents.create_request(
        pupil.id, [ItemSpec(overleg.id, jeugdteam.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
    )
    args = (pupil.id, jeugdteam.id, overleg.id, [c.ondersteuning.id])
    assert not service.sharing.may_share(*args).allowed
    service.consents.record_decisions(request.id, SignerRef.youth(pupil.id), {item: "yes"}, "desk")
    assert service.sharing.may_share(*args).allowed
    service.consents.record_decisions(request.id, SignerRef.youth(pupil.id), {item: "no"}, "desk")
    assert not service.sharing.may_share(*args).allowed


def test_thuiszitters_school_tells_leerplicht_on_its_legal_ground_and_the_parents_hear(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 001, "School en gemeente hebben vaak wel wettelijke grondslag" (absoluut/relatief
    verzuim): the school reports the absence to leerplicht on its legal duty — no consent is
    asked for that. It is recorded as a legal obligation with its weighing; for a
    14-year-old the parents are the ones to inform (saying "the pupil was told" is refused);
    no consent request comes into being."""
    c = catalog
    pupil = make_youth(14, parents=1).youth
    verzuim = service.catalog.add_category(
        "verzuim", "Verzuim", "Hoe vaak en wanneer je er niet was.", "dat", False
    )
    weighing = service.sharing.record_assessment(
        pupil.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, False
    )
    args = (pupil.id, c.rbl.id, c.leerplicht.id, [verzuim.id])
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            *args, assessment_id=weighing.id, justification=Justification("youth")
        )
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        *args, assessment_id=weighing.id, justification=Justification("parents")
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and not shared.override
    assert service.consents.requests_for_youth(pupil.id) == []


def test_doorbreken_geheimhouding_a_suicide_plan_may_be_shared_on_vital_interest_only(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 001, "Doorbreken geheimhoudingsplicht: toestemming ouders/jongere; conflict van
    plichten (ernstig nadeel voorkomen)" — the example of the youth nurse who knows of a
    pupil's suicide plan. The 16-year-old refused sharing with the school's care team. The
    nurse may still warn the school on a vital interest, health data included, with the
    four steps, a written reason and a second confirmation; not on legitimate interest or a
    public task; the override is marked, and the no stands for everything else."""
    c = catalog
    youth = make_youth(16).youth
    zorgteam = service.catalog.add_recipient("Zorgteam school", "onderwijs", "Zorgcoördinator")
    hulp = service.catalog.add_purpose("zorg", "Zorg op school", "Zodat school je kan helpen.")
    request = service.consents.create_request(
        youth.id, [ItemSpec(hulp.id, zorgteam.id, (c.gezondheid.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "no"}, "desk"
    )
    before = row_count(service, "events")
    for basis in ("legitimate_interest", "public_task"):
        with pytest.raises(RuleViolation):
            service.sharing.record_assessment(youth.id, zorgteam.id, hulp.id, basis, *STEPS, True)
    assert row_count(service, "events") == before
    weighing = service.sharing.record_assessment(
        youth.id, zorgteam.id, hulp.id, "vital_interest", *STEPS, True
    )
    args = (youth.id, zorgteam.id, hulp.id, [c.gezondheid.id])
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError):  # no second confirmation
        service.sharing.record_disclosure(
            *args,
            assessment_id=weighing.id,
            justification=Justification(
                "youth",
                ground="vital_interest",
                reason="Acuut gevaar: plan om zich iets aan te doen.",
            ),
        )
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        *args,
        assessment_id=weighing.id,
        justification=Justification(
            "youth",
            ground=OverrideGround.VITAL_INTEREST,
            reason="Acuut gevaar: plan om zich iets aan te doen.",
            confirmed=True,
        ),
    )
    assert shared.override and shared.basis == LawfulBasis.VITAL_INTEREST
    assert not service.sharing.may_share(*args).allowed
    # What must be logged: the sharing and its justification as an override on the named
    # ground, the written reason only as a commitment (no personal words in the log).
    rows = service.vault.db.query("SELECT kind, body FROM events ORDER BY seq DESC LIMIT 2")
    logged = {str(kind): json.loads(bytes(body))["data"] for kind, body in rows}
    assert set(logged) == {"disclosure.recorded", "disclosure.justified"}
    assert logged["disclosure.recorded"]["override"] is True
    assert logged["disclosure.justified"]["ground"] == "vital_interest"
    assert "zich iets aan te doen" not in json.dumps(logged)


def test_kinderopvang_is_no_convenant_party_the_parents_consent_is_needed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 001, "Hoe zit het met kinderopvang in dit convenant?": not a party; the AVG rules
    apply, and handing a child's data over to the school needs the parents' consent. Played
    with an 8-year-old at the buitenschoolse opvang (a toddler at the dagopvang: see
    test_casussen_s11_young_children.py): the child cannot agree; a parent without gezag
    cannot either; the parent with gezag can."""
    c = catalog
    case = make_youth(8, parents=1)
    child, parent = case.youth, case.parents[0]
    stepfather = service.people.add_representative(child.id, "Stiefvader", "parent", False)
    school = service.catalog.add_recipient("Basisschool De Linde", "onderwijs", "Intern begeleider")
    request = service.consents.create_request(
        child.id, [ItemSpec(c.stage.id, school.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = row_count(service, "events")
    for signer in (SignerRef.youth(child.id), SignerRef.representative(stepfather.id)):
        with pytest.raises(RuleViolation):
            service.consents.record_decisions(request.id, signer, {item: "yes"}, "paper")
    assert row_count(service, "events") == before
    assert not service.sharing.may_share(
        child.id, school.id, c.stage.id, [c.ondersteuning.id]
    ).allowed
    service.consents.record_decisions(
        request.id, SignerRef.representative(parent.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(child.id, school.id, c.stage.id, [c.ondersteuning.id]).allowed


def test_abc_and_wams_no_call_on_a_domain_means_no_sharing_with_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 001, VNG "Ja = is grondslag AVG" and "Vuistregel bij ABC": the help question sets
    the scope; a domain the resident makes no call on has no task and so no ground; giving
    data solely for the recipient's task (situation C) is not allowed without compatible
    purposes, a legal duty or a vital interest. The 20-year-old wants help from the jeugdteam
    but not from Werk & Inkomen: each recipient is its own decision, the jeugdteam's yes does
    not reach W&I, and after the no to W&I legitimate interest cannot be used for it."""
    c = catalog
    youth = make_youth(20).youth
    jeugdteam = service.catalog.add_recipient("Jeugdteam Utrecht", "zorg", "")
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, jeugdteam.id, (c.contact.id, c.ondersteuning.id)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.ondersteuning.id)),
        ],
    )
    team_item, wi_item = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {team_item: "yes", wi_item: "no"}, "desk"
    )
    wanted = [c.contact.id, c.ondersteuning.id]
    assert service.sharing.may_share(youth.id, jeugdteam.id, c.werk.id, wanted).allowed
    assert not service.sharing.may_share(youth.id, c.gemeente.id, c.werk.id, wanted).allowed
    options = service.sharing.options(youth.id, c.gemeente.id, c.werk.id)
    assert options.after_no and LawfulBasis.LEGITIMATE_INTEREST not in options.bases
    assert LawfulBasis.PUBLIC_TASK not in options.bases
