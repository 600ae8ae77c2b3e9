"""The order in which pdfium reads back one line the writer drew in visual order.

formulieren/text.py draws a right-to-left line shaped and already in visual order (python-
bidi). pdfium's text page (CPDF_TextPage::CloseTempLine with CFX_BidiString) does not run
the Unicode bidi algorithm on it, but a simpler guess, reproduced here so that verify can
predict, line by line, the exact text a genuine bewijs.pdf gives back — and so compare
right-to-left text in order, not as a bag of words (review20: a swapped day, code group or
given and family name went unnoticed):

- the line is cut into maximal segments of one kind: left (bidi class L), weak left (EN,
  AN: digits), right (R, AL) or neutral (everything else); runs of spaces count once;
- the line reads right to left when it has at least as many right segments as left ones
  (and at least one); then the order of the segments is reversed;
- a right segment, or a neutral one read while the current direction is right, is reversed
  character by character and mirrored ("(" for ")"); a left one sets the direction back to
  left, a weak one (digits) is kept as it stands and leaves the direction as it was.

`unread` undoes it for a line whose direction is known (the label of a table row tells it):
every step above keeps each character's kind, so the segments of the read line are those
of the drawn line."""

from __future__ import annotations

import itertools
import re
import unicodedata

from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

_LEFT, _WEAK, _RIGHT, _NEUTRAL = "L", "W", "R", "N"
_KIND = {"L": _LEFT, "R": _RIGHT, "AL": _RIGHT} | dict.fromkeys(
    ("EN", "AN", "NSM", "CS", "ES", "ET", "BN"), _WEAK
)


def _kind(char: str) -> str:
    return _KIND.get(unicodedata.bidirectional(char), _NEUTRAL)


def _segments(line: str) -> list[tuple[str, str]]:
    return [(k, "".join(g)) for k, g in itertools.groupby(line, key=_kind)]


def reads_right_to_left(line: str) -> bool:
    kinds = [k for k, _ in _segments(line)]
    return kinds.count(_RIGHT) > kinds.count(_LEFT)


def _mirrored(text: str) -> str:
    return "".join(MIRRORED.get(c, c) for c in text)


def _walk(segments: list[tuple[str, str]], right: bool) -> list[str]:
    """Each segment as pdfium emits it (the rule is its own inverse, see the module)."""
    out = []
    for kind, text in segments:
        if kind == _RIGHT or (kind == _NEUTRAL and right):
            right = True
            out.append(_mirrored(text[::-1]))
        else:
            right = right if kind == _WEAK else False
            out.append(text)
    return out


def read(drawn: str) -> str:
    """`drawn` (one line, visual order, as the writer put its glyphs) as pdfium reads it."""
    line = re.sub(" +", " ", drawn)
    right = reads_right_to_left(line)
    segments = _segments(line)
    return "".join(_walk(segments[::-1] if right else segments, right))


def unread(printed: str, right: bool) -> str:
    """The drawn line of `printed`, a line pdfium read right to left or not (`right`)."""
    segments = _segments(printed)  # in pdfium's processing order
    drawn = _walk(segments, right)
    return "".join(drawn[::-1] if right else drawn)
