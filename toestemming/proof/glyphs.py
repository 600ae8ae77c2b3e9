"""What the writer can draw, and how pdfium's text layer reads a drawn character — shared by
readback.py and rtl_lines.py (apart, so neither imports the other)."""

from __future__ import annotations

import functools


@functools.cache
def drawable() -> frozenset[int]:
    """The code points both shipped faces have a glyph for (what the writer can draw)."""
    from reportlab.pdfbase import pdfmetrics

    from formulieren import text as writer

    writer.register_fonts()
    maps = [set(pdfmetrics.getFont(n).face.charToGlyph) for n in (writer.REGULAR, writer.BOLD)]
    return frozenset(maps[0] & maps[1])


def as_read(char: str) -> str:
    """A drawable character as the text layer reads it: beyond the BMP reportlab's ToUnicode
    entry is read by pdfium as its first four hex digits (U+1F600 "😀" as U+1F60 "ὠ")."""
    code = ord(char)
    return chr(int(f"{code:X}"[:4], 16)) if code > 0xFFFF else char
