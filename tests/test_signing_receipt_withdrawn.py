"""The receipt a signer takes home from the tablet says what their "nee" did.

A "nee" after the signer's own earlier "ja" (rules.answer_effect), and a youth's first "nee"
to the re-confirmation of what the parents gave (turned 16), are recorded as a withdrawal, not
as a decision row. The receipt listed decision rows only: the item withdrawn on the tablet was
missing from the PDF the signer takes home and from the copy mailed to them."""

from __future__ import annotations

import email
import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from types import SimpleNamespace
from typing import Any

from mail_support import smtp_server
from pypdf import PdfReader
from test_signing_core import wave

from toestemming.capture.settings import Security
from toestemming.clock import LOCAL_TZ, FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _pdf_text(pdf: bytes) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _two_items(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int, int]:
    req = service.consents.create_request(
        youth_id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.school.id,)),
        ],
    )
    return req.id, req.items[0].id, req.items[1].id


def _sign(service: Service, rid: int, me: SignerRef, answers: dict[int, str], at: datetime) -> int:
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    return service.signing.sign_decisions(rid, me, "nl", answers, (), shown, wave(), at).session_id


def _mailed_pdf(service: Service, session_id: int) -> bytes:
    with smtp_server(Security.NONE) as server:
        service.remote.set_smtp_settings(server.settings())
        service.signing_receipts.send_receipt(session_id)
        got = server.handler.received[0]
    msg = email.message_from_bytes(got.data, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = next(iter(msg.iter_attachments()))
    content = part.get_content()
    assert isinstance(content, bytes)
    return content


def _local(at: datetime) -> str:
    return at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def test_her_no_on_the_tablet_after_her_yes_at_the_desk_is_on_her_receipt_as_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Sanne (17) said yes to the UWV at the desk. A week later, in a hurry on the tablet, she
    says no to the UWV and yes to the internship. Her mailed receipt must say the UWV consent
    is withdrawn (and when), and the internship given."""
    c = catalog
    sanne = make_youth(17, given_name="Sanne", email="sanne@example.org").youth
    rid, uwv, stage = _two_items(service, c, sanne.id)
    me = SignerRef.youth(sanne.id)
    service.consents.record_decisions(rid, me, {uwv: "yes"}, "desk")
    clock.advance(timedelta(days=7))
    at = clock.now()
    sid = _sign(service, rid, me, {uwv: "no", stage: "yes"}, at)
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN

    record = service.signing_receipts.record(sid)
    said = {line.position: record.answer_text(line) for line in record.lines}
    assert said == {1: f"Nee: ingetrokken op {_local(at)}", 2: "Ja, dat mag"}

    text = _pdf_text(_mailed_pdf(service, sid))
    assert f"Nee: ingetrokken op {_local(at)}" in text
    assert "UWV" in text and "Ja, dat mag" in text


def test_turned_16_his_no_to_what_his_mother_gave_is_on_his_receipt_as_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Daan's mother said yes to both items when he was 15. Turned 16, he answers on the
    tablet in English: no to the UWV (his first answer: a withdrawal of his mother's yes),
    yes to the internship. His receipt says the UWV consent is withdrawn."""
    c = catalog
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1), given_name="Daan")
    daan, mother = case.youth, case.parents[0]
    for purpose, text in ((c.werk.id, "Guidance to work"), (c.stage.id, "An internship")):
        service.catalog.revise_purpose(purpose, text, "So it is arranged.", "en")
    rid, uwv, stage = _two_items(service, c, daan.id)
    service.consents.record_decisions(
        rid, SignerRef.representative(mother.id), {uwv: "yes", stage: "yes"}, "desk"
    )
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    me = SignerRef.youth(daan.id)
    shown = {i.item_id: i.texts["en"][1] for i in service.signing.session(rid).items}
    sid = service.signing.sign_decisions(
        rid, me, "en", {uwv: "no", stage: "yes"}, (), shown, wave(), clock.now()
    ).session_id
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN

    text = _pdf_text(service.signing_receipts.receipt_document(sid)[0])
    assert f"No: withdrawn on {_local(clock.now())}" in text
    assert "Yes, that's fine" in text
