"""What a reader sees besides bewijs.pdf's drawn pages, or instead of them (proof28).

The insider with the organisation's keys re-signs bewijs.pdf with bookmarks titled
"Toestemming: JA voor alles", a page thumbnail showing the signature, page 1 in optional
content that disappears when printed (or on screen), or marked content whose /ActualText
makes pdfium — and so verify, a screen reader, copy-paste — read "Toestemming JA" where the
page draws "Bewijs van toestemming". Each verified authentic; each is refused now, and the
genuine PDF put through the same hands still verifies."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof.package import PDF
from toestemming.proof.trust import load_trust_file
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify

SAID = "wat een PDF-lezer naast of in plaats van de pagina toont"
n = generic.pdf_name
Edit = Callable[[IncrementalPdfFileWriter], None]


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("extras"))


def _report(insider: Insider, edit: Edit, name: str) -> VerifyReport:
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(insider.files[PDF])), strict=False)
    edit(w)
    out = io.BytesIO()
    w.write(out)
    path = resigned(insider, signed(insider, out.getvalue()), f"{name}.tbewijs")
    return verify(path, trust=load_trust_file(Path(insider.trust)))


def _page(w: IncrementalPdfFileWriter, index: int = 0) -> generic.DictionaryObject:
    page: generic.DictionaryObject = w.root["/Pages"]["/Kids"][index].get_object()
    return page


def _content(page: generic.DictionaryObject) -> bytes:
    contents = page["/Contents"]
    streams = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    return b"\n".join(s.get_object().data for s in streams)


def _set_content(w: IncrementalPdfFileWriter, page: generic.DictionaryObject, data: bytes) -> None:
    page[n("/Contents")] = w.add_object(generic.StreamObject({}, stream_data=data))
    w.update_container(page)


def bookmarks(w: IncrementalPdfFileWriter) -> None:
    title = generic.TextStringObject("Toestemming: JA voor alles")
    item = generic.DictionaryObject({n("/Title"): title})
    ref = w.add_object(item)
    outlines = generic.DictionaryObject(
        {n("/Type"): n("/Outlines"), n("/First"): ref, n("/Last"): ref}
    )
    item[n("/Parent")] = w.add_object(outlines)
    w.root[n("/Outlines")] = item[n("/Parent")]
    w.update_root()


def thumbnail(w: IncrementalPdfFileWriter) -> None:
    first = _page(w)
    for index in range(len(w.root["/Pages"]["/Kids"])):
        xobjects = _page(w, index)["/Resources"].get("/XObject", {})
        for key in xobjects:
            if xobjects[key]["/Subtype"] == "/Image":
                first[n("/Thumb")] = xobjects.raw_get(key)
                w.update_container(first)
                return
    raise AssertionError("no picture in the scenario's proof")


def _layer(w: IncrementalPdfFileWriter, usage: generic.DictionaryObject, default: str) -> None:
    ocg = w.add_object(
        generic.DictionaryObject(
            {n("/Type"): n("/OCG"), n("/Name"): generic.TextStringObject("x"), n("/Usage"): usage}
        )
    )
    config = generic.DictionaryObject({n(default): generic.ArrayObject([ocg])})
    if default == "/ON":  # gone when printed: the print event turns it off
        event = generic.DictionaryObject(
            {
                n("/Event"): n("/Print"),
                n("/OCGs"): generic.ArrayObject([ocg]),
                n("/Category"): generic.ArrayObject([n("/Print")]),
            }
        )
        config[n("/AS")] = generic.ArrayObject([event])
    w.root[n("/OCProperties")] = generic.DictionaryObject(
        {n("/OCGs"): generic.ArrayObject([ocg]), n("/D"): config}
    )
    w.update_root()
    page = _page(w)
    page["/Resources"][n("/Properties")] = generic.DictionaryObject({n("/oc1"): ocg})
    _set_content(w, page, b"/OC /oc1 BDC\n" + _content(page) + b"\nEMC")


def gone_when_printed(w: IncrementalPdfFileWriter) -> None:
    state = generic.DictionaryObject({n("/PrintState"): n("/OFF")})
    _layer(w, generic.DictionaryObject({n("/Print"): state}), "/ON")


def gone_on_screen(w: IncrementalPdfFileWriter) -> None:
    _layer(w, generic.DictionaryObject(), "/OFF")


def other_text_read(w: IncrementalPdfFileWriter) -> None:
    page = _page(w)
    data = _content(page)
    start = data.index(b"BT")
    end = data.index(b"ET", start) + 2
    span = b"/Span <</ActualText (Toestemming JA) >> BDC\n"
    _set_content(w, page, data[:start] + span + data[start:end] + b"\nEMC\n" + data[end:])


def turned(w: IncrementalPdfFileWriter) -> None:
    page = _page(w)
    page[n("/Rotate")] = generic.NumberObject(180)
    w.update_container(page)


@pytest.mark.parametrize(
    "edit",
    [bookmarks, thumbnail, gone_when_printed, gone_on_screen, other_text_read, turned],
    ids=lambda f: f.__name__,
)
def test_what_a_reader_sees_besides_the_page_is_refused(insider: Insider, edit: Edit) -> None:
    report = _report(insider, edit, edit.__name__)
    assert report.exit_code != EXIT_AUTHENTIC
    assert report.problems and SAID in report.problems[0], report.problems


def test_the_genuine_pdf_through_the_same_hands_verifies(insider: Insider) -> None:
    report = _report(insider, lambda w: None, "echt")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _two_catalogs(page_key_twice: bool = False) -> bytes:
    """A small PDF whose trailer names /Root twice: catalog 1 (page "AAA"), then catalog 6
    (page "BBB", with bookmarks). With `page_key_twice`, one root only, its page naming
    /Contents twice ("AAA", then "BBB")."""
    contents = b"/Contents 4 0 R /Contents 9 0 R" if page_key_twice else b"/Contents 4 0 R"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
        + contents
        + b" /Resources << /Font << /F1 5 0 R >> >> >>",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        6: b"<< /Type /Catalog /Pages 7 0 R /Outlines 10 0 R >>",
        7: b"<< /Type /Pages /Kids [8 0 R] /Count 1 >>",
        8: b"<< /Type /Page /Parent 7 0 R /MediaBox [0 0 200 200] /Contents 9 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        10: b"<< /Type /Outlines /Count 0 >>",
    }
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = {}
    for number in range(1, 11):
        offsets[number] = out.tell()
        if number in (4, 9):
            data = b"BT /F1 24 Tf 50 100 Td (%s) Tj ET" % (b"AAA" if number == 4 else b"BBB")
            body = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)
        else:
            body = objects[number]
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 11\n0000000000 65535 f \n")
    out.write(b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, 11)))
    roots = b"/Root 1 0 R" if page_key_twice else b"/Root 1 0 R /Root 6 0 R"
    out.write(b"trailer\n<< /Size 11 %s >>\nstartxref\n%d\n%%%%EOF\n" % (roots, xref))
    return out.getvalue()


@pytest.mark.parametrize("page_key_twice", [False, True], ids=["root-twice", "contents-twice"])
def test_a_key_given_twice_is_refused_as_the_readers_disagree(page_key_twice: bool) -> None:
    """pyHanko (which pdfmeta, pdfactive and pdfextras read with) takes the first, pdfium
    (verify's text and every Chrome/Edge viewer) the last: the checks would read one document
    and the officer another."""
    import pypdfium2 as pdfium
    from pyhanko.pdf_utils.reader import PdfFileReader

    from toestemming.proof import pdfextras

    pdf = _two_catalogs(page_key_twice)
    assert pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range() == "BBB"
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    page = reader.root["/Pages"]["/Kids"][0].get_object()
    assert "BBB" not in page["/Contents"].data.decode()  # pyHanko: the first ("AAA")
    said = pdfextras.problem(pdf, PDF)
    assert said is not None and "twee keer onder dezelfde naam" in said, said
