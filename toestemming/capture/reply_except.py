""" "Except" in the forms the grammar does not see as "behalve": around its items ("op 2 na"),
only before items ("min 2", "sauf 2", Arabic "ما عدا 2"), after them, and words we do not know
beside an item number in an answer for all.

Written after its items: "2 uitgezonderd, alles ja", Turkish "2 hariç hepsi evet"
("all yes, 2 excepted"), "2 dışında", German "2 ausgenommen".

The grammar reads an exception from the word before its items ("behalve 2"); written after
them the bare "2" took the "ja" that follows as its own — a yes for the one item the parent
left out. Here the word is put in front of its items, as "behalve", so the grammar reads
what was written. (Its place in the text stays where it was typed, for the highlight.)
"""

from __future__ import annotations

from .reply_split import answered
from .reply_tok import UNKNOWN_BESIDE, Tok
from .reply_words import Cat

# Dutch "en" (and): a conjunction, not a language code
_AND = frozenset({"en"})

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
        if k + 1 < len(out) and out[k + 1].cat == Cat.REF and not answered(out, k + 1):
            k += 1  # "uitgezonderd 2": already in front of its item (not "2 uitgezonderd 1 ja")
            continue
        first = k - 1
        # (not over two numbers side by side: "ja 1 en 3 2 uitgezonderd" excepts 2 only)
        while (
            first > 0
            and out[first - 1].cat in _IN_RUN
            and not (out[first - 1].cat == Cat.REF and out[first].cat == Cat.REF)
        ):
            first -= 1
        # "ja 1 en 3 en 2 uitgezonderd": a second "en" in the run starts the exception (the
        # list before it is the "ja"'s; read whole, it was a no for 1 and 3 nobody gave)
        joins = [j for j in range(first, k) if out[j].cat == Cat.CONJ and out[j].canon in _AND]
        if len(joins) >= 2:
            first = joins[-1]
        while out[first].cat == Cat.CONJ:  # "… en 2 uitgezonderd": the "en" joins before
            first += 1
        moved = Tok(Cat.EXCEPT, t.start, t.end, "behalve")
        out[first : k + 1] = [moved, *out[first:k]]
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


def except_against(tokens: list[Tok]) -> None:
    """ "akkoord behalve tegen 1", "geen bezwaar, except against 2": after "behalve" the
    "tegen" is the preposition of the exception, not a no of its own (read as one, the
    exception turned it into a yes for 1)."""
    for k in range(1, len(tokens) - 1):
        t = tokens[k]
        if t.canon in ("tegen", "against") and tokens[k - 1].cat == Cat.EXCEPT:
            nxt = next((x for x in tokens[k + 1 :] if x.cat not in (Cat.FILL, Cat.PART)), None)
            if nxt is not None and nxt.cat == Cat.REF:
                tokens[k] = Tok(Cat.FOR, t.start, t.end, "voor")


_OP_NA_BETWEEN = frozenset({"de", "het", "die", "deze", "the", "nummer", "punt", "onderdeel", ","})
# "except" only right before items: "ja voor alles min 2", "fine besides 2", "exclusief de
# bakkerij" — not "min of meer", "Besides, ..." (those read as before).
# Also "except" in the languages our requests go out in and the ones parents mix in ("sauf 2",
# "außer 2", "oprócz 2", "z wyjątkiem 2", Arabic "ما عدا 2", "إلا 2", "باستثناء 2", "سوى 2"), and
# English "bar 2" / "save 2": left unknown, "نعم للكل ما عدا 2" was a yes for 2.
EXCEPT_BEFORE_REF = frozenset(
    {"min", "minus", "besides", "exclusief", "excl", "excluding", "sauf", "ausser", "oprocz",
     "wyjatkiem", "bar", "save", "عدا", "ماعدا", "الا", "باستثناء", "سوى"}
)  # fmt: skip


def op_na(tokens: list[Tok]) -> list[Tok]:
    """ "Ja voor alles op 2 na", "op de bakkerij na": the Dutch "except" stands around its
    items; read as "behalve 2" (the bare "2" with "ja" before it was a yes for 2). Also the
    words that mean "except" only before items ("min 2", "besides 2")."""
    out = list(tokens)
    i = 0
    while i < len(out):
        if _minus(out, i):
            out[i] = Tok(Cat.EXCEPT, out[i].start, out[i].end, "behalve")
        elif out[i].canon in EXCEPT_BEFORE_REF:
            j = i + 1
            while (
                j < len(out)
                and (out[j].canon in _OP_NA_BETWEEN or out[j].cat in (Cat.PART, Cat.FOR))
                and out[j].canon != ","
            ):
                j += 1
            if j < len(out) and out[j].cat == Cat.REF:
                out[i] = Tok(Cat.EXCEPT, out[i].start, out[i].end, "behalve")
        elif out[i].canon == "op":
            j, refs = i + 1, 0
            while j < len(out) and (
                out[j].cat in (Cat.REF, Cat.CONJ) or out[j].canon in _OP_NA_BETWEEN
            ):
                refs += out[j].cat == Cat.REF
                j += 1
            if refs and j < len(out) and out[j].canon == "na":
                out[i] = Tok(Cat.EXCEPT, out[i].start, out[i].end, "behalve")
                del out[j]
        i += 1
    return out


def _minus(toks: list[Tok], i: int) -> bool:
    """ "ja voor alles -2", "alles ja (-nr 2)": a minus sign glued to the item after "alles"
    takes it out — not a dash ("1-3" is a range: an item glued before it)."""
    t = toks[i]
    if t.canon != "-" or i + 1 >= len(toks) or toks[i + 1].start != t.end:
        return False
    if toks[i + 1].cat not in (Cat.REF, Cat.PART) or (
        i and toks[i - 1].end == t.start and toks[i - 1].cat == Cat.REF
    ):
        return False
    return any(x.cat == Cat.ALL for x in toks[:i])
