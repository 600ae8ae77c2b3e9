"""What a PDF reader shows besides the pages: the document information (/Info: title, author,
subject …), the XMP metadata and annotations (proof24).

An insider with the organisation's keys re-signed bewijs.pdf with another /Info ("Toestemming:
JA voor alles", another author) or XMP title, and `verify` said authentic: every check read the
pages only, while a reader's title bar, the file's properties and a document system's index show
these. A proof PDF is written by one program: reportlab's /Info (formulieren/layout.py: the
title, the organisation as author, …) and pyHanko's XMP packet and one invisible signature
field. Anything else is refused; the dates and version numbers the two libraries write vary,
the rest is fixed. Call after pdfscan bounded the file (the parse then costs what a proof PDF
costs)."""

from __future__ import annotations

import io
import re
from typing import Any

TITLE = "Bewijs van toestemming"  # formulieren/proof_pdf.py's DocMeta
_FIXED = {
    "/Title": TITLE,
    "/Subject": f"{TITLE} (bewijspakket)",
    "/Creator": "Toestemming",
    "/Keywords": "",
    "/Trapped": "/False",
}
_DATE = re.compile(r"D:[0-9]{14}(?:Z|[+-][0-9]{2}'[0-9]{2}'?)?")
_VERSION = r"[0-9]+(?:\.[0-9]+){1,3}"
_PRODUCER = re.compile(r"ReportLab PDF Library - \(opensource\)(?:; pyHanko " + _VERSION + ")?")
# pyHanko's packet, as its incremental writer writes it (only the moment and version vary).
_XMP = re.compile(
    r'<\?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"\?>\n'
    r'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="pyHanko (?P<v1>' + _VERSION + r')">\n'
    r'<rdf:RDF xmlns:rdf="http://www\.w3\.org/1999/02/22-rdf-syntax-ns#">\n'
    r'<rdf:Description xmlns:rdf="http://www\.w3\.org/1999/02/22-rdf-syntax-ns#" '
    r'xmlns:xmp="http://ns\.adobe\.com/xap/1\.0/" xmlns:pdf="http://ns\.adobe\.com/pdf/1\.3/" '
    r'xmp:ModifyDate="[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}'
    r'(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})" '
    r'pdf:Producer="pyHanko (?P<v2>' + _VERSION + r')" rdf:about=""/>\n'
    r"</rdf:RDF>\n</x:xmpmeta>\n"
    r'<\?xpacket end="[rw]"\?>\n?'
)
_SAID = (
    "{name}: {what} is niet wat het programma schrijft{why}. Een PDF-lezer laat die zien "
    "(titel, auteur, eigenschappen); het document is na het opmaken gewijzigd."
)


def problem(pdf: bytes, organisation: str, name: str) -> str | None:
    """None when /Info, XMP and annotations are as the export writes them; else a Dutch
    sentence naming `name`. `organisation`: the manifest's (the PDF's author)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        info = reader.trailer_view.get("/Info")
        info = None if info is None else info.get_object()
        said = _info(info, organisation) or _xmp(reader.root.get("/Metadata"))
        said = said or _annotations(reader)
    except Exception:  # pyHanko raises many types for broken PDFs; all mean the same here
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    return None if said is None else _SAID.format(name=name, what=said[0], why=said[1])


def _info(info: Any, organisation: str) -> tuple[str, str] | None:
    what = "de documentinformatie (/Info)"
    if info is None:
        return what, " (die ontbreekt)"
    expected = {**_FIXED, "/Author": organisation}
    for key, value in info.items():
        shown = str(value)
        if key in expected:
            if shown != expected[key]:
                return what, f" (het veld {key[1:]} is anders)"
        elif key in ("/CreationDate", "/ModDate"):
            if not _DATE.fullmatch(shown):
                return what, f" (het veld {key[1:]} is geen datum)"
        elif key == "/Producer":
            if not _PRODUCER.fullmatch(shown):
                return what, " (het veld Producer is anders)"
        else:
            return what, " (er staat een veld in dat het nooit schrijft)"
    if set(expected) - set(info.keys()):
        return what, " (er ontbreekt een veld)"
    return None


def _xmp(ref: Any) -> tuple[str, str] | None:
    if ref is None:
        return None  # an unsigned or older PDF without pyHanko's packet
    stream = ref.get_object()
    try:
        text = stream.data.decode("utf-8")
    except (UnicodeDecodeError, AttributeError):
        return "de XMP-metagegevens", ""
    match = _XMP.fullmatch(text)
    if match is None or match["v1"] != match["v2"]:
        return "de XMP-metagegevens", ""
    if set(stream.keys()) - {"/Type", "/Subtype", "/Length", "/Filter", "/DecodeParms"}:
        return "de XMP-metagegevens", ""
    return None


def _annotations(reader: Any) -> tuple[str, str] | None:
    """Only the signature's own field: invisible (a rectangle of no size), on one page."""
    widgets = 0
    for page_ref in _pages(reader.root["/Pages"]):
        page = page_ref.get_object()
        annots = page.get("/Annots")
        for ref in () if annots is None else annots.get_object():
            annot = ref.get_object()
            rect = [float(v) for v in annot.get("/Rect", ())]
            if (
                annot.get("/Subtype") != "/Widget"
                or annot.get("/FT") != "/Sig"
                or "/AP" in annot
                or len(rect) != 4
                or rect[0] != rect[2]
                or rect[1] != rect[3]
            ):
                return (
                    "een aantekening op de pagina",
                    " (alleen de onzichtbare handtekening hoort er)",
                )
            widgets += 1
    if widgets > 1:
        return "een aantekening op de pagina", " (er staat meer dan één handtekeningveld)"
    form = reader.root.get("/AcroForm")
    fields = () if form is None else form.get_object().get("/Fields", ())
    if len(fields.get_object() if fields else ()) > 1:
        return "het formulier in het document", " (alleen het handtekeningveld hoort er)"
    return None


def _pages(node: Any, depth: int = 0) -> list[Any]:
    node = node.get_object()
    if node.get("/Type") == "/Page" or depth > 32:
        return [node]
    return [p for kid in node.get("/Kids", ()) for p in _pages(kid, depth + 1)]
