"""bewijs.pdf draws no lines but its own (proof26).

verify_drawn holds that the text is drawn, signing_method that no picture stands where only a
typed name was signed. A forger with the keys could still draw a "signature" with the PDF's
path operators (curves and strokes, no picture) onto a decision signed with a typed name, or
scribble "ja" over a row: the text check passed and the page showed a hand.
(Annotations — an ink drawing, a stamp, a visible signature field — pdfmeta refuses.)

The proof's writer (formulieren, reportlab tables and rules) draws only straight lines along
the page's axes: table borders and rules (a line: move + line) and boxes (a rectangle: move,
three lines, close), each at least tens of points long. So every path on every page must be
one such line or box, unturned, its longer side at least MIN_RULE points: no curve, no
slanted stroke, no path of many pieces, no speck — a hand's drawing is none of these. No
shading either, and no path inside a form XObject (the writer uses neither).

Not caught: block letters built of boxes and long straight rules (they look like a table)."""

from __future__ import annotations

import ctypes
import itertools
from typing import Any

MIN_RULE = 10.0  # points; the shortest line a genuine proof draws is a 32.5 pt table border
MAX_SEGMENTS = 5  # a rectangle: move, three lines, the closing line
_LINE, _MOVE = 0, 2  # pdfium's FPDF_SEGMENT_LINETO and FPDF_SEGMENT_MOVETO


def foreign_drawing(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence when a page of the PDF draws a path the program never draws (a
    curve, a slanted or turned stroke, a path of many pieces, a speck, a shading); None
    when it draws only its own lines and boxes."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                kinds = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING)
                for obj in page.get_objects(filter=kinds, max_depth=8):
                    # The writer never nests a drawing in a form (whose own matrix
                    # could turn or shrink it): a path there is not its own.
                    foreign = obj.type == raw.FPDF_PAGEOBJ_SHADING or obj.level > 0
                    if foreign or not _own(raw, obj.raw):
                        return (
                            f"{name}, pagina {index + 1}: er is een tekening in lijnen op de "
                            "pagina gezet (zoals een handtekening of een woord) die het "
                            "programma nooit tekent: het document is na het opmaken gewijzigd."
                        )
            finally:
                page.close()
    except pdfium.PdfiumError:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    finally:
        doc.close()
    return None


def _own(raw: Any, obj: Any) -> bool:
    """A line or a box along the page's axes, long enough to be a rule or a border."""
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return False
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6:
        return False  # turned or slanted
    count = raw.FPDFPath_CountSegments(obj)
    if not 2 <= count <= MAX_SEGMENTS:
        return False
    points = []
    for k in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind != (_MOVE if k == 0 else _LINE):
            return False
        x, y = ctypes.c_float(), ctypes.c_float()
        if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            return False
        points.append((x.value * matrix.a, y.value * matrix.d))
    longest = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        dx, dy = abs(x1 - x0), abs(y1 - y0)
        if dx > 1e-3 and dy > 1e-3:
            return False  # slanted
        longest = max(longest, dx, dy)
    return longest >= MIN_RULE
