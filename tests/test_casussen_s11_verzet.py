"""Verzet (AVG art. 21), played as the worker at the desk.

Seed 003, model privacyreglement art. 8.2-8.3 (lines 1617-1626): when unambiguous consent
cannot be had, the school may share on its public task or a legitimate interest after a
weighing; "in geval van uitwisseling van gegevens op grond van 8.2 heeft de student en/of
diens wettelijk vertegenwoordiger het recht van verzet". Seed 003 casus 1 (lines 513-516):
the student "altijd vergewist moet zijn dat hij bezwaar kan maken [...] wij sturen het door
en de student kan aangeven dat het wel/niet mag".

Before, the only way to record the objection was a consent request nobody asked, with a
"no" on it (tests/test_casussen_s003_rest.py): the proof then said "geweigerd" on a request
that never was. Now the objection is its own record, and from then on the weighing no longer
carries a sharing there — a legal duty or a vital interest still can, as an override."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat
from replay_support import attacker_connection, lifted_edit

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import LawfulBasis, OverrideGround, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Gerechtvaardigd belang van de school: de stageplek regelen.",
    "Past bij de opleiding waarvoor de gegevens zijn verzameld.",
    "Alleen naam en opleiding, niet meer dan nodig.",
    "Toestemming was niet te krijgen; de student weet dat hij bezwaar kan maken.",
)


def test_reglement_8_3_after_the_students_objection_the_weighing_carries_no_more(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """An 18-year-old's school data went to the internship company on a legitimate interest;
    he objects by e-mail. The objection is recorded as such — no consent request appears —
    and the same weighing no longer carries a sharing ("Mag ik delen?" options name the
    objection and offer only a legal duty or vital interest); a new weighing on legitimate
    interest is refused too; nothing is logged by the refusals; the earlier sharing stays."""
    c = catalog
    youth = make_youth(18).youth
    args = (youth.id, c.werkgever.id, c.stage.id)
    weighing = service.sharing.record_assessment(*args, "legitimate_interest", *STEPS, True)
    service.sharing.record_disclosure(
        *args, [c.school.id], assessment_id=weighing.id, justification=Justification("youth")
    )
    clock.advance(timedelta(days=2))
    objection = service.objections.record(*args, SignerRef.youth(youth.id), "email")
    assert objection.signer == SignerRef.youth(youth.id)
    assert service.consents.requests_for_youth(youth.id) == []

    options = service.sharing.options(*args)
    assert options.after_no and "bezwaar (verzet)" in options.no_reason
    assert set(options.bases) == {LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST}
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            *args, [c.school.id], assessment_id=weighing.id, justification=Justification("youth")
        )
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(*args, "legitimate_interest", *STEPS, True)
    assert row_count(service, "events") == before
    assert len(service.sharing.disclosures(youth.id)) == 1
    # Another recipient, or another purpose, is not touched by this objection.
    assert not service.sharing.options(youth.id, c.werkgever.id, c.werk.id).after_no
    # His inzage (AVG art. 15) lists the objection and tells him he has the right.
    inzage = flat(service.forms.render_inzage(youth.id))
    assert "Je bezwaren" in inzage and "Bakkerij De Korenschoof" in inzage
    assert "bezwaar tegen maken" in inzage
    assert service.replay().ok


def test_the_objection_does_not_stop_a_legal_duty_which_is_marked_as_an_override(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Art. 21 reaches public task and legitimate interest, not a legal obligation: after the
    objection the school can still report the absence on its legal duty — with the named
    ground, a written reason and the second confirmation, marked as an override."""
    c = catalog
    youth = make_youth(17).youth
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    service.objections.record(*args, SignerRef.youth(youth.id), "desk")
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    with pytest.raises(ToestemmingError):  # no named ground, no second yes
        service.sharing.record_disclosure(
            *args, [c.school.id], assessment_id=weighing.id, justification=Justification("youth")
        )
    shared = service.sharing.record_disclosure(
        *args,
        [c.school.id],
        assessment_id=weighing.id,
        justification=Justification(
            "youth",
            ground=OverrideGround.LEGAL_OBLIGATION,
            reason="Verzuimmelding is een plicht uit de Leerplichtwet, bezwaar geldt daar niet.",
            confirmed=True,
        ),
    )
    assert shared.override and shared.basis == LawfulBasis.LEGAL_OBLIGATION


def test_a_14_year_olds_parent_or_the_pupil_may_object_a_stepfather_may_not(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """ "De student en/of diens wettelijk vertegenwoordiger": for a 14-year-old both the
    parent with gezag and the pupil may object (stopping is always privacy-safe); a
    stepparent without gezag may not (refused, nothing written). A later yes of the parents
    to a consent request still covers: consent is not a weighing."""
    c = catalog
    case = make_youth(14, parents=1)
    pupil, mother = case.youth, case.parents[0]
    stepfather = service.people.add_representative(pupil.id, "Stiefvader", "parent", False)
    args = (pupil.id, c.gemeente.id, c.werk.id)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.objections.record(*args, SignerRef.representative(stepfather.id), "desk")
    assert "bezwaar" in refused.value.message.lower()
    assert row_count(service, "events") == before
    service.objections.record(*args, SignerRef.youth(pupil.id), "desk")
    service.objections.record(*args, SignerRef.representative(mother.id), "paper")
    assert len(service.objections.for_youth(pupil.id)) == 2
    request = service.consents.create_request(
        pupil.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {request.items[0].id: "yes"}, "paper"
    )
    assert service.sharing.may_share(*args, [c.contact.id]).allowed


def test_an_objection_in_the_future_or_by_an_unknown_channel_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """A hurried worker's typo: a date next week, or "whatsapp" as a channel, is refused with
    a Dutch message and nothing is written."""
    c = catalog
    youth = make_youth(19).youth
    args = (youth.id, c.uwv.id, c.werk.id, SignerRef.youth(youth.id))
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError):
        service.objections.record(*args, "desk", objected_at=clock.now() + timedelta(days=7))
    with pytest.raises(ToestemmingError):
        service.objections.record(*args, "whatsapp")
    assert row_count(service, "events") == before and service.objections.for_youth(youth.id) == []


def test_an_insider_who_deletes_the_objection_is_found_by_the_replay(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """With the passphrase and the triggers dropped and put back, deleting the objection
    reopens the weighing; the replay names the objection that its event says exists. Adding
    one by hand, never logged, is named too."""
    c = catalog
    youth = make_youth(18).youth
    objection = service.objections.record(
        youth.id, c.werkgever.id, c.stage.id, SignerRef.youth(youth.id), "email"
    )
    conn = attacker_connection(service)
    try:
        with pytest.raises(Exception, match="append-only"):
            conn.execute("DELETE FROM objections WHERE id = ?", (objection.id,))
        lifted_edit(conn, [("DELETE FROM objections WHERE id = ?", (objection.id,))], must_hit=True)
    finally:
        conn.close()
    assert not service.sharing.options(youth.id, c.werkgever.id, c.stage.id).after_no
    lines = service.replay().lines()
    assert any(f"bezwaar nr. {objection.id}" in line for line in lines), lines


def test_where_consent_was_given_the_objection_sends_the_worker_to_withdraw_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A 16-year-old who gave consent for the UWV says "ik maak bezwaar". Art. 21 is about
    sharing without consent; recording an objection beside a standing yes would stop
    nothing (the consent still covers). The core refuses it, names the consent and says to
    withdraw it; once withdrawn, the objection is recorded and stops the weighing too."""
    c = catalog
    youth = make_youth(16).youth
    args = (youth.id, c.uwv.id, c.werk.id)
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    me = SignerRef.youth(youth.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    before = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.objections.record(*args, me, "email")
    assert request.reference_code in refused.value.message
    assert "trekt de toestemming in" in refused.value.message
    assert row_count(service, "events") == before
    service.withdrawals.withdraw([item], me, "email")
    service.objections.record(*args, me, "email")
    assert not service.sharing.may_share(*args, [c.contact.id]).allowed
    assert "bezwaar (verzet)" in service.sharing.options(*args).no_reason


def test_sharing_done_before_the_objection_may_still_be_recorded_afterwards(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Like a withdrawal, an objection works from its moment on: the phone call to the
    employer on Monday, written down on Wednesday after the student objected on Tuesday, is
    recorded on the weighing as it was then; a sharing dated after the objection is not."""
    c = catalog
    youth = make_youth(18).youth
    args = (youth.id, c.werkgever.id, c.stage.id)
    weighing = service.sharing.record_assessment(*args, "legitimate_interest", *STEPS, True)
    monday = clock.now()
    clock.advance(timedelta(days=1))
    service.objections.record(*args, SignerRef.youth(youth.id), "app")
    clock.advance(timedelta(days=1))
    j = Justification("youth")
    shared = service.sharing.record_disclosure(
        *args, [c.school.id], disclosed_at=monday, assessment_id=weighing.id, justification=j
    )
    assert not shared.override
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            *args, [c.school.id], assessment_id=weighing.id, justification=j
        )


def test_a_parents_objection_letter_from_before_the_16th_birthday_counts_on_its_date(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """A mother writes in a letter, when her son is 15, that she objects to his data going to
    the internship company; the worker records it a fortnight later, after his 16th birthday.
    Who may object is judged on the letter's date (as a parent's paper yes is, and as the
    legal-duty check in the same call already was): it is recorded. A letter of hers dated
    after the birthday is hers no longer to write: refused, nothing logged."""
    c = catalog
    today = clock.today()
    born = today.replace(year=today.year - 16) - timedelta(days=7)  # 16 since a week
    case = make_youth(16, parents=1, birth_date=born)
    mother = SignerRef.representative(case.parents[0].id)
    args = (case.youth.id, c.werkgever.id, c.stage.id)
    letter = clock.now() - timedelta(days=14)  # he was 15 then
    objection = service.objections.record(*args, mother, "paper", objected_at=letter)
    assert objection.signer == mother
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.objections.record(
            case.youth.id,
            c.werkgever.id,
            c.werk.id,
            mother,
            "paper",
            objected_at=clock.now() - timedelta(days=2),
        )
    assert row_count(service, "events") == before
