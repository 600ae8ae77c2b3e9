"""bewijs.pdf changed after its signature, in an incremental update (proof18, DocMDP).

The organisation's signature is an approval signature over the first revision; a PDF reader
shows the last. Whoever holds a package (an insider re-signs the manifest; anyone else cannot
even get past its hashes) appends a revision that adds what the log never said: a page with
"Antwoord: ja", an annotation drawn over item 3's "nee", a form field whose value is "ja", or
another /Info (title, author). Each leaves the signed bytes as they were, so the signature
itself stays intact; `verify` must still refuse the PDF (pdfsign: the signature must cover the
whole file), in Dutch, exit 1, without a traceback. These were caught before this session
(the coverage check, session 8's /PageLayout test); the tests pin each kind of update."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from zip_craft import run_cli

from toestemming.proof.package import PDF, SIGNATURE
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT

Files = dict[str, bytes]
ADDED = "na de handtekening is er iets aan het document toegevoegd"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("s16pdf"))


def _font(w: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return w.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Font"),
                pdf_name("/Subtype"): pdf_name("/Type1"),
                pdf_name("/BaseFont"): pdf_name("/Helvetica"),
            }
        )
    )


def _yes_stream(w: IncrementalPdfFileWriter) -> generic.IndirectObject:
    """A small appearance (a form XObject): a white box saying "Antwoord: ja"."""
    form = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (0, 0, 300, 40)]
            ),
            pdf_name("/Resources"): generic.DictionaryObject(
                {pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): _font(w)})}
            ),
        },
        stream_data=b"1 1 1 rg 0 0 300 40 re f 0 0 0 rg BT /F1 14 Tf 4 12 Td (Antwoord: ja) Tj ET",
    )
    return w.add_object(form)


def new_page(w: IncrementalPdfFileWriter) -> None:
    font = _font(w)
    stream = generic.StreamObject(
        stream_data=b"BT /F1 24 Tf 72 700 Td (Onderdeel 3 - Antwoord: ja) Tj ET"
    )
    page = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Page"),
            pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (0, 0, 595, 842)]
            ),
            pdf_name("/Resources"): generic.DictionaryObject(
                {pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): font})}
            ),
            pdf_name("/Contents"): w.add_object(stream),
        }
    )
    w.insert_page(page)


def annotation(w: IncrementalPdfFileWriter) -> None:
    """A stamp annotation with a white box and "Antwoord: ja", over the first page."""
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Stamp"),
            pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (60, 400, 360, 440)]
            ),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _yes_stream(w)}),
        }
    )
    page_ref, _ = w.find_page_for_modification(0)
    w.register_annotation(page_ref, w.add_object(annot))


def form_field(w: IncrementalPdfFileWriter) -> None:
    """A text field "Antwoord onderdeel 3" with the value "ja", shown on the first page."""
    page_ref, _ = w.find_page_for_modification(0)
    field = w.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Annot"),
                pdf_name("/Subtype"): pdf_name("/Widget"),
                pdf_name("/FT"): pdf_name("/Tx"),
                pdf_name("/T"): pdf_string("Antwoord onderdeel 3"),
                pdf_name("/V"): pdf_string("ja"),
                pdf_name("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (60, 400, 360, 440)]
                ),
                pdf_name("/F"): generic.NumberObject(4),
                pdf_name("/P"): page_ref,
                pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _yes_stream(w)}),
            }
        )
    )
    form = w.root["/AcroForm"]
    form["/Fields"].append(field)
    w.update_container(form)
    w.register_annotation(page_ref, field)


def info(w: IncrementalPdfFileWriter) -> None:
    """Another /Info: title and author of the document as a reader's properties show them."""
    w.set_info(
        generic.DictionaryObject(
            {
                pdf_name("/Title"): pdf_string("Toestemming gegeven voor alle onderdelen"),
                pdf_name("/Author"): pdf_string("Gemeente"),
            }
        )
    )


UPDATES: dict[str, Callable[[IncrementalPdfFileWriter], None]] = {
    "page": new_page,
    "annotation": annotation,
    "field": form_field,
    "info": info,
}


def updated(pdf: bytes, how: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    how(w)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_the_genuine_package_is_authentic(genuine: Insider) -> None:
    path = resigned(genuine, genuine.files[PDF], "echt-opnieuw.tbewijs")
    run = run_cli(["verify", "--trust", str(genuine.trust), str(path)])
    assert run.returncode == EXIT_AUTHENTIC, run.stdout + run.stderr


@pytest.mark.parametrize("what", sorted(UPDATES))
def test_an_update_after_the_signature_is_refused(genuine: Insider, what: str) -> None:
    pdf = updated(genuine.files[PDF], UPDATES[what])
    assert pdf.startswith(genuine.files[PDF]) and len(pdf) > len(genuine.files[PDF])
    path = resigned(genuine, pdf, f"na-{what}.tbewijs")
    run = run_cli(["verify", "--trust", str(genuine.trust), str(path)])
    assert run.returncode == EXIT_NOT_INTACT, run.stdout + run.stderr
    assert run.stderr.startswith("NIET in orde:") and ADDED in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_a_truncated_pdf_signature_is_refused(genuine: Insider) -> None:
    """The signature's CMS cut short inside /Contents (zeros after the first half, so the byte
    ranges still line up): pyHanko cannot parse it; `verify` says so in Dutch."""
    pdf = genuine.files[PDF]
    start = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", start)
    half = start + (end - start) // 2
    cut = pdf[:half] + b"0" * (end - half) + pdf[end:]
    assert len(cut) == len(pdf)
    path = resigned(genuine, cut, "afgekapt.tbewijs")
    run = run_cli(["verify", "--trust", str(genuine.trust), str(path)])
    assert run.returncode == EXIT_NOT_INTACT, run.stdout + run.stderr
    assert run.stderr.startswith("NIET in orde:") and "bewijs.pdf" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_a_truncated_manifest_signature_is_refused(genuine: Insider) -> None:
    files = dict(genuine.files)
    files[SIGNATURE] = files[SIGNATURE][:64] + b"\n"
    path = genuine.folder / "sig-kort.tbewijs"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)
    run = run_cli(["verify", "--trust", str(genuine.trust), str(path)])
    assert run.returncode == EXIT_NOT_INTACT, run.stdout + run.stderr
    assert "manifest.sig" in run.stderr and "Traceback" not in run.stderr
