"""Fonts and text preparation shared by every form.

The fonts are DejaVu Sans (+ Bold), shipped in `formulieren/fonts/` with their licence and
embedded (subset) in every PDF, so Dutch diacritics and Turkish, Polish, Cyrillic and Arabic
names print the same on every machine — the PDF base-14 fonts cannot show "ı", "ś" or "К".

PDF text is drawn left to right glyph by glyph and reportlab does no shaping. Arabic letters
change form with their neighbours and run right to left, so any run with right-to-left text is
shaped (arabic-reshaper, limited to ligatures the font has) and put in visual order (python-bidi)
before it is drawn. A paragraph's direction is its own, as a browser's dir="auto": the first
strong character decides (Unicode bidi P2–P3), so an Arabic paragraph in a Dutch transitieformulier
and every paragraph of an Arabic receipt run and align right to left, and a Dutch sentence with an
Arabic name in it stays left to right. The forms need no language code for it.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


_REGISTER_LOCK = threading.Lock()


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts once per process (parsing a TTF costs ~30 ms).
    Locked: functools.cache does not stop two threads (a UI pool thread and the GUI thread)
    from parsing at once, and concurrent TTF registration crashed reportlab (segfault seen)."""
    with _REGISTER_LOCK:
        return _register()


def _register() -> tuple[str, str]:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return REGULAR, BOLD
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    # <b> in paragraph markup picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that only forms ligatures both faces can draw (DejaVu lacks e.g. U+FDF2)."""
    register_fonts()
    cmaps = [pdfmetrics.getFont(n).face.charToGlyph for n in _FILES]
    config: dict[str, bool] = {}
    for name, (_, forms) in arabic_reshaper.ligatures.LIGATURES:
        glyphs = [ch for form in forms for ch in form]
        config[name] = all(ord(ch) in cmap for cmap in cmaps for ch in glyphs)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def reshaped(value: str) -> str:
    """`value` with its right-to-left letters in the joined forms `shape` draws (harakat
    deleted), still in logical order: what a reader of the PDF's text compares with
    (toestemming/proof/readback.py), by the writer's own configuration."""
    return str(_reshaper().reshape(value))


def _has_rtl(value: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)


def is_rtl_text(value: str) -> bool:
    """The text's own direction is right to left: its first strong character is (Unicode
    bidi rules P2–P3). Digits and punctuation are not strong; no strong character: left."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def shape(value: str, rtl: bool | None = None) -> str:
    """Text as it must be drawn: right-to-left runs shaped and in visual order, in the text's
    own base direction (an Arabic sentence ends at the left with its full stop) or, for one
    line of a wrapped paragraph, the paragraph's (`rtl`); anything else (the common case)
    returned unchanged. One line: a paragraph is wrapped first (`wrap_rtl`), since reordering
    a whole paragraph would put its end on the first line."""
    if not value or not _has_rtl(value):
        return value
    base = "R" if (is_rtl_text(value) if rtl is None else rtl) else "L"
    return str(get_display(_reshaper().reshape(value), base_dir=base))


def wrap_rtl(value: str, font: str, size: float, width: float) -> list[str]:
    """A right-to-left paragraph as drawn lines: broken in reading order (the first words on
    the first line), each line then shaped and in visual order in the paragraph's direction —
    a wrapped line opened by a Latin code or e-mail address still reads right to left, the
    code at its right end (lang24; until then each line took its own direction, and the code
    stood at the left with the sentence's full stop at the right). The verifier predicts
    both drawings (toestemming/proof/rtl_lines.py, rtl_release.py)."""
    lines: list[tuple[str, bool]] = []
    for part in value.split("\n"):
        rtl = is_rtl_text(part)  # each paragraph its own direction (Unicode bidi P1–P3)
        current = ""
        for word in part.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and pdfmetrics.stringWidth(shape(candidate), font, size) > width:
                lines.append((current, rtl))
                current = word
            else:
                current = candidate
        lines.append((current, rtl))
    return [shape(line, rtl) for line, rtl in lines]


def para(value: str) -> str:
    """Plain text → reportlab paragraph markup: shaped, XML-escaped, line breaks kept."""
    return "<br/>".join(escape(shape(line)) for line in value.split("\n"))
