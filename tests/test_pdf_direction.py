"""Right-to-left paragraphs in the PDFs a signer takes home: an Arabic paragraph runs and
aligns right to left (its lines end at the right margin, its first words on its first line);
a Dutch paragraph stays aligned left. Checked on the words' positions as pdftotext reads them
(poppler, -bbox), for the receipt, the paper form and the transitieformulier."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_signing_core import wave

from formulieren.layout import FRAME_PAD, MARGIN_X, PAGE_W, DocMeta, paragraph, render
from formulieren.text import shape, wrap_rtl
from toestemming.clock import FixedClock
from toestemming.language import text as catalog_text
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

TITLE = "الإرشاد إلى العمل"
WHY = (
    "لكي تحصل على مساعدة في إيجاد عمل أو تدريب يناسبك، نشارك اسمك وبيانات الاتصال بك مع "
    "المستشار الذي يرافقك في هذه الخطوة، ولا نشارك شيئًا آخر دون أن نسألك أولًا."
)
LEFT = MARGIN_X + FRAME_PAD  # where a left-aligned line starts (points)
RIGHT = PAGE_W - MARGIN_X - FRAME_PAD  # where a right-aligned line ends


@dataclass(frozen=True)
class Line:
    page: int
    x_min: float
    x_max: float
    y: float
    text: str


def _lines(pdf: bytes, tmp_path: Path) -> list[Line]:
    """Every text line of the PDF with its horizontal extent, as poppler lays it out."""
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    out = []
    for page, body in enumerate(re.findall(r"<page .*?</page>", html, re.S), start=1):
        for x0, y0, x1, inner in re.findall(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>',
            body,
            re.S,
        ):
            words = re.findall(r">([^<]*)</word>", inner)
            out.append(Line(page, float(x0), float(x1), float(y0), " ".join(words)))
    return out


def _arabic(line: Line) -> bool:
    return any(0xFE70 <= ord(ch) <= 0xFEFF or 0x0600 <= ord(ch) <= 0x06FF for ch in line.text)


def _latin_only(line: Line) -> bool:
    return bool(re.search("[A-Za-z]{3}", line.text)) and not _arabic(line)


def _find(lines: list[Line], words: str, *, whole: bool = False) -> Line:
    """The (first) line that shows `words` as drawn (shaped, visual order); `whole`: the
    line holds nothing else (a single word like "نعم" is in many sentences too)."""
    wanted = shape(words).replace(" ", "")
    found = [
        ln
        for ln in lines
        if (ln.text.replace(" ", "") == wanted if whole else wanted in ln.text.replace(" ", ""))
    ]
    assert found, (words, [ln.text for ln in lines])
    return found[0]


def test_a_paragraph_aligns_by_its_own_direction(tmp_path: Path) -> None:
    dutch = "Dit is een Nederlandse zin die lang genoeg is om over meerdere regels te lopen. " * 3
    pdf = render(
        [paragraph(WHY * 3), paragraph(TITLE), paragraph(dutch), paragraph("Kort.")],
        DocMeta("Testschool", "Proef", datetime(2026, 11, 23, 10, 0, tzinfo=UTC)),
    )
    lines = [ln for ln in _lines(pdf, tmp_path) if 60 < ln.y < 780]  # not header and footer
    arabic = [ln for ln in lines if _arabic(ln)]
    assert len(arabic) >= 5
    for line in arabic:
        assert abs(line.x_max - RIGHT) < 2, line  # every Arabic line flush right
    short = _find(lines, TITLE)
    assert abs(short.x_max - RIGHT) < 2 and short.x_min > LEFT + 200  # ragged on the left
    latin = [ln for ln in lines if _latin_only(ln)]
    assert len(latin) >= 3
    for line in latin:
        assert abs(line.x_min - LEFT) < 2, line  # Dutch stays flush left
    assert _find(lines, "Kort.").x_max < RIGHT - 200
    # Reading order: the paragraph's first words are on its top line, its last on the bottom.
    top = min(arabic, key=lambda ln: ln.y)
    bottom = max((ln for ln in arabic if ln is not short), key=lambda ln: ln.y)
    first_words, last_words = " ".join(WHY.split(" ")[:3]), " ".join(WHY.split(" ")[-3:])
    assert shape(first_words).replace(" ", "") in top.text.replace(" ", "")
    assert shape(last_words).replace(" ", "") in bottom.text.replace(" ", "")


def test_wrapping_keeps_reading_order_for_every_line() -> None:
    from formulieren.text import REGULAR, register_fonts

    register_fonts()
    lines = wrap_rtl(WHY, REGULAR, 9.5, 200)
    assert len(lines) >= 3
    # Line by line, the drawn lines are consecutive stretches of the sentence, in order.
    words = WHY.split(" ")
    at = 0
    for drawn in lines:
        count = len(drawn.split(" "))
        assert drawn == shape(" ".join(words[at : at + count]))
        at += count
    assert at == len(words)


@pytest.fixture
def arabic(service: Service, catalog: SimpleNamespace, make_youth: Any) -> SimpleNamespace:
    service.catalog.revise_purpose(catalog.werk.id, TITLE, WHY, "ar")
    case = make_youth(15, parents=1)
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language="ar",
    )
    return SimpleNamespace(request=request, parent=SignerRef.representative(case.parents[0].id))


def _receipt(
    service: Service, request: Any, signer: SignerRef, language: str, clock: FixedClock
) -> bytes:
    session = service.signing.session(request.id)
    shown = {i.item_id: i.texts[language][1] for i in session.items}
    result = service.signing.sign_decisions(
        request.id,
        signer,
        language,
        {session.items[0].item_id: Answer.YES},
        (),
        shown,
        wave(),
        clock.now(),
    )
    return service.signing_receipts.receipt_document(result.session_id)[0]


def test_the_arabic_receipt_reads_right_to_left_and_the_dutch_one_left_to_right(
    service: Service,
    arabic: SimpleNamespace,
    catalog: SimpleNamespace,
    make_youth: Any,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    ar = _lines(_receipt(service, arabic.request, arabic.parent, "ar", clock), tmp_path)
    title = _find(ar, catalog_text("ar", "signing-receipt-title"))
    assert abs(title.x_max - RIGHT) < 2 and title.x_min > LEFT + 100
    # The label column is on the right, its labels flush right; the code sits left of it.
    code_label = _find(ar, catalog_text("ar", "signing-receipt-code"))
    assert abs(code_label.x_max - RIGHT) < 2
    code = _find(ar, arabic.request.reference_code)
    assert code.x_max < code_label.x_min
    # The table's first column (the part number) is on the right, the answer on the left.
    part = _find(ar, catalog_text("ar", "signing-receipt-col-part"))
    answer = _find(ar, catalog_text("ar", "signing-receipt-col-answer"))
    assert part.x_min > answer.x_max

    case = make_youth(15, parents=1)
    dutch = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language="nl",
    )
    nl = _lines(
        _receipt(service, dutch, SignerRef.representative(case.parents[0].id), "nl", clock),
        tmp_path,
    )
    title = _find(nl, catalog_text("nl", "signing-receipt-title"))
    assert abs(title.x_min - LEFT) < 2 and title.x_max < RIGHT - 100
    code_label = _find(nl, catalog_text("nl", "signing-receipt-code"))
    assert (
        abs(code_label.x_min - LEFT) < 2
        and code_label.x_max < _find(nl, dutch.reference_code).x_min
    )


def test_the_arabic_paper_form_reads_right_to_left(
    service: Service, arabic: SimpleNamespace, tmp_path: Path
) -> None:
    lines = _lines(service.forms.render_paper_consent(arabic.request.id), tmp_path)
    # (The page header repeats the title at the left now: the form's own title is below it.)
    title = _find([ln for ln in lines if ln.y > 50], catalog_text("ar", "paper-form"))
    assert title.x_max > RIGHT - 140  # right of the QR code: not at the left margin
    # The item text in its box: every line ends at the box's right edge, in reading order.
    item = arabic.request.items[0].text.split("\n")
    shown = [_find(lines, part) for part in item[:2]]
    assert abs(shown[0].x_max - shown[1].x_max) < 2 and shown[0].x_max > RIGHT - 12
    assert shown[0].y < shown[1].y
    # Yes and no: the first option (yes) is on the right, next to the label.
    yes = _find(lines, catalog_text("ar", "paper-yes"), whole=True)
    no = _find(lines, catalog_text("ar", "paper-no"), whole=True)
    assert yes.x_min > no.x_max


def test_arabic_notes_in_the_dutch_transitieformulier_run_right_to_left(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """A Dutch form with Arabic in it: the long Arabic notes wrap in reading order and end at
    the right of their cell; a one-line Arabic name stays at the start of its cell, as every
    other value in the Dutch table."""
    from dataclasses import replace

    from forms_scenario import build, transition_data

    from toestemming.usecases.forms_data import Internship

    scenario = build(service, clock)
    data = replace(
        transition_data(scenario.youssef_request.id),
        internships=(Internship("مخبز النور", "خبز", None, None, 16, WHY, ""),),
    )
    service.forms.save_transition_form(scenario.youssef, data)
    lines = _lines(service.forms.render_transition_form(scenario.youssef), tmp_path)
    notes = [ln for ln in lines if _arabic(ln) and len(ln.text) > 30]
    assert len(notes) >= 2
    for line in notes:
        assert abs(line.x_max - RIGHT) < 8, line  # the cell's right edge (its padding)
    assert (
        min(notes, key=lambda ln: ln.y)
        .text.replace(" ", "")
        .find(shape(" ".join(WHY.split(" ")[:2])).replace(" ", ""))
        >= 0
    )  # the first words on the top line
    place = _find(lines, "مخبز النور", whole=True)
    school = _find(lines, "ROC Midden")
    assert abs(place.x_min - school.x_min) < 2  # the start of the value column


def test_the_arabic_page_frame_and_signature_blocks_are_mirrored(
    service: Service,
    arabic: SimpleNamespace,
    catalog: SimpleNamespace,
    make_youth: Any,
    tmp_path: Path,
) -> None:
    """Issue 21: the header, the footer and the signature blocks side by side read right to
    left in an Arabic form (organisation and "made on" on the right, page number left, the
    first signer on the right); a Dutch form keeps them where they were."""
    pdf = service.forms.render_paper_consent(arabic.request.id)
    (tmp_path / "ar.pdf").write_bytes(pdf)
    lines = _lines(pdf, tmp_path)
    org = _find(lines, "Testschool")
    assert abs(org.x_max - (PAGE_W - MARGIN_X)) < 2
    footer = [ln for ln in lines if ln.page == 1 and ln.y > 800]
    made = max(footer, key=lambda ln: ln.x_max)
    page = min(footer, key=lambda ln: ln.x_min)
    assert abs(made.x_max - (PAGE_W - MARGIN_X)) < 2 and abs(page.x_min - MARGIN_X) < 2
    assert arabic.request.reference_code in made.text  # the code rides with "made on"
    request = arabic.request
    youth = service.people.youth(service.consents.request(request.id).youth_id)
    parent = service.people.representatives(youth.id)[0]
    first = _find(lines, parent.name, whole=True)
    informed = _find(lines, youth.display_name, whole=True)
    assert first.x_min > informed.x_max  # the first signer's block is on the right

    case = make_youth(15, parents=1)
    dutch = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    nl = _lines(service.forms.render_paper_consent(dutch.id), tmp_path)
    assert abs(_find(nl, "Testschool").x_min - MARGIN_X) < 2
    first = _find(nl, case.parents[0].name, whole=True)
    informed = _find(nl, case.youth.display_name, whole=True)
    assert first.x_max < informed.x_min
