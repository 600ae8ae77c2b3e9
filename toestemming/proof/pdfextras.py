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
  held to the log was not the text drawn.

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
MAX_PAGES = 2000  # as pdfscan.PAGE_LIMIT


def problem(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence when the PDF holds any of the above; None when it holds none."""
    found = _structure(pdf)
    if found is None:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if found or _marked(pdf):
        return _SAID.format(name=name)
    return None


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
