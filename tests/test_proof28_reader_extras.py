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
