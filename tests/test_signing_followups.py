"""Signing mode follow-ups on a real vault, without Qt: a decision signed in English is proven
against the English text (in the PDF, the package, receipt.json and FHIR, checked by verify),
a withdrawal signed on the tablet is one transaction with its signature, and the receipt is
e-mailed through a real SMTP server on localhost and kept as evidence."""

from __future__ import annotations

import email
import hashlib
import io
import json
import zipfile
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace

import pytest
from fhir.resources.consent import Consent
from mail_support import Cert, self_signed, smtp_server
from pypdf import PdfReader
from test_signing_core import three_items, wave

from toestemming.capture.settings import Security
from toestemming.capture.smtp import SendError
from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import Answer, Channel, ItemStatus, SignerRef
from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PDF, RECEIPT
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

Files = dict[str, bytes]


def _pdf_text(pdf: bytes) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _zip(path: Path, files: Files) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


@pytest.fixture
def en_catalog(service: Service, catalog: SimpleNamespace) -> SimpleNamespace:
    """English texts for the three purposes three_items uses."""
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "Guidance to work", "So that you get help with work.", "en")
    c.revise_purpose(catalog.stage.id, "Arranging an internship", "So your host knows.", "en")
    c.revise_purpose(catalog.leerplicht.id, "School attendance", "So attendance knows.", "en")
    return catalog


@pytest.fixture
def english_signing(
    service: Service, en_catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> SimpleNamespace:
    """A 17-year-old answers all three items on the tablet in English; a second request of
    the same youth is answered in Dutch at the desk (the request's own language)."""
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, en_catalog)
    me = SignerRef.youth(youth.id)
    session = service.signing.session(rid)
    shown = {i.item_id: i.texts["en"][1] for i in session.items}
    texts = {i.item_id: i.texts for i in session.items}
    result = service.signing.sign_decisions(
        rid,
        me,
        "en",
        {a: Answer.YES, b: Answer.NO, special: Answer.YES},
        (special,),
        shown,
        wave(),
        clock.now(),
    )
    clock.advance(timedelta(minutes=5))
    return SimpleNamespace(
        rid=rid, items=(a, b, special), me=me, texts=texts, result=result, youth=youth
    )


def test_english_signing_is_proven_against_the_english_text(
    service: Service, english_signing: SimpleNamespace, tmp_path: Path
) -> None:
    s = english_signing
    path = service.forms.proof.export_request(s.rid, tmp_path / "bewijs.zip")
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}

    # The PDF: the English text exactly as shown, the decision marked equal to it.
    text = _pdf_text(files[PDF])
    assert "WIJKT AF" not in text
    assert "Tekst zoals getoond in het Engels" in text
    assert "Nederlands; ook getoond in het Engels" in text  # the header says so too
    for item_id in s.items:
        english, digest = s.texts[item_id]["en"]
        for line in english.split("\n"):
            assert " ".join(line.split()) in text, line
        assert digest in text
    assert text.count("in het Engels: gelijk aan de Engelse tekst hierboven") == 3
    assert text.count("Tekst getoond in het Engels.") == 3  # in each item's history

    # The package: each English text as a file, in the signed manifest.
    manifest = json.loads(files[MANIFEST])
    for n, item_id in enumerate(s.items, 1):
        name = f"teksten/onderdeel-{n}.en.txt"
        assert files[name].decode("utf-8") == s.texts[item_id]["en"][0]
        assert manifest["files"][name]["sha256"] == hashlib.sha256(files[name]).hexdigest()
        assert files[f"teksten/onderdeel-{n}.txt"].decode("utf-8") == s.texts[item_id]["nl"][0]

    # receipt.json names the language of the text on screen and where that text is.
    receipt = json.loads(files[RECEIPT])
    first = receipt["consents"][0]
    assert first["notice"]["language"] == "nl"
    assert [(n["language"], n["text_file"]) for n in first["notices"]] == [
        ("nl", "teksten/onderdeel-1.txt"),
        ("en", "teksten/onderdeel-1.en.txt"),
    ]
    decision = next(e for e in first["events"] if e["type"] == "decision")
    assert decision["language"] == "en"
    assert decision["text_sha256"] == s.texts[s.items[0]]["en"][1]

    # FHIR: the resource's language and each shown text as an attachment with its language.
    fhir = json.loads(files["fhir/consent-onderdeel-1.json"])
    Consent.model_validate(fhir)
    attachments = {a.get("language"): a for a in fhir["sourceAttachment"]}
    assert attachments["en"]["url"] == "teksten/onderdeel-1.en.txt"
    assert attachments["nl"]["url"] == "teksten/onderdeel-1.txt"
    assert "tekst in het Engels" in fhir["verification"][0]["verificationType"]["text"]

    # Untouched: verify passes. The English text altered: verify names that file.
    assert verify(path).ok, verify(path).problems
    name = "teksten/onderdeel-2.en.txt"
    altered = files[name].replace(b"Saying no is fine", b"Saying no is risky")
    assert altered != files[name]
    report = verify(_zip(tmp_path / "gewijzigd.zip", {**files, name: altered}))
    assert not report.ok
    assert report.problems[0] == f"{name} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}."
    # Removed altogether: named as missing.
    without = {k: v for k, v in files.items() if k != name}
    report = verify(_zip(tmp_path / "zonder.zip", without))
    assert report.problems == [f"{name} ontbreekt in het pakket."]


def test_receipt_checks_catch_a_wrong_shown_text_even_under_a_valid_manifest(
    service: Service, english_signing: SimpleNamespace, tmp_path: Path
) -> None:
    """The receipt-level checks (behind the manifest) compare the shown texts with the audit
    log: a package whose English file is swapped for the Dutch one is refused."""
    from toestemming.proof.verify_receipt import check_receipt
    from toestemming.proof.verify_report import VerifyReport
    from toestemming.proof.verify_request import _audit

    s = english_signing
    path = service.forms.proof.export_request(s.rid, tmp_path / "bewijs.zip")
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    key = service.public_key
    report = VerifyReport()
    verified = _audit(files, key, report)
    check_receipt(files, verified, report)
    assert report.problems == []

    swapped = {**files, "teksten/onderdeel-1.en.txt": files["teksten/onderdeel-1.txt"]}
    report = VerifyReport()
    check_receipt(swapped, verified, report)
    assert report.problems[0] == (
        f"{RECEIPT}, onderdeel 1: teksten/onderdeel-1.en.txt hoort niet bij dit onderdeel."
    )
    # …and so the decision taken on that text is not backed by the package either.
    receipt_level = [p for p in report.problems[1:] if p.startswith(RECEIPT)]
    assert receipt_level and all("(en) staat niet" in p for p in receipt_level)
    # The FHIR copy lists the package's files with their checksums: it no longer agrees,
    # and says so after the receipt's own findings.
    assert [p for p in report.problems if not p.startswith(RECEIPT)] == [
        "fhir/consent-onderdeel-1.json: sourceAttachment (de bijgevoegde bestanden en hun "
        "controlesom) klopt niet met receipt.json en het logboek."
    ]

    receipt = json.loads(files[RECEIPT])
    decision = next(e for e in receipt["consents"][1]["events"] if e["type"] == "decision")
    decision["language"] = "nl"  # claims the Dutch text was on screen
    report = VerifyReport()
    check_receipt({**files, RECEIPT: json.dumps(receipt).encode()}, verified, report)
    assert len(report.problems) == 2
    assert "onderdeel 2: de tekst die bij gebeurtenis" in report.problems[0]
    # The FHIR copy still says the English text was shown: it disagrees with the receipt.
    assert report.problems[1].startswith("fhir/consent-onderdeel-2.json: verification")


def test_dutch_signing_still_matches_the_request_text(
    service: Service, english_signing: SimpleNamespace, en_catalog: SimpleNamespace, make_youth
) -> None:
    """In the request's own language nothing changes: no second text, 'gelijk aan'."""
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, en_catalog)
    me = SignerRef.youth(youth.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    service.signing.sign_decisions(
        rid, me, "nl", {a: "no", b: "no", special: "no"}, (), shown, wave(), service.clock.now()
    )
    view = service.forms.proof.view(rid)
    assert all(item.other_texts == () for item in view.items)
    assert all(d.text_matches and d.text_language == "" for d in view.items[0].decisions)
    text = _pdf_text(service.forms.proof.preview_pdf(rid))
    assert "gelijk aan de tekst hierboven" in text and "WIJKT AF" not in text


# -- withdrawal on the tablet: one transaction --------------------------------------------------
def _given(service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock):
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, catalog)
    me = SignerRef.youth(youth.id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    service.signing.sign_decisions(
        rid, me, "nl", {a: "yes", b: "yes", special: "no"}, (), shown, wave(), clock.now()
    )
    clock.advance(timedelta(days=1))
    return me, a, b


def _counts(service: Service) -> dict[str, int]:
    db = service.vault.db
    return {
        t: int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("events", "evidence", "signing_sessions", "withdrawals")
    }


def test_withdrawal_by_the_desk_after_the_tablets_checks_leaves_no_signature(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock, monkeypatch
) -> None:
    me, a, b = _given(service, catalog, make_youth, clock)
    signing = service.signing
    real_withdrawable = signing.withdrawable

    def checked_then_desk_acts(youth_id: int):  # type: ignore[no-untyped-def]
        found = real_withdrawable(youth_id)
        # After the tablet's first checks, another worker at the desk withdraws item a (its
        # own transaction). The tablet checks again inside its transaction (prepare), where
        # nobody can come in between any more.
        service.withdrawals.withdraw([a], me, Channel.DESK)
        return found

    monkeypatch.setattr(signing, "withdrawable", checked_then_desk_acts)
    before = _counts(service)
    with pytest.raises(RuleViolation) as exc:
        service.signing.sign_withdrawal([a, b], me, "nl", wave(), clock.now())
    assert "is al ingetrokken" in exc.value.message
    after = _counts(service)
    # Only the desk's withdrawal (one row, one event) is there: no signature evidence, no
    # session, no tablet withdrawal of b.
    assert after == {
        "events": before["events"] + 1,
        "evidence": before["evidence"],
        "signing_sessions": before["signing_sessions"],
        "withdrawals": before["withdrawals"] + 1,
    }
    assert service.consents.item_status(b).status == ItemStatus.GIVEN
    assert service.verify_audit(deep=True).ok
    assert service.integrity_problems() == []


def test_failing_withdrawal_write_rolls_back_the_signature(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    me, a, _b = _given(service, catalog, make_youth, clock)
    db = service.vault.db
    with db.transaction():  # the database itself refuses the withdrawal rows
        db.execute(
            "CREATE TEMP TRIGGER refuse_withdrawals BEFORE INSERT ON withdrawals "
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
        )
    before = _counts(service)
    with pytest.raises(Exception):  # noqa: B017  (the store's typed error for ABORT)
        service.signing.sign_withdrawal([a], me, "nl", wave(), clock.now())
    assert _counts(service) == before
    with db.transaction():
        db.execute("DROP TRIGGER temp.refuse_withdrawals")

    # Without the trigger the same call writes all of it together.
    done = service.signing.sign_withdrawal([a], me, "nl", wave(), clock.now())
    after = _counts(service)
    assert after["signing_sessions"] == before["signing_sessions"] + 1
    assert after["evidence"] == before["evidence"] + 2
    assert after["withdrawals"] == before["withdrawals"] + 1
    # evidence.added ×2, withdrawal.recorded, signing.completed
    assert after["events"] == before["events"] + 4
    assert done.result.withdrawals[0].evidence_id == done.signature_evidence_id
    body = json.loads(
        db.scalar("SELECT body FROM events WHERE kind = 'signing.completed' ORDER BY seq DESC")
    )["data"]
    assert body["withdrawals"] == [done.result.withdrawals[0].id]
    assert service.consents.item_status(a).status == ItemStatus.WITHDRAWN


# -- the receipt by e-mail ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def smtp_cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("cert"))


def _parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _attachment(msg: EmailMessage) -> tuple[str, bytes]:
    part = next(iter(msg.iter_attachments()))
    assert isinstance(part, EmailMessage) and part.get_content_type() == "application/pdf"
    content = part.get_content()
    assert isinstance(content, bytes)
    return str(part.get_filename()), content


def test_receipt_is_emailed_in_the_signers_language_and_kept_as_evidence(
    service: Service,
    catalog: SimpleNamespace,
    make_youth,
    clock: FixedClock,
    count_rows,
    smtp_cert: Cert,
) -> None:
    from toestemming.usecases.retention import _evidence_of

    service.catalog.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help.", "en")
    youth = make_youth(17, email="sem.jansen@example.org").youth
    req = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0]
    me = SignerRef.youth(youth.id)
    english = service.signing.session(req.id).items[0].texts["en"][1]
    signed = service.signing.sign_decisions(
        req.id, me, "en", {item.id: "yes"}, (), {item.id: english}, wave(), clock.now()
    )
    # No mail server yet: the tablet offers no e-mail.
    assert service.signing_receipts.receipt_mail_address(signed.session_id) == ""
    with pytest.raises(ValidationError):
        service.signing_receipts.send_receipt(signed.session_id)

    with smtp_server(Security.STARTTLS, smtp_cert) as server:
        service.remote.set_smtp_settings(server.settings())
        assert (
            service.signing_receipts.receipt_mail_address(signed.session_id)
            == "sem.jansen@example.org"
        )
        events = count_rows("events")
        sent = service.signing_receipts.send_receipt(signed.session_id)
        assert len(server.handler.received) == 1
        got = server.handler.received[0]

    assert got.rcpt_tos == ["sem.jansen@example.org"]
    msg = _parse(got.data)
    assert msg["Subject"] == f"Your receipt – Testschool – code {req.reference_code}"
    assert msg["Content-Language"] == "en"
    assert str(msg["Message-ID"]).strip() == sent.message_id
    body = msg.get_body(("plain",))
    assert body is not None
    plain = body.get_content()
    assert plain.startswith(f"Dear {youth.display_name},") and "withdraw" in plain
    name, pdf = _attachment(msg)
    assert name == "receipt.pdf"
    assert pdf == service.signing_receipts.receipt_document(signed.session_id)[0]
    assert "Receipt: your choices" in _pdf_text(pdf)  # the PDF speaks the mail's language

    # Kept as evidence and logged (evidence.added + signing.receipt_sent), address salted.
    assert count_rows("events") == events + 2
    stored = _parse(service.evidence.content(sent.evidence_id))
    assert str(stored["Message-ID"]).strip() == sent.message_id
    assert _attachment(stored)[1] == pdf
    info = service.evidence.info(sent.evidence_id)
    assert (info.kind, info.media_type) == ("eml", "message/rfc822")
    data = json.loads(
        service.vault.db.scalar(
            "SELECT body FROM events WHERE kind = 'signing.receipt_sent' ORDER BY seq DESC"
        )
    )["data"]
    assert data["session"] == signed.session_id and data["evidence"] == sent.evidence_id
    assert data["message_id"] == sent.message_id and data["language"] == "en"
    assert data["sha256"] == info.sha256
    assert "sem.jansen" not in json.dumps(data)
    assert sent.evidence_id in _evidence_of(service.vault.db, youth.id)
    assert service.verify_audit(deep=True).ok


def test_withdrawal_confirmation_is_emailed_in_dutch_and_a_failed_send_logs_nothing(
    service: Service,
    catalog: SimpleNamespace,
    make_youth,
    clock: FixedClock,
    count_rows,
) -> None:
    youth = make_youth(17, email="sem.jansen@example.org").youth
    other = make_youth(17).youth  # no e-mail address
    me, a, _b = _given_for(service, catalog, youth.id, clock)
    done = service.signing.sign_withdrawal([a], me, "nl", wave(), clock.now())
    with smtp_server(Security.NONE) as server:
        service.remote.set_smtp_settings(server.settings())
        sent = service.signing_receipts.send_receipt(done.session_id)
        msg = _parse(server.handler.received[0].data)
    assert msg["Subject"] == "Bevestiging van je intrekking – Testschool"
    body = msg.get_body(("plain",))
    assert body is not None and "Beste " in body.get_content()
    assert "ingetrokken" in body.get_content()
    name, pdf = _attachment(msg)
    assert name == "bevestiging-intrekking.pdf"
    assert "ingetrokken" in _pdf_text(pdf).lower()
    assert sent.evidence_id > done.strokes_evidence_id

    # The server is gone now: a clear Dutch error, nothing stored or logged.
    before = (count_rows("events"), count_rows("evidence"))
    with pytest.raises(SendError) as exc:
        service.signing_receipts.send_receipt(done.session_id)
    assert "niet bereikbaar" in exc.value.message
    assert (count_rows("events"), count_rows("evidence")) == before

    # Someone without an address: nothing to offer.
    them = SignerRef.youth(other.id)
    _, c, _ = _given_for(service, catalog, other.id, clock, signer=them)
    second = service.signing.sign_withdrawal([c], them, "nl", wave(), clock.now())
    assert service.signing_receipts.receipt_mail_address(second.session_id) == ""


def _given_for(
    service: Service,
    catalog: SimpleNamespace,
    youth_id: int,
    clock: FixedClock,
    signer: SignerRef | None = None,
) -> tuple[SignerRef, int, int]:
    rid, a, b, special = three_items(service, youth_id, catalog)
    me = signer or SignerRef.youth(youth_id)
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    service.signing.sign_decisions(
        rid, me, "nl", {a: "yes", b: "yes", special: "no"}, (), shown, wave(), clock.now()
    )
    return me, a, b
