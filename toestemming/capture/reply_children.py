"""Whose answer a sentence is: this young person's, or another child's of the same family.

The request knows the young person's first name and the reader is told the names of the
other children the family has in the vault (`Children`). "Ja voor Sam, niet voor 2" is a yes
to this youth's request as a whole with an exception; "Voor Lisa: 1 ja 2 ja 3 ja" answers
nothing here (it is Lisa's answer, to Lisa's own request), nor do the lines under a heading
"Lisa:" until one for this youth. A sentence that names both ("Voor Sam en Lisa: ja voor
alles") is for both, so also for this one. Names we are not told are plain words, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .reply_tok import Tok
from .reply_tokens import Sentence
from .reply_words import Cat, fold, lookup

# An answer word right before "voor <naam>": "Ja voor Sam", "nee voor Sam", "akkoord voor Sam".
_ANSWERS = frozenset({Cat.YES, Cat.NO, Cat.AGREE})
# Words between "voor" and the name: "voor onze Sam", "for my Sam".
_POSSESSIVE = frozenset({"onze", "ons", "mijn", "m'n", "mn", "our", "my", "de", "het"})
# What a heading line is made of besides the name: "Voor Lisa:", "Lisa -", "Wat betreft Lisa:".
_HEADING_CATS = frozenset({Cat.FILL, Cat.FOR, Cat.PUNCT, Cat.CONJ})


@dataclass(frozen=True)
class Children:
    """The first names by which a reply may say whose answer it is (folded, each a word the
    lexicon does not know: a child named like an answer word is not told apart)."""

    own: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()

    @classmethod
    def of(cls, own: Iterable[str], others: Iterable[str] = ()) -> Children:
        mine = _names(own)
        return cls(mine, _names(others) - mine)

    def __bool__(self) -> bool:
        return bool(self.own or self.others)


def _names(raw: Iterable[str]) -> frozenset[str]:
    out = set()
    for name in raw:
        for word in re.findall(r"[^\W\d_]+", name or ""):
            folded = fold(word)
            if len(folded) >= 2 and lookup(folded)[0] == Cat.WORD:
                out.add(folded)
                break  # the first name only: "Sam Jan" is Sam
    return frozenset(out)


class Whose:
    """Walks the sentences of one reply in order (a heading rules the lines under it)."""

    def __init__(self, children: Children | None) -> None:
        self.children = children or Children()
        self.other_heading = False
        self.skipped = False  # a sentence was another child's (the worker is told)

    def sentence(self, s: Sentence) -> Sentence | None:
        """The sentence as this youth's answer, or None when it is another child's."""
        if not self.children:
            return s
        own = [k for k, t in enumerate(s.tokens) if self._is(t, self.children.own)]
        other = [k for k, t in enumerate(s.tokens) if self._is(t, self.children.others)]
        if own:
            self.other_heading = False
        if other and not own:
            if _heading(s.tokens, other):
                self.other_heading = True
            self.skipped = True
            return None
        if self.other_heading:
            self.skipped = True
            return None
        if own:
            s.tokens = _as_all(s.tokens, own)
        if other:
            kept = _without_clauses_of(s.tokens, set(other), set(own))
            self.skipped = self.skipped or len(kept) < len(s.tokens)
            s.tokens = kept
        return s

    @staticmethod
    def _is(t: Tok, names: frozenset[str]) -> bool:
        return t.cat == Cat.WORD and t.canon in names


def _heading(tokens: Sequence[Tok], at: Sequence[int]) -> bool:
    """Only the name and glue: a heading for the lines under it ("Voor Lisa:")."""
    return all(k in at or t.cat in _HEADING_CATS for k, t in enumerate(tokens))


def _as_all(tokens: list[Tok], own: Sequence[int]) -> list[Tok]:
    """ "Ja voor Sam": an answer to this youth's whole request, read as "ja voor alles"."""
    out = list(tokens)
    for k in own:
        j = k - 1
        while j >= 0 and out[j].cat in (Cat.FILL, Cat.WORD) and out[j].canon in _POSSESSIVE:
            j -= 1
        heading = k + 1 < len(out) and out[k + 1].canon == ":"  # "Toestemming voor Sam: 1 ja"
        if (
            j >= 0
            and out[j].cat == Cat.FOR
            and (
                (j >= 1 and out[j - 1].cat in _ANSWERS and not heading) or _answer_after(out, k + 1)
            )
        ):
            t = out[k]
            out[k] = Tok(Cat.ALL, t.start, t.end, "alles")
    return out


def _answer_after(tokens: Sequence[Tok], k: int) -> bool:
    """ "Voor Sam ja", "voor Sam: nee." — the answer word closes its clause."""
    if k < len(tokens) and tokens[k].cat == Cat.PUNCT and tokens[k].canon in ":-":
        k += 1
    return (
        k < len(tokens)
        and tokens[k].cat in _ANSWERS
        and (k + 1 == len(tokens) or tokens[k + 1].canon in ",;")
    )


def _without_clauses_of(tokens: list[Tok], other: set[int], own: set[int]) -> list[Tok]:
    """ "Ja voor Sam, nee voor Lisa": the clause that names only the other child is hers."""
    clauses: list[list[int]] = [[]]
    for k, t in enumerate(tokens):
        if t.cat == Cat.PUNCT and t.canon in ",;":
            clauses.append([])
        else:
            clauses[-1].append(k)
    drop = {k for c in clauses if other & set(c) and not own & set(c) for k in c}
    return [t for k, t in enumerate(tokens) if k not in drop]
