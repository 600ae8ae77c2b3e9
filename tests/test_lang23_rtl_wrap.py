"""An Arabic paragraph whose wrapped line opens with a Latin code or name still reads right to
left (lang23). The Arabic receipt's "changed your mind?" box wrapped the reference code onto its
second line; that line was then drawn in its own direction (first strong letter: Latin), so the
code stood at the left end and the sentence's full stop at the right — read right to left, the
line began with a full stop and ended with the code."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas

from formulieren.layout import (
    CONTENT_W,
    FRAME_PAD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    RtlParagraph,
)
from formulieren.text import REGULAR, register_fonts, shape, wrap_rtl
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

CODE = "TS-ABCD-EFGH-J"
FIRST = "يمكنك سحب موافقتك في أي وقت بدون ذكر سبب: أرسل رسالة مع الرمز"
REST = f"{CODE}. شكرا لك."
SENTENCE = f"{FIRST} {REST}"
SIZE = 10.0


def _width_for_first_line() -> float:
    """Just wide enough for FIRST: the code opens the second line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return stringWidth(shape(FIRST), REGULAR, SIZE) + 2


def test_a_wrapped_line_opened_by_a_code_keeps_the_paragraphs_direction() -> None:
    lines = wrap_rtl(SENTENCE, REGULAR, SIZE, _width_for_first_line())
    assert len(lines) == 2
    # Visual order, left to right: the line's end (the full stop) on the left, the code —
    # the first thing read — on the right.
    assert lines[1].endswith(CODE), lines[1]
    assert lines[1].startswith("."), lines[1]


def _drawn_line_order(width: float) -> list[tuple[float, str]]:
    """Render the paragraph into a real PDF and read back, with pdfium, the characters of
    the line holding the code, left to right by their boxes."""
    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=SIZE, leading=SIZE * 1.3)
    p = RtlParagraph(SENTENCE, style)
    _, height = p.wrap(width, 500)
    p.drawOn(c, 100, 700 - height)
    c.save()
    page = pdfium.PdfDocument(out.getvalue())[0]
    text = page.get_textpage()
    chars = [(text.get_charbox(i), text.get_text_range(i, 1)) for i in range(text.count_chars())]
    code_box = next(box for box, ch in chars if ch == "J")
    line = [
        (box[0], ch) for box, ch in chars if ch.strip() and abs(box[1] - code_box[1]) < SIZE / 2
    ]
    return sorted(line)


def test_the_pdf_draws_the_code_at_the_reading_start_of_its_line() -> None:
    line = _drawn_line_order(_width_for_first_line())
    latin = [x for x, ch in line if ch.isascii() and ch.isalnum()]
    arabic = [x for x, ch in line if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff"]
    assert latin and arabic
    # Right to left: the code is read first, so it is drawn right of every Arabic letter.
    assert min(latin) > max(arabic), line


def test_the_arabic_paper_form_keeps_every_signer_line_inside_its_box(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    """The Arabic paper form's yes/no row ("Zoë-Anne van den Berg (الشاب أو الشابة)  [ ] نعم
    [ ] لا") was as wide as the page's content inside a padded box: the label, on the right
    in Arabic, stuck out past the box's right edge. Every character now stays inside."""
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "الإرشاد إلى العمل", "لكي تحصل على مساعدة.", "ar")
    case = make_youth(16, given_name="Zoë-Anne", family_name="van den Berg")
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language="ar",
    )
    pdf = service.forms.render_paper_consent(request.id)
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    right_edge = MARGIN_X + FRAME_PAD + CONTENT_W  # the right edge of the content and box
    past = [
        (text.get_text_range(i, 1), [round(v) for v in text.get_charbox(i)])
        for i in range(text.count_chars())
        if text.get_charbox(i)[2] > right_edge + 0.5
        and text.get_text_range(i, 1).strip()
        and MARGIN_BOTTOM < text.get_charbox(i)[1] < PAGE_H - MARGIN_TOP  # not the page frame
    ]
    assert not past, past
