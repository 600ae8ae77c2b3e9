"""The items not named: "de rest", "verder", "niets anders", "and nothing else".

A parent who names some items and then says what goes for the others writes it many ways:
"1 en 3 ja, verder niks", "alleen 1 en 3 en de rest niet", "only 1 and 3, nothing else". The
tokens here turn those words into the REST reference, and keep a "niks" or "niet" meant for the
rest off the items named before it ("1 en 3 en de rest niet" was a no for 1 and 3 too).
Used by reply_tokens on each sentence.
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_words import Cat

# "Liever niet voor 2, verder prima", "1 en 3 ja, verder niks": "verder" right before an
# answer, after an item named by number in the same sentence, is "the rest"; elsewhere
# ("verder heb ik geen vragen", "de gemeente mag het niet weten, verder ja": no item of ours
# named) it is only "further".
_FURTHER_ANSWER = frozenset({Cat.YES, Cat.NO, Cat.FINE, Cat.NEG, Cat.NOTHING})
# "niets anders", "nothing else", "anders niks": the items not named, with their no
_ELSE = frozenset({"anders", "else"})
# "1 en 3 en de rest niet": the article between the "en" and the rest
_ARTICLES = frozenset({"de", "het", "the", "all", "alle"})


def _named_before(tokens: list[Tok], k: int) -> bool:
    return any(x.cat == Cat.REF and x.explicit for x in tokens[:k])


def further(tokens: list[Tok]) -> list[Tok]:
    out = list(tokens)
    for k, t in enumerate(out):
        nxt = out[k + 1 : k + 3]
        if t.cat != Cat.WORD or t.canon != "verder" or not nxt or not _named_before(out, k):
            continue
        if nxt[0].cat in _FURTHER_ANSWER or (
            nxt[0].canon in ("is", "mag") and len(nxt) > 1 and nxt[1].cat in _FURTHER_ANSWER
        ):
            out[k] = Tok(Cat.REST, t.start, t.end, "rest")
    return out


def nothing_else(tokens: list[Tok]) -> list[Tok]:
    """ "only 1 and 3, nothing else", "1 en 3 ja, niets anders", "anders niks": the rest,
    and a no for it — after an item named by number (else "niets anders te melden")."""
    out = list(tokens)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not _named_before(out, k):
            continue
        if a.cat == Cat.NOTHING and b.cat == Cat.WORD and b.canon in _ELSE:
            out[k], out[k + 1] = Tok(Cat.REST, b.start, b.end, "rest"), a
        elif a.cat == Cat.WORD and a.canon == "anders" and b.cat == Cat.NOTHING:
            out[k] = Tok(Cat.REST, a.start, a.end, "rest")
    return out


def and_the_rest(tokens: list[Tok]) -> list[Tok]:
    """ "alleen 1 en 3 en de rest niks": the "en" before the rest starts its own clause, so
    the rest's answer is not the answer of 1 and 3 (it was read as a no for them too)."""
    out = list(tokens)
    for k, t in enumerate(out):
        if t.cat != Cat.CONJ or not _named_before(out, k):
            continue
        j = k + 1
        while j < len(out) and out[j].cat == Cat.FILL and out[j].canon in _ARTICLES:
            j += 1
        if j < len(out) and out[j].cat == Cat.REST:
            out[k] = Tok(Cat.PUNCT, t.start, t.end, ",")
    return out


def the_rest(tokens: list[Tok]) -> list[Tok]:
    """Every pass above, in order."""
    canons = {t.canon for t in tokens}
    if "verder" in canons:
        tokens = further(tokens)
    if canons & _ELSE:
        tokens = nothing_else(tokens)
    if any(t.cat == Cat.REST for t in tokens):
        tokens = and_the_rest(tokens)
    return tokens
