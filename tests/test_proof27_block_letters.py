"""Block letters from the lines the proof's writer may draw (proof27).

proof26 let bewijs.pdf hold only straight lines and boxes along the page's axes, each at least
10 pt long: a hand's signature in curves or slanted strokes is refused. But an insider with the
keys could still build letters from such pieces — an "H" of two posts and a crossbar, "JA" of
thin filled boxes, a name of short rules — and put them beside "Handtekening" or over a row: the
page shows a word that no text and no log says — or draw a column-wide box, the writer's own
shape, cut by a clipping path to a signature's stroke. The writer's own lines are never loose: rules
and boxes span the text column, vertical lines run from rule to rule (table and frame sides).
It never clips. Now anything else is refused; genuine proofs (every saved package in tests/data, a fresh one in
Arabic with many long items, the other proof tests' packages) still verify."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from proof21_support import Exported
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)
from test_proof26_time_and_channel import _drawn_over, _refused, case  # noqa: F401

from toestemming.proof.pdfpaths import foreign_drawing

DATA = Path(__file__).parent / "data"
SAVED = sorted(DATA.glob("bewijs_*.zip"))


def _pdf_of(package: Path) -> bytes:
    with zipfile.ZipFile(package) as z:
        return z.read("bewijs.pdf")


@pytest.fixture(scope="module")
def genuine() -> bytes:
    return _pdf_of(DATA / "bewijs_s14.zip")


def _with(pdf: bytes, ops: bytes) -> bytes:
    """`pdf` with the path operators `ops` added to its first page (no picture, no font)."""
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


# "H" of two 20 pt posts and a 12 pt crossbar; "JA" of thin filled boxes; "AB" initials of
# rules 10-20 pt long; a "signature" of separate axis-aligned strokes ending in the open; a
# post hanging from a table rule into the open; a wide bar under a word, half the column.
H = b"1 w 300 400 m 300 420 l S 312 400 m 312 420 l S 300 410 m 312 410 l S"
JA = (
    b"0 g 300 400 2 14 re f 292 400 10 2 re f "
    b"310 400 2 14 re f 320 400 2 14 re f 310 412 12 2 re f 310 406 12 2 re f"
)
INITIALS = (
    b"0.8 w 300 400 m 300 420 l S 300 420 m 312 420 l S 312 420 m 312 400 l S "
    b"300 410 m 312 410 l S 320 400 m 320 420 l S 320 420 m 332 420 l S 320 400 m 332 400 l S"
)
STROKES = b" ".join(b"%d 400 m %d 412 l S" % (x, x) for x in range(300, 380, 7))
HALF_BAR = b"1 w 300 400 m 480 400 l S"
NARROW_BOX = b"0 g 300 400 40 12 re f"
# A column-wide box — the writer's own shape — cut by a clipping path to a signature's stroke
# (passed proof26's check as well).
CLIPPED = (
    b"300 400 m 320 440 340 360 360 410 c 362 413 l 342 364 322 444 302 403 c h W n "
    b"0 g 62.7 380 470 40 re f"
)
# Between two rules like the writer's: a "post" 30 pt wide (a block); rules stacked a point
# apart, each dashed in another pattern (a picture, dot by dot).
RULES = b"0.25 w 62.7 300 m 532.6 300 l S 62.7 280 m 532.6 280 l S "
THICK = RULES + b"30 w 300 280 m 300 300 l S"
DASHED = b"0.5 w " + b" ".join(
    b"[%d %d] 0 d 62.7 %d m 532.6 %d l S" % (1 + y % 3, 2 + y % 5, y, y) for y in range(380, 400)
)


@pytest.mark.parametrize(
    "ops",
    [H, JA, INITIALS, STROKES, HALF_BAR, NARROW_BOX, CLIPPED, THICK, DASHED],
    ids=[
        "H",
        "JA",
        "initials",
        "strokes",
        "half-bar",
        "narrow-box",
        "clipped-box",
        "thick-post",
        "dashed-rules",
    ],
)
def test_block_letters_from_lines_and_boxes_are_refused(genuine: bytes, ops: bytes) -> None:
    said = foreign_drawing(_with(genuine, ops), "bewijs.pdf")
    assert said is not None and "tekening in lijnen" in said


@pytest.mark.parametrize("package", SAVED, ids=[p.stem for p in SAVED])
def test_every_saved_package_still_draws_only_its_own_lines(package: Path) -> None:
    assert foreign_drawing(_pdf_of(package), "bewijs.pdf") is None


def test_a_rule_across_the_column_and_a_post_between_rules_are_the_writers(genuine: bytes) -> None:
    """What the writer itself draws (a table row's rule, a frame's side from rule to rule) —
    below the page's text (review30: a rule may not cross a letter's middle)."""
    ops = b"0.25 w 62.7 100 m 532.6 100 l S 62.7 60 m 532.6 60 l S "
    ops += b"62.7 60 m 62.7 100 l S 300 60 m 300 100 l S"
    assert foreign_drawing(_with(genuine, ops), "bewijs.pdf") is None


@pytest.mark.parametrize("ops", [H, JA, CLIPPED], ids=["H", "JA", "clipped-box"])
def test_verify_refuses_the_package_with_letters_drawn_on(
    case: Exported,  # noqa: F811
    ops: bytes,
) -> None:
    """End to end: the insider re-signs the PDF and the package with the organisation's keys."""
    _refused(_drawn_over(case, ops, "letters.tbewijs"), "tekening in lijnen")


@pytest.mark.parametrize(
    "spelled", [b"/Pattern", b"/Pat#74ern", b"/#50#61ttern", b"hidden in a fake stream"]
)
def test_a_box_filled_with_a_pattern_that_draws_a_signature_is_refused(
    genuine: bytes, spelled: bytes
) -> None:
    """A column-wide box (the writer's own shape) filled with a tiling pattern whose one cell
    draws a signature in curves: the cell's curves are no page object, so the path check never
    saw them (the page showed a signature)."""
    writer = PdfWriter(clone_from=io.BytesIO(genuine))
    page = writer.pages[0]
    cell = DecodedStreamObject()
    cell.set_data(b"1.2 w 10 10 m 30 50 50 -30 70 20 c 90 60 110 -20 140 15 c S")
    cell.update(
        {
            NameObject("/Type"): NameObject("/Pattern"),
            NameObject("/PatternType"): NumberObject(1),
            NameObject("/PaintType"): NumberObject(1),
            NameObject("/TilingType"): NumberObject(1),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 470, 40)]),
            NameObject("/XStep"): FloatObject(470),
            NameObject("/YStep"): FloatObject(40),
            NameObject("/Resources"): DictionaryObject(),
        }
    )
    patterns = DictionaryObject({NameObject("/P9"): writer._add_object(cell)})
    page[NameObject("/Resources")][NameObject("/Pattern")] = patterns
    stream = DecodedStreamObject()
    stream.set_data(b"q /Pattern cs /P9 scn 62.7 380 470 40 re f Q")
    contents = page.raw_get("/Contents")
    parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(stream)])
    out = io.BytesIO()
    writer.write(out)
    # The name however its letters are written (#xx): the same name to a PDF reader (the check
    # is a byte scan since the installed app has no pypdf).
    forged = out.getvalue()
    if spelled.startswith(b"/"):
        forged = forged.replace(b"/Pattern", spelled)
    else:  # comments a reader skips; the scan reads stream data too, so no fake stream hides it
        head, rest = forged.split(b"\n", 1)
        forged = head + b"\n%stream\n" + rest.replace(b"%%EOF", b"%endstream\n%%EOF")
    said = foreign_drawing(forged, "bewijs.pdf")
    assert said is not None and "patroon" in said
