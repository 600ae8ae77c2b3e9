"""Block letters and strike-throughs drawn with the program's own kind of lines (review30).

proof26's path check let through every straight line along the page's axes of at least 10 pt
and every box: a forger with the keys could write "JA" in block letters of short rules and
boxes over an "Antwoord nee" row, or strike a row through with one long rule, and the page
showed it while the text check passed. The writer (formulieren) draws only hairline rules
(≤ 0.6 pt) of table borders — each horizontal one across the whole table — and wide, light,
unstroked row backgrounds, never a rule through a letter. So now: a rule is at most 1 pt
thick, a horizontal rule or a box is at least as wide as half the page's text, a box is a
light background without a stroke, no rule is dashed or clipped short, and no rule crosses
the middle of a drawn character.
Every saved package of an earlier release still passes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

from toestemming.proof import pdfpaths

DATA = Path(__file__).parent / "data"
SAVED = sorted(p for p in DATA.glob("bewijs_*.zip"))


def _genuine() -> bytes:
    return zipfile.ZipFile(DATA / "bewijs_s14.zip").read("bewijs.pdf")


def _with(pdf: bytes, ops: bytes) -> bytes:
    """The PDF with the path operators `ops` added to the first page's content."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(b"q " + ops + b" Q")
    contents = page.raw_get("/Contents")
    parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(stream)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _rows(pdf: bytes) -> list[tuple[float, float, float, float, str]]:
    """The first page's drawn characters: (left, bottom, right, top, character)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(pdf)
    text = doc[0].get_textpage()
    out = []
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if ch.strip():
            out.append((*text.get_charbox(i), ch))
    return out


def _word_box(pdf: bytes, word: str) -> tuple[float, float, float, float]:
    chars = _rows(pdf)
    line = "".join(c[4] for c in chars)
    at = line.index(word)
    part = chars[at : at + len(word)]
    return (
        min(c[0] for c in part),
        min(c[1] for c in part),
        max(c[2] for c in part),
        max(c[3] for c in part),
    )


def _line(x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> bytes:
    return b"%.2f w %.2f %.2f m %.2f %.2f l S" % (width, x0, y0, x1, y1)


def _box(x: float, y: float, w: float, h: float, fill: bytes = b"0 g") -> bytes:
    return fill + b" %.2f %.2f %.2f %.2f re f" % (x, y, w, h)


# "JA" 40 pt high in block letters: each stroke a hairline rule of 10 pt or more, in the
# program's own grey and width.
GREY = b"0.604 0.627 0.651 RG "
JA_RULES = GREY + b" ".join(
    [
        _line(330, 500, 330, 540),  # J: the stem
        _line(310, 500, 330, 500),  # J: the foot
        _line(310, 500, 310, 512),  # J: the hook
        _line(345, 500, 345, 540),  # A: left
        _line(370, 500, 370, 540),  # A: right
        _line(345, 540, 370, 540),  # A: top
        _line(345, 520, 370, 520),  # A: bar
    ]
)
# The same letters as filled boxes (bars 3 pt thick): bold black block letters.
JA_BOXES = b" ".join(
    [
        _box(327, 500, 3, 40),
        _box(310, 500, 20, 3),
        _box(310, 500, 3, 12),
        _box(345, 500, 3, 40),
        _box(367, 500, 3, 40),
        _box(345, 537, 25, 3),
        _box(345, 519, 25, 3),
    ]
)
# Thick rules: long enough, but a 6 pt black bar is a pen stroke, not a border.
JA_THICK = b"0 G " + b" ".join(
    [
        _line(330, 500, 330, 540, 6),
        _line(310, 500, 330, 500, 6),
        _line(345, 500, 345, 540, 6),
        _line(370, 500, 370, 540, 6),
        _line(345, 540, 370, 540, 6),
    ]
)
# Long rules of the program's own kind, of which only a short piece shows: a dash pattern
# (a 20 pt dash, then a gap longer than the rule) or a clip around 20 pt of it. Enough short
# pieces write any block letter.
DASHED = GREY + b"0.5 w [20 600] 0 d 310 500 m 560 500 l S [] 0 d"
CLIPPED = GREY + b"q 310 499 20 2 re W n 0.5 w 62 500 m 532 500 l S Q"
# A stroked (not filled) rectangle, the program never strokes one: an "O" or a "D".
RING = GREY + b"0.5 w 330 500 20 40 re S"


@pytest.mark.parametrize(
    "ops",
    [JA_RULES, JA_BOXES, JA_THICK, RING, DASHED, CLIPPED],
    ids=["rules", "boxes", "thick", "ring", "dashed", "clipped"],
)
def test_block_letters_of_rules_and_boxes_are_refused(ops: bytes) -> None:
    problem = pdfpaths.foreign_drawing(_with(_genuine(), ops), "bewijs.pdf")
    assert problem is not None and "tekening in lijnen" in problem


def test_a_row_struck_through_with_one_long_rule_is_refused() -> None:
    """One rule as long as the program's own, through the middle of a word: the row reads as
    crossed out."""
    pdf = _genuine()
    _left, bottom, _right, top = _word_box(pdf, "Bewijs")
    middle = (bottom + top) / 2
    ops = GREY + _line(40, middle, 555, middle, 0.5)
    problem = pdfpaths.foreign_drawing(_with(pdf, ops), "bewijs.pdf")
    assert problem is not None and "tekening in lijnen" in problem


def test_a_vertical_rule_through_a_word_is_refused() -> None:
    pdf = _genuine()
    left, bottom, right, top = _word_box(pdf, "Bewijs")
    x = (left + right) / 2
    ops = GREY + _line(x, bottom - 20, x, top + 20, 0.5)
    problem = pdfpaths.foreign_drawing(_with(pdf, ops), "bewijs.pdf")
    assert problem is not None and "tekening in lijnen" in problem


@pytest.mark.parametrize("saved", SAVED, ids=[p.name for p in SAVED])
def test_every_saved_package_of_an_earlier_release_draws_only_its_own_lines(saved: Path) -> None:
    pdf = zipfile.ZipFile(saved).read("bewijs.pdf")
    assert pdfpaths.foreign_drawing(pdf, "bewijs.pdf") is None


def test_a_rule_like_the_program_s_own_between_rows_still_passes() -> None:
    """A border across the table below everything on the page: a rule, no letter."""
    # (A side runs from rule to rule: proof27.)
    ops = GREY + _line(62.4, 60, 532.3, 60, 0.25) + b" " + _line(62.4, 60, 62.4, 70, 0.25)
    ops += b" q 0 0 595 842 re W n " + _line(62.4, 70, 532.3, 70, 0.25) + b" Q"  # a page clip
    assert pdfpaths.foreign_drawing(_with(_genuine(), ops), "bewijs.pdf") is None
