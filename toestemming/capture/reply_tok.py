"""The token of a reply sentence and what the reader's modules share about it: a word, a
number, an item reference or a sign, with its place in the text the worker sees."""

from __future__ import annotations

from dataclasses import dataclass

from .reply_words import Cat

Span = tuple[int, int]

# Between an item number and its answer: "1: ja", "1 = ja", "1) ja", "1 - ja", "1. ja",
# "1… ja" (a pause: "1... ja" is three ".").
GLUE = frozenset(":=)-.→…")
# a "voor" that votes (reply_favour; a hedge, reason "favour")
FAVOUR = "<in-favour>"
WRITER = "<writer>"  # the writer says they are someone who does not decide (a grandparent)
AGE = "<age>"  # the canonical form of an age under 16 (a hedge with its own reason)
UNTIL = "<until-item>"  # "1 tot 3": is 3 in it? (a hedge with its own reason)
# "2 t/m 5" or "4 ja" with three items: an item the request does not have (its own reason)
BEYOND = "<beyond-last-item>"
# "alles ja bar 2", "2 xyz hepsi evet": a word we do not know right beside an item number in a
# sentence that answers for all — it may be "except" in a language we do not read
UNKNOWN_BESIDE = "<unknown-word-beside-item>"


@dataclass(slots=True)
class Tok:
    cat: Cat
    start: int
    end: int
    canon: str = ""  # canonical word, or the punctuation character
    items: frozenset[int] = frozenset()  # REF: the item positions
    explicit: bool = False  # REF: by number, part word or ordinal (not by a title word)
    pol: int = 0  # phrases: +1 yes, -1 no
    spans: tuple[Span, ...] = ()  # the words of a phrase (for highlighting)
    num: int = 0  # NUM / REF by number: the number as written
    shared: bool = False  # WORD: a word of two items' names ("gemeente" of both): names none

    def all_spans(self) -> tuple[Span, ...]:
        return self.spans or ((self.start, self.end),)
