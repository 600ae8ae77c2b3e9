"""Paper consent form: the exact texts, yes/no per signer, who signs and why, withdrawal, a QR
code a real decoder reads — and a scan or photo of the signed form finds its request."""

from __future__ import annotations

import io
from typing import Any

import pytest
from forms_scenario import Scenario, build
from pdf_checks import flat, page_png, qr_codes, structure_problems
from PIL import Image, ImageEnhance

from formulieren.paper_consent import qr_payload
from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, ValidationError
from toestemming.model import SignerRef
from toestemming.refcode import find_reference_codes
from toestemming.service import Service


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def test_form_for_parents_lists_items_signers_and_withdrawal(
    service: Service, scenario: Scenario
) -> None:
    pdf = service.forms.render_paper_consent(scenario.zoe_request.id)
    assert structure_problems(pdf) == ""
    text = flat(pdf)
    request = scenario.zoe_request
    for item in request.items:
        for line in item.text.split("\n"):
            assert " ".join(line.split()) in text, line  # the exact text, line by line
    for expected in (
        "Toestemmingsformulier",
        request.reference_code,
        "Zoë Ødegaard",
        "Ayşe Çelik (ouder)",
        "Ольга Кузнецова (ouder)",
        "De jongere is 15 jaar",  # who decides and why
        "Intrekken",
        "zonder reden",
        "apart en uitdrukkelijk toestemming voor de gevoelige gegevens",  # UWV: health
        "De QR-code koppelt het aan dit verzoek",
    ):
        assert expected in text, expected
    # Two parents × two items, each with an equally prominent yes and no.
    assert text.count("Ja Nee") >= 4


def test_form_for_an_english_request_is_in_english(service: Service, scenario: Scenario) -> None:
    """The parents of an English request read an English form, to the worker's scan hint at
    its foot (no Dutch sentence on it); the QR code still finds the request."""
    from toestemming.usecases.consent import ItemSpec

    item = scenario.zoe_request.items[1]  # UWV, with health data
    service.catalog.revise_purpose(item.purpose.id, "From Entree to work", "So they know.", "en")
    english = service.consents.create_request(
        scenario.zoe,
        [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))],
        language="en",
    )
    pdf = service.forms.render_paper_consent(english.id)
    assert structure_problems(pdf) == ""
    text = flat(pdf)
    for expected in (
        "Consent form",
        "Consent to share information",
        "Ayşe Çelik (parent)",
        "younger than 16, so the parents with parental authority",
        "How to fill it in",
        "Part 1: From Entree to work",
        "I separately and explicitly agree to sharing the sensitive information",
        "Withdrawing",
        "page 1 of",
        "Signature",
        "The QR code links it to this request",
    ):
        assert expected in text, expected
    assert text.count("Yes No") >= 2 and "Ja Nee" not in text and "(ouder)" not in text
    assert "Handtekening" not in text and "Naam" not in text and "begeleider" not in text
    codes = qr_codes(pdf)  # the big one on page 1, and the small one on every page
    assert codes[0] == qr_payload(english.reference_code)
    assert all(c.startswith(qr_payload(english.reference_code)) for c in codes)


def test_qr_code_holds_the_reference_code(service: Service, scenario: Scenario) -> None:
    pdf = service.forms.render_paper_consent(scenario.request.id)
    codes = qr_codes(pdf)
    payload = qr_payload(scenario.request.reference_code)
    pages = [f"{payload}&pagina={n}" for n in range(1, len(codes))]
    assert sorted(codes) == sorted([payload, *pages])
    for code in codes:
        assert find_reference_codes(code) == [scenario.request.reference_code]


def test_scan_of_the_signed_form_is_matched_and_stored_as_evidence(
    service: Service, scenario: Scenario, count_rows: Any
) -> None:
    pdf = service.forms.render_paper_consent(scenario.zoe_request.id)
    # A greyish, slightly rotated "photo" of page 1, as a phone would take it.
    photo = (
        Image.open(io.BytesIO(page_png(pdf, scale=2.5)))
        .convert("L")
        .rotate(4, fillcolor=255, expand=True)
    )
    photo = ImageEnhance.Contrast(photo).enhance(0.6)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80)
    before = count_rows("evidence")
    found = service.forms.import_paper_scan(out.getvalue(), "image/jpeg")
    assert found.request.id == scenario.zoe_request.id
    assert found.evidence.kind == "scan" and count_rows("evidence") == before + 1
    assert service.evidence.content(found.evidence.id) == out.getvalue()
    # The worker then records the parents' answers with the scan as evidence.
    items = {i.id: "yes" for i in scenario.zoe_request.items if not i.has_special_categories}
    for parent in scenario.parents:
        service.consents.record_decisions(
            scenario.zoe_request.id,
            SignerRef.representative(parent),
            items,
            "paper",
            evidence_id=found.evidence.id,
        )
    assert service.consents.item_status(next(iter(items))).status.value == "given"


def test_a_scanned_pdf_is_read_too(service: Service, scenario: Scenario) -> None:
    pdf = service.forms.render_paper_consent(scenario.request.id)
    assert service.forms.import_paper_scan(pdf, "application/pdf").request.id == scenario.request.id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not an image", "geen afbeelding of PDF"),
        (b"", "leeg"),
    ],
)
def test_unreadable_scans_are_refused(
    service: Service, scenario: Scenario, count_rows: Any, content: bytes, message: str
) -> None:
    before = count_rows("evidence")
    with pytest.raises(ValidationError, match=message):
        service.forms.import_paper_scan(content, "image/png")
    assert count_rows("evidence") == before


def test_a_page_without_our_qr_is_refused(service: Service, count_rows: Any) -> None:
    blank = io.BytesIO()
    Image.new("L", (600, 800), 255).save(blank, "PNG")
    with pytest.raises(ValidationError, match="geen QR-code"):
        service.forms.import_paper_scan(blank.getvalue(), "image/png")
    assert count_rows("evidence") == 0


def test_a_qr_of_an_unknown_request_is_not_found(
    service: Service, scenario: Scenario, count_rows: Any
) -> None:
    import qrcode

    img = qrcode.make(qr_payload("TS-0000-0000-0")).get_image()
    out = io.BytesIO()
    img.save(out, "PNG")
    before = count_rows("evidence")
    with pytest.raises(NotFoundError):
        service.forms.import_paper_scan(out.getvalue(), "image/png")
    assert count_rows("evidence") == before


def test_every_page_carries_the_qr_so_page_two_alone_is_matched(
    service: Service, scenario: Scenario, count_rows: Any
) -> None:
    """A parent brings back only the second sheet: its own QR (bottom right) finds the
    request, and says which page it is."""
    import pypdfium2 as pdfium
    import zxingcpp

    pdf = service.forms.render_paper_consent(scenario.zoe_request.id)
    pages = len(pdfium.PdfDocument(pdf))
    assert pages >= 2
    for n in range(pages):
        image = Image.open(io.BytesIO(page_png(pdf, page=n, scale=2.5)))
        texts = {r.text for r in zxingcpp.read_barcodes(image)}
        assert f"{qr_payload(scenario.zoe_request.reference_code)}&pagina={n + 1}" in texts
    photo = Image.open(io.BytesIO(page_png(pdf, page=1, scale=2.5))).convert("L")
    photo = ImageEnhance.Contrast(photo.rotate(2, fillcolor=255, expand=True)).enhance(0.7)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80)
    before = count_rows("evidence")
    found = service.forms.import_paper_scan(out.getvalue(), "image/jpeg")
    assert found.request.id == scenario.zoe_request.id
    assert count_rows("evidence") == before + 1


def test_form_printed_in_english_for_a_dutch_request_is_all_english_and_scans_back(
    service: Service, scenario: Scenario
) -> None:
    """The language is chosen when printing; the form never mixes (the Dutch item text on an
    English form). Its QR says the language, so the scan's answers are checked against the
    English text, and the proof says that text was shown."""
    from toestemming.usecases.consent import ItemSpec

    item = scenario.zoe_request.items[0]
    service.catalog.revise_purpose(
        item.purpose.id, "From Entree to work", "So everyone arranges your step to work.", "en"
    )
    dutch = service.consents.create_request(
        scenario.zoe, [ItemSpec(item.purpose.id, item.recipient.id, (item.categories[0].id,))]
    )
    english_pdf = service.forms.render_paper_consent(dutch.id, "en")
    text = flat(english_pdf)
    assert "From Entree to work" in text and "Yes No" in text
    assert dutch.items[0].text.split("\n")[0] not in text  # no Dutch item text
    assert "Ja Nee" not in text
    assert all("taal=en" in c for c in qr_codes(english_pdf))
    scan = service.forms.import_paper_scan(english_pdf, "application/pdf")
    assert scan.request.id == dutch.id and scan.language == "en"
    parent = SignerRef.representative(scenario.parents[0])
    service.consents.record_decisions(
        dutch.id,
        parent,
        {dutch.items[0].id: "yes"},
        "paper",
        evidence_id=scan.evidence.id,
        language=scan.language,
    )
    row = service.vault.db.query_one(
        "SELECT language FROM decisions WHERE item_id = ?", (dutch.items[0].id,)
    )
    assert row is not None and row[0] == "en"
    # A language some item has no text in is refused, in Dutch, with what to do instead.
    only_dutch = service.catalog.add_purpose("alleen-nl", "Alleen Nederlands", "Zodat het kan.")
    other = service.consents.create_request(
        scenario.zoe, [ItemSpec(only_dutch.id, item.recipient.id, (item.categories[0].id,))]
    )
    with pytest.raises(ValidationError, match="taal van het verzoek"):
        service.forms.render_paper_consent(other.id, "en")
