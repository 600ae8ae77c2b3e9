"""Session 15 (sign20): the same answer again, told on the receipt; and a youth's first "nee"
to a re-confirmation at 16, told in the reply proposal before the worker confirms.

1. A hurried signer who gives on the tablet the answer they already gave (ja at the desk, ja
   again) saves nothing new for that item (rules.answer_effect: SAME). The receipt listed only
   what the session wrote: the item was missing from the PDF she takes home. It now says
   "Ja (al eerder gegeven op …)".
2. The reply proposal warned "wordt vastgelegd als intrekking" for a "nee" after one's own
   "ja", not for a youth's first "nee" at 16 to what his mother gave — which the write records
   as his withdrawal all the same (take_back.reconfirmation_refusals)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from mail_corpus import _simple
from test_signing_core import wave
from test_signing_receipt_withdrawn import _local, _mailed_pdf, _pdf_text, _two_items

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_her_same_yes_on_the_tablet_is_on_her_mailed_receipt_as_given_before(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Sanne (17) said yes to the UWV at the desk. A week later on the tablet she taps yes to
    the UWV again and yes to the internship. Her mailed receipt lists both: the UWV one as
    given before (with the desk's moment), not left out and not as if new."""
    c = catalog
    sanne = make_youth(17, given_name="Sanne", email="sanne@example.org").youth
    rid, uwv, stage = _two_items(service, c, sanne.id)
    me = SignerRef.youth(sanne.id)
    desk_at = clock.now()
    service.consents.record_decisions(rid, me, {uwv: "yes"}, "desk")
    clock.advance(timedelta(days=7))
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    result = service.signing.sign_decisions(
        rid, me, "nl", {uwv: "yes", stage: "yes"}, (), shown, wave(), clock.now()
    )
    sid = result.session_id
    assert result.unchanged_ids == (uwv,) and len(result.decision_ids) == 1
    # Nothing new for the UWV: still one decision row.
    rows = service.vault.db.scalar("SELECT count(*) FROM decisions WHERE item_id = ?", (uwv,))
    assert rows == 1

    record = service.signing_receipts.record(sid)
    said = {line.position: record.answer_text(line) for line in record.lines}
    assert said == {1: f"Ja (al eerder gegeven op {_local(desk_at)})", 2: "Ja, dat mag"}

    text = _pdf_text(_mailed_pdf(service, sid))
    assert f"Ja (al eerder gegeven op {_local(desk_at)})" in text
    assert "UWV" in text and "Ja, dat mag" in text


def test_his_same_no_in_english_reads_as_said_before(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The same for a "nee" repeated, in the signer's language (English)."""
    c = catalog
    for purpose, text in ((c.werk.id, "Guidance to work"), (c.stage.id, "An internship")):
        service.catalog.revise_purpose(purpose, text, "So it is arranged.", "en")
    tom = make_youth(18, given_name="Tom").youth
    rid, uwv, stage = _two_items(service, c, tom.id)
    me = SignerRef.youth(tom.id)
    desk_at = clock.now()
    service.consents.record_decisions(rid, me, {uwv: "no"}, "desk")
    clock.advance(timedelta(days=2))
    shown = {i.item_id: i.texts["en"][1] for i in service.signing.session(rid).items}
    sid = service.signing.sign_decisions(
        rid, me, "en", {uwv: "no", stage: "yes"}, (), shown, wave(), clock.now()
    ).session_id
    text = _pdf_text(service.signing_receipts.receipt_document(sid)[0])
    assert f"No (already given on {_local(desk_at)})" in text


def test_his_first_no_at_16_to_his_mothers_yes_is_proposed_as_a_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Daan's mother said yes when he was 15. The day after his 16th birthday he mails "1 nee".
    The write records it as his withdrawal; the worker must be told so before confirming, as
    for a "nee" after one's own "ja"."""
    c = catalog
    case = make_youth(
        15, parents=1, birth_date=date(2010, 12, 1), given_name="Daan", email="daan@example.org"
    )
    daan, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        daan.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.set(datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
    assert service.consents.item_status(item).needs_reconfirmation
    mail = _simple(
        "1 nee\n",
        sender="daan@example.org",
        subject=f"Re: toestemming code {request.reference_code}",
        date="Wed, 02 Dec 2026 10:00:00 +0100",
        msgid="<daan16@x.nl>",
    )

    proposal = service.remote.read_reply(mail)

    assert proposal.can_confirm, proposal.problems
    notes = " ".join(str(n) for n in proposal.notes)
    assert "Onderdeel 1:" in notes and "wordt vastgelegd als intrekking" in notes
    result = service.remote.confirm(proposal)
    assert result.withdrawal is not None
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
