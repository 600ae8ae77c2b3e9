"""A key given twice in a dictionary of bewijs.pdf, wherever it stands (proof29).

pyHanko takes the first of two `/Rotate` (or `/Length`, `/Font`, `/Contents`), pdfium the
last: what verify reads with pyHanko is then not what the reader shows. proof28 refused that
in what pyHanko's strict reading reaches from the trailer (pdfextras._twice). An insider with
the organisation's certificate went round it:

- a broken reference in the trailer (`/Zz 999 0 R`): the strict reading fails on it first and
  says nothing of the key given twice — page 2 is shown turned a quarter by pdfium;
- the key twice in a revision the signature's update replaced (the signed revision still holds
  it — a reader that shows "the signed version" reads it);
- an object nothing points at, a stream with `/Length` twice;
- inside a page's content: marked content's properties, an inline picture's `BI … ID`;
- the key spelled with #xx escapes (`/Rot#61te`).

Each is refused with one Dutch sentence (exit 1); the genuine PDF passes."""

from __future__ import annotations

import functools
import re
import zlib

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned, verify_cli
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof import pdfkeys, pdfscan, pdfsign
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT

SAID = "dezelfde sleutel twee keer"


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("keys29"))


def _update(pdf: bytes, objects: dict[int, bytes], trailer_extra: bytes = b"") -> bytes:
    """An incremental update, written by hand as a forger does: `objects` (number → the body
    between `obj` and `endobj`), a cross-reference section and a trailer."""
    prev = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    size = int(re.findall(rb"/Size (\d+)", pdf)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", pdf)[-1]
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    size = max(size, max(objects) + 1)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        root,
        prev,
        trailer_extra,
        xref_at,
    )
    return bytes(out)


def _pages(pdf: bytes) -> list[tuple[int, bytes]]:
    """(number, dictionary) of each page object, in file order."""
    return [
        (int(m.group(1)), m.group(2).strip())
        for m in re.finditer(rb"\n(\d+) 0 obj(.*?)endobj", pdf, re.S)
        if re.search(rb"/Type\s*/Page\b(?!s)", m.group(2))
    ]


def _loosely_signed(insider: Insider, pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Signed with the organisation's certificate by a signer that reads leniently (the
    forger's pyHanko, not the program's strict one)."""
    loose = functools.partial(IncrementalPdfFileWriter, strict=False)
    with monkeypatch.context() as m:
        m.setattr(pdfsign, "IncrementalPdfFileWriter", loose)
        return signed(insider, pdf)


def _refused(insider: Insider, pdf: bytes, name: str) -> str:
    code, out, err = verify_cli(insider, resigned(insider, pdf, name))
    assert code == EXIT_NOT_INTACT, (code, out, err)
    assert SAID in err, err
    return err


def _rotated_twice(pdf: bytes, index: int, spelled: bytes = b"/Rotate") -> bytes:
    number, body = _pages(pdf)[index]
    assert b"/Rotate 0" in body
    return _update(pdf, {number: body.replace(b"/Rotate 0", b"/Rotate 0 %s 90" % spelled, 1)})


def test_the_genuine_pdf_has_no_key_twice(insider: Insider) -> None:
    assert pdfscan.check(insider.files[PDF], PDF) is None
    code, out, err = verify_cli(insider, resigned(insider, insider.files[PDF], "echt29.tbewijs"))
    assert code == EXIT_AUTHENTIC, (out, err)


def test_page_two_turned_for_pdfium_behind_a_broken_reference(
    insider: Insider, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    pdf = unsigned(insider.files[PDF])
    number, body = _pages(pdf)[1]
    turned = body.replace(b"/Rotate 0", b"/Rotate 0 /Rotate 90", 1)
    forged = _loosely_signed(insider, _update(pdf, {number: turned}, b"/Zz 999 0 R "), monkeypatch)
    doc = pdfium.PdfDocument(forged)
    try:
        assert doc[1].get_rotation() == 90  # what the reader shows: the last one
    finally:
        doc.close()
    _refused(insider, forged, "gedraaid29.tbewijs")


def test_a_key_twice_in_the_revision_the_signature_replaced(
    insider: Insider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signature's update rewrites page 1 (its /Annots): the last revision is clean, the
    signed revision before it is not."""
    forged = _loosely_signed(insider, _rotated_twice(unsigned(insider.files[PDF]), 0), monkeypatch)
    _refused(insider, forged, "vorige-revisie29.tbewijs")


def test_an_object_nothing_points_at(insider: Insider, monkeypatch: pytest.MonkeyPatch) -> None:
    lone = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /BaseFont /Courier >>"
    forged = _loosely_signed(
        insider, _update(unsigned(insider.files[PDF]), {90: lone}), monkeypatch
    )
    _refused(insider, forged, "los-object29.tbewijs")


def test_a_stream_with_its_length_twice(insider: Insider, monkeypatch: pytest.MonkeyPatch) -> None:
    data = zlib.compress(b"q Q\n")
    stream = b"<< /Length %d /Filter /FlateDecode /Length 2 >>\nstream\n" % len(data)
    lone = stream + data + b"\nendstream"
    forged = _loosely_signed(
        insider, _update(unsigned(insider.files[PDF]), {90: lone}), monkeypatch
    )
    _refused(insider, forged, "lengte29.tbewijs")


def test_a_key_spelled_with_escapes(insider: Insider, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _rotated_twice(unsigned(insider.files[PDF]), 1, b"/Rot#61te")
    forged = _loosely_signed(insider, pdf, monkeypatch)
    _refused(insider, forged, "ontsnapt29.tbewijs")


# The content of a page (already inflated): what pdfkeys reads after pdfactive's lexer.
@pytest.mark.parametrize(
    "content",
    [
        b"/P << /MCID 0 /MCID 1 >> BDC (a) Tj EMC",
        b"q BI /W 1 /H 1 /W 2 /BPC 8 /CS /G ID \xff EI Q",
        b"/P << /Lang (nl) /La#6Eg (en) >> BDC EMC",
    ],
    ids=["marked-content", "inline-picture", "escaped"],
)
def test_a_key_twice_in_a_pages_content(content: bytes) -> None:
    from toestemming.proof.pdfactive import _outside

    lexed = _outside(content)
    assert lexed is not None and pdfkeys.twice(lexed, content=True)


@pytest.mark.parametrize(
    "content",
    [
        b"BT /F1 12 Tf (<< /A 1 /A 2 >>) Tj ET",  # in a string: text, not a dictionary
        b"q BI /W 1 /H 1 /BPC 8 /CS /G ID /W/W EI Q",  # the picture's bytes after ID
        b"/P << /A << /B 1 >> /C << /B 2 >> >> BDC EMC",  # the same key in two dictionaries
        b"/P << /A 1 0 R /B 2 0 R >> BDC EMC",  # references are values, not keys
    ],
    ids=["string", "inline-data", "nested", "references"],
)
def test_what_is_not_a_key_given_twice(content: bytes) -> None:
    from toestemming.proof.pdfactive import _outside

    lexed = _outside(content)
    assert lexed is not None and not pdfkeys.twice(lexed, content=True)
