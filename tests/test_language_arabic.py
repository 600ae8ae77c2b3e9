"""A signer who reads Arabic: the tablet session, the receipt PDF and the request mail come
from the Arabic catalog; the PDF text is shaped (presentation forms), in visual order, and
every character has a glyph in the embedded font."""

from __future__ import annotations

import io
import unicodedata
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from test_signing_core import wave

from formulieren.text import REGULAR, _reshaper, register_fonts, shape
from toestemming.capture.compose import Addressee, Sender, compose_request
from toestemming.clock import FixedClock
from toestemming.language import text as catalog_text
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

TITLE = "الإرشاد إلى العمل"


@pytest.fixture
def arabic(service: Service, catalog: SimpleNamespace, make_youth: Any) -> SimpleNamespace:
    """A 15-year-old's parent reads Arabic; the purpose has an Arabic text (Instellingen)."""
    service.catalog.revise_purpose(
        catalog.werk.id, TITLE, "لكي تحصل على مساعدة في إيجاد عمل.", "ar"
    )
    case = make_youth(15, parents=1)
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language="ar",
    )
    return SimpleNamespace(
        request=request, parent=SignerRef.representative(case.parents[0].id), youth=case.youth
    )


def test_the_arabic_request_stores_the_arabic_text_with_its_hash(
    service: Service, arabic: SimpleNamespace
) -> None:
    item = arabic.request.items[0]
    assert item.text.startswith(f"الجزء 1: {TITLE}")
    assert catalog_text("ar", "item-say-no") in item.text
    assert arabic.request.reference_code in item.text
    session = service.signing.session(arabic.request.id)
    assert session.languages[0] == "ar"


def test_signing_in_arabic_gives_an_arabic_receipt_shaped_with_every_glyph(
    service: Service, arabic: SimpleNamespace, clock: FixedClock
) -> None:
    session = service.signing.session(arabic.request.id)
    shown = {i.item_id: i.texts["ar"][1] for i in session.items}
    result = service.signing.sign_decisions(
        arabic.request.id,
        arabic.parent,
        "ar",
        {session.items[0].item_id: Answer.YES},
        (),
        shown,
        wave(),
        clock.now(),
    )
    pdf, _name = service.signing_receipts.receipt_document(result.session_id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    # Shaped: the letters are Arabic presentation forms, not the plain (unjoined) code points.
    forms = [ch for ch in text if 0xFE70 <= ord(ch) <= 0xFEFF or 0xFB50 <= ord(ch) <= 0xFDFF]
    assert len(forms) > 50
    plain_arabic = [ch for ch in text if 0x0621 <= ord(ch) <= 0x064A]
    assert len(plain_arabic) < len(forms)  # isolated letters only where a form is missing
    # Shaped as the reshaper joins them (pypdf gives right-to-left runs back in logical
    # order): the form's title, the purpose title and the answer are all found.
    flat = text.replace(" ", "").replace("\n", "")
    for phrase in ("إيصال الموافقة", TITLE, catalog_text("ar", "signing-receipt-yes")):
        assert _reshaper().reshape(phrase).replace(" ", "") in flat, phrase
    assert shape(TITLE) != TITLE  # drawn in visual order, not as stored
    assert "Ontvangstbewijs" not in text and "Uw antwoord" not in text
    # No missing glyphs: every character drawn exists in the embedded font.
    register_fonts()
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing = {
        ch
        for ch in text
        if not ch.isspace() and unicodedata.category(ch) != "Cc" and ord(ch) not in cmap
    }
    assert not missing, sorted(missing)


def test_the_request_mail_in_arabic(
    service: Service, arabic: SimpleNamespace, clock: FixedClock
) -> None:
    mail = compose_request(
        arabic.request,
        Addressee("أحمد", "ahmed@example.org", False, "سارة", "أحد الوالدين"),
        Sender("Testschool", "Fatima", "school@example.org"),
        clock.now(),
    )
    assert mail.subject.startswith("طلب موافقة")
    assert catalog_text("ar", "mail-code-line") in mail.plain
    assert arabic.request.items[0].text in mail.plain  # the stored text, verbatim
    assert '<html lang="ar"' in mail.html
    assert "Vraag om toestemming" not in mail.plain


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _joined(phrase: str) -> str:
    return _reshaper().reshape(phrase).replace(" ", "")


def test_the_paper_form_in_arabic(service: Service, arabic: SimpleNamespace) -> None:
    pdf = service.forms.render_paper_consent(arabic.request.id)
    flat = _pdf_text(pdf).replace(" ", "").replace("\n", "")
    for message in ("paper-form", "paper-how", "paper-withdraw", "signature-name"):
        assert _joined(catalog_text("ar", message)) in flat, message
    assert _joined(catalog_text("ar", "pdf-made")) in flat  # the footer too
    assert "Toestemmingsformulier" not in flat and "Gemaaktop" not in flat
    assert arabic.request.reference_code in flat


def test_a_withdrawal_signed_in_arabic_is_confirmed_in_arabic(
    service: Service, arabic: SimpleNamespace, clock: FixedClock
) -> None:
    item = arabic.request.items[0]
    service.consents.record_decisions(arabic.request.id, arabic.parent, {item.id: "yes"}, "desk")
    done = service.signing.sign_withdrawal([item.id], arabic.parent, "ar", wave(), clock.now())
    pdf, name = service.signing_receipts.receipt_document(done.session_id)
    assert name == "withdrawal-confirmation.pdf"
    flat = _pdf_text(pdf).replace(" ", "").replace("\n", "")
    for message in ("withdrawal-title", "withdrawal-meaning", "withdrawal-again"):
        assert _joined(catalog_text("ar", message)) in flat, message
    assert _joined(TITLE) in flat  # the purpose as the signer read it
    assert _joined(catalog_text("ar", "channel-tablet")) in flat
    assert "Bevestiging" not in flat


def test_a_transitieformulier_for_a_youth_asked_in_arabic(
    service: Service, clock: FixedClock
) -> None:
    """The consent was asked and given in Arabic; the form itself stays the Dutch form for
    Dutch receivers (forms_views.FORM_LANGUAGE): the purpose is printed in Dutch, never a mix,
    and the Arabic name and notes are drawn shaped, with every glyph present."""
    from dataclasses import replace

    from forms_scenario import ARABIC_FAMILY, build, transition_data, visual

    from toestemming.usecases.forms_data import Internship

    scenario = build(service, clock)
    item = scenario.request.items[0]
    service.catalog.revise_purpose(item.purpose.id, TITLE, "لكي ينظّم الجميع انتقالك.", "ar")
    asked = service.consents.create_request(
        scenario.youssef,
        [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))],
        language="ar",
    )
    assert asked.items[0].text.startswith("الجزء 1")
    service.consents.record_decisions(
        asked.id, SignerRef.youth(scenario.youssef), {asked.items[0].id: "yes"}, "desk"
    )
    notes = "يحتاج إلى تعليمات قصيرة وواضحة."
    data = replace(
        transition_data(asked.id),
        internships=(Internship("مخبز النور، أوتريخت", "خبز", None, None, 16, notes, notes),),
        perspective_notes=notes,
    )
    service.forms.save_transition_form(scenario.youssef, data)
    pdf = service.forms.render_transition_form(scenario.youssef)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    logical = visual(text)
    assert ARABIC_FAMILY in logical and "مخبز النور" in logical and notes[:-1] in logical
    assert item.purpose.title in text and TITLE not in logical  # Dutch form, Dutch purpose
    forms = [ch for ch in text if 0xFE70 <= ord(ch) <= 0xFEFF]
    assert len(forms) > 20  # shaped, not isolated letters
    register_fonts()
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
    missing -= {"☐", "☒"}  # the check boxes are drawn in their own font
    assert not missing, sorted(missing)


@pytest.mark.parametrize(
    ("reply", "answers", "special"),
    [
        ("1 نعم، 2 لا", {1: "yes", 2: "no"}, set()),  # the mail's own example
        ("نعم للكل", {1: "yes", 2: "yes"}, set()),
        ("لا للكل", {1: "no", 2: "no"}, set()),
        ("1 نعم، المعلومات الحساسة أيضًا، 2 لا", {1: "yes", 2: "no"}, {1}),
    ],
)
def test_the_answers_the_arabic_mail_asks_for_are_read(
    reply: str, answers: dict[int, str], special: set[int]
) -> None:
    from toestemming.capture.answers import read_answers

    reading = read_answers(reply, 2)
    assert {k: v.value for k, v in reading.answers.items()} == answers
    assert reading.special_ack == special and not reading.problems


def test_an_arabic_withdrawal_by_message_is_read() -> None:
    from toestemming.capture.answers import read_answers

    assert read_answers("سحب 2", 2).withdraw == (2,)
    # The examples in the Arabic catalog use exactly these words.
    assert "نعم" in catalog_text("ar", "app-answer", position="1")
    assert "سحب 2" in catalog_text("ar", "mail-withdraw")
