"""Every letter bewijs.pdf draws is the letter its text says.

`verify` reads the PDF's text (pdfium: each character code through the font's ToUnicode map)
and verify_drawn.py makes sure every character makes ink. Neither looks at *which* ink: an
insider with the keys swapped, in the embedded font, the glyph a code draws ("n" drawing "j"),
kept the ToUnicode map, re-signed, and every text check passed while the page showed other
words. A proof PDF only ever embeds subsets of the two DejaVu fonts shipped in
formulieren/fonts (reportlab: TrueType, symbolic, no /Encoding, a ToUnicode map, the subset's
own cmap). So every font the PDF holds must be such a subset, and every character code its
cmap draws must draw exactly the shipped font's glyph for the letter ToUnicode gives it
(outline bytes compared; a composite glyph's parts compared the same way, since the subset
numbers them anew; the hinting programs, which move a glyph's points as it is drawn, as
shipped; no table a renderer could draw from instead of the outlines). A code the subset's
cmap leaves unmapped draws glyph 0, so that must be the shipped .notdef, and no letter the
shipped font draws may be left unmapped (the page would show a box, or glyph 0, for it).

Call after pdfscan bounded the file (a font ≤ 4 MiB, no object streams)."""

from __future__ import annotations

import bisect
import io
import re
import struct
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

SHIPPED = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf"}
_SUBSET_NAME = re.compile(r"/[A-Z]{6}\+(DejaVuSans(?:-Bold)?)")
_SYMBOLIC, _NONSYMBOLIC = 4, 32  # /Flags bits 3 and 6 (PDF 32000 table 121)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
# The tables a reportlab subset holds: no bitmap, colour or CFF glyphs a renderer might draw
# instead of the outlines compared here.
_TABLES = frozenset(
    {b"OS/2", b"cmap", b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp"}
    | {b"name", b"post", b"prep"}
)
# The hinting programs run for every glyph (they can move its points): copied as shipped.
_PROGRAMS = (b"cvt ", b"fpgm", b"prep")
MAX_FONTS = 64  # a proof PDF has two; bounds the work, not the check

_OTHER_FONT = (
    "{name}: het PDF-bestand gebruikt een lettertype dat het programma nooit gebruikt: wat "
    "de pagina's tonen, is niet te controleren."
)
_OTHER_LETTER = (
    "{name}: een lettertype in het PDF-bestand tekent voor een letter een andere letter dan "
    "de tekst van het document zegt: wat de pagina's tonen, is niet wat erin staat."
)


class _Refused(Exception):
    """A font that is no subset of a shipped DejaVu font as reportlab writes it."""


def problem(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence naming `name` when a font draws other letters than its text says, or
    is not one the program embeds; None when every font is a genuine subset."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        fonts = list(_fonts(reader.trailer_view))
    except Exception:  # pyHanko raises many types for broken PDFs; check_pdf says so too
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if len(fonts) > MAX_FONTS:
        return _OTHER_FONT.format(name=name)
    for font in fonts:
        try:
            if not _drawn_as_said(font):
                return _OTHER_LETTER.format(name=name)
        except (
            _Refused,
            KeyError,
            TypeError,
            ValueError,
            IndexError,
            AttributeError,
            struct.error,
        ):
            return _OTHER_FONT.format(name=name)
    return None


def _fonts(trailer: Any) -> Iterator[Any]:
    """Every font dictionary reachable from the trailer: a value under a /Font key (a
    resource dictionary's fonts), or a dictionary that calls itself a font."""
    from pyhanko.pdf_utils import generic

    stack: list[tuple[object, bool]] = [(trailer, False)]
    seen: set[tuple[int, int, bool]] = set()
    found: set[int] = set()
    while stack:
        obj, is_font = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            # An object may be met as a font after it was met as something else.
            ref = (obj.idnum, obj.generation, is_font)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()  # type: ignore[no-untyped-call]
        if isinstance(obj, dict):
            if (is_font or obj.get("/Type") == "/Font") and id(obj) not in found:
                found.add(id(obj))
                yield obj
                continue  # its descriptor and font file are read by _drawn_as_said
            for key, value in obj.items():
                if key == "/Font" and isinstance(value.get_object(), dict):
                    stack += [(v, True) for v in value.get_object().values()]
                else:
                    stack.append((value, False))
        elif isinstance(obj, list):
            stack += [(v, False) for v in obj]


def _drawn_as_said(font: Any) -> bool:
    """False when a code draws another glyph than the shipped one of its ToUnicode letter;
    _Refused when the font is not a reportlab DejaVu subset at all."""
    base = _SUBSET_NAME.fullmatch(str(font.get("/BaseFont", "")))
    if (
        font.get("/Subtype") != "/TrueType"
        or base is None
        or "/Encoding" in font
        or "/ToUnicode" not in font
    ):
        raise _Refused
    descriptor = font["/FontDescriptor"]
    flags = int(descriptor.get("/Flags", 0))
    if not flags & _SYMBOLIC or flags & _NONSYMBOLIC or "/FontFile2" not in descriptor:
        raise _Refused
    if any(k in descriptor for k in ("/FontFile", "/FontFile3")):
        raise _Refused
    said = _to_unicode(font["/ToUnicode"].data)
    subset = _Font(descriptor["/FontFile2"].data)
    shipped = _shipped(base.group(1))
    if not set(subset.tables) <= _TABLES or any(
        subset.tables.get(t) != shipped.tables.get(t) for t in _PROGRAMS
    ):
        raise _Refused
    if subset.tables[b"head"][18:20] != shipped.tables[b"head"][18:20]:  # units per em
        raise _Refused
    # A code the subset maps to no glyph draws glyph 0: a reader sees .notdef, so it must be
    # the shipped box, and no letter the shipped font draws may be left to it (the text would
    # say the letter while the page shows a box, or whatever the insider made glyph 0).
    if subset.glyph(0) != shipped.glyph(0):
        return False
    codes = subset.codes()
    if any(not codes.get(code) and shipped.letter(letter) for code, letter in said.items()):
        return False
    for code, gid in codes.items():
        letter = said.get(code, 0)
        if gid == 0:
            continue  # .notdef: the shipped box, compared above
        original = shipped.letter(letter) if letter else 0
        if not original:
            if subset.glyph(gid):  # ink without a letter in the text
                return False
            continue
        if not _same_glyph(subset, gid, shipped, original, depth=0):
            return False
    return True


def _same_glyph(a: _Font, ga: int, b: _Font, gb: int, depth: int) -> bool:
    """Glyph `ga` of `a` draws what glyph `gb` of `b` draws: the same bytes, or for a
    composite the same records with each part the same glyph."""
    if depth > 8:  # TrueType composites nest a level or two
        return False
    da, db = a.glyph(ga), b.glyph(gb)
    if len(da) < 10 or struct.unpack(">h", da[:2])[0] >= 0:
        return da == db
    if len(db) < 10 or da[:10] != db[:10]:
        return False
    pa, pb = _parts(da), _parts(db)
    return len(pa) == len(pb) and all(
        ra == rb and _same_glyph(a, ca, b, cb, depth + 1)
        for (ca, ra), (cb, rb) in zip(pa, pb, strict=True)
    )


def _parts(glyph: bytes) -> list[tuple[int, bytes]]:
    """A composite glyph's records: (part's glyph number, the record without it), then the
    instructions as a last record of glyph 0."""
    parts, at, more = [], 10, True
    have_instructions = False
    while more:
        flags, part = struct.unpack(">HH", glyph[at : at + 4])
        size = 4 + (4 if flags & 0x0001 else 2)
        size += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
        parts.append((part, glyph[at : at + 2] + glyph[at + 4 : at + size]))
        have_instructions |= bool(flags & 0x0100)
        more = bool(flags & 0x0020)
        at += size
    parts.append((0, glyph[at:] if have_instructions else b""))
    return parts


class _Font:
    """The few TrueType tables the check reads: cmap, loca, glyf (and head for loca's size)."""

    def __init__(self, data: bytes) -> None:
        count = struct.unpack(">H", data[4:6])[0]
        self.tables: dict[bytes, bytes] = {}
        for i in range(count):
            tag, _sum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            if offset + length > len(data):
                raise _Refused
            self.tables[tag] = data[offset : offset + length]
        long_loca = struct.unpack(">h", self.tables[b"head"][50:52])[0] == 1
        loca = self.tables[b"loca"]
        if long_loca:
            self.loca = list(struct.unpack(f">{len(loca) // 4}I", loca[: len(loca) // 4 * 4]))
        else:
            self.loca = [
                2 * x for x in struct.unpack(f">{len(loca) // 2}H", loca[: len(loca) // 2 * 2])
            ]
        self.unicode: _Format4 | None = None  # the shipped fonts' Unicode map
        self.wide: _Format12 | None = None  # …and beyond the BMP

    def letter(self, code: int) -> int:
        """The shipped font's glyph for a Unicode letter (0: it has none)."""
        table = self.unicode if code <= 0xFFFF else self.wide
        return table.glyph(code) if table is not None else 0

    def glyph(self, gid: int) -> bytes:
        if gid + 1 >= len(self.loca):
            raise _Refused
        return self.tables[b"glyf"][self.loca[gid] : self.loca[gid + 1]]

    def subtables(self) -> Iterator[tuple[int, int, int]]:
        """(platform, encoding, offset) of every cmap subtable."""
        cmap = self.tables[b"cmap"]
        for i in range(struct.unpack(">H", cmap[2:4])[0]):
            yield struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])

    def table(self, offset: int) -> dict[int, int]:
        return _cmap(self.tables[b"cmap"], offset)

    def codes(self) -> dict[int, int]:
        """Single-byte code → glyph, as any cmap subtable a reader may pick maps it (a (3,0)
        table's U+F0xx is code xx). Two subtables that disagree on a code: refused."""
        found: dict[int, int] = {}
        for _platform, _encoding, offset in self.subtables():
            for code, gid in self.table(offset).items():
                byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
                if byte > 0xFF:
                    continue
                if found.setdefault(byte, gid) != gid:
                    raise _Refused
        return found


def _cmap(cmap: bytes, offset: int) -> dict[int, int]:
    """Formats 0, 4 and 6 (what reportlab and DejaVu write); any other is refused."""
    fmt = struct.unpack(">H", cmap[offset : offset + 2])[0]
    if fmt == 0:
        return dict(enumerate(cmap[offset + 6 : offset + 262]))
    if fmt == 6:
        first, count = struct.unpack(">HH", cmap[offset + 6 : offset + 10])
        ids = struct.unpack(f">{count}H", cmap[offset + 10 : offset + 10 + 2 * count])
        return {first + i: g for i, g in enumerate(ids)}
    if fmt != 4:
        raise _Refused
    table = _Format4(cmap, offset)
    out: dict[int, int] = {}
    for start, end in zip(table.starts, table.ends, strict=True):
        if start > 0xFF and not 0xF000 <= start <= 0xF0FF:
            continue  # no single-byte code reaches it (the subsets' tables hold bytes only)
        for code in range(start, min(end, 0xFFFE) + 1):
            gid = table.glyph(code)
            if gid:
                out[code] = gid
    return out


class _Format4:
    """A cmap format 4 subtable, looked up one code at a time (the shipped fonts map ~6000
    letters; a PDF uses a few dozen)."""

    def __init__(self, cmap: bytes, offset: int) -> None:
        segs = struct.unpack(">H", cmap[offset + 6 : offset + 8])[0] // 2
        at = offset + 14

        def array(start: int, signed: bool = False) -> tuple[int, ...]:
            kind = "h" if signed else "H"
            return struct.unpack(f">{segs}{kind}", cmap[start : start + 2 * segs])

        self.cmap = cmap
        self.ends = array(at)
        self.starts = array(at + 2 * segs + 2)
        self.deltas = array(at + 4 * segs + 2, signed=True)
        self.range_at = at + 6 * segs + 2
        self.ranges = array(self.range_at)

    def glyph(self, code: int) -> int:
        i = bisect.bisect_left(self.ends, code)
        if i >= len(self.ends) or self.starts[i] > code:
            return 0
        if self.ranges[i] == 0:
            return (code + self.deltas[i]) & 0xFFFF
        where = self.range_at + 2 * i + self.ranges[i] + 2 * (code - self.starts[i])
        gid = struct.unpack(">H", self.cmap[where : where + 2])[0]
        return (gid + self.deltas[i]) & 0xFFFF if gid else 0


class _Format12:
    """A cmap format 12 subtable (groups of letters to consecutive glyphs)."""

    def __init__(self, cmap: bytes, offset: int) -> None:
        count = struct.unpack(">I", cmap[offset + 12 : offset + 16])[0]
        groups: list[tuple[int, int, int]] = [
            struct.unpack(">III", cmap[offset + 16 + 12 * i : offset + 28 + 12 * i])
            for i in range(count)
        ]
        self.ends = [g[1] for g in groups]
        self.groups = groups

    def glyph(self, code: int) -> int:
        i = bisect.bisect_left(self.ends, code)
        if i >= len(self.groups) or self.groups[i][0] > code:
            return 0
        return self.groups[i][2] + code - self.groups[i][0]


@cache
def _shipped(family: str) -> _Font:
    """The shipped font and its Unicode map ((3,1): what reportlab subsets from)."""
    import formulieren  # its package only: formulieren.text would load reportlab

    font = _Font((Path(formulieren.__file__).parent / "fonts" / SHIPPED[family]).read_bytes())
    for platform, encoding, offset in font.subtables():
        if (platform, encoding) == (3, 1):
            font.unicode = _Format4(font.tables[b"cmap"], offset)
        elif (platform, encoding) == (3, 10):  # beyond the BMP (reportlab reads it too)
            font.wide = _Format12(font.tables[b"cmap"], offset)
    return font


def _to_unicode(cmap: bytes) -> dict[int, int]:
    """A ToUnicode CMap's single-byte codes → one letter each (bfchar and bfrange as
    reportlab writes them); a code mapped to several letters or outside one byte: refused."""
    out: dict[int, int] = {}
    for section, body in re.findall(rb"begin(bfchar|bfrange)(.*?)end\1", cmap, re.DOTALL):
        values = [int(h, 16) for h in _HEX.findall(body)]
        step = 2 if section == b"bfchar" else 3
        if b"[" in body or len(values) % step:
            raise _Refused
        for i in range(0, len(values), step):
            first, last = values[i], values[i + step - 2]
            for n, code in enumerate(range(first, last + 1)):
                if code > 0xFF or values[i + step - 1] > 0x10FFFF:
                    raise _Refused
                if out.setdefault(code, values[i + step - 1] + n) != values[i + step - 1] + n:
                    raise _Refused
    return out
