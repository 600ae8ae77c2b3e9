"""proof/pdfium_bidi.py predicts, for a line drawn as formulieren/ draws it, exactly the text the
installed pdfium gives back — the order verify now compares right-to-left text in. Drawn and
read with the real reportlab and pdfium: if an upgrade of pypdfium2 changes pdfium's guess
(it reads a line right to left only with MORE right than left segments, where its source
says "at least as many"), this fails before genuine packages do."""

from __future__ import annotations

import io
import unicodedata

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from reportlab.pdfgen import canvas

from formulieren.text import REGULAR, register_fonts, shape
from toestemming.proof import pdfium_bidi, readback, rtl_lines

LINES = [
    "الجزء 1: الإرشاد إلى العمل",
    "لمن: UWV – Werkbedrijf (العمل).",
    "إلى متى: حتى 23-11-2027 كحد أقصى.",
    "الرمز TS-AB12-CD34-E (رقم 7)؛ نسبة 3,5% فقط، مع Jan de Vries.",
    "رقم 12/05 و 3,5% من (المبلغ) [أ] {ب} <ج> «د» - #7 +31 6 1234",
    "דוד כהן, 23-11-2027 (מס' 7) – א/ב Cohen",
    "Zodat ليلى حداد op 1-2-2027 (om 09:30) start.",
    "ab גד",
    "אב cd גד ef",
]
# (label cell, value cell) on one line, as a table row of bewijs.pdf
ROWS = [
    ("Wie", "ليلى حداد (ouder)"),
    ("Wie", "ليلى بن 2 حداد (ouder)"),
    ("Jongere", "ليلى Haddad, geboren 01-02-2010"),
    ("Ontvanger", "UWV (العمل) Amsterdam"),
]


def _pdfium_lines(rows: list[tuple[str, ...]]) -> list[str]:
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, cells in enumerate(rows):
        x = 40.0
        for cell in cells:
            c.setFont(REGULAR, 10)
            c.drawString(x, 800 - 20 * i, cell)
            x += 10 + c.stringWidth(cell, REGULAR, 10)
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        text = str(doc[0].get_textpage().get_text_range())
    finally:
        doc.close()
    return text.replace("\r\n", "\n").split("\n")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_each_drawn_line_is_read_as_predicted() -> None:
    drawn = [shape(line) for line in LINES]
    got = _pdfium_lines([(d,) for d in drawn])
    assert [_nfkc(pdfium_bidi.read(d)) for d in drawn] == [_nfkc(g) for g in got]
    for d, g in zip(drawn, got, strict=True):  # and the reading undone is the drawing
        undone = pdfium_bidi.unread(g, pdfium_bidi.reads_right_to_left(g))
        # a ligature ("لإ") comes back as its letters in reading order: visual_key says so
        assert rtl_lines.visual_key(undone) == rtl_lines.visual_key(d)


@pytest.mark.parametrize(("label", "value"), ROWS)
def test_a_table_row_is_read_as_predicted_and_undone(label: str, value: str) -> None:
    (got,) = _pdfium_lines([(label, shape(value))])
    assert _nfkc(got) == _nfkc(pdfium_bidi.read(f"{label} {shape(value)}"))
    printed = readback.labels_first(got)
    if printed.startswith(label + " "):  # a label read last with its own bracket stays
        undone = readback.as_drawn(printed, label)
        assert rtl_lines.visual_key(undone) == rtl_lines.visual_key(f"{label} {shape(value)}")
