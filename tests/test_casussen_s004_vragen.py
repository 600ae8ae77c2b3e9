"""Seed 004 (vragen en antwoorden): each question a worker asked, played through the service
as that worker would, asserting the answer the document gives. A refused step must leave
nothing in the log. (Mail replies come from the hand-written corpus in tests/data/mail.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from mail_corpus import DIR
from mail_support import RemoteVault

from toestemming.errors import RuleViolation, ToestemmingError, ValidationError
from toestemming.model import Channel, ItemStatus, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

STEPS = (
    "De wet geeft de school deze taak; hier staat welke.",
    "Alleen voor de overstap naar de nieuwe opleiding.",
    "Alleen de studieresultaten, niet het hele dossier.",
    "Eerst met de student gepraat; anoniem kan niet.",
)


def _may(svc: Service, youth_id: int, item: Any) -> bool:
    categories = [c.id for c in item.categories]
    return svc.sharing.may_share(youth_id, item.recipient.id, item.purpose.id, categories).allowed


def test_mondeling_of_schriftelijk_consent_by_mail_after_a_talk_is_kept_as_proof(
    rv: RemoteVault,
) -> None:
    """Seed 004, "Als de grondslag toestemming is, moet deze dan mondeling of schriftelijk":
    consent must be unambiguous, preferably written; no signed agreement is needed — after a
    talk the worker mails what was discussed and asks for consent by mail. Sam's reply
    ("1 nee, 2 ja") becomes his decision per item on the e-mail channel, the message itself
    is kept as the evidence, and "Mag ik delen?" follows it item by item."""
    svc, sam, request = rv.svc, rv.sam, rv.main
    uwv_item, employer_item = request.items
    rv.clock.advance(timedelta(days=1))  # the reply is dated the day after the request
    raw = (DIR / "gmail_quoted.eml").read_bytes()
    proposal = svc.remote.read_reply(raw)
    assert proposal.problems == () and proposal.signer == SignerRef.youth(sam.id)
    result = svc.remote.confirm(proposal)
    assert not _may(svc, sam.id, uwv_item) and _may(svc, sam.id, employer_item)
    assert svc.evidence.content(result.evidence_id) == raw
    history = svc.consents.item_history(employer_item.id)
    assert any(Channel.EMAIL.value in str(h) for h in history), history


@pytest.mark.parametrize(
    "name", ["bad_ambiguous.eml", "bad_unknown_sender.eml", "bad_missing_answer.eml"]
)
def test_mondeling_of_schriftelijk_a_reply_that_is_not_unambiguous_is_no_consent(
    rv: RemoteVault, name: str
) -> None:
    """Seed 004, same answer: consent must be given unambiguously. A reply saying both yes and
    no, a reply from an address that is not the youth's, or one that leaves an item
    unanswered is read with its problem named and cannot be confirmed; nothing is recorded
    and nothing may be shared."""
    svc, sam, request = rv.svc, rv.sam, rv.main
    rv.clock.advance(timedelta(days=1))
    proposal = svc.remote.read_reply((DIR / name).read_bytes())
    assert proposal.problems, name
    before = row_count(svc, "events")
    with pytest.raises(ToestemmingError):
        svc.remote.confirm(proposal)
    assert row_count(svc, "events") == before
    assert not any(_may(svc, sam.id, item) for item in request.items)


def test_mondeling_of_schriftelijk_silence_is_no_consent(rv: RemoteVault) -> None:
    """Seed 004 (consent must be an unambiguous act) and DOMAIN.md rule 2: silence is no
    consent. A request handed out as a QR code that nobody answers stays without consent,
    and after the organisation's waiting time it expires; "Mag ik delen?" says no all along."""
    svc, sam, request = rv.svc, rv.sam, rv.main
    svc.remote.record_qr_handed_out(request.id, SignerRef.youth(sam.id))
    assert not any(_may(svc, sam.id, item) for item in request.items)
    rv.clock.advance(timedelta(days=svc.remote.settings().expiry_days + 1))
    assert request.id in svc.remote.expire_overdue()
    for item in request.items:
        assert svc.consents.item_status(item.id).status == ItemStatus.EXPIRED
        assert not _may(svc, sam.id, item)


def test_warme_overdracht_results_on_the_legal_ground_the_support_need_with_consent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 004, "Wat kan er gedeeld worden bij de overstap van vo en mbo bij een warme
    overdracht": there is a legal basis to pass on study results (the onderwijskundig
    rapport); the whole file need not go along (data minimisation) — what the student needs
    is talked over with the student after enrolling. The vo school records the results as
    shared on the legal obligation with its weighing, without asking consent; the support
    need is not covered by that ("Mag ik delen?" no) until the 16-year-old says yes."""
    c = catalog
    youth = make_youth(16, parents=2).youth
    mbo = service.catalog.add_recipient("ROC Midden", "onderwijs", "Intake")
    overstap = service.catalog.add_purpose(
        "overstap", "Overstap naar het mbo", "Zodat je nieuwe school je goed kan ontvangen."
    )
    weighing = service.sharing.record_assessment(
        youth.id, mbo.id, overstap.id, "legal_obligation", *STEPS, True
    )
    shared = service.sharing.record_disclosure(
        youth.id, mbo.id, overstap.id, [c.school.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and shared.item_id is None
    assert service.consents.requests_for_youth(youth.id) == []  # no consent was asked
    assert not service.sharing.may_share(
        youth.id, mbo.id, overstap.id, [c.ondersteuning.id]
    ).allowed

    request = service.consents.create_request(
        youth.id, [ItemSpec(overstap.id, mbo.id, (c.ondersteuning.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    assert service.sharing.may_share(youth.id, mbo.id, overstap.id, [c.ondersteuning.id]).allowed


def test_rmc_asking_around_about_a_19_year_old_needs_his_consent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 004, "Als ik vanuit rmc nog geen contact heb kunnen krijgen met een jongere, mag ik
    dan wel rond gaan vragen": only while the youth is still leer- or kwalificatieplichtig
    and absent; for a school-leaver past that, the RMC may not ask other parties without his
    consent. The RMC asks the 19-year-old; he says no; asking Participatie (naming him) then
    has no consent and no public-task weighing can take its place; his parents cannot say
    yes for him."""
    c = catalog
    case = make_youth(19, parents=1)
    youth, parent = case.youth, case.parents[0]
    participatie = service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Participatie")
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, participatie.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "no"}, "app")
    assert not service.sharing.may_share(
        youth.id, participatie.id, c.werk.id, [c.contact.id]
    ).allowed
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            youth.id, participatie.id, c.werk.id, "public_task", *STEPS, True
        )
    assert row_count(service, "events") == before


def test_gemeente_departments_share_only_where_their_purposes_overlap(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 004, "Mogen afdelingen binnen de gemeente ... contactgegevens van betrokkenen bij
    elkaar opvragen": only when the purposes overlap; department A processes for purpose A.
    A yes for Werk & Inkomen's purpose does not reach another purpose at the same gemeente,
    and a weighing that does not explain how the purposes fit (step 2 left out) is refused."""
    c = catalog
    youth = make_youth(18).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "email"
    )
    assert service.sharing.may_share(youth.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    assert not service.sharing.may_share(
        youth.id, c.gemeente.id, c.leerplicht.id, [c.contact.id]
    ).allowed
    before = row_count(service, "events")
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.leerplicht.id, "public_task",
            STEPS[0], " ", STEPS[2], STEPS[3], True,
        )  # fmt: skip
    assert row_count(service, "events") == before


def test_beveiligd_mailen_the_evidence_of_a_mailed_consent_is_not_kept_in_the_clear(
    rv: RemoteVault, tmp_path: Path
) -> None:
    """Seed 004, "School mailt onbeveiligd persoonsgegevens naar RMC": whoever sends personal
    data must take appropriate measures against unauthorised access. What the product keeps
    of a mailed consent (the reply with the youth's address and words) is stored encrypted:
    the vault file does not hold the reply's text or the youth's address in the clear."""
    svc = rv.svc
    rv.clock.advance(timedelta(days=1))
    raw = (DIR / "gmail_quoted.eml").read_bytes()
    svc.remote.confirm(svc.remote.read_reply(raw))
    path = svc.vault.path
    svc.close()
    data = path.read_bytes()
    for leftover in path.parent.glob(path.name + "*"):
        data += leftover.read_bytes()
    assert b"sam.devries@example.org" not in data
    assert b"Groetjes Sam" not in data


def test_mondeling_of_schriftelijk_under_16_the_mail_must_come_from_a_parent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Seed 004 (consent by mail after a talk) with the age rule of DOMAIN.md: for a
    15-year-old it is the parent with gezag whose written yes counts; the pupil's own yes
    by mail is refused and changes nothing, the parent's yes opens the sharing."""
    c = catalog
    case = make_youth(15, parents=1)
    pupil, parent = case.youth, case.parents[0]
    request = service.consents.create_request(
        pupil.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    mail = service.evidence.add("eml", "message/rfc822", b"Subject: ja\r\n\r\n1 ja\r\n")
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id, SignerRef.youth(pupil.id), {item: "yes"}, "email", evidence_id=mail.id
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request.id, SignerRef.representative(parent.id), {item: "yes"}, "email", evidence_id=mail.id
    )
    assert service.sharing.may_share(pupil.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
