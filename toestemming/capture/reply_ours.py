"""The lines of our own request, in every language it is sent in, as the reply reader knows
them when a client quoted the request without quote marks (Outlook under a "Van:" block in a
language the reader has no pattern for): where our request starts, its item headings and its
greeting. Taken from the catalogs, so a language added there is known here too — a hand list
knew Dutch and English only, and an Arabic request was read as the parent's answer (its
example "1 نعم، 2 لا" and its word for withdrawing made a withdrawal nobody gave).
"""

from __future__ import annotations

import re

from ..language import languages, text
from .reply_words import fold

_HOLE = "\x00"  # stands for an argument: the fixed words before it are ours
_MIN_START = 12  # characters: a shorter fixed start ("Beste ") is no line of ours alone

# Paragraphs of the request that open with fixed words (compose._paragraphs), and the
# arguments they take (a number selects a plural form).
_OPENINGS: tuple[tuple[str, dict[str, str | int]], ...] = (
    ("mail-intro-youth", {}),
    ("mail-intro-representative", {"youth": _HOLE, "role": _HOLE}),
    ("mail-reminder", {}),
    ("mail-how", {"addressee": "youth"}),
    ("mail-how", {"addressee": "representative"}),
    ("mail-how-text", {"code": _HOLE}),
    ("mail-say-no", {}),
    ("mail-withdraw", {}),
    ("mail-valid", {"until": _HOLE, "days": 14}),
)


_CLAUSE_END = re.compile(r"[.?!:,;\u060c\u061b\u061f]")
_WORDS = 8  # a line wrapped at 72 characters still starts with them


def _fixed(language: str, key: str, args: dict[str, str | int]) -> str:
    """The opening words of a paragraph: up to its first argument, its first clause's end
    and eight words, whichever comes first."""
    try:
        start = text(language, key, **args).partition(_HOLE)[0]
    except KeyError:
        return ""
    end = _CLAUSE_END.search(start)
    words = " ".join(start[: end.start() if end else len(start)].split()[:_WORDS])
    return words


def request_starts() -> tuple[str, ...]:
    """Folded openings of our request's paragraphs, every catalog language."""
    out = {
        fold(start)
        for language in languages()
        for key, args in _OPENINGS
        if len(start := _fixed(language, key, args)) >= _MIN_START
    }
    return tuple(sorted(out))


def _words(key: str, hole: str) -> list[str]:
    """The fixed words before an argument of `key` in every catalog language."""
    out: set[str] = set()
    for language in languages():
        args: dict[str, str | int] = {"title": "", "name": "", "position": ""}
        args[hole] = _HOLE
        try:
            start = text(language, key, **args)
        except KeyError:
            continue
        word = start.partition(_HOLE)[0].strip()
        if word:
            out.add(word)
    return sorted(out, key=len, reverse=True)


# "Onderdeel 2:", "Part 2:", "الجزء 2:" — the heading of an item (compose: item-part).
_HEADING_WORDS = "|".join(re.escape(w) for w in _words("item-part", "position"))
ITEM_HEADING = re.compile(rf"^\s*(?:{_HEADING_WORDS})\s+(\d{{1,2}})\s*:", re.IGNORECASE)
ANY_HEADING = re.compile(
    rf"^[>\s]*(?:{_HEADING_WORDS})\s+\d{{1,2}}\s*:", re.IGNORECASE | re.MULTILINE
)
# "Beste Sam,", "Dear Sam,", "عزيزي/عزيزتي Sam،" right above our pasted request is ours too.
_GREETING_WORDS = "|".join(re.escape(fold(w)) for w in _words("mail-greeting", "name"))
GREETING = re.compile(rf"^(?:{_GREETING_WORDS})(?!\w).{{0,80}}[,،]$")
