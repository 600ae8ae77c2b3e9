"""Every picture bewijs.pdf shows is a signature picture the package proves (proof27).

The only pictures the proof's writer puts on a page are the signatures drawn at the tablet (or
recorded with a decision at the desk): the evidence file's own picture under "Handtekening".
signing_method.py counts them — one per decision signed by drawing, none for a typed name —
but never looked at what they show. An insider with the keys re-rendered bewijs.pdf with
another drawing (a neater signature, the other parent's, a picture of the words "ja,
akkoord") under the mother's decision, re-signed, and verify said authentic.

Now each picture's pixels must be those of a signature picture in the package, whose SHA-256
the log holds (verify_receipt.check_evidence): decoded as the writer embeds it (reportlab: a
PNG's pixels as grey or RGB, a JPEG as it is).

proof28: and each picture must be the one of ITS decision. Two parents each drew their
signature; an insider re-rendered the PDF with the father's drawing under the mother's
decision and hers under his — both the package's own, so the check above passed. Each decision
names its evidence ("Bewijsstuk bewijsstukken/12-…", held to the log by printed_items), and the
writer draws the picture in that decision's table, below that row. So a picture is bound to
the last "Bewijsstuk" row above it in reading order (pages in order, top to bottom; a table
split over a page break keeps its row on the page before), and its pixels must be those of that
evidence file — a signature the log names for that decision.

What pdfium hands out as an image's data is its pixels before the image dictionary has its
say: a /Decode array (inverting a drawing), a soft mask or colour-key /Mask (erasing strokes),
an /Indexed colour space (another palette) all change what a reader SEES while the data
stays the package's own; so does drawing it mirrored, turned or stretched. So each picture
is also rendered by pdfium as a reader's viewer does (mask, decode and colour space applied,
at its own pixel size) and must equal the same rendering of its evidence file embedded as the
writer embeds it (formulieren.proof_pdf.picture_alone: reportlab, whose soft mask of a PNG's
alpha is then the program's own), and be drawn upright at the picture's own proportions."""

from __future__ import annotations

import ctypes
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from formulieren.proof_pdf import HEARD_HEADING

_EVIDENCE_FILE = re.compile(r"bewijsstukken/([0-9]{1,12})-[a-z]+\.[a-z0-9]+")
MAX_PIXELS = 16_000_000  # a tablet signature is 600 × 200; refuse to decode a bomb

Form = tuple[int, int, str]  # width, height, SHA-256 of the decoded pixel data


def problem(
    pdf: bytes, files: Mapping[str, bytes], verified: Mapping[int, Mapping[str, Any]], name: str
) -> str | None:
    """A Dutch sentence when bewijs.pdf shows a picture that is none of the package's
    signature pictures, or not the one of the decision it is shown under; None when every
    picture is its decision's (or there is none)."""
    signatures = {
        int(b["data"]["evidence"])
        for b in verified.values()
        if b["kind"] == "evidence.added" and b["data"].get("kind") == "signature"
    }
    by_evidence: dict[int, set[Form]] = {}
    for file, data in files.items():
        match = _EVIDENCE_FILE.fullmatch(file)
        if match and int(match.group(1)) in signatures:
            by_evidence.setdefault(int(match.group(1)), set()).update(_forms(data))
    read = _read(pdf)
    if read is None:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    shown, rows = read
    allowed = set().union(*by_evidence.values())
    if not all(picture.form in allowed for picture in shown):
        return (
            f"{name}: het document toont een afbeelding (bijvoorbeeld een handtekening) die geen "
            "van de handtekeningen in de bewijsstukken van dit pakket is: het document is na het "
            "opmaken gewijzigd."
        )
    seen: dict[int, str | None] = {}
    for picture in shown:
        owner = _owner(rows, picture)
        if picture.nested or owner is None or picture.form not in by_evidence.get(owner, set()):
            return (
                f"{name}, pagina {picture.page + 1}: het document toont een handtekening die niet "
                "hoort bij het besluit waaronder zij staat (het bewijsstuk dat dat besluit noemt "
                "is een andere afbeelding): het document is na het opmaken gewijzigd."
            )
        if owner not in seen:
            seen[owner] = _reference(files, owner)
        if not picture.upright or picture.seen != seen[owner]:
            return (
                f"{name}, pagina {picture.page + 1}: een handtekening wordt anders getoond dan "
                "het bewijsstuk haar heeft (omgekeerd, deels weggemaskeerd, in andere kleuren, "
                "gespiegeld of vervormd): het document is na het opmaken gewijzigd."
            )
    return None


def _reference(files: Mapping[str, bytes], evidence: int) -> str | None:
    """How a reader's viewer shows evidence `evidence`'s picture as the writer embeds it."""
    from formulieren.proof_pdf import picture_alone

    for file, data in files.items():
        match = _EVIDENCE_FILE.fullmatch(file)
        if match and int(match.group(1)) == evidence:
            read = _read(picture_alone(data))
            if read and len(read[0]) == 1:
                return read[0][0].seen
    return None


@dataclass(frozen=True)
class _Picture:
    page: int
    top: float  # points from the page's bottom
    form: Form
    nested: bool  # drawn inside a form XObject (the writer never does)
    upright: bool  # not turned, mirrored or stretched
    seen: str | None  # SHA-256 of pdfium's rendering of it at its pixel size (see above)


@dataclass(frozen=True)
class _Row:
    """A line of the decisions' tables that says whose picture follows: a "Bewijsstuk" row
    (the evidence it names, None for "geen"), or a line that starts another decision or
    section (None)."""

    page: int
    bottom: float
    evidence: int | None


# A decision's table starts with "Wie"; its evidence row names the file; the young person's
# view and the item's history follow the decisions.
_MARK = re.compile(
    r"(?:^|\n)(?:(?P<who>Wie )|Bewijsstuk[ \n]+(?P<file>[^\n]*)|(?P<end>"
    + re.escape(HEARD_HEADING)
    + r"|Geschiedenis van dit onderdeel|Bewijsstukken in dit pakket)\n)"
)
_NAMED = re.compile(r"bewijsstukken/([0-9]{1,12})(?![0-9])")
_TOLERANCE = 1.0  # points


def _owner(rows: list[_Row], picture: _Picture) -> int | None:
    """The evidence named by the last mark above the picture in reading order."""
    before = [
        r
        for r in rows
        if r.page < picture.page
        or (r.page == picture.page and r.bottom >= picture.top - _TOLERANCE)
    ]
    if not before:
        return None
    return max(before, key=lambda r: (r.page, -r.bottom)).evidence


def _digest(width: int, height: int, data: bytes) -> Form:
    return (width, height, hashlib.sha256(data).hexdigest())


def _forms(data: bytes) -> set[Form]:
    """The ways the writer may embed this picture: its pixels as grey or RGB, or (a JPEG)
    the file itself."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return set()
            out = {_digest(width, height, data)}
            if image.mode in ("L", "RGB"):
                out.add(_digest(width, height, image.tobytes()))
            for mode in ("L", "RGB"):
                out.add(_digest(width, height, image.convert(mode).tobytes()))
            return out
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return set()


def _read(pdf: bytes) -> tuple[list[_Picture], list[_Row]] | None:
    """Each picture the PDF draws (pdfium's image objects, forms included): where, its size
    and its decoded data (a JPEG's DCT data as it is); and the marks of the decisions' rows."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None
    try:
        pictures: list[_Picture] = []
        rows: list[_Row] = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=8):
                    top = obj.get_bounds()[3]
                    form = _decoded(raw, obj)
                    upright = _upright(obj.get_matrix(), form)
                    seen = _rendered(raw, doc, page, obj, form)
                    pictures.append(_Picture(index, top, form, obj.level > 0, upright, seen))
            finally:
                page.close()
        # The rows of every page before the last picture's (a decision's table split over a
        # page break keeps its "Bewijsstuk" row on the page before its picture).
        last = max((p.page for p in pictures), default=-1)
        for index in range(last + 1):
            page = doc[index]
            try:
                rows += _rows(raw, page, index)
            finally:
                page.close()
        return pictures, rows
    except pdfium.PdfiumError:
        return None
    finally:
        doc.close()


def _decoded(raw: Any, obj: Any) -> Form:
    width, height = ctypes.c_uint(), ctypes.c_uint()
    if (
        not raw.FPDFImageObj_GetImagePixelSize(obj.raw, ctypes.byref(width), ctypes.byref(height))
        or width.value * height.value > MAX_PIXELS
    ):
        return (0, 0, "")
    size = raw.FPDFImageObj_GetImageDataDecoded(obj.raw, None, 0)
    buffer = (ctypes.c_ubyte * size)()
    raw.FPDFImageObj_GetImageDataDecoded(obj.raw, buffer, size)
    return _digest(width.value, height.value, bytes(buffer))


def _upright(matrix: Any, form: Form) -> bool:
    """Drawn as the writer draws a picture: not turned or mirrored, its proportions kept."""
    width, height, _ = form
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0 or not width or not height:
        return False
    return bool(abs(matrix.a / matrix.d - width / height) <= 0.01 * width / height)


def _rendered(raw: Any, doc: Any, page: Any, obj: Any, form: Form) -> str | None:
    """pdfium's rendering of the picture with its mask, decode array and colour space, one
    device pixel per image pixel (its place on the page set aside): a SHA-256 of the pixels."""
    width, height, _ = form
    if not width:
        return None
    # The colour space and depth as the file says them: a calibrated space with its own
    # matrix or gamma is shown differently by viewers that honour it (pdfium does not).
    metadata = raw.FPDF_IMAGEOBJ_METADATA()
    if not raw.FPDFImageObj_GetImageMetadata(obj.raw, page.raw, ctypes.byref(metadata)):
        return None
    raw.FPDFPageObj_SetMatrix(obj.raw, raw.FS_MATRIX(width, 0, 0, height, 0, 0))
    bitmap = raw.FPDFImageObj_GetRenderedBitmap(doc.raw, page.raw, obj.raw)
    if not bitmap:
        return None
    try:
        rows, stride = raw.FPDFBitmap_GetHeight(bitmap), raw.FPDFBitmap_GetStride(bitmap)
        digest = hashlib.sha256(
            b"%d %d %d %d %d "
            % (
                raw.FPDFBitmap_GetWidth(bitmap),
                rows,
                raw.FPDFBitmap_GetFormat(bitmap),
                metadata.colorspace,
                metadata.bits_per_pixel,
            )
        )
        digest.update(ctypes.string_at(raw.FPDFBitmap_GetBuffer(bitmap), stride * rows))
        return digest.hexdigest()
    finally:
        raw.FPDFBitmap_Destroy(bitmap)


def _rows(raw: Any, page: Any, index: int) -> list[_Row]:
    """The page's marks, each at its first character's bottom edge (content order: one
    character index per character, the line breaks pdfium adds as "\n")."""
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        chars = []
        for i in range(count):
            code = raw.FPDFText_GetUnicode(handle, i)
            chars.append("\n" if code in (10, 13) else chr(code) if 0 < code < 0x110000 else " ")
        text = "".join(chars)
        out = []
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        for match in _MARK.finditer(text):
            at = match.start("who") if match.group("who") else match.start(0)
            at = at + 1 if text[at] == "\n" else at
            if not raw.FPDFText_GetCharBox(handle, at, left, right, bottom, top):
                continue
            named = _NAMED.match(match.group("file") or "")
            evidence = int(named.group(1)) if named else None
            out.append(_Row(index, bottom.value, evidence))
        return out
    finally:
        textpage.close()
