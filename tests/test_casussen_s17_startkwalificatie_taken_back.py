"""Seed 004 with a startkwalificatie recorded by mistake: taking it back (migration 22).

Seed 004: the RMC may ask around "alleen als de jongere nog leer- of kwalificatieplichtig is".
Session 14 let the desk record a startkwalificatie, which ends the verzuimmelding's legal duty
for the youth (test_casussen_s14_startkwalificatie.py), and correct its date by appending. But
a diploma typed in for the wrong youth, or one the youth did not get after all, could not be
taken back: the youth stayed "not kwalificatieplichtig" for ever, leerplicht could not be told
of his absence on the law, and his inzage and transitieformulier named a diploma he does not
have. Now: one action with a reason, appended (who and when), the reason in the log only as a
salted commitment; shown in the activity log, the inzage and the transitieformulier; replayed
like every other row."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat
from replay_support import attacker_connection, lifted_edit
from test_casussen_s14_startkwalificatie import (  # noqa: F401  (the module's fixture)
    STEPS,
    standard,
)

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.activity_log import LogFilter
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData

REASON = "Diploma van een klasgenoot bij de verkeerde jongere ingevoerd (Jansen-Kroon)."


def _form_parts(service: Service) -> SimpleNamespace:
    """What the transitieformulier goes with in the standard catalog."""
    purposes = {p.code: p for p in service.catalog.purposes()}
    recipients = {r.name: r for r in service.catalog.recipients()}
    return SimpleNamespace(
        transitie=purposes["transitie-entree-werk"], gemeente=recipients["Gemeente"]
    )


def _bodies(service: Service, kind: str) -> list[dict[str, Any]]:
    rows = service.vault.db.query("SELECT body FROM events WHERE kind = ? ORDER BY seq", (kind,))
    return [json.loads(bytes(r[0])) for r in rows]


def test_a_diploma_recorded_for_the_wrong_youth_is_taken_back_and_the_duty_holds_again(
    service: Service,
    standard: SimpleNamespace,  # noqa: F811
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """A hurried worker records an mbo-2 diploma for Daan (16) — it was his classmate's. A week
    later Daan stays away; the melding to leerplicht is refused on the law ("startkwalificatie
    since…"). The worker takes the diploma back with a reason: from then on the legal
    obligation carries the melding again. The log names who took it back and when, but not
    the reason."""
    s = standard
    daan = make_youth(16).youth
    args = (daan.id, s.rbl.id, s.verzuim.id)
    service.qualifications.record(daan.id, "mbo2", "03-07-2026")
    assert LawfulBasis.LEGAL_OBLIGATION not in service.sharing.options(*args).bases
    with pytest.raises(RuleViolation) as no_law:
        service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    assert "startkwalificatie" in no_law.value.message

    clock.advance(timedelta(days=7))
    before = row_count(service, "events")
    for bad in ("", "   ", None):
        with pytest.raises(ValidationError) as refused:
            service.qualifications.take_back(daan.id, bad)  # type: ignore[arg-type]
        assert refused.value.message and "Traceback" not in refused.value.message
    assert row_count(service, "events") == before
    taken = service.qualifications.take_back(daan.id, REASON)
    assert taken.reason == REASON and taken.diploma.value == "mbo2"
    assert service.qualifications.of(daan.id) is None
    with pytest.raises(RuleViolation) as twice:
        service.qualifications.take_back(daan.id, REASON)
    assert "startkwalificatie" in twice.value.message
    assert row_count(service, "events") == before + 1

    # The legal obligation is back: offered, weighed and carrying the melding.
    options = service.sharing.options(*args)
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION,) and options.legal_duty
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    clock.advance(timedelta(minutes=5))
    on_law = service.sharing.record_disclosure(*args, [s.contact.id], assessment_id=weighing.id)
    assert on_law.basis == LawfulBasis.LEGAL_OBLIGATION

    # The log: who and when, no free text (only the salted commitment).
    (body,) = _bodies(service, "youth.startkwalificatie_withdrawn")
    assert body["data"]["youth"] == daan.id and "pd" in body["data"]
    assert "klasgenoot" not in json.dumps(body, ensure_ascii=False)
    entries = service.activity_log.entries(LogFilter(youth_id=daan.id)).entries
    assert any(e.what.startswith("Startkwalificatie teruggenomen") for e in entries)

    # His inzage: no diploma, the record taken back named; both meldingen with their basis.
    text = flat(service.forms.render_inzage(daan.id))
    assert "Startkwalificatie geen; mbo niveau 2 (behaald op 03-07-2026) was vastgelegd" in text
    assert "teruggenomen als vergissing" in text and "klasgenoot" not in text
    assert text.count("wettelijke verplichting") == 1, text
    assert service.replay().ok


def test_the_transitieformulier_names_the_startkwalificatie_and_one_taken_back(
    service: Service,
    standard: SimpleNamespace,  # noqa: F811
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Sanne (17) leaves Entree for work; her transitieformulier goes to leerplicht and the
    gemeente, who read from it whether she is still kwalificatieplichtig. A diploma recorded
    for her is printed; once taken back, the form says so, never as if she had it."""
    s, f = standard, _form_parts(service)
    sanne = make_youth(17).youth
    cats = (s.contact.id, s.school.id)
    request = service.consents.create_request(
        sanne.id,
        [ItemSpec(f.transitie.id, f.gemeente.id, cats), ItemSpec(f.transitie.id, s.rbl.id, cats)],
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(sanne.id), {i.id: "yes" for i in request.items}, "desk"
    )
    data = TransitionFormData(request_id=request.id)
    service.qualifications.record(sanne.id, "mbo2", "01-07-2026")
    first = flat(service.forms.render_transition_form(sanne.id, data))
    assert "Startkwalificatie mbo niveau 2, behaald op 01-07-2026" in first, first
    clock.advance(timedelta(days=1))
    service.qualifications.take_back(sanne.id, "Ze heeft het diploma toch niet gehaald.")
    after = flat(service.forms.render_transition_form(sanne.id, data))
    assert "Startkwalificatie geen; mbo niveau 2 (behaald op 01-07-2026) was vastgelegd" in after
    assert "behaald op 01-07-2026 was" not in after and "toch niet" not in after
    # Recorded again later (she got it after all, in August): that one counts.
    service.qualifications.record(sanne.id, "mbo2", "20-08-2026")
    again = flat(service.forms.render_transition_form(sanne.id, data))
    assert "Startkwalificatie mbo niveau 2, behaald op 20-08-2026; mbo niveau 2" in again, again
    assert service.replay().ok


def test_an_insider_who_adds_or_removes_a_take_back_is_found_by_check(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """With the passphrase, an insider takes one youth's diploma back by hand (the duty is
    back on a youth who has the diploma), deletes a real take-back of another (the duty gone
    again) and rewrites a third's reason: the replay names all three rows."""
    one, two, three = (make_youth(17).youth for _ in range(3))
    for y in (one, two, three):
        service.qualifications.record(y.id, "havo", "01-07-2026")
    service.qualifications.take_back(two.id, "Verkeerde jongere.")
    service.qualifications.take_back(three.id, "Diploma niet gehaald.")
    kept = service.qualifications.of(one.id)
    assert kept is not None and service.replay().ok
    conn = attacker_connection(service)
    try:
        lifted_edit(
            conn,
            [
                (
                    "INSERT INTO youth_qualification_withdrawals"
                    "(qualification_id, youth_id, recorded_at, worker_id, reason) "
                    "VALUES (?, ?, '2026-11-23T10:00:00.000000Z', 1, 'x')",
                    (kept.id, one.id),
                ),
                ("DELETE FROM youth_qualification_withdrawals WHERE youth_id = ?", (two.id,)),
                (
                    "UPDATE youth_qualification_withdrawals SET reason = 'anders' "
                    "WHERE youth_id = ?",
                    (three.id,),
                ),
            ],
            must_hit=True,
        )
    finally:
        conn.close()
    assert service.qualifications.of(one.id) is None  # what the insider wanted
    lines = service.replay().lines()
    named = [line for line in lines if "teruggenomen startkwalificatie nr." in line]
    assert len(named) == 3, lines
    assert any("reason" in line for line in named), named


def test_the_table_refuses_edits_and_erasure_empties_only_the_reason(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Without lifting the triggers, a take-back cannot be deleted or edited. Years later the
    youth asks to be forgotten (AVG art. 17): the reason (free text, may name people) is
    emptied, the row stays (the duty's history still follows), and the log still replays."""
    youth = make_youth(17).youth
    service.qualifications.record(youth.id, "vwo", "01-07-2026")
    service.qualifications.take_back(youth.id, REASON)
    conn = attacker_connection(service)
    try:
        for sql in (
            "DELETE FROM youth_qualification_withdrawals",
            "UPDATE youth_qualification_withdrawals SET reason = ''",
            "UPDATE youth_qualification_withdrawals SET recorded_at = '2020-01-01'",
        ):
            with pytest.raises(Exception, match=r"youth_qualification_withdrawals|append-only"):
                conn.execute(sql)
    finally:
        conn.close()
    service.retention.erase(youth.id, "request")
    (row,) = service.vault.db.query("SELECT reason FROM youth_qualification_withdrawals")
    assert row[0] == ""
    assert service.replay().ok and service.verify_audit(deep=True).ok


def test_a_sharing_made_on_the_law_before_the_mistaken_diploma_keeps_its_law(
    service: Service,
    standard: SimpleNamespace,  # noqa: F811
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Dated judgement: a melding made on the law, then a diploma recorded (by mistake) and
    taken back the next day. The melding names its law in the inzage before, while and after
    the diploma stood: a take-back changes nothing about what was shared before."""
    s = standard
    youth = make_youth(16).youth
    args = (youth.id, s.rbl.id, s.verzuim.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    service.sharing.record_disclosure(*args, [s.contact.id], assessment_id=weighing.id)
    duty = service.legal_duties.of(s.verzuim.id)
    assert duty is not None
    named = f"wettelijke verplichting ({duty.law})"
    clock.advance(timedelta(hours=1))
    service.qualifications.record(youth.id, "mbo2", "01-07-2026")
    assert flat(service.forms.render_inzage(youth.id)).count(named) == 1
    clock.advance(timedelta(days=1))
    service.qualifications.take_back(youth.id, "Niet gehaald.")
    text = flat(service.forms.render_inzage(youth.id))
    assert text.count(named) == 1, text
    assert service.replay().ok
