"""Answering by app (QR codes decoded with zxing-cpp, recorded app messages with a
screenshot) and the follow-up of remote requests: age, reminders, expiry."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import zxingcpp
from mail_support import RemoteVault
from PIL import Image

from toestemming.capture.answers import read_answers
from toestemming.capture.settings import RemoteSettings
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, SignerRef

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _decode(png: bytes) -> str:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(results) == 1
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode
    return str(results[0].text)


def test_qr_codes_decode_to_the_intended_uris(rv: RemoteVault) -> None:
    links = rv.svc.remote.app_links(rv.main.id)
    code = rv.main.reference_code
    assert links.text == f"Code {code}\n1: ja / nee\n2: ja / nee"
    assert links.whatsapp == (
        "https://wa.me/31611122233?text="
        + f"Code%20{code}%0A1%3A%20ja%20%2F%20nee%0A2%3A%20ja%20%2F%20nee"
    )
    assert links.sms.startswith("sms:+31611122233?body=Code%20" + code)
    assert links.mailto.startswith("mailto:toestemming@testschool.example?subject=")
    for uri in (links.mailto, links.sms, links.whatsapp):
        assert _decode(rv.svc.remote.qr_png(uri)) == uri
    # What the phone opens carries the code and one placeholder line per item.
    body = parse_qs(urlsplit(links.whatsapp).query)["text"][0]
    assert body == links.text
    mail = parse_qs(urlsplit(links.mailto).query)
    assert code in mail["subject"][0] and mail["body"][0] == links.text
    assert unquote(links.sms.split("body=")[1]) == links.text


def test_unedited_template_records_nothing(rv: RemoteVault) -> None:
    links = rv.svc.remote.app_links(rv.main.id)
    reading = read_answers(links.text, 2)
    assert reading.answers == {} and reading.problems
    proposal = rv.svc.remote.read_app_message("06-12345678", rv.clock.now(), links.text)
    assert not proposal.can_confirm


def test_qr_for_many_items_and_english_still_decodes(rv: RemoteVault) -> None:
    from toestemming.usecases.consent import ItemSpec

    purposes = [rv.svc.catalog.add_purpose(f"p{i}", f"Doel {i}", "Uitleg.") for i in range(12)]
    for i, p in enumerate(purposes):
        rv.svc.catalog.revise_purpose(p.id, f"Purpose {i}", "Explanation.", "en")
    rec = rv.main.items[0].recipient
    cat = rv.main.items[0].categories[0]
    req = rv.svc.consents.create_request(
        rv.sam.id, [ItemSpec(p.id, rec.id, (cat.id,)) for p in purposes], language="en"
    )
    links = rv.svc.remote.app_links(req.id)
    assert "12: yes / no" in links.text
    assert _decode(rv.svc.remote.qr_png(links.whatsapp)) == links.whatsapp


def test_app_message_with_screenshot_is_recorded_as_evidence(rv: RemoteVault) -> None:
    code = rv.main.reference_code
    rv.clock.advance(timedelta(hours=3))
    received = rv.clock.now() - timedelta(minutes=20)
    text = f"Code {code}\n1: ja\n2: nee"
    proposal = rv.svc.remote.read_app_message(
        "+31 6 1234 5678",
        received,
        text,
        channel_label="WhatsApp",
        screenshot=PNG_1PX,
        screenshot_media_type="image/png",
    )
    assert proposal.problems == ()
    assert proposal.signer == SignerRef.youth(rv.sam.id)
    assert {i.position: str(i.answer) for i in proposal.items} == {1: "yes", 2: "no"}
    result = rv.svc.remote.confirm(proposal)
    record = json.loads(rv.svc.evidence.content(result.evidence_id))
    assert record["text"] == text and record["sender_number"] == "+31 6 1234 5678"
    assert record["channel"] == "WhatsApp"
    shot_id = int(rv.svc.vault.db.scalar("SELECT id FROM evidence WHERE kind = 'screenshot'"))
    assert rv.svc.evidence.content(shot_id) == PNG_1PX
    assert record["screenshot_sha256"] == rv.svc.evidence.info(shot_id).sha256
    decided = rv.svc.vault.db.query(
        "SELECT channel, evidence_id, decided_at FROM decisions ORDER BY id"
    )
    assert {(r[0], int(r[1])) for r in decided} == {("app", result.evidence_id)}
    assert rv.svc.consents.item_status(rv.main.items[0].id).status == ItemStatus.GIVEN
    assert rv.svc.verify_audit(deep=True).ok


def test_app_message_checks(rv: RemoteVault) -> None:
    code = rv.main.reference_code
    now = rv.clock.now() + timedelta(minutes=1)
    rv.clock.advance(timedelta(minutes=2))
    unknown = rv.svc.remote.read_app_message("+31 6 99999999", now, f"{code} ja voor alles")
    assert any("telefoonnummer" in p for p in unknown.problems)
    other = rv.svc.remote.read_app_message("0687654321", now, f"{code} ja voor alles")
    assert any("andere jongere" in p for p in other.problems)
    withdraw = rv.svc.remote.read_app_message("0612345678", now, f"{code} intrekken")
    assert withdraw.withdrawal and withdraw.problems == ()
    with pytest.raises(ValidationError):
        rv.svc.remote.read_app_message("", now, "ja")
    with pytest.raises(ValidationError):
        rv.svc.remote.read_app_message(
            "0612345678", now, "ja", screenshot=b"x" * 10, screenshot_media_type="text/html"
        )


def test_pending_reminder_and_expiry(rv: RemoteVault) -> None:
    remote = rv.svc.remote
    remote.set_settings(
        RemoteSettings(expiry_days=10, reminder_after_days=4, reply_address="a@b.nl")
    )
    assert remote.pending() == []
    remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    remote.record_qr_handed_out(rv.special.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(timedelta(days=4))
    pending = {p.request_id: p for p in remote.pending()}
    assert set(pending) == {rv.main.id, rv.special.id}
    p = pending[rv.main.id]
    assert p.age_days == 4 and p.reminder_due and p.reminders == 0
    assert p.expires_on == (rv.clock.now() - timedelta(days=4)).date() + timedelta(days=10)
    remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id), reminder=True)
    p = next(x for x in remote.pending() if x.request_id == rv.main.id)
    assert p.reminders == 1 and not p.reminder_due
    # The special request is answered (at the desk): no longer pending.
    rv.svc.consents.record_decisions(
        rv.special.id, SignerRef.youth(rv.sam.id), {i.id: "no" for i in rv.special.items}, "desk"
    )
    rv.clock.advance(timedelta(days=5))
    assert remote.expire_overdue() == []
    rv.clock.advance(timedelta(days=1))
    assert remote.expire_overdue() == [rv.main.id]
    assert remote.expire_overdue() == []  # once
    assert remote.pending() == []
    assert remote.expired_at(rv.main.id) == rv.clock.now()
    body = json.loads(
        rv.svc.vault.db.scalar("SELECT body FROM events WHERE kind = 'remote.expired'")
    )["data"]
    assert body["from"] == "requested" and body["to"] == "expired"
    assert body["items"] == [i.id for i in rv.main.items] and body["after_days"] == 10
    with pytest.raises(RuleViolation, match="verlopen"):
        remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id), reminder=True)
    # The items themselves moved from requested to expired (not only the log says so).
    for item in rv.main.items:
        status = rv.svc.consents.item_status(item.id)
        assert status.status.value == "expired" and "op afstand" in status.reason
    assert rv.main.id not in {w.request_id for w in rv.svc.worklists.pending_requests()}
    assert rv.svc.integrity_problems() == []
    assert rv.svc.verify_audit(deep=True).ok


def test_nothing_to_send_for_an_answered_request(rv: RemoteVault) -> None:
    rv.svc.consents.record_decisions(
        rv.main.id, SignerRef.youth(rv.sam.id), {i.id: "yes" for i in rv.main.items}, "desk"
    )
    with pytest.raises(RuleViolation, match="niets meer open"):
        rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
