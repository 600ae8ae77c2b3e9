""" "2 ja, bij nader inzien niet", "2 ja, niet, 1 ja 3 ja", "2 nee, toch wel", "1 ja 2 ja, toch
niet 3 ja": an answer in the clause right after an item's answer, behind a comma, that says
the opposite and names no item of its own (or opens with "toch"/"achteraf"/"eigenlijk" before
the next item): a second thought about that item. The last word may count, or the first —
the item is unclear, never the first answer (rd33: each kept it — a weak "niet" or "wel"
behind the comma did not outweigh the named item, and "toch niet 3 ja" went to 3 — a yes
nobody gave, or a no). Without the comma ("2 ja toch niet") reply_binding reads it.
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_units import BOTH, Binding, Clause, Unit
from .reply_words import Cat

# words that open a second thought about what was just said ("bij nader inzien")
_RETHINK = frozenset({"toch", "achteraf", "eigenlijk", "alsnog", "actually", "nader"})
# unknown words that may stand around a second thought; any other ("verder prima", "anders
# wel") may say it of the other items (round 10: "Nee voor de bakkerij, verder prima")
_AROUND = _RETHINK | frozenset(
    [
        "sorry",
        "sry",
        "wacht",
        "wait",
        "eh",
        "ehm",
        "uh",
        "uhm",
        "oeps",
        "oops",
        "oh",
        "correctie",
        "correction",
        "bedoel",
        "mean",
        "inzien",
        "hmm",
    ]
)
_ITEMISH = frozenset({Cat.REF, Cat.REST, Cat.ALL})
_PAUSE = frozenset({Cat.WORD, Cat.FILL, Cat.PUNCT, Cat.CONTRAST})


def second_thoughts_behind_a_comma(clauses: list[Clause]) -> None:
    for k in range(1, len(clauses)):
        prev, c = clauses[k - 1], clauses[k]
        if c.link != "comma" or not prev.bindings:
            continue
        last = max(prev.bindings, key=lambda b: b.unit.head)
        pol = last.unit.pol
        if pol not in (1, -1) or last.all_items or last.rest or not last.items:
            continue
        rethink = _opens_a_rethink(c.toks, len(c.toks))
        j = k
        while j + 1 < len(clauses) and _a_pause(clauses[j]) and clauses[j + 1].link != "":
            # "2 nee, toch maar wel": "toch", then "maar wel"; "2 ja, sorry, nee"
            j += 1
        c = clauses[j]
        turned = _turned(c, pol, rethink)
        if turned:
            _doubt(last, turned)
            if any(later.bindings for later in clauses[j + 1 :]):
                # with items answered after it the second thought is that item's, no
                # answer of its own: left bare it made every item named beside it unclear
                # ("1 ja, 2 ja, sorry, nee, 3 ja"). At the end it may take back all before
                # it ("1 ja, 2 ja, nee toch niet": s29), so it stays bare: all unclear.
                c.bare = [u for u in c.bare if u not in turned]


def _a_pause(c: Clause) -> bool:
    """ "toch", "sorry", "wacht", "eh": a clause with no answer and no item."""
    return (
        not c.units
        and not c.refs
        and all(t.cat in _PAUSE and (t.cat != Cat.WORD or t.canon in _AROUND) for t in c.toks)
    )


def _opens_a_rethink(toks: list[Tok], upto: int) -> bool:
    return any(t.canon in _RETHINK for t in toks[:upto])


def _turned(c: Clause, pol: int, rethink: bool) -> list[Unit]:
    if not any(t.cat in _ITEMISH for t in c.toks):
        if any(t.cat == Cat.WORD and t.canon not in _AROUND for t in c.toks):
            return []
        return [u for u in c.bare if u.pol == -pol and not u.elsewhere and not u.hedge]
    # "toch niet 3 ja": the words before the clause's first item, after "toch"
    first = next(k for k, t in enumerate(c.toks) if t.cat in _ITEMISH)
    if not (rethink or _opens_a_rethink(c.toks, first)):
        return []
    return [u for u in c.units if u.head < c.toks[first].start and u.pol in (-pol, BOTH)]


def _doubt(b: Binding, units: list[Unit]) -> None:
    b.unit.pol = BOTH
    b.unit.spans = sorted({*b.unit.spans, *(s for u in units for s in u.spans)})
