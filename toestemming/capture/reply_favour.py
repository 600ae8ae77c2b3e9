""" "Voor" as a vote, not a preposition: "ik ben voor 1, 2 nee", "1,2 voor 3 tegen", "ik ben
tegen 2 en voor de rest", "I am for 1, 2 no".

The reader does not take "voor" for a yes (too easily "for": "ja voor 1"), but where it is
a vote its items are not a list that runs on to the next item's answer: that read 1 in "ik
ben voor 1, 2 nee" as a no nobody gave. Where "voor"/"for" stands

  - right after an item ("1 voor", "2 voor 3 tegen", "1 en 2 voor, 3 tegen"),
  - after "ben"/"zijn"/"is"/"am"/"are"/"ga" ("ik ben (er) voor 1 en 3", "ik ga voor 1"),
  - or, in a sentence that votes "tegen"/"against", after "en" or a comma ("tegen 2 en voor
    de rest", "tegen 2, voor 1 en 3"); "in favour (of)" anywhere,

and no answer word follows it in its clause ("dat is voor 1 prima" keeps its preposition),
it is a vote: a doubt of its own kind (reason "favour"), so its items are unclear — the
worker asks — and never take another item's answer.
"""

from __future__ import annotations

from .reply_tok import GLUE, Tok
from .reply_words import ANSWER_CATS, Cat

FAVOUR = "<in-favour>"  # the canonical form of a "voor" that votes (a hedge, reason "favour")

_VOTE = frozenset({"voor", "for", "in favour", "in favor", "in favour of", "in favor of"})
_AGAINST = frozenset({"tegen", "against"})
# ("ik ga voor 1": I go for 1)
_COPULAS = frozenset(
    {"ben", "bent", "is", "zijn", "am", "are", "i'm", "we're", "were", "was", "ga", "gaan", "gaat"}
)
_BREAK_PUNCT = frozenset(",;()[]–—.!?")
_BREAK_CATS = frozenset({Cat.CONTRAST, Cat.SEP, Cat.EXCEPT})


def mark_votes(toks: list[Tok]) -> None:
    """Turn each "voor"/"for" of `toks` (one sentence) that votes into a FAVOUR hedge."""
    votes = [i for i, t in enumerate(toks) if t.cat == Cat.FOR and t.canon in _VOTE]
    for i in votes:
        if (_after_item(toks, i) and not _answer_follows(toks, i, own=True)) or (
            (_after_copula(toks, i) or _against_before(toks, i) or " " in toks[i].canon)
            and not _answer_follows(toks, i, own=False)
        ):
            toks[i].cat = Cat.HEDGE
            toks[i].canon = FAVOUR


def _is_break(t: Tok) -> bool:
    return (t.cat == Cat.PUNCT and t.canon in _BREAK_PUNCT) or t.cat in _BREAK_CATS


def _answer_follows(toks: list[Tok], i: int, own: bool) -> bool:
    """An answer word after "voor" in its clause: "voor" links it ("dat is voor 1 prima") —
    unless (`own`: "voor" after an item) an item number stands right before that answer
    ("1 voor 2 nee": 2's own answer)."""
    for j in range(i + 1, len(toks)):
        t = toks[j]
        if _is_break(t):
            return False
        if t.cat in ANSWER_CATS:
            k = j - 1
            while k > i and toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE:
                k -= 1
            return not (own and k > i and toks[k].cat == Cat.REF and toks[k].explicit)
    return False


def _after_item(toks: list[Tok], i: int) -> bool:
    """ "1 voor", "1 en 2 voor, 3 tegen", "2 voor 3 tegen": an item right before it, and
    after it nothing, a break, "en" or the next item number ("1 voor mij ja" is a preposition)."""
    k = i - 1
    while k >= 0 and toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE:
        k -= 1
    if k < 0 or toks[k].cat != Cat.REF or not toks[k].explicit:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is None
        or _is_break(nxt)
        or nxt.cat == Cat.CONJ
        or (nxt.cat == Cat.REF and nxt.explicit)
        or (nxt.cat == Cat.PUNCT and nxt.canon in GLUE)
    )


def _after_copula(toks: list[Tok], i: int) -> bool:
    """ "ik ben voor 1", "wij zijn er voor", "I am for 1 and 3"."""
    k = i - 1
    if k >= 0 and toks[k].canon in ("er", "helemaal", "echt"):
        k -= 1
    return k >= 0 and toks[k].canon in _COPULAS


def _against_before(toks: list[Tok], i: int) -> bool:
    """ "tegen 2 en voor de rest", "tegen 2, voor 1 en 3": after "en" or a comma, in a
    sentence that votes against before it (and answers nothing else)."""
    if i == 0 or not (
        toks[i - 1].cat == Cat.CONJ or (toks[i - 1].cat == Cat.PUNCT and toks[i - 1].canon in ",;")
    ):
        return False
    before = toks[:i]
    against = [t for t in before if t.cat == Cat.OBJECT and t.canon in _AGAINST]
    others = [t for t in before if t.cat in ANSWER_CATS and t not in against]
    return bool(against) and not others
