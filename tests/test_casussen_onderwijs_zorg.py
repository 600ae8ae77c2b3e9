"""Worked cases of the servicedocument "Delen van persoonsgegevens tussen onderwijs en zorg"
(seed 003, bijlage: casus 1, 4, 6 and 8), played through the service as the worker at the
desk would. Each test states what the guidance concludes; the product must answer the same
and a refused step must leave nothing behind. (The cases of seed 002: test_casussen.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_turning_16_in

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import Informed, LawfulBasis, OverrideGround, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Wmo 2015 art. 5.2.6: de school mag Veilig Thuis informeren bij een vermoeden.",
    "Alleen om het onderzoek naar de veiligheid van het kind mogelijk te maken.",
    "Alleen feiten over aanwezigheid en wat de mentor zag, geen opvattingen.",
    "Anoniem kan niet: het onderzoek gaat over dit kind.",
)


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


@pytest.fixture
def mbo(service: Service) -> Any:
    return service.catalog.add_recipient("ROC Midden", "onderwijs", "Intake en begeleiding")


def test_casus_1_vo_to_mbo_parents_decide_at_15_the_student_from_16(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    mbo: Any,
) -> None:
    """The vo school hands the support file to the mbo only with consent: under 16 of the
    parents with gezag, not of the pupil; from 16 the student is the one to ask, and a yes
    the parents gave before is shown as needing the student's confirmation."""
    c = catalog
    born = birth_date_turning_16_in(clock.today(), 30)
    case = make_youth(15, parents=1, birth_date=born)
    pupil, parent = case.youth, case.parents[0]
    request = service.consents.create_request(
        pupil.id, [ItemSpec(c.stage.id, mbo.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = _events(service)
    with pytest.raises(ToestemmingError):  # at 15 the pupil's own yes is not the consent
        service.consents.record_decisions(
            request.id, SignerRef.youth(pupil.id), {item: "yes"}, "desk"
        )
    assert _events(service) == before
    service.consents.record_decisions(
        request.id, SignerRef.representative(parent.id), {item: "yes"}, "paper"
    )
    answer = service.sharing.may_share(pupil.id, mbo.id, c.stage.id, [c.ondersteuning.id])
    assert answer.allowed and not answer.warnings

    clock.advance(timedelta(days=31))  # sixteen now: the student holds the rights
    later = service.sharing.may_share(pupil.id, mbo.id, c.stage.id, [c.ondersteuning.id])
    assert later.allowed and any("herbevestigen" in w for w in later.warnings)
    service.consents.record_decisions(request.id, SignerRef.youth(pupil.id), {item: "no"}, "desk")
    assert not service.sharing.may_share(
        pupil.id, mbo.id, c.stage.id, [c.ondersteuning.id]
    ).allowed, "the 16-year-old's no must outweigh the parents' earlier yes"


def test_casus_4_veilig_thuis_after_the_parents_no_only_on_a_named_legal_ground(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Veilig Thuis asks the school about a 13-year-old whose parents refused sharing with
    it. No consent: the school may still inform Veilig Thuis on the Wmo's legal ground, with
    the four steps written out, a named ground, a written reason and a second confirmation —
    and either the parents told or a recorded reason why not (telling them may endanger the
    child). Anything less is refused and leaves no trace."""
    c = catalog
    vt = service.catalog.add_recipient("Veilig Thuis regio", "zorg", legal_role="public_task")
    case = make_youth(13, parents=2)
    child, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        child.id, [ItemSpec(c.leerplicht.id, vt.id, (c.school.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "no"}, "desk"
    )
    assert not service.sharing.may_share(child.id, vt.id, c.leerplicht.id, [c.school.id]).allowed
    options = service.sharing.options(child.id, vt.id, c.leerplicht.id)
    assert options.after_no and options.inform == Informed.PARENTS
    assert LawfulBasis.LEGAL_OBLIGATION in options.bases
    assert LawfulBasis.LEGITIMATE_INTEREST not in options.bases

    weighing = service.sharing.record_assessment(
        child.id, vt.id, c.leerplicht.id, "legal_obligation", *STEPS, False
    )
    args = (child.id, vt.id, c.leerplicht.id, [c.school.id])
    before = _events(service)
    for lacking in (
        Justification("not_informed", "Informeren brengt het kind in gevaar."),  # no ground
        Justification(
            "not_informed", "Informeren brengt het kind in gevaar.", ground="legal_obligation"
        ),  # no reason, no second confirmation
        Justification(
            "youth", ground="legal_obligation", reason="Meldcode stap 4.", confirmed=True
        ),
    ):
        with pytest.raises(ToestemmingError):
            service.sharing.record_disclosure(
                *args, assessment_id=weighing.id, justification=lacking
            )
    assert _events(service) == before and service.sharing.disclosures(child.id) == []

    shared = service.sharing.record_disclosure(
        *args,
        assessment_id=weighing.id,
        justification=Justification(
            "not_informed",
            "Informeren brengt het kind in gevaar (meldcode).",
            ground=OverrideGround.LEGAL_OBLIGATION,
            reason="Vermoeden van kindermishandeling, Wmo 2015 art. 5.2.6.",
            confirmed=True,
        ),
    )
    assert shared.override and shared.basis == LawfulBasis.LEGAL_OBLIGATION
    # The parents' no still stands for everything else: no consent was made out of this.
    assert not service.sharing.may_share(child.id, vt.id, c.leerplicht.id, [c.school.id]).allowed


def test_casus_6_the_voogd_decides_for_a_child_in_care_not_a_parent_without_gezag(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A care organisation may give the gemeente file details only when the voogd agrees.
    For a 12-year-old under guardianship the voogd is the one who decides; a parent without
    gezag cannot say yes, and nothing is shared before the voogd has."""
    c = catalog
    child = make_youth(12).youth
    voogd = service.people.add_representative(child.id, "Voogd Jeugdbescherming", "guardian", True)
    mother = service.people.add_representative(child.id, "Moeder zonder gezag", "parent", False)
    request = service.consents.create_request(
        child.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = _events(service)
    with pytest.raises(ToestemmingError):
        service.consents.record_decisions(
            request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert _events(service) == before
    assert not service.sharing.may_share(
        child.id, c.gemeente.id, c.werk.id, [c.ondersteuning.id]
    ).allowed
    service.consents.record_decisions(
        request.id, SignerRef.representative(voogd.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(
        child.id, c.gemeente.id, c.werk.id, [c.ondersteuning.id]
    ).allowed


def test_casus_8_leerplicht_gets_only_what_the_absence_needs_content_needs_consent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """After an absence report the leerplichtambtenaar may hear, on the legal task, what
    bears on the absence (the youth is in treatment on fixed hours); the content of the care
    needs the youth's consent. A weighing for the school data does not open the health
    data, and without the 17-year-old's yes "Mag ik delen?" stays no for them."""
    c = catalog
    youth = make_youth(17).youth
    weighing = service.sharing.record_assessment(
        youth.id,
        c.rbl.id,
        c.leerplicht.id,
        "public_task",
        "Leerplichtwet: verzuimmelding via DUO.",
        "Alleen om het verzuim terug te dringen.",
        "Alleen dat de jongere op vaste uren in behandeling is, niet waarvoor.",
        "Eerst met de jongere zelf gesproken.",
        True,
    )
    shared = service.sharing.record_disclosure(
        youth.id,
        c.rbl.id,
        c.leerplicht.id,
        [c.school.id],
        assessment_id=weighing.id,
        justification=Justification("youth"),
    )
    assert shared.basis == LawfulBasis.PUBLIC_TASK and not shared.override
    assert not service.sharing.may_share(
        youth.id, c.rbl.id, c.leerplicht.id, [c.gezondheid.id]
    ).allowed
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.gezondheid.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk", special_ack={item}
    )
    assert service.sharing.may_share(youth.id, c.rbl.id, c.leerplicht.id, [c.gezondheid.id]).allowed
