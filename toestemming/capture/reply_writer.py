"""Who the words say writes: "Ik ben Sam zelf", "dit is Sam, mijn moeder heeft dit
mailadres", "groetjes Sam" under the answer, "Ik ben de moeder van Sam", "Groeten, Petra".

A reply is attributed by its address; a youth writing from a parent's address, or a parent
from the youth's, is not the person at that address. The reader does not know who decides
(that is the core's rule, asked by the use case): it says only whom the text names as its
writer, among the people on record it is told of, and where. Only the sender's own lines are
read (never the quote: our request names the youth), and only these shapes: a person saying
who they are, a sign-off, and a child saying the address is a parent's. When in doubt: no
claim (the message is read as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .reply_layout import after_closing, typed_lines
from .reply_tok import Span
from .reply_words import fold

PARENT = "<parent>"  # a parent or guardian of the youth, not named ("ik ben de moeder van Sam")
CHILD = "<child>"  # a child of the address's owner ("mijn moeder heeft dit mailadres")

_PARENT_WORDS = (
    "moeder|vader|mama|papa|mam|pap|mams|paps|mammie|pappie|ouder|ouders|voogd|mother|father|"
    "mom|mum|mommy|mummy|dad|daddy|parent|parents|guardian"
)
_PARENT_WORD = re.compile(rf"^(?:{_PARENT_WORDS})$")
_MEDIUM = (
    r"(?:e-?mail|mail|mailadres|e-?mailadres|emailadres|adres|account|nummer|telefoonnummer|"
    r"telefoon|mobiel|mobieltje|gsm|whatsapp|app|email|address|number|phone)"
)
_I_AM = r"(?:ik ben|dit is|hier is|i am|i'm|this is|it's|it is)"
# "Ik ben Sam (zelf)", "dit is Sam", "ik ben het, Sam", "I'm Sam": the word after it is read
# against the names (with what follows: "dit is Sam's moeder", "Sam zijn vader" is a parent).
_SELF = re.compile(rf"\b{_I_AM}\s+(?:het\s*,?\s*|just\s+)?(?P<name>[^\W\d_]+)(?P<rest>.{{0,30}})")
# "Hoi, met Sam", "Sam hier": how Dutch people say who they are on a phone or in an app.
_ON_THE_LINE = re.compile(
    r"^\W*(?:(?:hoi|hallo|hey|hi|dag|goedemorgen|goedemiddag|goedenavond)\W+)?"
    r"(?:met\s+(?P<name>[^\W\d_]+)|(?P<name2>[^\W\d_]+)\s+hier\b)(?P<rest>.{0,30})"
)
_PARENT_SELF = re.compile(
    rf"(?:\b{_I_AM}|^\W*(?:(?:hoi|hallo|hey|hi|dag)\W+)?met)\s+"
    r"(?:de|het|een|zijn|haar|z'n|zn|the|his|her|a|[^\W\d_]+'?s)\s+"
    rf"(?:{_PARENT_WORDS})\b"
    r"|\b(?:voor|namens|van|for|on behalf of)\s+(?:mijn|m'n|mn|onze|ons|my|our)\s+"
    r"(?:zoon|dochter|zoontje|dochtertje|kind|son|daughter|child)\b"
)
# The address is a parent's, so the writer is their child: "mijn moeder heeft dit mailadres",
# "ik mail via de mail van mijn vader", "op mama's telefoon", "from my mum's email".
_CHILD_SAYS = re.compile(
    rf"\b(?:mijn|m'n|mn|my)\s+(?:{_PARENT_WORDS})\s+(?:heeft|hebben|has|have|gebruikt)\s+"
    rf"(?:dit|deze|het|die|this|that)\s+{_MEDIUM}"
    rf"|\b{_MEDIUM}\s+(?:van|of)\s+(?:mijn|m'n|mn|my)\s+(?:{_PARENT_WORDS})\b"
    rf"|\b(?:(?:mijn|m'n|mn|my)\s+)?(?:moeders|vaders|(?:mama|papa|mam|pap|mom|mum|dad|"
    rf"mother|father|moeder|vader)'s)\s+{_MEDIUM}\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# Words a sign-off may hold besides names: "Sam en Petra", "moeder van Sam", "xx Sam".
_SIGN_GLUE = frozenset(
    [
        "van",
        "en",
        "de",
        "het",
        "x",
        "xx",
        "xxx",
        "familie",
        "fam",
        "and",
        "of",
        "the",
        "je",
        "jullie",
        "uw",
        "your",
    ]
)
_FOLLOWED_BY_PARENT = re.compile(rf"^\s*(?:'s|s|zijn|haar|z'n|zn|his|her)?\s*(?:{_PARENT_WORDS})\b")
_DEVICE = re.compile(r"^(?:verzonden|verstuurd|sent|get outlook|download outlook|outlook voor)\b")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_ENDS_INTRO = re.compile(r"^\s*(?:$|[.,!:;)\-]|zelf\b|hier\b)")
_POSSESSIVE_AFTER = re.compile(r"^(?:'s\b|s\b|\s+(?:zijn|haar|z'n|zn|his|her)\b)")


@dataclass(frozen=True)
class Person:
    """Someone on record the text may name as its writer: `key` is the caller's."""

    key: str
    first_name: str
    full_name: str = ""
    adult: bool = False  # a parent or guardian: may sign "moeder van Sam" with her own name


@dataclass(frozen=True)
class Writer:
    """Whom the text names as its writer: people's keys, PARENT and/or CHILD; and where."""

    claims: frozenset[str]
    spans: tuple[Span, ...]


class _Names:
    def __init__(self, people: Iterable[Person]) -> None:
        self.first: dict[str, set[str]] = {}
        self.parts: set[str] = set()
        self.adults: set[str] = set()
        for p in people:
            words = _WORD.findall(fold(p.first_name))
            if words and len(words[0]) >= 2:
                self.first.setdefault(words[0], set()).add(p.key)
            if p.adult:
                self.adults.add(p.key)
            self.parts.update(_WORD.findall(fold(p.full_name or p.first_name)))

    def keys(self, word: str) -> set[str]:
        return self.first.get(word, set())


def who_writes(text: str, people: Sequence[Person]) -> Writer | None:
    """Whom the sender's own lines name as the writer, or None when they name nobody."""
    names = _Names(people)
    claims: set[str] = set()
    spans: list[Span] = []
    lines = typed_lines(text[:20_000] if isinstance(text, str) else "")
    last = len(lines) - 1
    for k, (offset, line) in enumerate(lines):
        low = line.lower().replace("\u2019", "'")
        found = _said(low, names) | _signed(low, names, k, last, lines)
        if found:
            claims |= found
            start = len(line) - len(line.lstrip())
            spans.append((offset + start, offset + len(line.rstrip())))
    return Writer(frozenset(claims), tuple(spans)) if claims else None


def _said(low: str, names: _Names) -> set[str]:
    out: set[str] = set()
    if _PARENT_SELF.search(low):
        out.add(PARENT)
    if _CHILD_SAYS.search(low):
        out.add(CHILD)
    for m in (*_SELF.finditer(low), *_ON_THE_LINE.finditer(low)):
        name = fold(m.group("name") or m.group("name2") or "")
        rest = m.group("rest")
        if m.re is _ON_THE_LINE and not _ENDS_INTRO.match(rest):
            continue  # "Met Sam gaat het goed": about Sam, not Sam on the line
        if _FOLLOWED_BY_PARENT.match(rest):
            out.add(PARENT)  # "dit is Sam's moeder", "ik ben Sam zijn vader"
        elif not _POSSESSIVE_AFTER.match(rest):
            out |= names.keys(name)  # ("dit is Sam's antwoord": no claim)
    return out


def _signed(low: str, names: _Names, k: int, last: int, lines: list[tuple[int, str]]) -> set[str]:
    """A sign-off: the name after a closing formula ("groetjes Sam", "Mvg,\\nPetra"), or a
    last line of only a name ("Sam x")."""
    # "Ja voor alles. Groetjes Sam" typed on one line: the last sentence signs
    rest = after_closing(fold(_LAST_SENTENCE.split(low.strip())[-1]))
    if rest is None:
        if not k or low.rstrip().endswith(":"):
            return set()  # "Sam:" over answers is whose answer (reply_children), no sign-off
        before = after_closing(fold(lines[k - 1][1].strip()))
        closes = all(_DEVICE.match(fold(x.strip())) for _, x in lines[k + 1 : last + 1])
        if not (closes or (before is not None and not before.strip(" ,.!-"))):
            return set()
        rest = fold(low.strip())
    words = _WORD.findall(rest)
    if not words or len(words) > 6:
        return set()
    out: set[str] = set()
    parent = any(_PARENT_WORD.match(w) for w in words)
    for w in words:
        if _PARENT_WORD.match(w) or w in _SIGN_GLUE or w in names.parts:
            continue
        return set()  # another word: a sentence, or a name we do not know — no claim
    if parent:
        out.add(PARENT)
    for w in words:
        for key in names.keys(w):
            # "moeder van Sam": the youth is named, not signing; a parent's own name signs
            if not parent or key in names.adults:
                out.add(key)
    return out
