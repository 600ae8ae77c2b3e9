"""Seed 004 with a startkwalificatie: the verzuimmelding of the standard catalog is a duty only
while the youth is leer- or kwalificatieplichtig, and a diploma ends that before 18.

Seed 004: the RMC may ask around "alleen als de jongere nog leer- of kwalificatieplichtig is";
"RMC mag zonder toestemming van de niet kwalificatieplichtige jongere geen gegevens opvragen
bij andere partijen". Seed 002 (grondslag 3): the school's duty "vanuit de Leerplichtwet om
verzuimgegevens van leerlingen te delen met de gemeente (afdeling leerplicht)". DOMAIN.md
glossary: startkwalificatie — havo/vwo or mbo-2. The kwalificatieplicht lasts until 18 or until
that diploma: a 17-year-old who passed mbo-2 in July is no longer kwalificatieplichtig, so
from that day the school needs her consent (or another weighed basis) to tell leerplicht
anything. Before, nothing in the product knew the diploma: the legal obligation stayed on
offer until her 18th birthday, and her consent could not even be asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat
from replay_support import attacker_connection, lifted_edit

from toestemming import standard_catalog as std
from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import Diploma, LawfulBasis, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim bij leerplicht.",
    "Alleen om het verzuim te melden.",
    "Alleen naam, school en dat er verzuim is; geen reden of zorg.",
    "Eerst met de jongere gepraat; de melding is verplicht.",
)


@pytest.fixture
def standard(service: Service) -> SimpleNamespace:
    """A new vault with the whole standard catalog, as the creation wizard installs it."""
    std.install(service.catalog)
    purposes = {p.code: p for p in service.catalog.purposes()}
    recipients = {r.name: r for r in service.catalog.recipients()}
    categories = {c.code: c for c in service.catalog.categories()}
    return SimpleNamespace(
        verzuim=purposes["verzuimmelding"],
        rbl=recipients["Regionaal Bureau Leerplicht (RBL)"],
        employer=recipients["Stagebedrijf / werkgever"],
        contact=categories["contact"],
        school=categories["school"],
        absence=categories["verzuim"],
    )


def test_a_new_vault_has_the_verzuimmelding_as_the_leerplichtwets_duty(
    service: Service,
    standard: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """A new worker at a pro school, day one, 15-year-old Sem stays away: the verzuimmelding
    is there without anyone finding Instellingen → Doelen. No consent is asked of his parents,
    only the legal obligation carries it, toward leerplicht; the same purpose toward his stage
    employer (a private party) is no duty. The inzage names the law."""
    s = standard
    duty = service.legal_duties.of(s.verzuim.id)
    assert duty is not None and "Leerplichtwet" in duty.law and duty.until_age == 18
    case = make_youth(15, parents=2)
    youth = case.youth
    args = (youth.id, s.rbl.id, s.verzuim.id)
    with pytest.raises(RuleViolation) as asked:
        service.consents.create_request(
            youth.id, [ItemSpec(s.verzuim.id, s.rbl.id, (s.contact.id,))]
        )
    assert "wet verplicht" in asked.value.message
    options = service.sharing.options(*args)
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION,) and options.legal_duty == duty.law
    assert service.sharing.options(youth.id, s.employer.id, s.verzuim.id).legal_duty == ""
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    shared = service.sharing.record_disclosure(
        *args, [s.contact.id, s.absence.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and not shared.override
    assert f"wettelijke verplichting ({duty.law})" in flat(service.forms.render_inzage(youth.id))
    path = service.forms.proof.export_youth_package(youth.id, tmp_path)
    assert verify(path, trust=service.forms.proof.own_trust()).ok


def test_a_startkwalificatie_at_17_ends_the_duty_and_her_consent_is_needed(
    service: Service,
    standard: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Ilse (17) passed mbo-2 on 10 July. In November she stays away from a course she took
    up on her own; the school wants to tell leerplicht. The legal obligation is no longer
    offered and is refused with the reason (nothing logged); her own consent can be asked, and
    her yes carries the sharing. A melding dated before the diploma, on the weighing of then,
    is still the legal obligation."""
    s = standard
    youth = make_youth(17, birth_date=date(2009, 3, 1)).youth
    args = (youth.id, s.rbl.id, s.verzuim.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    diploma = service.qualifications.record(youth.id, "mbo2", "10-07-2026")
    assert diploma.diploma == Diploma.MBO2 and diploma.obtained_on == date(2026, 7, 10)

    options = service.sharing.options(*args)
    assert LawfulBasis.LEGAL_OBLIGATION not in options.bases and options.legal_duty == ""
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    assert "startkwalificatie" in refused.value.message and "10-07-2026" in refused.value.message
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(*args, [s.contact.id], assessment_id=weighing.id)
    assert row_count(service, "events") == before

    earlier = service.sharing.record_disclosure(
        *args,
        [s.contact.id],
        disclosed_at=datetime(2026, 7, 1, 9, 0, tzinfo=UTC),
        assessment_id=weighing.id,
    )
    assert earlier.basis == LawfulBasis.LEGAL_OBLIGATION

    request = service.consents.create_request(
        youth.id, [ItemSpec(s.verzuim.id, s.rbl.id, (s.contact.id, s.absence.id))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    clock.advance(timedelta(hours=1))
    shared = service.sharing.record_disclosure(*args, [s.contact.id, s.absence.id])
    assert shared.basis == LawfulBasis.CONSENT
    # Her inzage shows the diploma on record (AVG art. 15), the July melding as a legal
    # obligation (dated before the vault marked the duty, so without the law's name:
    # legal_duties.law_shared_on); the November one went on her consent.
    text = flat(service.forms.render_inzage(youth.id))
    assert "Startkwalificatie mbo niveau 2, behaald op 10-07-2026" in text, text
    assert text.count("wettelijke verplichting") == 1
    assert service.replay().ok


def test_recording_a_startkwalificatie_refuses_bad_input_and_corrects_by_appending(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """A hurried worker: Entree (mbo-1) is no startkwalificatie, a date in the future, one
    before the 12th birthday (the year of birth typed), not a date at all — a Dutch message
    each time and nothing logged. The same record twice writes once; a corrected date is a new
    record, the latest counts, the log keeps both."""
    youth = make_youth(17).youth
    before = row_count(service, "events")
    for diploma, day in (
        ("mbo1", "01-07-2026"),
        ("entree", "01-07-2026"),
        ("mbo2", "01-07-2027"),
        ("mbo2", youth.birth_date.replace(year=youth.birth_date.year + 5).isoformat()),
        ("mbo2", "gisteren"),
        (True, "01-07-2026"),
    ):
        with pytest.raises(ValidationError) as bad:
            service.qualifications.record(youth.id, diploma, day)  # type: ignore[arg-type]
        assert bad.value.message and "Traceback" not in bad.value.message
    assert row_count(service, "events") == before and service.qualifications.of(youth.id) is None
    service.qualifications.record(youth.id, Diploma.MBO2, date(2026, 7, 1))
    service.qualifications.record(youth.id, "mbo2", "01-07-2026")
    assert row_count(service, "events") == before + 1
    fixed = service.qualifications.record(youth.id, "mbo2", "08-07-2026")
    assert fixed.obtained_on == date(2026, 7, 8) and service.qualifications.of(youth.id) == fixed
    assert row_count(service, "events") == before + 2
    assert row_count(service, "youth_qualifications") == 2


def test_an_insider_who_adds_or_removes_a_startkwalificatie_is_found_by_the_replay(
    service: Service, standard: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """With the passphrase, an insider gives one 16-year-old a diploma by hand (her
    verzuimmelding then needs consent she never gave) and deletes another's (the duty is back
    for him): the replay names both."""
    one, two = make_youth(16).youth, make_youth(17).youth
    service.qualifications.record(two.id, "havo", "01-07-2026")
    kept = service.qualifications.of(two.id)
    assert kept is not None
    conn = attacker_connection(service)
    try:
        lifted_edit(
            conn,
            [
                (
                    "INSERT INTO youth_qualifications"
                    "(youth_id, diploma, obtained_on, recorded_at, worker_id) "
                    "VALUES (?, 'mbo2', '2026-07-01', '2026-11-23T10:00:00.000000Z', 1)",
                    (one.id,),
                ),
                ("DELETE FROM youth_qualifications WHERE id = ?", (kept.id,)),
            ],
            must_hit=True,
        )
    finally:
        conn.close()
    lines = service.replay().lines()
    assert any("startkwalificatie nr." in line for line in lines), lines
    assert sum("startkwalificatie nr." in line for line in lines) == 2, lines


def test_a_youth_with_a_startkwalificatie_can_still_be_erased_on_request(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Years later the young man asks to be forgotten (AVG art. 17). His diploma record holds
    no text to empty; the erasure goes through, nothing more can be recorded for him, and the
    log still replays."""
    youth = make_youth(17).youth
    service.qualifications.record(youth.id, "vwo", "01-07-2026")
    service.retention.erase(youth.id, "request")
    assert service.people.youth(youth.id).erased
    with pytest.raises(ValidationError):
        service.qualifications.record(youth.id, "vwo", "02-07-2026")
    assert service.replay().ok and service.verify_audit(deep=True).ok
