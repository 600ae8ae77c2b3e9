"""A letter drawn turned or mirrored reads as another letter on the page (review19).

proof18's pdffonts.py makes every code draw the shipped DejaVu glyph of the letter its text
says; verify_drawn.py makes every letter make ink in its own box. Neither asked which way up
the glyph is drawn. An insider with the organisation's keys drew the "6" of the request's
validity "23-11-2026" with its own text matrix turned half a turn (or at a negative font
size): the page shows "23-11-2029", the text still says 2026, every glyph is the shipped
one, and `verify` said authentic. A proof PDF draws every letter upright (reportlab: no
rotation, no mirroring), so a turned, mirrored or slanted letter is refused."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned, verify_cli
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_NOT_INTACT

DIGIT, HYPHEN = 0.636, 0.361  # DejaVu Sans advance widths, in em
SIZE = 9.5  # the table's value font
CAP = 0.729  # DejaVu Sans digit height, in em

# The validity row as the forms scenario's request prints it.
ROW = re.compile(
    rb"BT 1 0 0 1 ([\d.]+) ([\d.]+) Tm /F2\+0 9.5 Tf 13 TL "
    rb"\((\d\d-\d\d-\d\d\d)6 t/m (\d\d-\d\d-\d\d\d\d)\) Tj T\* ET"
)


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("r19turned"))


def turned_six(pdf: bytes, how: str) -> bytes:
    """The unsigned PDF with the last digit of the validity's first year ("6") drawn turned
    half a turn about its own box, so that it shows a "9"; the text unchanged."""
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(pdf)), strict=False)
    page = w.root["/Pages"]["/Kids"][0]
    data = page["/Contents"].data
    m = ROW.search(data)
    assert m is not None
    x, y, head, tail = float(m.group(1)), float(m.group(2)), m.group(3), m.group(4)
    at = x + sum((DIGIT if ch in b"0123456789" else HYPHEN) * SIZE for ch in head)
    right, top = at + DIGIT * SIZE, y + CAP * SIZE
    if how == "matrix":
        six = b"BT -1 0 0 -1 %.3f %.3f Tm /F2+0 9.5 Tf (6) Tj ET " % (right, top)
    elif how == "font size":  # a negative font size turns the glyph the same way
        six = b"BT 1 0 0 1 %.3f %.3f Tm /F2+0 -9.5 Tf (6) Tj ET " % (right, top)
    else:  # …and so does the graphics state's matrix around upright text
        six = b"q -1 0 0 -1 %.3f %.3f cm BT /F2+0 9.5 Tf (6) Tj ET Q " % (right, top)
    data = data.replace(
        m.group(0),
        b"BT 1 0 0 1 %s %s Tm /F2+0 9.5 Tf 13 TL (%s) Tj ET " % (m.group(1), m.group(2), head)
        + six
        + b"BT 1 0 0 1 %.3f %s Tm /F2+0 9.5 Tf 13 TL ( t/m %s) Tj T* ET"
        % (right, m.group(2), tail),
    )
    page[generic.pdf_name("/Contents")] = w.add_object(generic.StreamObject({}, stream_data=data))
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


@pytest.mark.parametrize("how", ["matrix", "font size", "graphics state"])
def test_a_letter_drawn_turned_is_refused(insider: Insider, how: str) -> None:
    pdf = signed(insider, turned_six(insider.files[PDF], how))
    genuine, forged = pdfium.PdfDocument(insider.files[PDF]), pdfium.PdfDocument(pdf)
    # The text still holds the genuine date; the page draws something else there.
    said = forged[0].get_textpage().get_text_range()
    assert "23-11-202" in said and "6" in said
    assert genuine[0].render().to_pil().tobytes() != forged[0].render().to_pil().tobytes()
    code, out, err = verify_cli(insider, resigned(insider, pdf, "gedraaid.tbewijs"))
    assert code == EXIT_NOT_INTACT, out + err
    assert "gedraaid" in out + err, out + err
