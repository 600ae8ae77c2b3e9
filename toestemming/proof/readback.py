"""A value as bewijs.pdf's text layer (pdfium) gives it back, for both sides of a comparison.

printed*.py hold what the PDF's text says against the receipt and the log. The writer
(formulieren/text.py) does not draw every value character for character, and pdfium does not
read every drawn line back in the order it was written:

- a right-to-left run is shaped (arabic-reshaper: presentation forms, vowel marks — harakat —
  deleted) and drawn in visual order; pdfium reorders each line with its own bidi guess
  ("… TS-XYHR-YP23-1." at a sentence's end comes back "23-1.YP-XYHR-TS …", "23-11-2027" as
  "2027-11-23"), which pdfium_bidi.py reproduces;
- a character DejaVu has no glyph for is drawn as the empty box (.notdef), which the text
  layer reads as a blank or a wrong letter ("😀" as "ὠ"): a reader sees only the box;
- a word longer than its table cell is broken inside the word;
- a table row holding right-to-left text may come back whole in reverse, the label last.

So a value is compared as what the writer put on the page: characters DejaVu lacks are left
out on both sides (the printed side: every character beyond what the expected value could
yield), a label read last is put back in front, left-to-right text word for word (a line
break may fall inside a word), right-to-left text line for line in the exact order pdfium
reads each line the writer draws (rtl_lines.py; until review20 as the multiset of its runs,
which let an insider swap a day, two code groups or a given and family name), and a name
with right-to-left letters in the order it was drawn — never "not compared"."""

from __future__ import annotations

import re
import unicodedata

from . import rtl_lines
from .glyphs import as_read as _as_read
from .glyphs import drawable as _drawable


def right_to_left(value: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in value)


def drawn(value: str) -> str:
    """`value` as the writer draws it, in reading order: shaped like formulieren/text.py
    (harakat deleted), NFKC (presentation forms back to letters), characters DejaVu lacks
    left out (they print as an empty box)."""
    if right_to_left(value):
        from formulieren import text as writer

        value = writer.reshaped(value)  # the writer's own shaping, same config
    flat = unicodedata.normalize("NFKC", value)
    glyphs = _drawable()
    return "".join(_as_read(c) for c in flat if c.isspace() or ord(c) in glyphs)


# The labels formulieren/proof_pdf.py prints in a table's left column.
LABELS = (
    "Jongere", "Verantwoordelijke", "Gevraagd", "Stand bij export", "Ontvanger", "Gegevens",
    "Waarom", "Geldig", "Wie", "Leeftijd jongere toen", "Antwoord", "Besloten op",
    "Vastgelegd op", "Kanaal", "Getoonde tekst", "Bewijsstuk", "Getypte naam",
)  # fmt: skip


def labels_first(text: str) -> str:
    """Every line pdfium read right to left as a whole — "VALUE Ontvanger", the label cell
    last — with the label back in front, as it is drawn (left column, then the value); an
    item's heading read as "… 1: Onderdeel" likewise (rtl_lines.heading_first)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not right_to_left(line) or line.startswith(LABELS):
            continue
        lines[i] = rtl_lines.heading_first(label_first(line))
    return "\n".join(lines)


def label_first(line: str) -> str:
    """One line pdfium read right to left as a whole with the label back in front: "VALUE
    Ontvanger", or "… (ouder (Wie" — a value ending in a bracket, which pdfium reads attached
    to the label (rtl22: a nickname in brackets, a name ending in Latin letters). The bracket
    stays where pdfium put it; rtl_lines._read predicts the line the same way."""
    for label in LABELS:
        if line.endswith(" " + label):
            return f"{label} {line[: -len(label) - 1].rstrip()}"
        if line.endswith("(" + label) or line.endswith(")" + label):
            return f"{label} {line[: -len(label)].rstrip()}"
    return line


def same(printed: str, expected: str, label: str | None = None, prefix: str = "") -> bool:
    """`printed` (pdfium's text, wrapped over lines) says `expected` as the writer drew it:
    word for word, or — with right-to-left text — line for line in the order pdfium reads
    each drawn line back. `label`: the table row's label, drawn left of the value on its
    first line; `prefix`: drawn in one string with the value ("Onderdeel 1: "), which the
    caller cut off the printed line."""
    printed, expected = prefix + printed, prefix + expected
    if right_to_left(expected):
        return rtl_lines.same_lines(printed, expected, label)
    return same_words(drawn(printed), drawn(expected))


def same_words(printed: str, expected: str) -> bool:
    """Word for word, where a line break of `printed` may stand for a space or fall inside a
    word (a word longer than its cell)."""
    want = " ".join(expected.split())
    lines = [" ".join(line.split()) for line in printed.strip().split("\n")]
    pattern = " ?".join(re.escape(line) for line in lines if line)
    return re.fullmatch(pattern, want) is not None


def name_key(value: str, *, drawn: bool = False, in_left_line: bool = False) -> str:
    """A name with right-to-left letters as compared: in the order the writer drew it, what a
    reader sees ("ليلى حداد" and "حداد ليلى" differ); `drawn`: `value` is already in that
    order (rtl_lines.as_drawn of the printed line), else it is shaped as the writer does —
    on its own, or (`in_left_line`) inside a left-to-right sentence ("Ingetrokken door ليلى
    Haddad (ouder) — …"), where "ليلى Haddad" is drawn with the Latin name to the right
    (rtl22: a genuine withdrawal by her was called forged)."""
    if not drawn:
        from bidi.algorithm import get_display  # type: ignore[import-untyped]

        from formulieren import text as writer

        if in_left_line and right_to_left(value):
            value = str(get_display(writer.reshaped(value), base_dir="L"))
        else:
            value = writer.shape(value)
    return rtl_lines.visual_key(value)


def as_drawn(printed: str, label: str) -> str:
    """A printed table row ("LABEL value", maybe wrapped) in the order it was drawn."""
    return rtl_lines.as_drawn(printed, label)
