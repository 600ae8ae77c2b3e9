"""What a reader sees of bewijs.pdf besides its drawn pages, or instead of them (proof28).

verify reads the pages' text (pdfium) and holds it to the log; verify_drawn, pdffonts,
pdfpaths and pictures make sure the page draws what the text says; pdfmeta and pdfactive
cover the title, annotations, scripts and attachments. An insider with the keys re-signed
bewijs.pdf with, each time, verify saying authentic:

- bookmarks (/Outlines) titled "Toestemming: JA voor alles", shown in the reader's sidebar;
- a page thumbnail (/Thumb) showing another picture than the page;
- optional content (/OCProperties, /OC): the whole of page 1 visible on screen and gone when
  printed (the paper copy in the complaint file lacks the withdrawal);
- marked content with /ActualText: the page draws one text while pdfium, a screen reader and
  copy-paste read another ("Toestemming JA" over "Bewijs van toestemming") — so the text verify
  held to the log was not the text drawn;
- a key given twice in one dictionary (two /Root in the trailer): pyHanko — which these checks,
  pdfmeta and pdfactive read with — takes the first, pdfium and viewers the last, so the
  checks read a clean catalog while the reader got the other one (with its bookmarks, or its
  pages).

The writer (reportlab + one pyHanko signature) writes none of these: its catalog, page tree
and pages have a fixed set of keys (below), no page resource names marked-content properties,
and no page object carries a content mark. Anything else is refused. Call after pdfscan
bounded the file."""

from __future__ import annotations

import io
from typing import Any

# The keys the writer's catalog, page tree nodes and pages have (reportlab, pyHanko's
# incremental update with its signature field, its DSS when a timestamp is added).
_CATALOG = frozenset(
    {"/Type", "/Pages", "/AcroForm", "/Extensions", "/Metadata", "/PageMode", "/Version", "/DSS"}
)
_PAGES = frozenset({"/Type", "/Kids", "/Count", "/Parent"})
_PAGE = frozenset(
    {"/Type", "/Parent", "/Resources", "/Contents", "/MediaBox", "/Rotate", "/Trans", "/Annots"}
)
_SAID = (
    "{name}: het PDF-bestand bevat iets wat een PDF-lezer naast of in plaats van de pagina "
    "toont en wat dit programma nooit schrijft (bladwijzers, miniaturen, lagen die bij het "
    "afdrukken of op het scherm verdwijnen, vervangende tekst of een gedraaide pagina): het "
    "document is na het opmaken gewijzigd."
)
_TWICE = (
    "{name}: in het PDF-bestand staat een onderdeel twee keer onder dezelfde naam (zoals twee "
    "keer /Root), zodat PDF-lezers er verschillende documenten in lezen; dit programma schrijft "
    "dat nooit: het document is na het opmaken gewijzigd."
)
MAX_PAGES = 2000  # as pdfscan.PAGE_LIMIT
MAX_OBJECTS = 100_000  # as pdfactive.MAX_OBJECTS


def problem(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence when the PDF holds any of the above; None when it holds none."""
    if _twice(pdf):
        return _TWICE.format(name=name)
    found = _structure(pdf)
    if found is None:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if found or _marked(pdf):
        return _SAID.format(name=name)
    return None


def _twice(pdf: bytes) -> bool:
    """Whether a dictionary reachable from the trailer (the trailer too) names a key twice:
    pyHanko's strict reading refuses exactly that (and reads the writer's PDFs)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.misc import PdfStrictReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        stack: list[object] = [reader.trailer_view]
        seen: set[tuple[int, int]] = set()
        while stack and len(seen) <= MAX_OBJECTS:
            obj = stack.pop()
            if isinstance(obj, generic.IndirectObject):
                if (obj.idnum, obj.generation) in seen:
                    continue
                seen.add((obj.idnum, obj.generation))
                obj = obj.get_object()  # type: ignore[no-untyped-call]
            if isinstance(obj, dict):
                stack.extend(obj.values())
            elif isinstance(obj, list):
                stack.extend(obj)
    except PdfStrictReadError as error:
        return "Multiple definitions" in str(error)
    except Exception:  # other damage: _structure and the other checks say so
        return False
    return False


def _structure(pdf: bytes) -> bool | None:
    """True when the catalog, a page tree node or a page has a key the writer never writes
    (or a page is turned, or the document opens on bookmarks or thumbnails); None when
    pyHanko cannot read it."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        root = reader.root
        if set(root.keys()) - _CATALOG or str(root.get("/PageMode", "/UseNone")) != "/UseNone":
            return True
        stack: list[Any] = [root.raw_get("/Pages")]
        seen: set[int] = set()
        while stack:
            ref = stack.pop()
            if ref.idnum in seen or len(seen) > MAX_PAGES * 2:
                return True  # a page tree that loops or grows past any proof's
            seen.add(ref.idnum)
            node = ref.get_object()
            if str(node.get("/Type")) == "/Pages":
                if set(node.keys()) - _PAGES:
                    return True
                stack.extend(node.raw_get("/Kids"))
            elif (
                set(node.keys()) - _PAGE
                or int(node.get("/Rotate", 0)) != 0
                or "/Properties" in node["/Resources"]
            ):
                return True
    except Exception:  # pyHanko raises many types for broken PDFs; all mean the same here
        return None
    return False


def _marked(pdf: bytes) -> bool:
    """Whether some object on a page (inside forms too) carries a content mark: /ActualText,
    /Alt, optional content (/OC) — reportlab marks nothing."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return True
    try:
        for index in range(min(len(doc), MAX_PAGES)):
            page = doc[index]
            try:
                for obj in page.get_objects(max_depth=8):
                    if raw.FPDFPageObj_CountMarks(obj.raw) > 0:
                        return True
            finally:
                page.close()
    finally:
        doc.close()
    return False
