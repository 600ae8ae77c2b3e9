""""Except" written after its items: "2 uitgezonderd, alles ja", Turkish "2 hariç hepsi evet"
("all yes, 2 excepted"), "2 dışında", German "2 ausgenommen".

The grammar reads an exception from the word before its items ("behalve 2"); written after
them the bare "2" took the "ja" that follows as its own — a yes for the one item the parent
left out. Here the word is put in front of its items, as "behalve", so the grammar reads
what was written. (Its place in the text stays where it was typed, for the highlight.)
"""

from __future__ import annotations

from .reply_tok import UNKNOWN_BESIDE, Tok
from .reply_words import Cat

# folded forms (reply_words.fold): "hariç" → "haric", "dışında" → "dısında"
EXCEPT_AFTER_REF = frozenset(
    {"uitgezonderd", "haric", "haricinde", "dısında", "disinda", "ausgenommen", "excepted"}
)
# between the items and the word: "2 en 3 uitgezonderd", "nummer 2 hariç"
_IN_RUN = frozenset({Cat.REF, Cat.CONJ, Cat.PART})


def except_after(tokens: list[Tok]) -> list[Tok]:
    out = list(tokens)
    k = 0
    while k < len(out):
        t = out[k]
        if t.canon not in EXCEPT_AFTER_REF or k == 0 or out[k - 1].cat != Cat.REF:
            k += 1
            continue
        if k + 1 < len(out) and out[k + 1].cat == Cat.REF:
            k += 1  # "uitgezonderd 2": already in front of its item
            continue
        first = k - 1
        while first > 0 and out[first - 1].cat in _IN_RUN:
            first -= 1
        while out[first].cat == Cat.CONJ:  # "… en 2 uitgezonderd": the "en" joins before
            first += 1
        moved = Tok(Cat.EXCEPT, t.start, t.end, "behalve")
        out[first:k + 1] = [moved, *out[first:k]]
        k += 1
    return out


def unknown_beside(tokens: list[Tok]) -> None:
    """In a sentence that answers for all, a word we do not know right before or after an
    item number ("alles ja bar 2", "2 xyz alles ja", "all yes w/o 2") may be "except" in a
    language we do not read: a doubt with its own reason, never that item's yes."""
    for k, t in enumerate(tokens):
        if t.cat != Cat.REF or not t.explicit:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(tokens) and _unknown(tokens[j]):
                w = tokens[j]
                tokens[j] = Tok(Cat.HEDGE, w.start, w.end, UNKNOWN_BESIDE)


def _unknown(t: Tok) -> bool:
    return t.cat == Cat.WORD and not t.shared and not t.canon.isdigit()
