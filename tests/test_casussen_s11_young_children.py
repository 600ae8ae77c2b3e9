"""Young children (under 8): seed 001 asks about the kinderopvang, which hands a child's data
over to the school (a toddler going to the basisschool, a BSO child). The product recorded
nobody under 8, so the worker could not even enter the child; and for an 8-year-old the
paper form asks the child to sign as "geïnformeerd, mening gevraagd", which a toddler cannot.
Played as the worker at the desk would: enter the child, ask the parents, print the form,
hand over the tablet, and later withdraw."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat

from toestemming.errors import RuleViolation
from toestemming.model import Informed, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Wettelijke taak: overdracht voorschool naar school (OKE).",
    "Alleen om de start op school goed te laten verlopen.",
    "Alleen wat de leerkracht nodig heeft, de rest niet.",
    "Eerst met de ouders gepraat; anoniem kan niet.",
)


@pytest.fixture
def overdracht(service: Service) -> SimpleNamespace:
    c = service.catalog
    return SimpleNamespace(
        school=c.add_recipient("Basisschool De Linde", "onderwijs", "Intern begeleider"),
        purpose=c.add_purpose(
            "overdracht-school",
            "Overdracht naar de basisschool",
            "Zodat de juf weet wat uw kind nodig heeft als het naar school gaat.",
        ),
    )


def test_kinderopvang_to_school_a_toddlers_parents_decide_and_the_child_signs_nothing(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    overdracht: SimpleNamespace,
) -> None:
    """Seed 001 (webinar), lines 172-175: the kinderopvang is no party to the convenant; the
    AVG applies, and handing a child's data to the school needs the parents' consent. Seed
    003, privacyreglement (line 1778): under 16 the legal representative exercises the
    rights. For a 3-year-old: the worker can enter the child; both parents with gezag decide
    (default policy); the child cannot say yes; the paper form and the tablet ask the parents
    only — no signature line and no "mening gevraagd" for the child, and the form says the
    parents tell the child themselves; a parent can withdraw alone."""
    c = catalog
    case = make_youth(3, parents=2)  # refused with "leeftijd buiten 8–30" before
    child, (mother, father) = case.youth, case.parents
    wanted = [c.ondersteuning.id]
    args = (child.id, overdracht.school.id, overdracht.purpose.id, wanted)
    request = service.consents.create_request(
        child.id,
        [ItemSpec(overdracht.purpose.id, overdracht.school.id, (c.ondersteuning.id,))],
    )
    (item,) = (i.id for i in request.items)

    session = service.signing.session(request.id)
    assert {s.signer for s in session.signers} == {
        SignerRef.representative(mother.id),
        SignerRef.representative(father.id),
    }
    assert "tekent niets" in session.explanation

    pdf = flat(service.forms.render_paper_consent(request.id))
    assert mother.name in pdf and father.name in pdf
    assert "mening gevraagd" not in pdf, "a 3-year-old is asked to sign as informed"
    assert "tekent niets" in pdf

    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.youth(child.id), {item: "yes"}, "paper"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "paper"
    )
    assert not service.sharing.may_share(*args).allowed, "one parent of two is not enough"
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "paper"
    )
    assert service.sharing.may_share(*args).allowed

    withdrawers = {s.signer for s in service.signing.withdrawal_signers(child.id)}
    assert SignerRef.youth(child.id) not in withdrawers
    service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    assert not service.sharing.may_share(*args).allowed


def test_a_toddler_shared_about_on_a_legal_task_the_parents_are_the_ones_told(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    overdracht: SimpleNamespace,
) -> None:
    """Seed 002, "Wat je altijd moet doen": inform the person whose data are shared — for a
    young child that is the parents. A disclosure on a public task for a 2-year-old is
    refused when the worker says "the child was told", and recorded with "the parents"."""
    c = catalog
    child = make_youth(2, parents=1).youth
    weighing = service.sharing.record_assessment(
        child.id, overdracht.school.id, overdracht.purpose.id, "public_task", *STEPS, False
    )
    args = (child.id, overdracht.school.id, overdracht.purpose.id, [c.school.id])
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            *args, assessment_id=weighing.id, justification=Justification("youth")
        )
    assert row_count(service, "events") == before
    service.sharing.record_disclosure(
        *args, assessment_id=weighing.id, justification=Justification("parents")
    )
    assert (
        service.sharing.justification(service.sharing.disclosures(child.id)[0].id)["informed"]
        == Informed.PARENTS.value
    )


def test_from_8_the_child_is_still_informed_and_asked_for_a_view_on_paper(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    overdracht: SimpleNamespace,
) -> None:
    """The control: from 8 (a child who reads) the paper form keeps the line on which the
    child signs for having been told and asked, and the explanation says so."""
    c = catalog
    child = make_youth(8, parents=1).youth
    request = service.consents.create_request(
        child.id,
        [ItemSpec(overdracht.purpose.id, overdracht.school.id, (c.ondersteuning.id,))],
    )
    pdf = flat(service.forms.render_paper_consent(request.id))
    assert "mening gevraagd" in pdf and "tekent niets" not in pdf


def test_an_english_form_for_a_toddler_says_the_parents_tell_the_child(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    overdracht: SimpleNamespace,
) -> None:
    """The parents may read English: the form's explanation of who decides does not tell
    them their 4-year-old is "asked for their view"."""
    c = catalog
    child = make_youth(4, parents=1).youth
    service.catalog.revise_purpose(
        overdracht.purpose.id, "Handover to primary school", "So the teacher knows.", "en"
    )
    request = service.consents.create_request(
        child.id,
        [ItemSpec(overdracht.purpose.id, overdracht.school.id, (c.school.id,))],
        language="en",
    )
    pdf = flat(service.forms.render_paper_consent(request.id))
    assert "signs nothing" in pdf and "asked for their view" not in pdf
