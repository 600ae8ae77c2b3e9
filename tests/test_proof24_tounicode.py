"""The fonts' text mapping changed instead of their glyphs (proof24): every regular DejaVu
subset's ToUnicode map says "n" where the font draws "j" (and the reverse), so the page still
draws "ja" while pdfium's text — what every text check reads — says "na"; the insider signs it
anew. proof18's font check (the glyph each code draws must be the shipped glyph of the letter
ToUnicode gives it) refuses it, exit 1, in Dutch; this pins it."""

from __future__ import annotations

import io
import re

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned, verify_cli
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_NOT_INTACT


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("tounicode"))


def _swap(cmap: bytes, a: str, b: str) -> bytes:
    ha, hb = f"<{ord(a):04X}>".encode(), f"<{ord(b):04X}>".encode()
    out = re.sub(re.escape(ha), b"<TMP!>", cmap, flags=re.I)
    out = re.sub(re.escape(hb), ha, out, flags=re.I)
    return out.replace(b"<TMP!>", hb)


def _tounicode_swapped(pdf: bytes) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(pdf)), strict=False)
    fonts = w.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
    changed = 0
    for key in list(fonts):
        font = fonts[key]
        if str(font["/BaseFont"]).endswith("+DejaVuSans") and "/ToUnicode" in font:
            cmap = font["/ToUnicode"].data
            swapped = _swap(cmap, "j", "n")
            if swapped == cmap:
                continue
            font[generic.pdf_name("/ToUnicode")] = w.add_object(
                generic.StreamObject({}, stream_data=swapped)
            )
            w.update_container(font)
            changed += 1
    assert changed
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_a_tounicode_map_that_reads_other_letters_than_drawn_is_refused(
    insider: Insider,
) -> None:
    import pypdfium2 as pdfium

    forged = signed(insider, _tounicode_swapped(insider.files[PDF]))
    text = pdfium.PdfDocument(forged)[0].get_textpage().get_text_range()
    assert text != pdfium.PdfDocument(insider.files[PDF])[0].get_textpage().get_text_range()
    code, out, err = verify_cli(insider, resigned(insider, forged, "tounicode.tbewijs"))
    assert code == EXIT_NOT_INTACT, out + err
    assert "tekent voor een letter een andere letter" in err, err
    assert "OK" not in out + err
