"""A font whose glyphs draw other letters than its text says (proof18).

`verify` reads bewijs.pdf's text through each font's ToUnicode map, and verify_drawn.py makes
sure every character makes ink in its own box: neither asks *which* ink. An insider with the
organisation's keys swaps, in the embedded DejaVu subset, the glyphs two codes draw ("n" draws
"j", "e" draws "a": item 3's "nee" reads "jaa" on the page), keeps the ToUnicode map, signs the
PDF with the organisation's certificate and the package with its key. Every text check passed
and `verify` said authentic. Now each font must be a subset of the shipped DejaVu fonts whose
every code draws the shipped glyph of its letter (proof/pdffonts.py): exit 1, in Dutch."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned, verify_cli
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof import pdffonts
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("s16font"))


def swapped_cmap(font: bytes, pairs: list[tuple[int, int]]) -> bytes:
    """The subset with the glyphs of each pair of codes swapped in its cmap (format 6, as
    reportlab writes it); the outlines themselves untouched."""
    data = bytearray(font)
    count = struct.unpack(">H", data[4:6])[0]
    tables = {
        bytes(data[12 + 16 * i : 16 + 16 * i]): struct.unpack(
            ">I", data[20 + 16 * i : 24 + 16 * i]
        )[0]
        for i in range(count)
    }
    cmap = tables[b"cmap"]
    (sub,) = [
        struct.unpack(">I", data[cmap + 8 + 8 * i : cmap + 12 + 8 * i])[0]
        for i in range(struct.unpack(">H", data[cmap + 2 : cmap + 4])[0])
    ]
    at = cmap + sub
    assert struct.unpack(">H", data[at : at + 2])[0] == 6
    first = struct.unpack(">H", data[at + 6 : at + 8])[0]

    def slot(code: int) -> int:
        return at + 10 + 2 * (code - first)

    for a, b in pairs:
        ga, gb = data[slot(a) : slot(a) + 2], data[slot(b) : slot(b) + 2]
        data[slot(a) : slot(a) + 2], data[slot(b) : slot(b) + 2] = gb, ga
    return bytes(data)


def with_font_swapped(pdf: bytes) -> bytes:
    """The unsigned PDF with every regular DejaVu subset's "n"↔"j" and "e"↔"a" swapped, in an
    update of its own (the signature that follows covers it)."""
    return with_font_changed(
        pdf, lambda font: swapped_cmap(font, [(ord("n"), ord("j")), (ord("e"), ord("a"))])
    )


def changed_table(font: bytes, tag: bytes) -> bytes:
    """The subset with the last byte of table `tag` changed (checksums left as they were)."""
    data = bytearray(font)
    count = struct.unpack(">H", data[4:6])[0]
    for i in range(count):
        if bytes(data[12 + 16 * i : 16 + 16 * i]) == tag:
            offset, length = struct.unpack(">II", data[20 + 16 * i : 28 + 16 * i])
            data[offset + length - 1] ^= 0x01
            return bytes(data)
    raise AssertionError(tag)


def with_font_changed(pdf: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The unsigned PDF with every regular DejaVu subset's font file changed by `change`."""
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(pdf)), strict=False)
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    changed = 0
    for key in list(fonts):
        font = fonts[key]
        if str(font["/BaseFont"]).endswith("+DejaVuSans"):
            descriptor = font["/FontDescriptor"]
            data = change(descriptor["/FontFile2"].data)
            stream = generic.StreamObject(
                {generic.pdf_name("/Length1"): generic.NumberObject(len(data))}, stream_data=data
            )
            descriptor[generic.pdf_name("/FontFile2")] = w.add_object(stream)
            w.update_container(descriptor)
            changed += 1
    assert changed
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def cli(insider: Insider, path: Path) -> tuple[int, str]:
    code, out, err = verify_cli(insider, path)
    return code, out + err


def test_the_genuine_pdf_re_signed_by_the_insider_is_authentic(insider: Insider) -> None:
    """The control: the same steps without the swap verify, so the swap alone is refused."""
    pdf = signed(insider, unsigned(insider.files[PDF]))
    code, said = cli(insider, resigned(insider, pdf, "zelfde.tbewijs"))
    assert code == EXIT_AUTHENTIC, said


def test_a_font_drawing_other_letters_than_its_text_says_is_refused(insider: Insider) -> None:
    pdf = signed(insider, with_font_swapped(insider.files[PDF]))
    import pypdfium2 as pdfium

    # What the text says is unchanged: every text check reads the genuine words.
    genuine = pdfium.PdfDocument(insider.files[PDF])
    forged = pdfium.PdfDocument(pdf)
    assert all(
        genuine[i].get_textpage().get_text_range() == forged[i].get_textpage().get_text_range()
        for i in range(len(genuine))
    )
    # …but the pages draw other letters.
    assert genuine[0].render().to_pil().tobytes() != forged[0].render().to_pil().tobytes()
    code, said = cli(insider, resigned(insider, pdf, "letters.tbewijs"))
    assert code == EXIT_NOT_INTACT, said
    assert "tekent voor een letter een andere letter" in said, said


def test_every_genuine_pdf_of_earlier_releases_passes() -> None:
    data = Path(__file__).parent / "data"
    for name in ("bewijs_s14.zip", "bewijs_voor_issue20.zip"):
        with zipfile.ZipFile(data / name) as z:
            assert pdffonts.problem(z.read(PDF), PDF) is None, name


def with_another_font(pdf: bytes) -> bytes:
    """A font the program never embeds (Helvetica, drawn by the reader's own copy, whose
    /Differences could name any glyph for any code) added to the first page's resources."""
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(pdf)), strict=False)
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    fonts[generic.pdf_name("/F9")] = w.add_object(
        generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/Font"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
                generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
            }
        )
    )
    w.update_container(fonts)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_a_font_the_program_never_embeds_is_refused(insider: Insider) -> None:
    pdf = signed(insider, with_another_font(insider.files[PDF]))
    code, said = cli(insider, resigned(insider, pdf, "helvetica.tbewijs"))
    assert code == EXIT_NOT_INTACT, said
    assert "lettertype dat het programma nooit gebruikt" in said, said


@pytest.mark.parametrize(
    "written",
    [
        "Zoë Émile ś — ·",
        "Anna \U0001d400 \U0001f600",  # beyond the BMP: a math letter, an emoji
        "שלום",
        "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕ ẞ ß Ǆ ǅ \u0301e \u200b \u00ad",
    ],
)
def test_names_in_any_script_written_by_the_program_pass(written: str) -> None:
    """What reportlab embeds for any name a parent types (shaped as the forms shape it)."""
    from reportlab.pdfgen import canvas

    from formulieren import text

    regular, bold = text.register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, initialFontName=regular)
    for font, y in ((regular, 700), (bold, 680)):
        c.setFont(font, 12)
        c.drawString(72, y, text.shape(written))
    c.drawString(72, 660, text.shape("محمد العلي"))
    c.save()
    assert pdffonts.problem(buf.getvalue(), PDF) is None


@pytest.mark.parametrize("table", [b"prep", b"fpgm", b"cvt "])
def test_a_subset_whose_hinting_program_was_changed_is_refused(
    insider: Insider, table: bytes
) -> None:
    """The outlines as shipped, but the program that moves their points as they are drawn
    changed: refused, the letters could be drawn as others."""
    pdf = with_font_changed(insider.files[PDF], lambda font: changed_table(font, table))
    assert pdffonts.problem(pdf, PDF) is not None
