"""Policy "one parent is enough": the other parent's "nee" after the data went out.

DOMAIN.md rule 3: under 16 "each parent with gezag, or the voogd" decides; whether both must
consent is organisation policy, and "parents who disagree → the item is conflicting, which
counts as no consent". Rule 4: sharing before a "no" stays lawful, no new sharing after it,
and "recipients that already received data must be told (AVG art. 19), so the product lists
them and tracks the notification". Seed 003 (privacyreglement) and seed 001 (convenant
"altijd met ouders/jongere") ask the same of the school.

Where one parent's "ja" suffices, that "ja" makes the consent a fact the school may act on —
on the presumption that the other parent with gezag agrees. When the other parent then says
"nee", that presumption is gone. Before anything was shared the parents simply disagree
(conflicting: they can still agree). After something was shared under it, the "nee" ends a
consent that carried a sharing: it is recorded as that parent's withdrawal (one rule with the
youth's "nee" after their own "ja", and with the father who withdraws what the mother gave),
so the recipients already served are listed to be told, on the desk, in the proof and on the
transitieformulier. Before this, the item read "tegenstrijdig" and nobody told the UWV."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mail_support import RemoteVault
from pdf_checks import flat
from test_signing_core import wave

from toestemming.clock import LOCAL_TZ, FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import Answer, ItemStatus, LawfulBasis, ParentPolicy, SignerRef
from toestemming.proof.verify import verify
from toestemming.rules import AnswerEffect
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData


def _proof_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".pdf"))
        return flat(io.BytesIO(z.read(name)).getvalue())


def test_the_fathers_no_after_the_uwv_got_the_data_is_his_withdrawal(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Lotte (14). The school's policy: one parent with gezag is enough. Her mother says yes
    at the desk to the UWV and to the gemeente; the UWV gets Lotte's contact data. A week
    later her father, who also has gezag, mails "nee" to both. For the UWV that no ends a
    consent that carried a sharing: withdrawn by the father, no new sharing, the UWV on the
    desk's list to be told, and the proof and the transitieformulier say so. The gemeente got
    nothing yet: there the parents simply disagree (conflicting)."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2, given_name="Lotte")
    lotte, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        lotte.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, c.school.id)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.school.id)),
        ],
    )
    uwv, gemeente = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {uwv: "yes", gemeente: "yes"}, "desk"
    )
    clock.advance(timedelta(days=1))
    shared = service.sharing.record_disclosure(lotte.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert shared.basis == LawfulBasis.CONSENT

    clock.advance(timedelta(days=7))
    no = {uwv: Answer.NO, gemeente: Answer.NO}
    dad = SignerRef.representative(father.id)
    proposed = service.consents.answer_effects(request.id, dad, no, clock.now())
    assert proposed[uwv][0] == AnswerEffect.WITHDRAWAL  # the reply proposal says it first
    assert proposed[gemeente][0] == AnswerEffect.NEW
    recorded = service.consents.record_decisions(request.id, dad, no, "email")
    assert len(recorded.withdrawal_ids) == 1

    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert service.consents.item_status(gemeente).status == ItemStatus.CONFLICTING
    assert not service.sharing.may_share(lotte.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert not service.sharing.may_share(lotte.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    # The desk: the UWV is the one recipient to be told; the sharing before stays lawful.
    to_tell = [w for w in service.worklists.withdrawals_to_notify() if w.youth_id == lotte.id]
    assert [w.item_id for w in to_tell] == [uwv]
    (wid,) = recorded.withdrawal_ids
    assert [r.id for r in service.withdrawals.recipients_to_notify(wid)] == [c.uwv.id]
    assert service.sharing.disclosures(lotte.id)[0].basis == LawfulBasis.CONSENT

    # The transitieformulier: the UWV is no receiver any more, and the form says why.
    form = flat(
        service.forms.render_transition_form(lotte.id, TransitionFormData(request_id=request.id))
    )
    assert "Ingetrokken: krijgen dit formulier niet meer" in form
    assert "Ontvanger UWV – Werkbedrijf Doel Begeleiding naar werk Ingetrokken op " in form
    assert f"door {father.name} (" in form  # the father, by name and role
    assert "ja — moet nog over de intrekking worden geïnformeerd (AVG art. 19)" in form

    # The proof of the UWV part: the father's withdrawal, and it verifies offline.
    path = service.forms.proof.export_item(uwv, tmp_path / "lotte.ttbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.authentic, report.problems
    assert "ingetrokken" in _proof_text(path).lower()
    assert service.replay().ok and service.integrity_problems() == []

    # Her inzage says it too; erasing her now would leave the UWV untold: refused.
    inzage = flat(service.forms.render_inzage(lotte.id))
    assert "ingetrokken door" in inzage and father.name in inzage
    with pytest.raises(RuleViolation) as refused:
        service.retention.erase(lotte.id, "request")
    assert "AVG art. 19" in refused.value.message

    # The desk marks the UWV told: off the list.
    service.withdrawals.mark_notified(wid, c.uwv.id)
    assert [w for w in service.worklists.withdrawals_to_notify() if w.youth_id == lotte.id] == []
    form = flat(
        service.forms.render_transition_form(lotte.id, TransitionFormData(request_id=request.id))
    )
    told = f"ja — op {clock.today():%d-%m-%Y} "
    assert told in form


def test_before_any_sharing_the_fathers_no_is_a_disagreement_they_can_still_settle(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The control: nothing went out under the mother's yes. The father's no makes the item
    conflicting (no consent, nobody to tell); when he changes his mind, it is given again —
    no new request needed, unlike after a withdrawal."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2)
    mother, father = case.parents
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=2))
    recorded = service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "no"}, "email"
    )
    assert not recorded.withdrawal_ids
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert service.worklists.withdrawals_to_notify() == []
    clock.advance(timedelta(days=2))
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN


def test_the_fathers_no_on_the_tablet_after_the_sharing_is_on_his_receipt_as_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The same at the desk: Lotte's father comes in and taps "nee" on the tablet for the
    UWV, whose data went out on the mother's yes. What he takes home says the consent is
    withdrawn (and when), not merely "nee" beside a consent that still reads given."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2, given_name="Lotte")
    lotte, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        lotte.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (uwv,) = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(lotte.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=7))
    at = clock.now()
    dad = SignerRef.representative(father.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(request.id).items}
    sid = service.signing.sign_decisions(
        request.id, dad, "nl", {uwv: "no"}, (), shown, wave(), at
    ).session_id
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    record = service.signing_receipts.record(sid)
    local = at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    assert [record.answer_text(line) for line in record.lines] == [f"Nee: ingetrokken op {local}"]
    assert f"Nee: ingetrokken op {local}" in flat(service.signing_receipts.receipt_pdf(sid))
    assert [w.item_id for w in service.worklists.withdrawals_to_notify()] == [uwv]


def test_the_fathers_mailed_no_is_proposed_as_his_withdrawal_not_as_a_reconfirmation(
    rv: RemoteVault,
) -> None:
    """The father's "Nee." arrives by mail (seed 004: consent and its withdrawal by e-mail).
    Before anything is recorded, the worker reads what it will do: a withdrawal of the
    consent the mother gave, because data went out under it — not the words meant for a
    youth turned 16 ("wacht op herbevestiging"). Confirmed, it is written as his withdrawal."""
    svc, clock = rv.svc, rv.clock
    svc.set_policy(replace(svc.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    born = clock.today().replace(year=clock.today().year - 14)
    lotte = svc.people.add_youth(given_name="Lotte", family_name="Smit", birth_date=born)
    mother = svc.people.add_representative(lotte.id, "Moeder Smit", "parent", True)
    svc.people.add_representative(
        lotte.id, "Vader Smit", "parent", True, email="vader.smit@example.org"
    )
    item = rv.main.items[0]
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    request = svc.consents.create_request(lotte.id, [spec])
    (uwv,) = (i.id for i in request.items)
    svc.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(days=1))
    svc.sharing.record_disclosure(
        lotte.id, item.recipient.id, item.purpose.id, [item.categories[0].id]
    )
    clock.advance(timedelta(days=7))
    mail = (
        "From: Vader Smit <vader.smit@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {request.reference_code}\r\n"
        f"Date: {format_datetime(clock.now())}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nNee.\r\n"
    ).encode()
    proposal = svc.remote.read_reply(mail)
    assert proposal.can_confirm, proposal.problems
    notes = " ".join(proposal.notes)
    assert "al gegevens gedeeld" in notes and "intrekking" in notes
    assert "herbevestiging" not in notes
    svc.remote.confirm(proposal)
    assert svc.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert [w.item_id for w in svc.worklists.withdrawals_to_notify()] == [uwv]
