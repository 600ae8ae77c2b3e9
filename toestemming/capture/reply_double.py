""" "Niet dat ik 2 niet wil", "ik zie niet (in) waarom 2 niet zou kunnen", "het is niet zo dat
ik 2 weiger", "I don't see why 2 shouldn't": a negation of a whole clause ("niet dat", "niet
waarom") that holds a negation of its own, with the item in between — and "2 is niet
onacceptabel", a "niet" before a word that carries its own "on-"/"un-". A negation of a
negation is no plain answer either way (rd33: each was read as a no for the item, the
inner "niet" its answer and the outer one lost). Both negations become one "both" token at
the inner one, so the item keeps its place; reply_clauses._double_negations does the same
where nothing stands between the two.
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_words import Cat

# after "niet" (over a small word or two): the start of the clause it negates
_CLAUSE_OPENERS = frozenset({"dat", "waarom", "that", "why"})
# what may stand between that opener and the inner negation
_CROSSED = frozenset({Cat.FILL, Cat.WORD, Cat.REF, Cat.FOR, Cat.CONJ, Cat.IN})
_INNER = frozenset({Cat.NEG, Cat.NOTHING, Cat.NO, Cat.OBJECT})
_NEGATED_PREFIXES = ("on", "un")


def _either(outer: Tok, inner: Tok) -> Tok:
    spans = tuple(sorted({*outer.all_spans(), *inner.all_spans()}))
    return Tok(Cat.EITHER, inner.start, inner.end, "niet nee", spans=spans)


def negated_clauses(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    i = 0
    while i < len(out):
        t = out[i]
        if t.cat != Cat.NEG:
            i += 1
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.cat == Cat.WORD
            and len(nxt.canon) >= 7
            and nxt.canon.startswith(_NEGATED_PREFIXES)
        ):
            # "niet onacceptabel", "not unreasonable": the word's own "on-" turned
            out[i : i + 2] = [_either(t, nxt)]
            i += 1
            continue
        j = i + 1
        while j < len(out) and j - i <= 3 and out[j].canon not in _CLAUSE_OPENERS:
            if out[j].cat not in (Cat.FILL, Cat.WORD, Cat.IN):
                break
            j += 1
        if j >= len(out) or out[j].canon not in _CLAUSE_OPENERS:
            i += 1
            continue
        k = j + 1
        while k < len(out) and k - j <= 8 and out[k].cat in _CROSSED:
            k += 1
        if k < len(out) and out[k].cat in _INNER:
            out[k] = _either(t, out[k])
            del out[i]
            continue
        i += 1
    return out
