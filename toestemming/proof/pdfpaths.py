"""bewijs.pdf draws no lines but its own (proof26, tightened by review30).

verify_drawn holds that the text is drawn, signing_method that no picture stands where only a
typed name was signed. A forger with the keys could still draw a "signature" with the PDF's
path operators (curves and strokes, no picture) onto a decision signed with a typed name, or
scribble "ja" over a row: the text check passed and the page showed a hand.
(Annotations — an ink drawing, a stamp, a visible signature field — pdfmeta refuses.)

The proof's writer (formulieren, reportlab tables and rules) draws only two kinds of path,
both along the page's axes:
- a rule (move + line, stroked, never filled): a table border or the page's header/footer
  line, a hairline of at most 0.6 pt; a horizontal one runs across a whole table (the
  content width, ~470 pt), a vertical one down at least one row;
- a row's background (a rectangle: move, three lines, close; filled, never stroked) in a light
  shade, as wide as the table.
And no rule runs through a letter: borders lie between rows and columns, outside the cells'
padding. So every path must be such a rule, at most MAX_WIDTH thick — a vertical one at
least MIN_RULE long, a horizontal one at least MIN_ACROSS — or such a background (at least
MIN_ACROSS wide, every colour channel at least LIGHT); and no rule may cross the middle of a
drawn character. No curve, no slanted stroke, no path of many pieces, no speck, no shading,
no path inside a form XObject (the writer uses neither), no dash pattern and no clip that
would show only a short piece of a long rule (the writer uses neither). Block letters need short
horizontal strokes or dark boxes (review30 wrote "JA" both ways, and struck a row through
with one long rule): each is refused now.

Not caught: vertical hairlines in the page's margins or between words, and wide light boxes
(neither reads as a word)."""

from __future__ import annotations

import bisect
import ctypes
import itertools
from typing import Any

MIN_RULE = 10.0  # points; the shortest line a genuine proof draws is a 32.5 pt table border
MIN_ACROSS = 240.0  # points; a horizontal rule or a background spans a table (~470 pt)
MAX_WIDTH = 1.0  # points; the writer's rules are 0.25–0.6 pt
LIGHT = 200  # of 255; the writer's shade is #f1f3f4
MAX_SEGMENTS = 5  # a rectangle: move, three lines, the closing line
_LINE, _MOVE = 0, 2  # pdfium's FPDF_SEGMENT_LINETO and FPDF_SEGMENT_MOVETO
_CORE = 0.25  # a rule may touch a character's outer quarters (a descender), not its middle

Box = tuple[float, float, float, float]  # left, bottom, right, top in page points


def foreign_drawing(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence when a page of the PDF draws a path the program never draws (a
    curve, a slanted or turned stroke, a path of many pieces, a speck, a short or thick
    stroke, a dark box, a rule through a letter, a shading); None when it draws only its own
    rules and backgrounds."""
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
                if not _own_page(raw, page):
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


def _own_page(raw: Any, page: Any) -> bool:
    rules: list[Box] = []
    kinds = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING)
    for obj in page.get_objects(filter=kinds, max_depth=8):
        # The writer never nests a drawing in a form (whose own matrix could turn or
        # shrink it): a path there is not its own.
        if obj.type == raw.FPDF_PAGEOBJ_SHADING or obj.level > 0:
            return False
        kind = _own(raw, obj.raw)
        if kind is None:
            return False
        if kind[0] == "rule":
            rules.append(kind[1])
    return not rules or not _through_a_letter(rules, _letters(raw, page))


def _own(raw: Any, obj: Any) -> tuple[str, Box] | None:
    """("rule", its box) or ("background", its box) when the path is one the writer draws."""
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return None
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6:
        return None  # turned or slanted
    count = raw.FPDFPath_CountSegments(obj)
    if not 2 <= count <= MAX_SEGMENTS:
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
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if abs(x1 - x0) > 1e-3 and abs(y1 - y0) > 1e-3:
            return None  # slanted
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    box = (min(xs), min(ys), max(xs), max(ys))
    wide, high = box[2] - box[0], box[3] - box[1]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return None
    filled = fill.value != raw.FPDF_FILLMODE_NONE
    if raw.FPDFPageObj_GetDashCount(obj) > 0 or not _whole(raw, obj, box):
        return None  # a dash pattern or a clip would show only a short piece of a rule
    if count == 2 and stroke.value and not filled:  # a rule
        width = ctypes.c_float()
        if not raw.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width)):
            return None
        thick = width.value * max(abs(matrix.a), abs(matrix.d))
        long_enough = high >= MIN_RULE if wide <= 1e-3 else wide >= MIN_ACROSS
        return ("rule", box) if thick <= MAX_WIDTH and long_enough else None
    if count >= 4 and filled and not stroke.value:  # a row's background
        own = wide >= MIN_ACROSS and high >= 1e-3 and _light(raw, obj)
        return ("background", box) if own else None
    return None


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


def _light(raw: Any, obj: Any) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a))):
        return False
    return min(r.value, g.value, b.value) >= LIGHT


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
                out.append((left + dx, bottom + dy, right - dx, top - dy))
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
