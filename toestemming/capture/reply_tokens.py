"""From the sender's own words to sentences of tokens, each token with its place in the text.

Spans always point into the text the worker sees, so the words that decided an answer can be
highlighted there. Reference codes, addresses, links, dates, times and phone numbers are
blanked first (same length, so every offset stays right): the check symbol of
"TS-1CR5-AYMZ-7" is not an answer for item 7, nor is "om 10:30" one for item 10.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .reply_boxes import ticked_only
from .reply_except import (
    EXCEPT_AFTER_REF,
    EXCEPT_BEFORE_REF,
    except_after,
    except_against,
    op_na,
    unknown_beside,
)
from .reply_idioms import prefix_non
from .reply_limits import wrong_counts
from .reply_moments import MONTH, waiting_moments
from .reply_negated import negated_verbs
from .reply_numbers import article_one, in_range, item_numbers
from .reply_phrases import PHRASE_PATTERN, PHRASES
from .reply_rest import the_rest
from .reply_tok import AGE, WRITER, Tok
from .reply_words import (
    ANSWER_CATS,
    SENDER_SIDE,
    WORDS,
    Cat,
    fold,
    lookup,
    within_one,
)

_NOISE = re.compile(
    r"\bTS[\s\-]{0,3}[0-9A-Z]{4}[\s\-]{0,3}[0-9A-Z]{4}[\s\-]{0,3}[0-9A-Z]\b"
    r"|\S+@\S+|\b(?:https?://|www\.)\S+"
    r"|(?:\(0?\d{1,3}\)[ \-–]{0,3})?\+?\d(?:(?:[ \-–]{0,3}|\s?\(0\)\s?)\d){7,}"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|\d{3,}"
    rf"|\b\d{{1,2}}\s+{MONTH}",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"(?P<num>#?\d{1,2}(?:ste|de|e|st|nd|rd|th)?(?![\d\w]))"
    r"|(?P<num2>\d{1,2})(?=[^\W\d_])"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*(?:['’\u00ad\u200b\u200c\u200d\u2060"
    r"\ufeff][^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)*)"
    r"|(?P<emoji>[\U0001F44D\U0001F44E\u2705\u274C\u274E\u2713\u2714\u2715\u2716\u2717\u2718"
    r"\u2611\u2612][\U0001F3FB-\U0001F3FF\uFE0F]*)"  # with its skin tone: one sign
    r"|(?P<punct>[,;:=()\[\]/&+.!?…\-–—→])"
    r"|(?P<nl>\n)"
    # Any other symbol or emoji (🙂, ①, ★): a sign we cannot read, never nothing — "1 ✓ 2 ✗
    # 3 ✓" with an unknown tick must not give item 3 the cross of item 2.
    r"|(?P<sym>[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u2500-\u27bf\u2b00-\u2bff"
    r"\U0001f000-\U0001faff])"
)
_SPOKEN_LIST = re.compile(r"(?i)(?:^|[.!\n]\s*)(?:twee|drie|two|three)\s+(?:ja|nee|yes|no)\b")
_ABBREVIATIONS = frozenset({"bv", "bijv", "evt", "oa", "incl", "nr", "mvg", "vgr", "ca", "dhr"})
# A line this long that goes on in lower case is the mail client's wrapping, not a new line.
_WRAP_FROM = 50


@dataclass
class Sentence:
    tokens: list[Tok]
    question: bool = False
    hint: int | None = None  # the quoted item this answer was typed under
    unknown_items: list[int] = field(default_factory=list)  # "onderdeel 5" of a 2-item request
    maybe_items: list[int] = field(default_factory=list)  # "2 hayır": an item, or "2 kinderen"?


@dataclass(frozen=True, eq=False)  # one instance per request's names (cached): identity
class ItemNames:
    """Words by which a reply can name an item: from its title and its recipient."""

    by_item: dict[int, frozenset[str]]
    shared: frozenset[str] = frozenset()  # words of more than one item's name
    # the sender's own words in an item's name ("school" of "Volgen na school"): no name on
    # their own, but right after that item's other words the rest of its title
    sender_side: dict[int, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, names: Sequence[tuple[int, str]]) -> ItemNames:
        return _item_names(tuple(names))

    @classmethod
    def _build(cls, names: tuple[tuple[int, str], ...]) -> ItemNames:
        words: dict[int, set[str]] = {}
        side: dict[int, frozenset[str]] = {}
        for position, text in names:
            for raw in re.findall(r"[^\W\d_]{3,}", text):
                w = fold(raw)
                if lookup(w)[0] == Cat.WORD:
                    words.setdefault(position, set()).add(w)
            side[position] = frozenset(words.get(position, set()) & SENDER_SIDE)
        owners: dict[str, int] = {}
        for ws in words.values():
            for w in ws:
                # "school" in "Volgen na school": the sender is the school too ("ja voor
                # school" may answer the request, not that item) — like a word two items share
                owners[w] = owners.get(w, 0) + (2 if w in SENDER_SIDE else 1)
        # A word in two items' names says nothing about which one is meant.
        return cls(
            {p: frozenset(w for w in ws if owners[w] == 1) for p, ws in words.items()},
            frozenset(w for w, n in owners.items() if n > 1),
            {p: ws for p, ws in side.items() if ws},
        )

    def match(self, word: str) -> int | None:
        if not self.by_item:
            return None
        return _match(self, word)

    def is_shared(self, word: str) -> bool:
        """ "de gemeente" when two items go to Gemeente Utrecht: an item's name, not one item."""
        return any(_names(word, w) for w in self.shared)


@lru_cache(maxsize=256)
def _item_names(names: tuple[tuple[int, str], ...]) -> ItemNames:
    return ItemNames._build(names)


@lru_cache(maxsize=8192)
def _match(names: ItemNames, word: str) -> int | None:
    hits = {p for p, ws in names.by_item.items() if any(_names(word, w) for w in ws)}
    if len(hits) != 1:
        return None
    if len(word) >= 5 and any(
        w != word and w.endswith(word) for ws in names.by_item.values() for w in ws
    ):
        # "de school" when one item goes to "De Rijnschool" and another is about
        # "schoolgang": a Dutch compound's last part is what it is; which item is meant?
        return None
    return hits.pop()


def _names(word: str, keyword: str) -> bool:
    if word == keyword:
        return True
    if len(word) >= 5 and keyword.startswith(word) and len(keyword) - len(word) <= 3:
        # "bakker" for "Bakkerij", "begeleid" for "Begeleiding"; not "school" for
        # "schoolgang" (a compound is another thing: the going to school, not the school)
        return True
    if len(keyword) >= 6 and abs(len(word) - len(keyword)) <= 1:
        return within_one(word, keyword)
    return False


# Arabic comma, semicolon and question mark read as their Latin forms (one character for one:
# the spans into the original text stay right).
_ARABIC_PUNCT = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?"})


def _mask(text: str) -> str:
    masked = _NOISE.sub(lambda m: " " * len(m.group()), text.translate(_ARABIC_PUNCT))
    if "[" in masked:
        masked = ticked_only(masked)
    if "\u0336" in masked or "\u0335" in masked or "\u0338" in masked:
        # a struck-through number names no item: an unreadable word in its place
        masked = _STRUCK_DIGITS.sub(lambda m: "x" * len(m.group()), masked)
    return masked


_STRUCK_DIGITS = re.compile(r"(?:\d[\u0334-\u0338]+)+")


def _newline_breaks(text: str, at: int) -> bool:
    """A line break ends a sentence unless the mail client wrapped a long line."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:at].rstrip()
    rest = text[at + 1 : at + 40].lstrip(" \t")
    if not rest or rest.startswith("\n") or not line:
        return True
    if line[-1] not in ".!?:;" and _CONTINUES.match(rest):
        return False  # "Ja\nmaar niet voor 2" typed on a phone: one sentence
    if line[-1] == ":" and not line.lstrip().startswith(("-", "*", "•")) and _SAYS.search(line):
        return False  # "Mijn vader sms'te:\nnee": what follows is what was said

    return not (len(line) >= _WRAP_FROM and line[-1] not in ".!?:;," and rest[0].islower())


# A line that announces what someone said or sent.
_SAYS = re.compile(
    r"(?i)\b(?:zegt|zei|schreef|appte|appt|sms'?te|stuurde|antwoordde|says|said|wrote|texted|"
    r"sms|sms'?je|appje|bericht|berichtje|message|text)\b"
)
# A line that starts with "maar" / "behalve" goes on with the line before it.
_CONTINUES = re.compile(r"(?i)(?:maar|behalve|but|except)\b")


def tokenize(
    text: str, start: int, end: int, count: int, names: ItemNames, hint: int | None
) -> list[Sentence]:
    """Sentences of text[start:end] (one segment of the sender's own words)."""
    segment = _mask(text[start:end])
    sentences: list[Sentence] = []
    current: list[Tok] = []

    def close(question: bool = False) -> None:
        nonlocal current
        if current:
            sentences.append(Sentence(current, question, hint))
        current = []

    for m in _TOKEN.finditer(segment):
        a, b = start + m.start(), start + m.end()
        kind = m.lastgroup
        if kind in ("num", "num2"):
            digits = m.group().lstrip("#")
            value = int("".join(c for c in digits if c.isdigit()))
            current.append(Tok(Cat.NUM, a, b, "#", num=value))
        elif kind == "word" and _STRUCK.search(m.group()):
            # "j̶a̶", "n̶e̶e̶": struck through, so NOT what is meant; never read as the word
            current.append(Tok(Cat.WORD, a, b, "~"))
        elif kind == "word":
            folded = fold(m.group())
            if (
                folded == "punt"
                and current
                and current[-1].cat in _SPOKEN_BEFORE_STOP
                and _spoken_stop(segment, m.end())
            ):
                close()  # dictated: "... nee voor twee punt groetjes" (no "punt 2")
                continue
            cat, canon = lookup(folded)
            if cat != Cat.WORD and folded[0] == "و" and folded not in WORDS:
                # Arabic "and" written onto the word ("وغير موافق": and not agreed): the "and"
                # stays, or "1 و 3 وغير موافق على 2" read as "3 niet" — a no for 3, a yes for 2
                current.append(Tok(Cat.CONJ, a, a + 1, "en"))
                a += 1
            if cat == Cat.WORD:
                owner = names.match(folded)
                if owner is not None:
                    current.append(Tok(Cat.REF, a, b, canon, frozenset({owner})))
                    continue
                if _title_goes_on(current, folded, names):
                    current.append(Tok(Cat.FILL, a, b, canon))  # "Volgen na school: ja"
                    continue
                if names.shared and names.is_shared(folded):
                    current.append(Tok(cat, a, b, canon, shared=True))
                    continue
            current.append(Tok(cat, a, b, canon))
        elif kind == "emoji":
            # 👍 ✅ ✔ after an item number are its yes, 👎 ❌ ✖ its no ("1 ✅ 2 ❌"), read like
            # the letters J and N: on their own they only acknowledge.
            cat = Cat.LETTER_YES if m.group()[0] in _EMOJI_YES else Cat.LETTER_NO
            current.append(Tok(cat, a, b, "j" if cat == Cat.LETTER_YES else "n"))
        elif kind == "sym":
            # 🤔 🤷 ❓: a doubt of its own ("2 🤔"), never a sign we may pass over
            doubt = m.group()[0] in _EMOJI_DOUBT
            current.append(Tok(Cat.HEDGE, a, b, "hmm") if doubt else Tok(Cat.WORD, a, b, "~"))
        elif kind == "nl":
            if _newline_breaks(segment, m.start()):
                close()
        else:
            ch = m.group()
            if ch == "!" and (
                _goes_on(segment, m.end()) or _word_after(segment, m.end()) == Cat.EXCEPT
            ):
                continue  # "JA!!!! voor allebei", "Ja! Behalve 2.": not the sentence's end
            if ch in ".…" and in_range(current, segment, m.end(), start):
                # "1..3 ja", "1…3 ja", "1 t.e.m. 3": a range of items, not a sentence's end
                current.append(Tok(Cat.PUNCT, a, b, ch))
                continue
            if ch in "!?…":
                close(question=ch == "?")
                continue
            if ch == "." and _number_sign(current, segment, m.end()):
                # "no. 2", "nos. 1 and 3", "nrs. 2": the English/Dutch sign for number, not
                # an answer "no" and not the end of a sentence
                current[-1] = Tok(Cat.PART, current[-1].start, current[-1].end, "nummer")
                current.append(Tok(Cat.PUNCT, a, b, ch))
                continue
            glued = m.end() < len(segment) and segment[m.end()].isalnum()  # "2.nee", "o.a."
            lower = _lower_after(segment, m.end())
            if (
                ch == "."
                and not glued
                and not _dot_is_glue(
                    current,
                    _word_after(segment, m.end()),
                    lower,
                    _refusal_after(segment, m.end()),
                )
            ):
                close()
                continue
            current.append(Tok(Cat.PUNCT, a, b, ch))
    close()
    marks = _marks(text[start:end], start)
    # "Een ja. Twee nee. Drie ja.": dictated, each number its own sentence; "Een ja." opening
    # a sentence is item 1 only when another sentence answers "twee"/"drie" that way too
    spoken = _SPOKEN_LIST.search(segment) is not None
    for s in sentences:
        if marks:
            s.tokens = _marked(s.tokens, marks)
        s.tokens = _leading_signs(s.tokens, text)
        s.tokens = _phrases(prefix_non(s.tokens, text))
        s.tokens = negated_verbs(s.tokens, text)
        if any(t.cat == Cat.ALL for t in s.tokens):
            s.tokens = wrong_counts(s.tokens, count)
        if (
            any(t.cat in (Cat.NUM, Cat.REF, Cat.ORDINAL, Cat.NUMWORD) for t in s.tokens)
            or any(a.cat == Cat.PART and article_one(b.canon) for a, b in pairwise(s.tokens))
            or (spoken and article_one(s.tokens[0].canon))
        ):
            # "Onderdeel een: ja" has no number token ("een" is the article until a part
            # word stands before it): item_numbers decides
            s.tokens = item_numbers(s.tokens, count, s.unknown_items, s.maybe_items)
        if any(t.cat == Cat.EXCEPT for t in s.tokens):
            except_against(s.tokens)
        if any(t.canon in EXCEPT_BEFORE_REF or t.canon in ("na", "-") for t in s.tokens):
            s.tokens = op_na(s.tokens)
        if any(t.canon in EXCEPT_AFTER_REF for t in s.tokens):
            s.tokens = except_after(s.tokens)
        if any(t.cat == Cat.ALL for t in s.tokens):
            unknown_beside(s.tokens)
        s.tokens = the_rest(s.tokens)
    return sentences


# A line pasted from a chat ("[03-12-2026 19:40] Mama: …", "03-12-26 19:40 - Sam: …"): what
# follows is someone's app message, whose we cannot tell — told, like "mijn moeder zegt".
_CHAT_PREFIX = re.compile(
    r"^[ \t]*(?:\[\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]|"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*-)[ \t]*[^:\n]{1,40}:",
    re.MULTILINE,
)
# The writer says they are under 16 ("ik ben 14", "I'm 13", "Sam (13)"): under 16 the parents
# decide, so whose answer this is, the worker must see — unclear, with that reason.
_AGE = re.compile(
    r"(?i)\b(?:ik ben|i am|i'm|im)\s+(?:pas\s+|nog\s+(?:maar\s+)?|only\s+|just\s+)?"
    r"(?:[4-9]|1[0-5]|tien|elf|twaalf|dertien|veertien|vijftien|twelve|thirteen|fourteen|"
    r"fifteen)\b(?!\s*(?:uur|keer|minuten|:|[.,]\d))"
    r"|\b(?:ik ben|i am|i'm|im)\s+(?:nog\s+)?(?:geen|niet|not|under|onder|jonger dan|younger than)"
    r"\s+(?:16|zestien|sixteen)\b"
    r"|\b[A-Z][a-z]+\s*\((?:1[0-5]|[4-9])(?:\s*(?:jaar|jr|years?))?\)"
)


# The writer says who they are, and it is someone who does not decide: "Ik ben de oma van Sam",
# "dit is oma", "I'm his grandmother", "ben babaannesiyim", "jestem jego babcią", "je suis sa
# grand-mère", "أنا جدته" — from a parent's address, the parent's yes it is not.
_WRITER = re.compile(
    r"(?i)\b(?:ik ben|dit is|hier is|i am|i'm|im|this is|it's|it is|je suis|c'est|jestem|tu)\s+"
    r"(?:(?:de|het|een|the|his|her|zijn|haar|z'n|sa|son|la|le|jego|jej)\s+)?"
    r"(?:oma|opa|grootmoeder|grootvader|tante|oom|buurvrouw|buurman|oppas|grandma|grandpa|"
    r"grandmother|grandfather|granny|nana|aunt|auntie|uncle|neighbou?r|babysitter|"
    r"grand-m[eè]re|grand-p[eè]re|oncle|voisine?|babci[aą]|dziadek|dziadkiem|cioci[aą]|"
    r"wujek|wujkiem)\b"
    r"|\b(?:babaannesi|anneannesi|dedesi|teyzesi|halas[ıi]|amcas[ıi]|day[ıi]s[ıi])(?:y[ıi]m)?\b"
    r"|أنا\s+(?:جدته|جده|جدتها|جدها|عمته|خالته|عمه|خاله)"
)


def _marks(segment: str, start: int) -> list[tuple[int, int, Cat, str]]:
    out = [
        (start + m.start(), start + m.end(), Cat.REPORTED, "<chat>")
        for m in _CHAT_PREFIX.finditer(segment)
    ]
    out += [(start + m.start(), start + m.end(), Cat.HEDGE, AGE) for m in _AGE.finditer(segment)]
    out += [
        (start + m.start(), start + m.end(), Cat.HEDGE, WRITER) for m in _WRITER.finditer(segment)
    ]
    out += [(start + a, start + b, Cat.COND, "<until>") for a, b in waiting_moments(segment)]
    return out


def _marked(tokens: list[Tok], marks: list[tuple[int, int, Cat, str]]) -> list[Tok]:
    """The tokens inside a marked stretch become one token of its category."""
    out: list[Tok] = []
    for t in tokens:
        mark = next((m for m in marks if m[0] <= t.start < m[1]), None)
        if mark is None:
            out.append(t)
        elif not (out and out[-1].start == mark[0] and out[-1].canon == mark[3]):
            out.append(Tok(mark[2], mark[0], mark[1], mark[3]))
    return out


def _leading_signs(tokens: list[Tok], text: str) -> list[Tok]:
    """A 👍/✅/👎/❌ that leads the items it answers is the word: "👍 voor 1 en 3", "✔️ 1 en
    3" at the start of a line — not an item's own mark as in "1 ✓ 2 ✗" (the number first)."""
    out = list(tokens)
    for k, t in enumerate(out):
        if t.cat not in (Cat.LETTER_YES, Cat.LETTER_NO) or text[t.start : t.end].isalpha():
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and (nxt.cat == Cat.FOR or (k == 0 and nxt.cat == Cat.NUM)):
            yes = t.cat == Cat.LETTER_YES
            out[k] = Tok(Cat.YES if yes else Cat.NO, t.start, t.end, "ja" if yes else "nee")
    return out


_STRUCK = re.compile("[\u0334-\u0338]")  # combining strike-through and overlay marks
_EMOJI_YES = frozenset("\U0001f44d\u2705\u2713\u2714\u2611")
_EMOJI_DOUBT = frozenset("\U0001f914\U0001f937\u2753\u2754\U0001f615\U0001f928")
_EMOJI_NO = frozenset("\U0001f44e\u274c\u274e\u2715\u2716\u2717\u2718\u2612")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_ANSWER_WORDS = frozenset({Cat.YES, Cat.NO, Cat.LETTER_YES, Cat.LETTER_NO, Cat.AGREE, Cat.FINE})
_NUMBERED_ANSWERS = _ANSWER_WORDS | {Cat.NEG, Cat.WEL}
# "2 ja en 3. nee", "nee, maar 2. nee", "akkoord 2. ja": after these, "N." starts an answer
_BEFORE_A_NUMBERED_ANSWER = ANSWER_CATS | {Cat.CONJ, Cat.NUM, Cat.CONTRAST, Cat.REF}


def _number_sign(current: list[Tok], text: str, at: int) -> bool:
    """ "no. 2": the word before the full stop is "no" and a number follows."""
    if not current or current[-1].cat != Cat.NO or current[-1].canon != "no":
        return False
    # "with no. 1", "except no. 2", "and no. 3"; not "1 no. 2 yes" (an answer, then item 2)
    if len(current) < 2 or current[-2].cat not in (Cat.FOR, Cat.EXCEPT, Cat.CONJ, Cat.ONLY):
        return False
    rest = text[at : at + 4].lstrip()
    return bool(rest) and rest[0].isdigit()


def _goes_on(text: str, at: int) -> bool:
    """Whether the line goes on in lower case after an exclamation mark."""
    rest = text[at : at + 20].lstrip("! \t")
    return bool(rest) and rest[0].islower()


def _word_after(text: str, at: int) -> Cat:
    sign = text[at : at + 8].lstrip(" \t")[:1]
    if sign and sign in _EMOJI_YES | _EMOJI_NO:
        # "1. ✅ 2. ❌ 3. ✅": a sign after the full stop is that number's answer, as "1. ja"
        return Cat.LETTER_YES if sign in _EMOJI_YES else Cat.LETTER_NO
    m = _NEXT_WORD.match(text, at)
    return lookup(fold(m.group(1)))[0] if m else Cat.WORD


# The words that refuse; and the text up to the next item number or sentence end.
_REFUSING = frozenset({Cat.NO, Cat.NEG, Cat.OBJECT, Cat.NOTHING})
_UP_TO_NEXT = re.compile(r"[^\d.!?\n]*")


def _refusal_after(text: str, at: int) -> bool:
    """After "N.": lower case (or a no sign) going on to a refusal before any other number or
    the sentence's end — "2. zou ik niet doen", "2. 👎"."""
    rest = _UP_TO_NEXT.match(text, at)
    words = rest.group() if rest else ""
    first = words.lstrip(" \t")[:1]
    if first in _EMOJI_NO:
        return True
    if not (first.isalpha() and first.islower()):
        return False
    return any(lookup(fold(w))[0] in _REFUSING for w in re.findall(r"[^\W\d_]+", words))


def _title_goes_on(current: list[Tok], folded: str, names: ItemNames) -> bool:
    """ "school" right after the other words of the item whose title has it ("Volgen na
    school"), only articles and such between: the rest of that title, not the school."""
    for t in reversed(current):
        if t.cat == Cat.FILL:
            continue
        return (
            t.cat == Cat.REF
            and len(t.items) == 1
            and folded in names.sender_side.get(next(iter(t.items)), frozenset())
        )
    return False


# what a dictated answer ends with before its "punt" ("geen punt" is "no problem")
_SPOKEN_BEFORE_STOP = frozenset({Cat.YES, Cat.NO, Cat.NUM, Cat.NUMWORD, Cat.AGREE, Cat.ORDINAL})


def _spoken_stop(text: str, at: int) -> bool:
    """ "punt" said to a phone, the end of a sentence: at the end, or before a word that is
    no number ("punt groetjes"); "punt 2", "punt twee", "punt 1." name an item."""
    rest = text[at : at + 40].lstrip(" \t")
    if not rest or rest[0] in "\n\r":
        return True
    if rest[0].isdigit() or rest[0] in ":#":
        return False
    return _word_after(text, at) not in (Cat.NUMWORD, Cat.ORDINAL, Cat.NUM, Cat.PART)


def _lower_after(text: str, at: int) -> bool:
    m = _NEXT_WORD.match(text, at)
    return m is not None and m.group(1)[0].islower()


def _dot_is_glue(
    before: list[Tok], following: Cat, lower: bool = False, refusal_after: bool = False
) -> bool:
    """ "1. ja" (numbering), "nr. 2", "onderdeel 1. Ja": the full stop does not end the
    sentence; "voor onderdeel 1. Tegen 2 wel." does."""
    if not before:
        return True
    if following == Cat.EXCEPT:
        return True  # "Ja voor alles. Behalve 2.": the exception of the answer before
    last = before[-1]
    if last.cat == Cat.PART or last.canon in _ABBREVIATIONS:
        return True
    if last.cat == Cat.NUM:
        if len(before) == 1:
            return True
        prev = before[-2]
        if prev.cat == Cat.PUNCT and prev.canon in "#([":
            return True
        if following in _NUMBERED_ANSWERS and (
            (prev.cat == Cat.PUNCT and prev.canon == "/") or prev.cat in _BEFORE_A_NUMBERED_ANSWER
        ):
            # "2 ja en 3. nee", "1 no / 2. ja": the number starts its own answer; ending the
            # sentence there left it behind as a bare number that the answer before it took
            # over ("ja en 3" → 3 ja)
            return True
        if refusal_after:
            # "ja voor 1 en 3, 2. zou ik niet doen", "akkoord met de rest 2. 👎": typed on in
            # lower case (or a sign), a refusal before any other item: the number's own
            # answer. Ended there, the number joined the list before it and took its yes (s38).
            return True
        if prev.cat == Cat.PUNCT and prev.canon in ",;" and following in _NUMBERED_ANSWERS:
            # "1. ja, 2. niet, 3. ja": numbered the same way earlier in this sentence, or the
            # answer goes on in lower case ("niet voor 1, 2. ja"); not "toestemming voor 1,
            # 2. Nee voor 3" (a new sentence)
            return lower or any(
                a.cat == Cat.NUM and b.cat == Cat.PUNCT and b.canon == "."
                for a, b in pairwise(before[:-2])
            )
        return prev.cat == Cat.PART and following in _ANSWER_WORDS
    return False


def _phrases(tokens: list[Tok]) -> list[Tok]:
    """Fold fixed phrases ("weet het niet", "geen bezwaar", "ja/nee") into one token each."""
    if not tokens:
        return tokens
    words = [t.canon if t.cat != Cat.PUNCT else ("/" if t.canon == "/" else "_") for t in tokens]
    joined = " ".join(words)
    offsets: list[int] = []
    pos = 0
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    found: list[tuple[int, int, Cat, int]] = []
    index_at = {o: k for k, o in enumerate(offsets)}
    for m in PHRASE_PATTERN.finditer(joined):
        i = index_at.get(m.start(), -1)
        j = bisect_left(offsets, m.end()) - 1
        if i < 0 or j < i or m.lastgroup is None:
            continue
        _, cat, polarity, _ = PHRASES[int(m.lastgroup[1:])]
        found.append((i, j, cat, polarity))
    if not found:
        return tokens
    out: list[Tok] = []
    starts = {i: (j, cat, polarity) for i, j, cat, polarity in found}
    k = 0
    while k < len(tokens):
        if k in starts:
            j, cat, polarity = starts[k]
            part = tokens[k : j + 1]
            spans = tuple((t.start, t.end) for t in part if t.cat != Cat.PUNCT)
            canon = " ".join(t.canon for t in part)
            out.append(Tok(cat, part[0].start, part[-1].end, canon, pol=polarity, spans=spans))
            k = j + 1
        else:
            out.append(tokens[k])
            k += 1
    return out
