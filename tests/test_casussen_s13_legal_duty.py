"""Seed 004, kwalificatieplicht: a sharing the law requires is no consent, and is shown, asked
and proven as what it is.

Seed 004: "Als ik vanuit rmc nog geen contact heb kunnen krijgen met een jongere, mag ik dan wel
rond gaan vragen bij bijvoorbeeld participatie of gebiedsteam ...? Dat mag alleen als de jongere
nog leer- of kwalificatieplichtig is en er sprake is van relatief of absoluut verzuim. ... RMC
mag zonder toestemming van de niet kwalificatieplichtige jongere geen gegevens opvragen bij
andere partijen." DOMAIN.md rule 1: six bases, consent one of them; rule 2: consent is free —
refusing must be possible without consequence. Before, a worker could ask a 16-year-old's
"consent" for the verzuimmelding (a yes or no the law makes meaningless), record her objection
to it (AVG art. 21 does not reach a legal obligation) and then had to "override" it, and the
legal obligation stayed on offer for a 19-year-old no longer kwalificatieplichtig."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from legal_duty_support import LAW, STEPS, duty_named
from pdf_checks import flat
from replay_support import replay_after_edit

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import LawfulBasis, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def verzuim(service: Service, catalog: SimpleNamespace) -> SimpleNamespace:
    """The verzuimmelding to leerplicht, a legal duty while the youth is under 18."""
    purpose = service.catalog.add_purpose(
        "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
    )
    duty = service.legal_duties.mark(purpose.id, LAW, until_age=18)
    return SimpleNamespace(purpose=purpose, duty=duty, rbl=catalog.rbl)


def test_the_verzuimmelding_asks_no_consent_takes_no_objection_and_is_shared_on_the_law(
    service: Service,
    catalog: SimpleNamespace,
    verzuim: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Seed 004 with a 16-year-old who stays away from school. The worker cannot ask her
    consent for the melding (no free choice), and her objection is refused with the reason —
    nothing logged either time. The weighing can name only the legal obligation (public task
    is refused); the disclosure is no override, the inzage and the youth's proof package show
    it as a legal obligation, and there is no item she could withdraw."""
    c = catalog
    case = make_youth(16, parents=1)
    youth = case.youth
    args = (youth.id, verzuim.rbl.id, verzuim.purpose.id)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as asked:
        service.consents.create_request(
            youth.id, [ItemSpec(verzuim.purpose.id, verzuim.rbl.id, (c.contact.id,))]
        )
    assert "wet verplicht" in asked.value.message and LAW in asked.value.message
    with pytest.raises(RuleViolation) as objected:
        service.objections.record(*args, SignerRef.youth(youth.id), "desk")
    assert "Bezwaar (verzet) geldt niet" in objected.value.message
    with pytest.raises(RuleViolation):
        service.objections.record(*args, SignerRef.representative(case.parents[0].id), "email")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(*args, "public_task", *STEPS, True)
    assert row_count(service, "events") == before

    answer = service.sharing.may_share(*args, [c.contact.id])
    assert not answer.allowed  # no consent covers it: the weighing records it
    assert any("De wet verplicht dit delen" in w and LAW in w for w in answer.warnings_in("nl"))
    options = service.sharing.options(*args)
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION,) and options.legal_duty == LAW
    assert not options.after_no
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    clock.advance(timedelta(hours=1))
    shared = service.sharing.record_disclosure(
        *args, [c.contact.id, c.school.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and not shared.override
    assert service.consents.requests_for_youth(youth.id) == []
    # She reads which law required it, not only "wettelijke verplichting".
    assert f"wettelijke verplichting ({LAW})" in flat(service.forms.render_inzage(youth.id))
    path = service.forms.proof.export_youth_package(youth.id, tmp_path)
    assert verify(path, trust=service.forms.proof.own_trust()).ok


def test_past_the_kwalificatieplicht_the_rmc_needs_the_youths_consent(
    service: Service,
    catalog: SimpleNamespace,
    verzuim: SimpleNamespace,
    make_youth: Callable[..., Any],
) -> None:
    """Seed 004: "RMC mag zonder toestemming van de niet kwalificatieplichtige jongere geen
    gegevens opvragen". For a 19-year-old the duty no longer holds: the legal obligation is
    refused and not offered, his consent may be asked, and his yes opens the sharing."""
    c = catalog
    youth = make_youth(19).youth
    args = (youth.id, verzuim.rbl.id, verzuim.purpose.id)
    assert LawfulBasis.LEGAL_OBLIGATION not in service.sharing.options(*args).bases
    assert service.sharing.options(*args).legal_duty == ""
    assert service.sharing.may_share(*args, [c.contact.id]).warnings == ()
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as ended:
        service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    assert "tot 18 jaar" in ended.value.message and "19" in ended.value.message
    assert row_count(service, "events") == before
    request = service.consents.create_request(
        youth.id, [ItemSpec(verzuim.purpose.id, verzuim.rbl.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "email")
    assert service.sharing.may_share(*args, [c.contact.id]).allowed


def test_a_weighing_made_at_17_carries_no_sharing_after_the_18th_birthday(
    service: Service,
    catalog: SimpleNamespace,
    verzuim: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """The weighing on the legal obligation was made the week before Joep turned 18; the
    worker records the melding after the birthday. The duty ended that day: refused, and
    nothing is logged. A melding dated before the birthday is still recorded."""
    c = catalog
    youth = make_youth(17, birth_date=date(2008, 11, 27)).youth  # 18 on 27 November 2026
    args = (youth.id, verzuim.rbl.id, verzuim.purpose.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(*args, [c.contact.id], assessment_id=weighing.id)
    assert row_count(service, "events") == before
    shared = service.sharing.record_disclosure(
        *args,
        [c.contact.id],
        disclosed_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        assessment_id=weighing.id,
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION


def test_marking_a_legal_duty_refuses_bad_input_and_is_done_once(
    service: Service, catalog: SimpleNamespace
) -> None:
    """A hurried administrator: no law named, an age of 3 or "18" as text or True, or the
    same purpose marked twice — a clear Dutch message each time, nothing logged."""
    purpose = catalog.leerplicht
    before = row_count(service, "events")
    for law, age in (("", 18), ("wet", 18), (LAW, 3), (LAW, "18"), (LAW, True), (LAW, 99)):
        with pytest.raises(ValidationError):
            service.legal_duties.mark(purpose.id, law, until_age=age)  # type: ignore[arg-type]
    assert row_count(service, "events") == before and service.legal_duties.of(purpose.id) is None
    service.legal_duties.mark(purpose.id, LAW)
    with pytest.raises(ValidationError) as again:
        service.legal_duties.mark(purpose.id, LAW, until_age=23)
    assert "nieuw doel" in again.value.message
    assert row_count(service, "events") == before + 1
    assert service.legal_duties.of(purpose.id).until_age is None  # type: ignore[union-attr]


def test_an_insider_who_makes_a_purpose_a_legal_duty_is_found_by_the_replay(
    service: Service, catalog: SimpleNamespace, verzuim: SimpleNamespace
) -> None:
    """With the passphrase, an insider adds a legal duty by hand to the werk purpose (nobody
    could refuse or object to it any more) and lifts the verzuim duty's age limit to 30: the
    replay names both against the log."""
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO legal_duties(purpose_id, law, until_age, recorded_at, worker_id) "
                "VALUES (?, 'Verzonnen wet', NULL, '2026-11-23T10:00:00.000000Z', 1)",
                (catalog.werk.id,),
            ),
            (
                "UPDATE legal_duties SET until_age = 30 WHERE purpose_id = ?",
                (verzuim.purpose.id,),
            ),
        ],
    )
    assert duty_named(lines, catalog.werk.id), lines
    assert duty_named(lines, verzuim.purpose.id, "until_age"), lines


@pytest.mark.parametrize(("age", "allowed"), [(22, True), (23, False)])
def test_the_rmc_asks_the_inlichtingenbureau_about_a_school_leaver_up_to_23(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    age: int,
    allowed: bool,
) -> None:
    """Seed 004: "Als de jongere voortijdig schoolverlater is en niet kwalificatieplichtig
    mogen gegevens over de jongeren tot 23 jaar worden opgevraagd bij het Inlichtingenbureau
    en of Suwinet Inkijk." A duty with its own age limit: for a 22-year-old the RMC records the
    request on the legal obligation; at 23 that is refused and the offered bases say so."""
    c = catalog
    bureau = service.catalog.add_recipient("Inlichtingenbureau", "gemeente", "Suwinet Inkijk")
    purpose = service.catalog.add_purpose(
        "rmc-vsv", "Voortijdig schoolverlaten (RMC)", "Het RMC kijkt of je werk of school hebt."
    )
    service.legal_duties.mark(purpose.id, "RMC-regeling: gegevens vsv'ers tot 23", until_age=23)
    youth = make_youth(age).youth
    args = (youth.id, bureau.id, purpose.id)
    options = service.sharing.options(*args)
    assert (LawfulBasis.LEGAL_OBLIGATION in options.bases) is allowed
    if allowed:
        weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
        shared = service.sharing.record_disclosure(*args, [c.school.id], assessment_id=weighing.id)
        assert shared.basis == LawfulBasis.LEGAL_OBLIGATION
    else:
        before = row_count(service, "events")
        with pytest.raises(RuleViolation):
            service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
        assert row_count(service, "events") == before
