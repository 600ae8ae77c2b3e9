"""A value with right-to-left text, compared line by line in the order pdfium reads it back.

Until review20 such a value was compared as the bag of its runs (words, numbers, marks), and
an insider who re-rendered and re-signed bewijs.pdf could swap runs unnoticed: the day of
"حتى 23-11-2027" moved into the part number, two groups of the withdrawal code, a parent's
given and family name. Now the value is drawn again as formulieren/ draws it and each drawn
line is read as pdfium reads it (pdfium_bidi.py); the printed lines must be exactly those.

How the writer breaks a value into lines depends on the width of its cell, which verify does
not know; so every way to break it at the writer's break points is tried, line by line:

- a value whose own direction is right to left (its first strong letter is: layout.py's
  RtlParagraph) is broken between words in reading order, each line then shaped and put in
  visual order in its paragraph's direction (text.wrap_rtl) — in its own direction in a
  package of a release before lang24 (rtl_release.py);
- any other value is shaped and put in visual order per paragraph, and reportlab breaks the
  visual words (a Dutch sentence with an Arabic name in it).

What stays lenient, each for a reason the writer or pdfium gives: runs of spaces count as one
(pdfium drops repeated spaces and adds one between a label and its value), presentation forms
count as their letters (NFKC: pdfium's own normalisation), characters the fonts lack are left
out as in readback.drawn, and empty paragraphs print nothing. The order of runs, their
content and the line they are on are compared exactly.

A label pdfium reads last with a bracket of the value attached ("… (ouder (Wie") and an item
heading it reads right to left as a whole ("… 1: Onderdeel") are put back in front on both
sides: in the printed text (readback.labels_first) and in each predicted line (`_read`).

Not handled (false alarms, as before, never a forgery let through): a right-to-left word
longer than its whole cell, which reportlab breaks inside the word; a heading other than an
item's that pdfium reads right to left as a whole."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from . import pdfium_bidi, rtl_release
from .glyphs import as_read as _as_read
from .glyphs import drawable as _drawable


def _seen(text: str) -> str:
    """Text as compared: NFKC, characters the fonts lack left out, spaces collapsed."""
    glyphs = _drawable()
    flat = unicodedata.normalize("NFKC", text)
    return " ".join("".join(c for c in flat if c.isspace() or ord(c) in glyphs).split())


# An item's heading ("Onderdeel 1: TITLE (versie 1)", one string) that pdfium read right to
# left as a whole — a title with more right-to-left words than the line has Latin ones.
_HEADING_LAST = re.compile(r"(.*\S) ([0-9]+): Onderdeel")


def heading_first(line: str) -> str:
    """A line pdfium read as "… 1: Onderdeel" with "Onderdeel 1: " back in front, the rest as
    pdfium read it (rtl22: a purpose titled in Arabic); readback.labels_first does this to
    the printed text and `_read` to every line it predicts, so both sides agree."""
    match = _HEADING_LAST.fullmatch(line)
    if match is None or not pdfium_bidi.reads_right_to_left(line):
        return line
    return f"Onderdeel {match.group(2)}: {match.group(1)}"


def _read(drawn: str, label: str | None) -> str | None:
    """One drawn line as pdfium gives it back, the table row's label (drawn in the cell to its
    left, on the same line) put back in front and left off, as printed.py hands the value."""
    sees = "".join(_as_read(c) for c in drawn)  # beyond the BMP: as pdfium reads it
    if label is None:
        return heading_first(_seen(pdfium_bidi.read(sees)))
    line = _seen(pdfium_bidi.read(f"{label} {sees}"))
    if line.startswith(label + " "):
        return line[len(label) + 1 :]
    if line.endswith(label) and line[-len(label) - 1 : -len(label)] in (" ", "(", ")"):
        return line[: -len(label)].rstrip()  # as readback.label_first puts it in front
    return None


def _shaped(words: list[str], rtl: bool | None, a: int, b: int) -> str:
    from formulieren import text as writer

    return writer.shape(" ".join(words[a:b]), rtl)


def _joined(words: list[str], a: int, b: int) -> str:
    return " ".join(words[a:b])


def _paragraphs(expected: str) -> list[tuple[Callable[[int, int], str], list[int]]]:
    """Per paragraph with text: how its words [a, b) are drawn, and how many characters are
    compared in its first n words (n = 0, 1, …): pdfium only reorders and mirrors a line, so
    a printed line can only be words [a, b) with as many characters — one line of a forged
    PDF costs one reading per break still open, not one per word (review: 277 s for a
    2,600-word text against one huge line before)."""
    from formulieren import text as writer

    out: list[tuple[Callable[[int, int], str], list[int]]] = []
    reading_order = writer.is_rtl_text(expected)
    for part in expected.split("\n"):
        if not part.strip():
            continue
        if reading_order:
            words = part.split(" ")
            # Each line in its paragraph's direction; an earlier release's in its own.
            rtl = None if rtl_release.per_line_direction() else writer.is_rtl_text(part)
            draw = functools.partial(_shaped, words, rtl)
            counts = [len(_seen(writer.shape(w)).replace(" ", "")) for w in words]
        else:
            words = writer.shape(part).split(" ")
            draw = functools.partial(_joined, words)
            counts = [len(_seen(w).replace(" ", "")) for w in words]
        out.append((draw, list(itertools.accumulate(counts, initial=0))))
    return out


def same_lines(printed: str, expected: str, label: str | None = None) -> bool:
    """Each printed line is one drawn line of `expected`, read as pdfium reads it, in order
    and covering all of it (see the module)."""
    lines = [line for line in (_seen(x) for x in printed.split("\n")) if line]
    parts = _paragraphs(expected)
    if not lines or not parts:
        return False
    done = (len(parts), 0)
    states = {(0, 0)}  # (paragraph, first word not yet printed) before each printed line
    for k, line in enumerate(lines):
        nxt = set()
        for p, a in states:
            draw, sums = parts[p]
            target = sums[a] + len(line.replace(" ", ""))
            b = max(bisect.bisect_left(sums, target), a + 1)
            while b < len(sums) and sums[b] == target:
                if _read(draw(a, b), label if k == 0 else None) == line:
                    nxt.add((p + 1, 0) if b == len(sums) - 1 else (p, b))
                b += 1
        if k == len(lines) - 1:
            return done in nxt
        states = nxt - {done}
        if not states:
            return False
    return False


def as_drawn(printed: str, label: str) -> str:
    """Each line of a printed table value as the writer drew it (visual order, what a reader
    sees), pdfium's reading undone; the first line starts with the row's `label`, which
    labels_first put in front. Whether pdfium read a line right to left follows from the
    line itself: it counts the same segments whatever their order."""
    out = []
    for k, raw in enumerate(printed.split("\n")):
        line = " ".join(raw.split())
        right = pdfium_bidi.reads_right_to_left(line)
        if k == 0 and line.startswith(label + " "):
            read = f"{line[len(label) + 1 :]} {label}" if right else line  # as pdfium gave it
            out.append(pdfium_bidi.unread(read, right))
        else:
            out.append(pdfium_bidi.unread(line, right))
    return "\n".join(out)


def visual_key(drawn: str) -> str:
    """A drawn (visual-order) text as compared: letters as pdfium normalises them — a
    presentation form as its letters, in the order a right-to-left segment gives them back,
    which `as_drawn` keeps — characters the fonts lack left out, no spaces."""
    glyphs = _drawable()
    out = []
    for c in drawn:
        flat = unicodedata.normalize("NFKC", c)
        if unicodedata.bidirectional(c) in ("R", "AL"):
            flat = flat[::-1]
        out += [_as_read(x) for x in flat if not x.isspace() and ord(x) in glyphs]
    return "".join(out)
