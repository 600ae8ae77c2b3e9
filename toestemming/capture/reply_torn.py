""" "niet" between two answers typed without punctuation: which one does it turn? (reply33)

"ja 1 en 3 niet akkoord met 2" is "ja 1 en 3, niet akkoord met 2" or "ja 1 en 3 (3 niet),
akkoord met 2"; "rest akkoord niet akkoord met 2", "ja 1 en 3 don't share 2" alike; "2 mag
niet 1 en 3 ja" is "2 mag niet, 1 en 3 ja" or "2 mag, niet 1, en 3 ja". Read one way, the
"niet" was the item before's and the predicate after it a yes for 2 — a yes the person
said no to. When both readings hold together (the items before the "niet" have an answer of
their own, or it stands right after a predicate), the words the "niet" could turn are
unclear: both ways, never a guessed yes. Where one reading leaves items with no answer at
all ("1 niet toestemming voor 2": 1 has nothing else) the other one stands.
"""

from __future__ import annotations

from .reply_split import answered, is_answer_token
from .reply_tok import GLUE, Tok
from .reply_units import BOTH, STRONG, Binding, Clause, Unit
from .reply_words import ARTICLES, Cat

_IN_LIST = frozenset({Cat.REF, Cat.CONJ, Cat.PART, Cat.FILL, Cat.FOR})
_LISTING = frozenset({",", "&", "+"})  # "ja voor 1 & 3 niet akkoord met 2"


def answered_before(toks: list[Tok], i: int, went_on: bool = False) -> bool:
    """The items right before toks[i] have an answer written before them ("ja 1 en 3 niet",
    "ja voor 1 en 3. niet") — not the answer of items before those ("1 ja 3 niet"). "de rest
    niet akkoord met 2" counts too: "de rest niet, akkoord met 2" is likely, not sure.
    `went_on`: the clause goes on with a list the clause before answered ("ja voor 1, 3 niet
    akkoord met 2": "3" is that list's, the comma no clause break)."""
    k, refs = i - 1, 0
    if k >= 0 and toks[k].cat == Cat.REST:
        return True
    while k >= 0 and (
        toks[k].cat in _IN_LIST or (toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE | _LISTING)
    ):
        refs += toks[k].cat == Cat.REF
        k -= 1
    if refs and k < 0 and went_on:
        return True
    if not refs or k < 0 or not is_answer_token(toks[k]):
        return False
    j = k - 1
    while j >= 0 and (
        toks[j].cat == Cat.FILL or (toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE)
    ):
        j -= 1
    return j < 0 or toks[j].cat not in (Cat.REF, Cat.ALL, Cat.REST)


def list_went_on(before: list[Tok], toks: list[Tok]) -> bool:
    """A clause after a comma that starts with an item, the clause before ending in items with
    their answer before them: "ja voor 1, 3 …" — one list "1, 3" of that answer."""
    return bool(toks) and toks[0].cat == Cat.REF and answered_before(before, len(before))


_SMALL = frozenset({Cat.FILL, Cat.LETTER_NO, Cat.LETTER_YES})


def small_between(toks: list[Tok], i: int, j: int) -> bool:
    """Only small words, a smiley or a 👎 between toks[i] and toks[j]: "2 mag niet hoor 1 en
    3 ja", "2 mag niet 🙂 1 en 3 ja" are "2 mag niet 1 en 3 ja"."""
    return all(t.cat in _SMALL or (t.cat == Cat.WORD and t.canon == "~") for t in toks[i + 1 : j])


def list_answered(toks: list[Tok], j: int) -> bool:
    """The items that start at toks[j] are a list with its answer after it ("1 en 3 ja",
    "de eerste en de laatste ja")."""
    last = j
    k = j + 1
    while k < len(toks) and (
        toks[k].cat in (Cat.REF, Cat.CONJ, Cat.PART)
        or (toks[k].cat == Cat.FILL and toks[k].canon in ARTICLES)
        or (toks[k].cat == Cat.PUNCT and toks[k].canon in ",&/+")
    ):
        if toks[k].cat == Cat.REF:
            last = k
        k += 1
    return last > j and answered(toks, last)


def after_item(toks: list[Tok], i: int) -> bool:
    """Right after an item ("3 niet") or "de rest" ("de rest niet akkoord met 2")."""
    j = i - 1
    while j >= 0 and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j -= 1
    return j >= 0 and toks[j].cat in (Cat.REF, Cat.REST)


def after_words(toks: list[Tok], i: int) -> bool:
    """Items, then small words, then toks[i]: "1 en 3 wil ik niet"."""
    j = i - 1
    while j >= 0 and toks[j].cat == Cat.FILL:
        j -= 1
    return j < i - 1 and j >= 0 and toks[j].cat in (Cat.REF, Cat.REST)


def item_follows(toks: list[Tok], j: int) -> bool:
    """Items (or "de rest": "2 graag niet akkoord met de rest") follow toks[j]."""
    k = j + 1
    while k < len(toks) and toks[k].cat in (Cat.FOR, Cat.FILL, Cat.PART):
        k += 1
    return k < len(toks) and toks[k].cat in (Cat.REF, Cat.REST)


_NOT = frozenset({"niet", "not", "no", "geen", "nee"})


def torn_phrases(toks: list[Tok], negatable: set[int]) -> set[int]:
    """ "2 zeker niet akkoord met 1 en 3": "2 zeker niet, akkoord met 1 en 3" or "2 zeker,
    niet akkoord met 1 en 3"? A no phrase that ends in its "niet", right after an item and
    right before a predicate with items after it: both torn. Right after a predicate ("2
    mag echt niet") it turns that one: never its yes."""
    torn: set[int] = set()
    for k, t in enumerate(toks):
        words = t.canon.split()
        if t.cat != Cat.NO or len(words) < 2 or not _NOT.intersection(words):
            continue
        if k - 1 in negatable:
            # "2 mag echt niet 1 en 3 ja": the phrase turns "mag" (never a yes for 2)
            torn.update((k - 1, k))
            continue
        if not after_item(toks, k):
            continue
        if item_follows(toks, k) and not _answered_items(toks, k + 1):
            # "2 zeker niet (voor) 1 en 3", "1 en 3 no toestemming voor 2": "2 zeker, niet 1
            # en 3" or "2 zeker niet, 1 en 3"; "1 en 3 no, toestemming voor 2"?
            torn.add(k)
            continue
        j = k + 1
        while j < len(toks) and toks[j].cat == Cat.FILL:
            j += 1
        if j in negatable and item_follows(toks, j):
            torn.update((k, j))
    return torn


def _answered_items(toks: list[Tok], k: int) -> bool:
    """The items from toks[k] on (over "voor") have their own answer: "2 zeker niet 3 ja",
    "2 liever niet 3 is goed"."""
    n = len(toks)
    while k < n and toks[k].cat in (Cat.FOR, Cat.FILL, Cat.PART):
        k += 1
    if k == n or toks[k].cat != Cat.REF:
        return False
    while k < n and (
        toks[k].cat in (Cat.REF, Cat.CONJ, Cat.PART)
        or (toks[k].cat == Cat.PUNCT and toks[k].canon in ",&/+")
    ):
        k += 1
    # over glue and small words: "2 liever niet 3 is goed"
    while k < n and (
        toks[k].cat == Cat.FILL or (toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE)
    ):
        k += 1
    return k < n and is_answer_token(toks[k])


def not_only_after_items(toks: list[Tok]) -> None:
    """ "1 en 3 niet alleen 2 ja", "1 en 3 no vraag 2 ja": right after items, the "niet" of
    "niet alleen" ("not only") or "no vraag" may be their answer ("1 en 3 niet, alleen 2
    ja", "de rest mag niet alleen 2 ja"); read as "not only", the list ran on into 2's yes.
    Both: unclear for those items."""
    for k, t in enumerate(toks):
        words = t.canon.split()
        if (
            t.cat == Cat.NEUTRAL
            and len(words) > 1
            and words[0] in _NOT
            and _after_answerable(toks, k)
        ):
            toks[k] = Tok(Cat.EITHER, t.start, t.end, t.canon, spans=t.all_spans())


def _after_answerable(toks: list[Tok], k: int) -> bool:
    """Right after items, "de rest", or a predicate ("1 en 3 mag niet alleen 2 ja")."""
    j = k - 1
    while j >= 0 and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j -= 1
    return j >= 0 and toks[j].cat in (Cat.REF, Cat.REST, Cat.ALL, Cat.AGREE, Cat.FINE)


def tear(toks: list[Tok], units: list[Unit], torn: set[int], negated: dict[int, int]) -> None:
    """Both readings of a torn "niet": the words it could turn are unclear (see above)."""
    at = {toks[k].start for k in torn} | {toks[p].start for p, n in negated.items() if n in torn}
    for u in units:
        if u.head in at:
            u.pol, u.strength, u.ellipsis = BOTH, max(u.strength, STRONG), ""


def run_on_lists(clauses: list[Clause], went_on: list[int]) -> None:
    """ "ja voor 1, 3 nee voor 2", "nee voor 2, 1, 3 ja": the item after the comma ends the
    list the clause before answered, or is the first of the answer after it — read either
    way, one reading is a yes or a no the person did not give. When the answer bound to it
    here is another than the list's, and the clause names more items (else "ja voor 1, 3
    nee" is plain), both: unclear for that item."""
    for k in went_on:
        c, before = clauses[k], clauses[k - 1]
        first = c.toks[0]
        listed = {b.unit.pol for b in before.bindings if b.items}
        for b in list(c.bindings):
            if not (first.items & b.items) or b.unit.pol in listed or len(listed) != 1:
                continue
            if not any(t.cat == Cat.REF and t is not first for t in c.toks):
                continue
            unit = Unit(BOTH, STRONG, list(b.unit.spans), b.unit.head)
            rest = b.items - first.items
            if rest:
                b.items = rest
                c.bindings.append(Binding(unit, first.items, ref_spans=list(first.all_spans())))
            else:
                b.unit = unit
