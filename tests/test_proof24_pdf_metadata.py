"""What a PDF reader shows besides the pages (proof24): an insider with the organisation's keys
re-signs bewijs.pdf with another document title or author (/Info), an XMP title, or an
annotation beside the answers, and signs the package anew. Before, `verify` read the pages
only and said "OK — bewijspakket in orde", while a reader's title bar said "Toestemming: JA
voor alles". Now each is refused in Dutch, exit 1, in a child process as an officer runs it;
the genuine PDF and the saved packages of earlier releases still pass."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned, verify_cli
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from toestemming.proof import pdfmeta
from toestemming.proof.package import MANIFEST, PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT

DATA = Path(__file__).parent / "data"
CHANGED = "is niet wat het programma schrijft"


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("meta"))


def _edited(insider: Insider, edit: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    """The genuine PDF before its signature, edited, then signed with the organisation's
    certificate as the export signs."""
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned(insider.files[PDF])))
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return signed(insider, out.getvalue())


def _info(**fields: str) -> Callable[[IncrementalPdfFileWriter], None]:
    def edit(w: IncrementalPdfFileWriter) -> None:
        info = w.trailer["/Info"]
        for key, value in fields.items():
            info[pdf_name(f"/{key}")] = pdf_string(value)
        w.update_container(info)

    return edit


XMP_TITLE = (
    '<?xpacket begin="\ufeff"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Toestemming: JA voor alles'
    '</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
).encode()


class _XmpTitled(IncrementalPdfFileWriter):
    """The signing revision's writer, whose XMP packet then says a title of the insider's."""

    def _update_meta(self) -> None:
        super()._update_meta()  # type: ignore[no-untyped-call]
        stream = generic.StreamObject(
            {pdf_name("/Type"): pdf_name("/Metadata"), pdf_name("/Subtype"): pdf_name("/XML")},
            stream_data=XMP_TITLE,
        )
        self.root[pdf_name("/Metadata")] = self.add_object(stream)
        self.update_root()


def _annotation(w: IncrementalPdfFileWriter) -> None:
    """A note in the margin of page 1 ("nee is ja"), not over any text."""
    page = w.root["/Pages"]["/Kids"][0].get_object()
    note = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Text"),
            pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (2, 2, 20, 20)]
            ),
            pdf_name("/Contents"): pdf_string("Onderdeel 3: de ouder zei later toch ja"),
            pdf_name("/F"): generic.NumberObject(4),
        }
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(w.add_object(note))
    page[pdf_name("/Annots")] = annots
    w.update_container(page)


FORGED: dict[str, Callable[[IncrementalPdfFileWriter], None]] = {
    "title": _info(Title="Toestemming: JA voor alles"),
    "author": _info(Author="Gemeente Utrecht"),
    "subject": _info(Subject="Bewijs van toestemming — alle onderdelen gegeven"),
    "keywords": _info(Keywords="gegeven, ja"),
    "a field it never writes": _info(Opmerking="toch gedeeld"),
    "a note in the margin": _annotation,
}


def test_the_genuine_pdf_re_signed_is_authentic(insider: Insider) -> None:
    pdf = _edited(insider, lambda w: None)
    code, out, err = verify_cli(insider, resigned(insider, pdf, "echt.tbewijs"))
    assert code == EXIT_AUTHENTIC, out + err


@pytest.mark.parametrize("what", FORGED)
def test_metadata_or_a_note_signed_in_by_the_insider_is_refused(
    insider: Insider, what: str
) -> None:
    pdf = _edited(insider, FORGED[what])
    code, out, err = verify_cli(insider, resigned(insider, pdf, "meta.tbewijs"))
    assert code == EXIT_NOT_INTACT, out
    assert f"{PDF}: " in err and CHANGED in err, err
    assert "OK" not in out + err


@pytest.mark.parametrize("saved", ["bewijs_s14.zip", "bewijs_voor_issue20.zip"])
def test_proof_pdfs_of_earlier_releases_pass(saved: str) -> None:
    with zipfile.ZipFile(DATA / saved) as z:
        organisation = json.loads(z.read(MANIFEST))["organisation"]
        assert pdfmeta.problem(z.read(PDF), organisation, PDF) is None


def test_an_xmp_title_signed_in_by_the_insider_is_refused(
    insider: Insider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyHanko writes its own XMP packet in the signing revision: the insider signs with a
    writer that puts theirs there instead (the /Info stays genuine)."""
    from toestemming.proof import pdfsign

    monkeypatch.setattr(pdfsign, "IncrementalPdfFileWriter", _XmpTitled)
    pdf = _edited(insider, lambda w: None)
    monkeypatch.undo()
    assert b"JA voor alles" in pdf
    code, out, err = verify_cli(insider, resigned(insider, pdf, "xmp.tbewijs"))
    assert code == EXIT_NOT_INTACT, out
    assert f"{PDF}: de XMP-metagegevens {CHANGED}" in err, err
