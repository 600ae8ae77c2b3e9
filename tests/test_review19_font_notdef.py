"""A letter whose code the embedded subset no longer maps draws glyph 0 (.notdef) (review19).

pdffonts.py (proof18) compares, for every code the subset's cmap maps to a glyph, that glyph
with the shipped one of the code's ToUnicode letter, and skipped codes mapped to glyph 0:
".notdef draws nothing a reader takes for a letter". But a reader draws glyph 0 for such a
code, and the check never looked at glyph 0 either. An insider with the organisation's keys
pointed the subset's cmap elsewhere (or only the "n"s at glyph 0): the text still says every
word the log demands, every character still makes ink (DejaVu's .notdef is a box), and the
page showed boxes where the words are: `verify` said authentic. Now a letter the shipped
font draws must be drawn by a glyph of the subset, and glyph 0 must be the shipped .notdef."""

from __future__ import annotations

import io
import struct

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, verify_cli
from test_attack_s16_font_glyphs import with_font_changed

from toestemming.proof import pdffonts
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_NOT_INTACT


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("r19notdef"))


def _format6(data: bytearray) -> int:
    """Where the subset's one cmap subtable (format 6, as reportlab writes it) starts."""
    count = struct.unpack(">H", data[4:6])[0]
    for i in range(count):
        if bytes(data[12 + 16 * i : 16 + 16 * i]) == b"cmap":
            cmap = struct.unpack(">I", data[20 + 16 * i : 24 + 16 * i])[0]
            at = cmap + struct.unpack(">I", data[cmap + 8 : cmap + 12])[0]
            assert struct.unpack(">H", data[at : at + 2])[0] == 6
            return at
    raise AssertionError("no cmap")


def cmap_moved(font: bytes) -> bytes:
    """The cmap's codes moved beyond one byte: no code of the PDF maps to a glyph any more."""
    data = bytearray(font)
    at = _format6(data)
    data[at + 6 : at + 8] = struct.pack(">H", 0x1000)
    return bytes(data)


def n_unmapped(font: bytes) -> bytes:
    """Only the code of "n" mapped to glyph 0."""
    data = bytearray(font)
    at = _format6(data)
    first = struct.unpack(">H", data[at + 6 : at + 8])[0]
    slot = at + 10 + 2 * (ord("n") - first)
    data[slot : slot + 2] = b"\0\0"
    return bytes(data)


@pytest.mark.parametrize("change", [cmap_moved, n_unmapped])
def test_letters_drawn_as_notdef_are_refused(insider: Insider, change: object) -> None:
    pdf = signed(insider, with_font_changed(insider.files[PDF], change))  # type: ignore[arg-type]
    genuine, forged = pdfium.PdfDocument(insider.files[PDF]), pdfium.PdfDocument(pdf)
    # The text every check reads is the genuine one; the page is not.
    assert genuine[0].get_textpage().get_text_range() == forged[0].get_textpage().get_text_range()
    assert genuine[0].render().to_pil().tobytes() != forged[0].render().to_pil().tobytes()
    assert pdffonts.problem(pdf, PDF) is not None
    code, out, err = verify_cli(insider, resigned(insider, pdf, f"{change.__name__}.tbewijs"))  # type: ignore[attr-defined]
    assert code == EXIT_NOT_INTACT, out + err
    assert "tekent voor een letter een andere letter" in out + err, out + err


def notdef_as(font: bytes, code: int) -> bytes:
    """Glyph 0's outline replaced by the glyph `code` draws."""
    sub = pdffonts._Font(font)
    gid = sub.codes()[code]
    glyph = sub.glyph(gid)
    data = bytearray(font)
    count = struct.unpack(">H", data[4:6])[0]
    where = {
        bytes(data[12 + 16 * i : 16 + 16 * i]): struct.unpack(
            ">II", data[20 + 16 * i : 28 + 16 * i]
        )
        for i in range(count)
    }
    glyf_at, _ = where[b"glyf"]
    # Glyph 0 drawn from `glyph`'s bytes, written over it (what is left after them is never
    # read); loca as it was, so every other glyph stays the shipped one.
    assert len(glyph) <= sub.loca[1] - sub.loca[0]
    data[glyf_at + sub.loca[0] : glyf_at + sub.loca[0] + len(glyph)] = glyph
    return bytes(data)


def test_a_notdef_drawing_a_letter_is_refused() -> None:
    """A letter DejaVu lacks draws glyph 0: that must be the shipped .notdef (a box), not a
    glyph the insider put there ("l" here: any glyph fits in the box's bytes)."""
    from reportlab.pdfgen import canvas

    from formulieren import text

    regular, _bold = text.register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, initialFontName=regular)
    c.setFont(regular, 12)
    c.drawString(72, 700, text.shape("Antwoord: l"))
    c.save()
    genuine = buf.getvalue()
    assert pdffonts.problem(genuine, PDF) is None
    assert pdffonts.problem(_fonts_changed(genuine, lambda f: notdef_as(f, ord("l"))), PDF)


def _fonts_changed(pdf: bytes, change: object) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    for key in list(fonts):
        descriptor = fonts[key]["/FontDescriptor"]
        data = change(descriptor["/FontFile2"].data)  # type: ignore[operator]
        stream = generic.StreamObject(
            {generic.pdf_name("/Length1"): generic.NumberObject(len(data))}, stream_data=data
        )
        descriptor[generic.pdf_name("/FontFile2")] = w.add_object(stream)
        w.update_container(descriptor)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
