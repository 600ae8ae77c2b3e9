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

proof27: that still let block letters through — an "H" of three boxes, a name of short thin
rules, a "ja" of strokes 10 pt long pass as "a line or a box". But the writer's lines and boxes
are never loose: every horizontal rule and every box spans the text column (table rows, the
framed text, the header and footer rules: WIDE of the page's width or more), and every
vertical line is a table's or frame's side or column border, running from one such rule (or
box edge) to another within the column. A letter needs a short crossbar, a narrow box, or a
stroke ending in the open: none of them is the writer's. (A vertical bar between two rows of a
table, at any place across it, is still possible: an "I", not a word.) Nor does the writer
clip, dash or draw thick lines: a column-wide box cut by a clipping path to the shape of a signature showed a signature
(it passed proof26's check too); a clipped line, box or picture is refused, and so is a stroke
wider than MAX_STROKE (a block) or dashed (stacked dashed rules are a picture, dot by dot), and
any pattern (a column-wide box filled with a tiling pattern whose cell draws a signature).

review30 (merged with proof27): a line is stroked and never filled, a box filled and never
stroked, in a light shade (every colour channel at least LIGHT: the writer's is #f1f3f4 — bold
dark boxes made block letters), and no rule may cross the middle of a drawn character (one long
rule struck a row through)."""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from .pdfscan import _escaped

MIN_RULE = 10.0  # points; the shortest line a genuine proof draws is a 32.5 pt table border
MAX_SEGMENTS = 5  # a rectangle: move, three lines, the closing line
WIDE = 0.6  # of the page's width: the narrowest rule or box the writer draws is the column
NEAR = 0.75  # points: a vertical line's end meets a rule or a box edge
MAX_STROKE = 1.0  # points: the writer's rules are 0.25 and 0.5 pt wide
LIGHT = 200  # of 255; the writer's shade is #f1f3f4
_CORE = 0.25  # a rule may touch a character's outer quarters (a descender), not its middle
_LINE, _MOVE = 0, 2  # pdfium's FPDF_SEGMENT_LINETO and FPDF_SEGMENT_MOVETO
_PATTERN = re.compile(b"/" + _escaped(b"Pattern"))  # also /PatternType


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
    if _patterned(pdf):
        doc.close()
        return (
            f"{name}: er is een vlak met een patroon op een pagina gezet (het patroon kan een "
            "handtekening of een woord tekenen); dat doet het programma nooit: het document is "
            "na het opmaken gewijzigd."
        )
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                kinds = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING, raw.FPDF_PAGEOBJ_IMAGE)
                shapes: list[Box] = []
                foreign = False
                for obj in page.get_objects(filter=kinds, max_depth=8):
                    # The writer never clips: a box or a picture cut to a shape is a drawing
                    # of that shape (proof27: a column-wide box clipped to a signature).
                    if _clipped(raw, obj.raw):
                        foreign = True
                        break
                    if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                        continue  # pictures: signing_method and verify_drawn
                    # The writer never nests a drawing in a form (whose own matrix
                    # could turn or shrink it): a path there is not its own.
                    shape = None
                    if obj.type != raw.FPDF_PAGEOBJ_SHADING and obj.level == 0:
                        shape = _own(raw, obj.raw)
                    if shape is None:
                        foreign = True
                        break
                    shapes.append(shape)
                if (
                    foreign
                    or not laid_out(shapes, page.get_width())
                    or _struck_through(raw, page, shapes)
                ):
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


def _patterned(pdf: bytes) -> bool:
    """Whether any object of the PDF is a pattern or names one (proof27: a column-wide box
    filled with a tiling pattern whose cell draws a signature — the cell's lines are no page
    object, so the path check never saw them). The writer uses no pattern. A byte scan of the
    whole file for the name however its letters are spelled (#xx): a pattern's dictionary, a
    page's resources and a colour space are dictionaries, and pdfscan refused object streams,
    which could hide one. Streams' data is scanned too: skipping "stream … endstream" by
    pattern let a forger open a fake stream inside a string before the pattern's dictionary
    and hide it (the name in compressed or typed text is a false alarm the writer never
    produces: its names are no "/Pattern"). Not pypdf: it is no dependency of the installed
    app, whose verify then refused every package (the bundle's self-test)."""
    return _PATTERN.search(pdf) is not None


def _thin(raw: Any, obj: Any, scale: float) -> bool:
    """A stroked path is a hairline rule, solid (proof27: a 30 pt wide "line" is a block to
    build letters of; a dash pattern on stacked rules draws a picture dot by dot)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    if not stroke.value:
        return True
    width = ctypes.c_float()
    if not raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width)):
        return False
    return width.value * scale <= MAX_STROKE and raw.FPDFPageObj_GetDashCount(obj) <= 0


def _clipped(raw: Any, obj: Any) -> bool:
    """Whether a clipping path cuts the object short (pdfium counts -1 paths for none). A
    box along the axes holding the whole object (a page clip) cuts nothing (review30)."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip or raw.FPDFClipPath_CountPaths(clip) <= 0:
        return False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
        return True
    return not _whole(raw, obj, Box(left.value, bottom.value, right.value, top.value))


def _whole(raw: Any, obj: Any, box: Box) -> bool:
    """No clip cuts the path short: the writer clips nothing, so a clip may only be a box
    along the axes holding the whole path."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return True
    for k in range(max(0, raw.FPDFClipPath_CountPaths(clip))):
        count = raw.FPDFClipPath_CountPathSegments(clip, k)
        if not 0 < count <= MAX_SEGMENTS:
            return False
        xs: list[float] = []
        ys: list[float] = []
        for j in range(count):
            segment = raw.FPDFClipPath_GetPathSegment(clip, k, j)
            x, y = ctypes.c_float(), ctypes.c_float()
            if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                return False
            if xs and abs(x.value - xs[-1]) > 1e-3 and abs(y.value - ys[-1]) > 1e-3:
                return False  # not a box along the axes
            xs.append(x.value)
            ys.append(y.value)
        slack = 1.0
        if not (
            min(xs) - slack <= box[0]
            and min(ys) - slack <= box[1]
            and max(xs) + slack >= box[2]
            and max(ys) + slack >= box[3]
        ):
            return False
    return True


def _drawn_as_own(raw: Any, obj: Any, count: int) -> bool:
    """A line (two points) stroked and not filled; a box filled, not stroked, light (review30)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    filled = fill.value != raw.FPDF_FILLMODE_NONE
    if count == 2:
        return bool(stroke.value) and not filled
    return filled and not stroke.value and _light(raw, obj)


def _light(raw: Any, obj: Any) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a))):
        return False
    return min(r.value, g.value, b.value) >= LIGHT


class Box(NamedTuple):
    """A line's or a box's extent on the page, in points."""

    x0: float
    y0: float
    x1: float
    y1: float


def _own(raw: Any, obj: Any) -> Box | None:
    """A line or a box along the page's axes, long enough to be a rule or a border: its extent
    on the page; None when it is not one."""
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return None
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6:
        return None  # turned or slanted
    if not _thin(raw, obj, max(abs(matrix.a), abs(matrix.d))):
        return None
    count = raw.FPDFPath_CountSegments(obj)
    if not 2 <= count <= MAX_SEGMENTS or not _drawn_as_own(raw, obj, count):
        return None
    points = []
    for k in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind != (_MOVE if k == 0 else _LINE):
            return None
        x, y = ctypes.c_float(), ctypes.c_float()
        if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            return None
        points.append((x.value * matrix.a + matrix.e, y.value * matrix.d + matrix.f))
    longest = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        dx, dy = abs(x1 - x0), abs(y1 - y0)
        if dx > 1e-3 and dy > 1e-3:
            return None  # slanted
        longest = max(longest, dx, dy)
    if longest < MIN_RULE:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def laid_out(shapes: Sequence[Box], page_width: float) -> bool:
    """Every line and box of a page is the writer's: a rule or box across the text column, or
    a vertical line from one such rule or box edge to another, inside the column (proof27)."""
    wide = [s for s in shapes if s.x1 - s.x0 >= WIDE * page_width]
    if not wide:
        return not shapes
    edges = sorted({y for s in wide for y in (s.y0, s.y1)})
    left, right = min(s.x0 for s in wide) - NEAR, max(s.x1 for s in wide) + NEAR
    for s in shapes:
        if s.x1 - s.x0 >= WIDE * page_width:
            continue
        if s.x1 - s.x0 > 1e-3:
            return False  # a short crossbar, or a narrow box
        if not (left <= s.x0 <= right and _meets(edges, s.y0) and _meets(edges, s.y1)):
            return False  # a stroke ending in the open, or outside the column
    return True


def _meets(edges: Sequence[float], y: float) -> bool:
    at = bisect.bisect_left(edges, y - NEAR)
    return at < len(edges) and edges[at] <= y + NEAR


def _struck_through(raw: Any, page: Any, shapes: Sequence[Box]) -> bool:
    lines = [b for b in shapes if b.x1 - b.x0 <= 1e-3 or b.y1 - b.y0 <= 1e-3]
    return bool(lines) and _through_a_letter(lines, _letters(raw, page))


def _letters(raw: Any, page: Any) -> list[Box]:
    """The middle of every drawn character's box (its outer quarters left out)."""
    text = page.get_textpage()
    try:
        out = []
        for i in range(text.count_chars()):
            if chr(raw.FPDFText_GetUnicode(text.raw, i) or 32).isspace():
                continue
            left, bottom, right, top = text.get_charbox(i)
            dx, dy = (right - left) * _CORE, (top - bottom) * _CORE
            if right - left > 1e-3 and top - bottom > 1e-3:
                out.append(Box(left + dx, bottom + dy, right - dx, top - dy))
        return out
    finally:
        text.close()


def _through_a_letter(rules: list[Box], letters: list[Box]) -> bool:
    """A rule crossing a character's middle (a strike-through, a stroke through a word)."""
    if not letters:
        return False
    reach = max(max(b[2] - b[0], b[3] - b[1]) for b in letters)
    by_bottom = sorted(letters, key=lambda b: b[1])
    bottoms = [b[1] for b in by_bottom]
    by_left = sorted(letters, key=lambda b: b[0])
    lefts = [b[0] for b in by_left]
    for x0, y0, x1, y1 in rules:
        if y1 - y0 <= 1e-3:  # horizontal: the letters whose middle band holds its height
            start = bisect.bisect_left(bottoms, y0 - reach)
            end = bisect.bisect_right(bottoms, y0)
            near = by_bottom[start:end]
            if any(b[1] < y0 < b[3] and x0 < b[2] and x1 > b[0] for b in near):
                return True
        else:  # vertical
            start = bisect.bisect_left(lefts, x0 - reach)
            end = bisect.bisect_right(lefts, x0)
            near = by_left[start:end]
            if any(b[0] < x0 < b[2] and y0 < b[3] and y1 > b[1] for b in near):
                return True
    return False
