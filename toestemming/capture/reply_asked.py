"""Items a clause names without answering them: asked about ("wat is 2?", "wat bedoelt u met
2 1 ja 3 ja", "ja voor 1 en 3 en wat bedoelt u met 2") or followed by words the reader cannot
read ("ja voor 1 en 3 en 2 half"). Such an item is no part of the answer beside it — the
list before it swallowed it into a yes nobody gave — it is unclear on its own; the items
around it keep their answers (reply_grammar calls these; reply_binding for the last one).
"""

from __future__ import annotations

from .reply_tok import GLUE, Tok
from .reply_units import STRONG, Binding, Clause, Unit
from .reply_words import Cat

# The words a question about an item opens with (not "wat betreft 1: ja": its item has its
# answer right after it).
_ASKING = frozenset(
    {"wat", "waarom", "hoe", "welke", "welk", "wie", "waarvoor", "what", "why", "how", "which"}
)


def _binding(refs: list[Tok], words: list[Tok], reason: str) -> Binding:
    spans = sorted({s for t in words for s in t.all_spans()})
    unit = Unit(0, STRONG, spans, words[0].start, hedge=reason)
    items = frozenset(p for r in refs for p in r.items)
    return Binding(unit, items, ref_spans=[s for r in refs for s in r.all_spans()])


def _answered_right_after(toks: list[Tok], k: int, answers: set[int]) -> bool:
    """An answer right after the item, which is not one for the items after it ("wat is 2
    ja voor 1 en 3": the "ja" is 1's and 3's)."""
    j = k + 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    if j >= len(toks) or toks[j].start not in answers:
        return False
    if j + 1 >= len(toks) or toks[j + 1].cat not in (Cat.FOR, Cat.REF):
        return True
    # ("… 1 ja 3 ja": the next item has its own answer, so the "ja" is 1's)
    return toks[j + 1].cat == Cat.REF and _answered_right_after(toks, j + 1, answers)


# Words before a question word that make it no question: "alles wat met school te maken
# heeft", "dat is wat ik bedoel"
_NOT_ASKING_AFTER = frozenset({Cat.ALL, Cat.REST, Cat.FILL, Cat.WORD, Cat.FOR, Cat.SENSITIVE})


def asked(c: Clause) -> None:
    """Take the items a question in clause c opens onto out of its references: "wat is 2",
    "wat bedoelt u met 2 en 3" — a question word at the clause's start (or after "en"), then
    no answer before the item (and the item without its own answer right after it)."""
    toks = c.toks
    answers = {u.head for u in c.units}
    for i, t in enumerate(toks):
        before = toks[i - 1] if i else None
        if t.canon not in _ASKING or (
            before is not None and before.cat in _NOT_ASKING_AFTER and before.canon != "~"
        ):
            continue
        if i + 1 < len(toks) and toks[i + 1].canon in ("betreft", "betreffende"):
            return  # "wat betreft 1: ja": as for 1
        k = next((j for j in range(i + 1, len(toks)) if toks[j].cat == Cat.REF), None)
        if k is None or not toks[k].explicit:
            return
        if any(toks[i].start < h < toks[k].start for h in answers):
            return
        refs = [toks[k]]
        while k + 2 < len(toks) and toks[k + 1].cat == Cat.CONJ and toks[k + 2].cat == Cat.REF:
            k += 2
            refs.append(toks[k])
        if _answered_right_after(toks, k, answers):
            # "wat bedoelt u met 2 en 1 ja": the last one has its answer, the rest is asked
            refs.pop()
            if not refs:
                return
            k = next(j for j, x in enumerate(toks) if x is refs[-1])
        c.refs = [r for r in c.refs if r not in refs]
        c.bindings.append(_binding(refs, toks[i:k], "question"))
        return


def said_of_last(c: Clause, elements: list[Unit | Tok]) -> list[Unit | Tok]:
    """ "ja voor 1 en 3 en 2 half": the last item number of a clause with its answer before
    it, followed by a word we cannot read, is that word's — unclear, no part of the list."""
    last = elements[-1] if elements else None
    if not isinstance(last, Tok) or not last.explicit or len(c.refs) < 2:
        return elements
    k = next((j for j, t in enumerate(c.toks) if t is last), None)
    if k is None:
        return elements
    after = [t for t in c.toks[k + 1 :] if not (t.cat == Cat.PUNCT and t.canon in GLUE)]
    if not after or after[0].cat != Cat.WORD or after[0].canon == "~" or after[0].shared:
        return elements
    # "ja voor 2 1 en 3 half": the items joined to it by "en" may be said of too
    chain = [last]
    j = len(elements) - 2
    while j >= 0 and isinstance(el := elements[j], Tok) and _joined(c.toks, el, chain[0]):
        chain.insert(0, el)
        j -= 1
    if not any(isinstance(e, Unit) for e in elements[: j + 1]):
        return elements  # "1 en 3 half" alone: no list of another answer
    c.refs = [r for r in c.refs if r not in chain]
    c.bindings.append(_binding(chain, after, "hedge"))
    return elements[: j + 1]


def _joined(toks: list[Tok], a: Tok, b: Tok) -> bool:
    i = next((k for k, t in enumerate(toks) if t is a), -1)
    return i >= 0 and i + 2 < len(toks) and toks[i + 2] is b and toks[i + 1].cat == Cat.CONJ
