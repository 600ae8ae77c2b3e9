"""Signing mode's core (toestemming/usecases/signing.py) on a real vault, without Qt:
texts per language stored with the request, one-transaction saving, refusal of empty or tiny
signatures, withdrawal with a signature, the worker's passphrase check, and the signature in
the proof PDF and the transitieformulier."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.texts import sha256_text
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.signature import Signature, StrokePoint, check_signature

PASS = "correct horse battery staple"


def png_bytes(width: int = 40, height: int = 16) -> bytes:
    """A real (grey) PNG made with zlib, as the pad's rendering would be."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def wave(points: int = 30, width: float = 300.0) -> Signature:
    stroke = tuple(
        StrokePoint(20 + width * i / points, 60 + 30 * ((i % 4) - 1.5), i * 16, 0.4 + i / 100)
        for i in range(points)
    )
    return Signature((stroke,), 600, 200, png_bytes(), device="tablet")


@pytest.fixture
def en_catalog(service: Service, catalog: SimpleNamespace) -> SimpleNamespace:
    """English texts for the purposes used below (the desk's catalog is Dutch first)."""
    c = service.catalog
    c.revise_purpose(
        catalog.werk.id, "Guidance to work", "So that you get help finding a job.", "en"
    )
    c.revise_purpose(catalog.stage.id, "Arranging an internship", "So your host knows.", "en")
    c.revise_purpose(catalog.leerplicht.id, "School attendance", "So attendance knows.", "en")
    return catalog


def three_items(service: Service, youth_id: int, cat: SimpleNamespace) -> list[int]:
    req = service.consents.create_request(
        youth_id,
        [
            ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id,)),
            ItemSpec(cat.stage.id, cat.werkgever.id, (cat.school.id,)),
            ItemSpec(cat.leerplicht.id, cat.rbl.id, (cat.contact.id, cat.gezondheid.id)),
        ],
    )
    return [req.id, *(i.id for i in req.items)]


def test_request_stores_each_language_text_with_its_hash(
    service: Service, en_catalog: SimpleNamespace, make_youth, count_rows
) -> None:
    youth = make_youth(17).youth
    rid, *items = three_items(service, youth.id, en_catalog)
    texts = service.consents.item_texts(rid)
    assert count_rows("item_texts") == 3
    for item_id in items:
        assert set(texts[item_id]) == {"nl", "en"}
        for text, digest in texts[item_id].values():
            assert sha256_text(text) == digest
    assert texts[items[0]]["en"][0].startswith("Part 1: Guidance to work")
    assert "Saying no is fine" in texts[items[0]]["en"][0]
    # The English hashes are in the audit chain with the request.
    body = service.vault.db.scalar(
        "SELECT body FROM events WHERE kind = 'request.created' ORDER BY seq DESC LIMIT 1"
    )
    created = json.loads(body)["data"]
    assert created["items"][0]["texts"] == {"en": texts[items[0]]["en"][1]}
    session = service.signing.session(rid)
    assert session.languages == ("nl", "en")
    assert [i.special for i in session.items] == [False, False, True]


def test_no_language_switch_when_one_purpose_lacks_the_language(
    service: Service, catalog: SimpleNamespace, make_youth, count_rows
) -> None:
    service.catalog.revise_purpose(catalog.werk.id, "Guidance", "Help with work.", "en")
    youth = make_youth(17).youth
    rid, *_ = three_items(service, youth.id, catalog)  # stage/leerplicht: Dutch only
    assert count_rows("item_texts") == 0
    assert service.signing.session(rid).languages == ("nl",)


def test_full_session_in_english_is_one_transaction_with_evidence(
    service: Service, en_catalog: SimpleNamespace, make_youth, count_rows, clock: FixedClock
) -> None:
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, en_catalog)
    session = service.signing.session(rid)
    me = SignerRef.youth(youth.id)
    assert [c.signer for c in session.signers] == [me]
    shown = {i.item_id: i.texts["en"][1] for i in session.items}
    answers = {a: Answer.YES, b: Answer.NO, special: Answer.YES}
    started = clock.now()
    clock.advance(timedelta(minutes=3))
    events_before = count_rows("events")

    # A yes on the special item without its separate tick: refused, nothing written.
    with pytest.raises(RuleViolation) as exc:
        service.signing.sign_decisions(rid, me, "en", answers, (), shown, wave(), started)
    assert "gevoelige gegevens" in exc.value.message
    # The Dutch hashes while English was shown: refused.
    nl = {i.item_id: i.texts["nl"][1] for i in session.items}
    with pytest.raises(RuleViolation):
        service.signing.sign_decisions(rid, me, "en", answers, (special,), nl, wave(), started)
    # Not every item answered: refused.
    with pytest.raises(ValidationError):
        service.signing.sign_decisions(rid, me, "en", {a: Answer.YES}, (), shown, wave(), started)
    assert count_rows("events") == events_before
    assert count_rows("decisions") == 0 and count_rows("evidence") == 0

    result = service.signing.sign_decisions(
        rid, me, "en", answers, (special,), shown, wave(), started
    )
    # evidence.added ×2, decisions.recorded, signing.completed
    assert count_rows("events") == events_before + 4
    db = service.vault.db
    rows = db.query(
        "SELECT item_id, answer, text_sha256, language, evidence_id, channel, special_ack "
        "FROM decisions ORDER BY item_id"
    )
    assert [(r[0], r[1]) for r in rows] == [(a, "yes"), (b, "no"), (special, "yes")]
    assert {r[2] for r in rows} == set(shown.values())
    assert all(r[2] == shown[r[0]] for r in rows)
    assert {r[3] for r in rows} == {"en"}
    assert {r[4] for r in rows} == {result.signature_evidence_id}
    assert {r[5] for r in rows} == {"tablet"}
    assert [r[6] for r in rows] == [0, 0, 1]
    sess = db.query_one(
        "SELECT signer_kind, signer_id, signer_role, language, started_at, signed_at, "
        "signature_evidence_id, strokes_evidence_id FROM signing_sessions WHERE id = ?",
        (result.session_id,),
    )
    assert sess is not None
    assert tuple(sess[:4]) == ("youth", youth.id, "youth", "en")
    assert sess[4] < sess[5]
    png = service.evidence.content(int(sess[6]))
    assert png.startswith(b"\x89PNG")
    strokes = json.loads(service.evidence.content(int(sess[7])))
    assert strokes["format"] == "toestemming-strokes/1"
    assert strokes["png_sha256"] == hashlib.sha256(png).hexdigest()
    assert strokes["strokes"][0][1] == [30.0, 45.0, 16, 0.41]
    info = service.evidence.info(int(sess[7]))
    assert info.kind == "signature" and info.media_type == "application/json"
    statuses = [service.consents.item_status(i).status for i in (a, b, special)]
    assert statuses == [ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.GIVEN]
    assert service.verify_audit(deep=True).ok
    assert service.integrity_problems() == []

    record = service.signing_receipts.record(result.session_id)
    assert [(line.position, line.answer) for line in record.lines] == [
        (1, Answer.YES),
        (2, Answer.NO),
        (3, Answer.YES),
    ]
    text = "".join(
        p.extract_text()
        for p in PdfReader(
            io.BytesIO(service.signing_receipts.receipt_pdf(result.session_id))
        ).pages
    )
    # Signed in English: the receipt the signer takes home is in English too.
    assert "Receipt: your choices" in text and "Yes, that's fine" in text and "No" in text
    assert "Guidance to work" in text and "young person" in text and "page 1 of 1" in text
    assert "Ontvangstbewijs" not in text and "Ja, dat mag" not in text


def test_failure_inside_the_transaction_leaves_nothing(
    service: Service, catalog: SimpleNamespace, make_youth, count_rows, monkeypatch
) -> None:
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, catalog)
    me = SignerRef.youth(youth.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    before = count_rows("events")

    def broken(*_args: object, **_kw: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.signing, "_add_session", broken)
    with pytest.raises(RuntimeError):
        service.signing.sign_decisions(
            rid,
            me,
            "nl",
            {a: "yes", b: "no", special: "no"},
            (),
            shown,
            wave(),
            service.clock.now(),
        )
    assert count_rows("events") == before
    for table in ("evidence", "decisions", "signing_sessions"):
        assert count_rows(table) == 0


@pytest.mark.parametrize(
    ("strokes", "message"),
    [
        ((), "Zet eerst"),
        (((StrokePoint(10, 10, 0, 1.0),),), "te klein"),  # a tap
        ((tuple(StrokePoint(10 + i, 10, i, 1.0) for i in range(30)),), "te klein"),  # flat line
        ((tuple(StrokePoint(10 + i * 2, 10 + i, i, 1.0) for i in range(12)),), "te klein"),
    ],
)
def test_empty_or_tiny_signature_refused(strokes: tuple, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        check_signature(Signature(strokes, 600, 200, png_bytes()))
    assert message in exc.value.message
    check_signature(wave())  # a real one passes


def test_signature_must_be_a_png() -> None:
    sig = wave()
    with pytest.raises(ValidationError):
        check_signature(Signature(sig.strokes, 600, 200, b"GIF89a...."))


def test_two_parents_both_needed_then_the_proof_pdf_shows_both_signatures(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    case = make_youth(14, parents=2)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    session = service.signing.session(req.id)
    assert {c.signer for c in session.signers} == {
        SignerRef.representative(r.id) for r in case.parents
    }
    assert SignerRef.youth(case.youth.id) not in {c.signer for c in session.signers}
    shown = {item: req.items[0].text_sha256}
    first, second = (SignerRef.representative(r.id) for r in case.parents)
    service.signing.sign_decisions(
        req.id, first, "nl", {item: "yes"}, (), shown, wave(), clock.now()
    )
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert [c.has_signed for c in service.signing.session(req.id).signers] == [True, False]
    service.signing.sign_decisions(
        req.id, second, "nl", {item: "yes"}, (), shown, wave(), clock.now()
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN

    view = service.forms.proof.view(req.id)
    decisions = view.items[0].decisions
    assert len(decisions) == 2
    assert all(d.signature_png and d.signature_png.startswith(b"\x89PNG") for d in decisions)
    assert all(d.text_matches for d in decisions)
    pdf = PdfReader(io.BytesIO(service.forms.proof.preview_pdf(req.id)))
    # Both signatures drawn: counted as draws of an image, not as distinct images (the two
    # parents' test signatures are the same picture, which the PDF stores once when both
    # rows fall on one page, as they do since the "Gezag toen" rows of session 17).
    assert sum(_image_draws(p) for p in pdf.pages) >= 2


def _image_draws(page: Any) -> int:
    """How often the page's content paints one of its image XObjects."""
    objects = page.get("/Resources", {}).get("/XObject", {})
    names = [n for n, o in objects.items() if o.get_object().get("/Subtype") == "/Image"]
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    return sum(data.count(f"{n} Do".encode()) for n in names)


def test_withdrawal_with_signature(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock, count_rows
) -> None:
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, catalog)
    me = SignerRef.youth(youth.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    service.signing.sign_decisions(
        rid, me, "nl", {a: "yes", b: "yes", special: "no"}, (), shown, wave(), clock.now()
    )
    open_items = service.signing.withdrawable(youth.id)
    assert {w.item_id for w in open_items} == {a, b}
    assert [c.signer for c in service.signing.withdrawal_signers(youth.id)] == [me]
    with pytest.raises(ValidationError):
        service.signing.sign_withdrawal(
            [a], me, "nl", Signature((), 600, 200, png_bytes()), clock.now()
        )
    assert count_rows("withdrawals") == 0
    clock.advance(timedelta(days=2))
    done = service.signing.sign_withdrawal([a], me, "nl", wave(), clock.now())
    assert service.consents.item_status(a).status == ItemStatus.WITHDRAWN
    assert service.consents.item_status(b).status == ItemStatus.GIVEN
    w = done.result.withdrawals[0]
    assert w.evidence_id == done.signature_evidence_id and w.channel.value == "tablet"
    assert (
        service.vault.db.scalar(
            "SELECT kind FROM signing_sessions WHERE id = ?", (done.session_id,)
        )
        == "withdrawal"
    )
    assert {x.item_id for x in service.signing.withdrawable(youth.id)} == {b}
    with pytest.raises(RuleViolation):
        service.signing.sign_withdrawal([a], me, "nl", wave(), clock.now())


def test_worker_passphrase_checked_without_reopening(service: Service) -> None:
    assert service.signing.verify_worker_passphrase(PASS)
    assert not service.signing.verify_worker_passphrase("verkeerd wachtwoord")
    assert not service.signing.verify_worker_passphrase("")
    assert service.is_open


def test_signing_evidence_is_erased_with_the_youth(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    from toestemming.usecases.retention import _evidence_of

    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, catalog)
    me = SignerRef.youth(youth.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    result = service.signing.sign_decisions(
        rid, me, "nl", {a: "yes", b: "no", special: "no"}, (), shown, wave(), clock.now()
    )
    assert set(_evidence_of(service.vault.db, youth.id)) == {
        result.signature_evidence_id,
        result.strokes_evidence_id,
    }
