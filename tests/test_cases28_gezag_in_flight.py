"""Gezag changes while a request waits for an answer (cases28).

DOMAIN.md rule 3: under 16 each parent with gezag, or the voogd, decides; age and gezag count
on the date of the decision; from 16 the young person decides alone. Two gaps (review of
cases27), each a class — the set of people whose consent counts changed while a request
was in flight:

1. A parent whose gezag ended since the request was sent answers. By mail or app the answer
   was refused as "afzender onbekend" (the worker knows this parent: it reads as a fault);
   at the desk and on a tablet opened before the ruling as "beslist niet: de ouder met gezag
   beslist" or "de getypte naam klopt niet". Every channel must say plainly: no gezag since
   <date>, so this answer cannot count — and record nothing. An answer WRITTEN before the
   ruling and read after it still counts (the moment of writing decides).
2. Gezag gained later (the other parent, a voogd), or the youth turned 16: the item said
   "gevraagd — Nog niet iedereen heeft gereageerd", as if the new decider had been asked.
   The item list, Vandaag, "Mag ik delen?", the transitieformulier and the proof must say
   that who decides now still has to be asked.

Every casus goes through the real Service with the injected clock."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casus_parents import parents_answered
from conftest import row_count
from forms_scenario import transition_data
from pdf_checks import flat
from test_signing_core import wave

from toestemming.clock import FixedClock, local_date
from toestemming.errors import RuleViolation, ToestemmingError, in_language
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.proof.verify import verify
from toestemming.rules import sixteenth_birthday
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.gezag_history import GEZAG_KIND, timed_events_after
from toestemming.usecases.signing_flow import Page, SigningFlow

NO_GEZAG_SINCE = "geen gezag meer"
UNKNOWN = "is niet bekend bij deze jongere"
NOT_ASKED = "is nog niet gevraagd"
GENERIC = "Nog niet iedereen die moet beslissen heeft gereageerd."
MUM, DAD = "moeder.bakker@example.org", "vader.bakker@example.org"
DAD_PHONE = "06 12345678"


@pytest.fixture
def sem(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> SimpleNamespace:
    """Sem (13), both parents with gezag and their addresses, is asked for the UWV."""
    c = catalog
    case = make_youth(13, given_name="Sem")
    add = service.people.add_representative
    mother = add(case.youth.id, "Moeder Bakker", RepresentativeRole.PARENT, True, email=MUM)
    father = add(
        case.youth.id, "Vader Bakker", RepresentativeRole.PARENT, True, email=DAD, phone=DAD_PHONE
    )
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return SimpleNamespace(
        id=case.youth.id,
        mother=mother,
        father=father,
        request=request,
        item=request.items[0].id,
    )


def _mail(sender: str, code: str, sent: Any, body: str = "Ja, akkoord.") -> bytes:
    return (
        f"From: {sender}\r\nTo: school@example.org\r\nSubject: Re: code {code}\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _day(moment: Any) -> str:
    return f"{local_date(moment):%d-%m-%Y}"


def _days_after_16(clock: FixedClock, youth: Any, days: int) -> None:
    birthday = sixteenth_birthday(youth.birth_date)
    clock.advance(timedelta(days=(birthday - clock.today()).days + days))


def _said(proposal: Any) -> str:
    return " ".join(proposal.problems)


# -- 1. an answer from a parent whose gezag ended ----------------------------------------------
@pytest.mark.parametrize("how", ["ended", "gezag-off"])
def test_a_mailed_yes_after_the_ruling_says_no_gezag_since_and_records_nothing(
    service: Service, sem: SimpleNamespace, clock: FixedClock, how: str
) -> None:
    """Day 5: a court ends the father's gezag (the desk ends his representation, or turns his
    gezag off). Day 7 he mails "Ja". Not "afzender onbekend": no gezag since day 5."""
    clock.advance(timedelta(days=5))
    ruling = clock.now()
    if how == "ended":
        service.people.end_representative(sem.father.id)
    else:
        service.people.set_gezag(sem.father.id, False)
    clock.advance(timedelta(days=2))
    events, history = row_count(service, "events"), service.consents.item_history(sem.item)
    proposal = service.remote.read_reply(_mail(DAD, sem.request.reference_code, clock.now()))
    said = _said(proposal)
    assert not proposal.can_confirm
    assert NO_GEZAG_SINCE in said and _day(ruling) in said, said
    assert UNKNOWN not in said
    english = in_language(proposal.problems[0], "en")
    assert "no longer holds parental authority" in english
    assert "the parent of" in english and "ouder" not in english, english  # (s29)
    with pytest.raises(ToestemmingError):
        service.remote.confirm(proposal)
    assert row_count(service, "events") == events
    assert service.consents.item_history(sem.item) == history
    assert service.consents.item_status(sem.item).status == ItemStatus.REQUESTED


def test_a_yes_mailed_before_the_ruling_and_read_after_it_still_counts(
    service: Service, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """Both parents mailed "ja" on day 3; the desk ends the father's representation on day 5
    and reads the mail on day 7. He had gezag when he wrote it: it counts (rule 3: the date
    of the decision), with both parents' yes the item is given."""
    service.consents.record_decisions(
        sem.request.id, SignerRef.representative(sem.mother.id), {sem.item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=3))
    written = clock.now()
    clock.advance(timedelta(days=2))
    service.people.end_representative(sem.father.id)
    clock.advance(timedelta(days=2))
    proposal = service.remote.read_reply(_mail(DAD, sem.request.reference_code, written))
    assert proposal.can_confirm, proposal.problems
    service.remote.confirm(proposal)
    assert service.consents.item_status(sem.item).status == ItemStatus.GIVEN


def test_an_app_message_after_the_ruling_says_no_gezag_since(
    service: Service, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """The same by WhatsApp, typed in by the worker from the father's number."""
    clock.advance(timedelta(days=5))
    ruling = clock.now()
    service.people.end_representative(sem.father.id)
    clock.advance(timedelta(days=1))
    events = row_count(service, "events")
    proposal = service.remote.read_app_message(
        DAD_PHONE, clock.now(), f"Ja hoor, {sem.request.reference_code}"
    )
    said = _said(proposal)
    assert not proposal.can_confirm
    assert NO_GEZAG_SINCE in said and _day(ruling) in said, said
    assert "telefoonnummer van de afzender is niet bekend" not in said
    assert row_count(service, "events") == events


@pytest.mark.parametrize("how", ["ended", "gezag-off"])
def test_the_desk_entering_his_paper_yes_is_told_no_gezag_since(
    service: Service, sem: SimpleNamespace, clock: FixedClock, how: str
) -> None:
    """The father hands in a paper form, signed on day 6, after the ruling of day 5."""
    start = clock.now()
    clock.advance(timedelta(days=5))
    ruling = clock.now()
    if how == "ended":
        service.people.end_representative(sem.father.id)
    else:
        service.people.set_gezag(sem.father.id, False)
    clock.advance(timedelta(days=4))
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.consents.record_decisions(
            sem.request.id,
            SignerRef.representative(sem.father.id),
            {sem.item: "yes"},
            "paper",
            decided_at=start + timedelta(days=6),
        )
    text = str(refused.value)
    assert NO_GEZAG_SINCE in text and _day(ruling) in text, text
    assert "no longer holds parental authority" in refused.value.text_in("en")
    assert row_count(service, "events") == events


@pytest.mark.parametrize("typed", [False, True])
def test_a_tablet_opened_for_him_before_the_ruling_says_no_gezag_since(
    service: Service, sem: SimpleNamespace, clock: FixedClock, typed: bool
) -> None:
    """The tablet was handed to the father; meanwhile a colleague records the court's ruling
    (he was the only parent with gezag left: nobody decides now). He signs: not "er is geen
    ouder met gezag" nor "de naam klopt niet" — his gezag ended, since today."""
    service.people.end_representative(sem.mother.id)
    clock.advance(timedelta(days=1))
    flow = SigningFlow(service.signing, sem.request.id, clock)
    (choice,) = [p for p in flow.people if p.signer.id == sem.father.id]
    flow.choose_signer(choice)
    for _ in flow.items:
        flow.answer("yes")
        flow.next_item()
    assert flow.to_signature()
    clock.advance(timedelta(minutes=10))
    ruling = clock.now()
    service.people.set_gezag(sem.father.id, False)
    clock.advance(timedelta(minutes=2))
    events = row_count(service, "events")
    signature = wave()
    if typed:
        signature = replace(signature, strokes=(), typed_name="Vader Bakker")
    error = flow.confirm(signature)
    assert NO_GEZAG_SINCE in error and _day(ruling) in error, error
    assert flow.page == Page.SIGN
    assert row_count(service, "events") == events


def test_his_withdrawal_after_the_ruling_says_no_gezag_since_on_every_channel(
    service: Service, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """Both parents said yes; a court ends the father's gezag on day 5 (turned off: he stays
    on record). On day 6 he wants to take his yes back — by mail, at the desk, on a tablet
    opened for the family before the ruling. Stopping is for whoever decides now (rule 4):
    refused, nothing recorded, and each says why: no gezag since day 5."""
    for parent in (sem.mother, sem.father):
        service.consents.record_decisions(
            sem.request.id, SignerRef.representative(parent.id), {sem.item: "yes"}, "desk"
        )
    flow = SigningFlow(service.signing, sem.request.id, clock)
    flow.start_withdrawal()
    (choice,) = [p for p in flow.withdraw_people if p.signer.id == sem.father.id]
    flow.choose_withdrawer(choice)
    assert flow.withdrawal_to_signature([sem.item]) == ""
    clock.advance(timedelta(days=5))
    ruling = clock.now()
    service.people.set_gezag(sem.father.id, False)
    clock.advance(timedelta(days=1))
    events = row_count(service, "events")
    mail = _mail(DAD, sem.request.reference_code, clock.now(), "Ik trek mijn toestemming in.")
    said = _said(service.remote.read_reply(mail))
    assert NO_GEZAG_SINCE in said and _day(ruling) in said, said
    with pytest.raises(RuleViolation) as refused:
        service.withdrawals.withdraw([sem.item], SignerRef.representative(sem.father.id), "desk")
    assert NO_GEZAG_SINCE in str(refused.value) and _day(ruling) in str(refused.value)
    error = flow.confirm(wave())
    assert NO_GEZAG_SINCE in error and _day(ruling) in error, error
    assert row_count(service, "events") == events
    assert service.consents.item_status(sem.item).status == ItemStatus.GIVEN


def test_a_parents_yes_after_the_sixteenth_birthday_says_she_decides_herself(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Asked at 15; the mother mails "ja" after the 16th birthday. DOMAIN rule 3: parents do
    not consent on behalf of a youth of 16. Refused, with that reason (not "onbekend"), and
    nothing recorded; the item now waits for the youth herself."""
    c = catalog
    case = make_youth(15, given_name="Noa")
    mother = service.people.add_representative(
        case.youth.id, "Moeder Bakker", RepresentativeRole.PARENT, True, email=MUM
    )
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    _days_after_16(clock, case.youth, 2)
    events = row_count(service, "events")
    proposal = service.remote.read_reply(_mail(MUM, request.reference_code, clock.now()))
    said = _said(proposal)
    assert not proposal.can_confirm
    assert "beslist zelf" in said and UNKNOWN not in said, said
    assert row_count(service, "events") == events
    del mother


# -- 2. gezag gained later: who decides now was never asked ------------------------------------
def _voogd(service: Service, sem: SimpleNamespace) -> Any:
    service.people.end_representative(sem.mother.id)
    service.people.end_representative(sem.father.id)
    return service.people.add_representative(
        sem.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )


def _every_reader_says(
    service: Service,
    c: SimpleNamespace,
    youth_id: int,
    request_id: int,
    item: int,
    clock: FixedClock,
    tmp_path: Path,
    words: str,
) -> None:
    st = service.consents.item_status(item)
    assert st.status == ItemStatus.REQUESTED and words in st.reason, st.reason
    assert st.reason != GENERIC
    # Vandaag: "Wie beslist is veranderd"
    assert any(w.item_id == item for w in service.worklists.decider_changed())
    share = service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id])
    assert not share.allowed and words in share.reason, share.reason
    service.forms.save_transition_form(youth_id, transition_data(request_id))
    form = flat(service.forms.render_transition_form(youth_id))
    assert words in form
    proof = service.forms.proof
    package = proof.export_item(item, tmp_path / f"item{item}.ttbewijs")
    pdf = flat(zipfile.ZipFile(package).read("bewijs.pdf"))
    assert f"Stand bij export gevraagd — {st.reason}" in pdf
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems


def test_the_other_parent_gains_gezag_after_the_request_the_item_says_ask_him(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Lina (14): only her mother had gezag when asked; the father, registered without it,
    gets joint gezag from the court on day 10. The mother has not answered. Both decide now,
    and he was never asked — every reader says so, in the same words."""
    c = catalog
    case = make_youth(14, parents=1, given_name="Lina")
    father = service.people.add_representative(
        case.youth.id, "Vader Smit", RepresentativeRole.PARENT, False
    )
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    assert service.consents.item_status(item).reason == GENERIC
    clock.advance(timedelta(days=10))
    service.people.set_gezag(father.id, True)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(item)
    assert st.decider_changed and "wie nu (ook) het gezag heeft" in st.reason
    assert "Ask that parent now" in st.reason_in("en")
    _every_reader_says(service, c, case.youth.id, request.id, item, clock, tmp_path, NOT_ASKED)
    # He answers: then he was asked — the plain "not everyone answered" (the mother is left).
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "desk"
    )
    st = service.consents.item_status(item)
    assert st.status == ItemStatus.REQUESTED and not st.decider_changed and st.reason == GENERIC


def test_a_voogd_appointed_after_the_request_the_item_says_ask_the_voogd(
    service: Service,
    catalog: SimpleNamespace,
    sem: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Sem's parents were asked and neither answered; a voogd takes over on day 4."""
    c = catalog
    clock.advance(timedelta(days=4))
    voogd = _voogd(service, sem)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(sem.item)
    assert "de voogd is nog niet gevraagd" in st.reason
    _every_reader_says(service, c, sem.id, sem.request.id, sem.item, clock, tmp_path, NOT_ASKED)
    service.consents.record_decisions(
        sem.request.id, SignerRef.representative(voogd.id), {sem.item: "yes"}, "desk"
    )
    assert service.consents.item_status(sem.item).status == ItemStatus.GIVEN


def test_turned_16_before_the_parents_answered_the_item_says_ask_her(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Asked at 15; no parent answered; she turned 16. She decides now and was never asked."""
    c = catalog
    asked = parents_answered(
        service, c, make_youth, clock, age=15, name="Noa", answers=(None, None)
    )
    _days_after_16(clock, asked.youth, 3)
    st = service.consents.item_status(asked.item)
    assert "vraag de jongere" in st.reason
    youth_id, request_id = asked.youth.id, asked.request_id
    _every_reader_says(service, c, youth_id, request_id, asked.item, clock, tmp_path, NOT_ASKED)


def test_a_parent_who_lost_gezag_leaves_the_one_who_was_asked_no_new_person(
    service: Service, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """Both were asked; the father's gezag ended. The mother alone decides — she was asked:
    nothing new to ask, the plain "gevraagd" reason."""
    clock.advance(timedelta(days=4))
    service.people.set_gezag(sem.father.id, False)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(sem.item)
    assert st.status == ItemStatus.REQUESTED and not st.decider_changed
    assert st.reason == GENERIC


# -- the gezag changes read per open vault (gezag_history._kept_rows) ----------------------------
class _Undone(Exception):
    pass


def test_a_gezag_change_read_in_a_transaction_that_rolled_back_is_forgotten(
    service: Service, sem: SimpleNamespace, clock: FixedClock
) -> None:
    """The status of an item still asked reads the gezag changes since it was asked, kept per
    open vault and only read on from the last event seen. A write that appended a gezag
    change, read it, and then rolled back (another desk's deadlock, a check that failed
    after the event) must leave no change behind — nor one of another kind that takes its
    place in the log."""
    db, ctx = service.vault.db, service._ctx
    start = clock.now() - timedelta(days=2)
    assert list(timed_events_after(db, GEZAG_KIND, start)) == []  # read once: kept
    clock.advance(timedelta(hours=1))
    change = {"youth": sem.id, "representative": sem.father.id, "has_gezag": False}
    with pytest.raises(_Undone), db.transaction():
        ctx.event(GEZAG_KIND, change)
        assert [d for _, d in timed_events_after(db, GEZAG_KIND, start)] == [change]
        raise _Undone
    assert list(timed_events_after(db, GEZAG_KIND, start)) == []
    with pytest.raises(_Undone), db.transaction():
        ctx.event(GEZAG_KIND, change)
        assert len(list(timed_events_after(db, GEZAG_KIND, start))) == 1
        raise _Undone
    # Its place in the log taken by another event (same seq, another hash).
    service.people.add_representative(sem.id, "Oma", RepresentativeRole.PARENT, False)
    assert list(timed_events_after(db, GEZAG_KIND, start)) == []
    st = service.consents.item_status(sem.item)
    assert st.status == ItemStatus.REQUESTED and st.reason == GENERIC
    # A real change after it is read on.
    service.people.set_gezag(sem.father.id, False)
    assert [d["has_gezag"] for _, d in timed_events_after(db, GEZAG_KIND, start)] == [False]


def test_turned_12_under_the_co_decision_policy_the_item_says_ask_her_too(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Youth care: 12–15 decide along with their parents (policy). Asked at 11, the parents
    not yet answered; she turns 12. Not "the gezag changed": she decides along now and was
    never asked."""
    c = catalog
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    born = clock.today().replace(year=clock.today().year - 12) + timedelta(days=10)
    case = make_youth(11, parents=2, birth_date=born, given_name="Mila")
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    clock.advance(timedelta(days=12))
    st = service.consents.item_status(request.items[0].id)
    assert st.decider_changed and "beslist nu mee" in st.reason, st.reason
    assert "gezag is veranderd" not in st.reason
