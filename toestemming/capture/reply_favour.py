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

from .reply_tok import FAVOUR, GLUE, Tok
from .reply_words import ANSWER_CATS, Cat

# "1 tegen 2": 1's "tegen" (1 no, 2 ...) or a vote against 2 after 1 ("1, tegen 2")? a hedge,
# reason "both"
ITEM_OR_AGAINST = "<item-or-against>"
# "tegen 2, 1 wel", "tegen 2 wel 1": 1 "wel" (a yes against the no) or "wel tegen" too? a hedge,
# reason "both"
WEL_AFTER_AGAINST = "<wel-after-against>"

_VOTE = frozenset({"voor", "for", "pro", "in favour", "in favor", "in favour of", "in favor of"})
_AGAINST = frozenset({"tegen", "against", "contra"})  # contra: never a preposition (review35)
_NOT = frozenset({"niet", "not"})
# ("ik ga voor 1": I go for 1)
_COPULAS = frozenset(
    {"ben", "bent", "is", "zijn", "am", "are", "i'm", "we're", "were", "was", "ga", "gaan", "gaat"}
)
_SUBJECTS = frozenset({"ik", "wij", "we", "jij", "je", "u", "i", "you"})
_BREAK_PUNCT = frozenset(",;()[]–—.!?")
# between a vote and the answer its list may run into: items, "en", commas, small words
_LIST = frozenset({Cat.REF, Cat.CONJ, Cat.PART, Cat.FILL, Cat.PUNCT})
_NO_CATS = frozenset({Cat.NO, Cat.LETTER_NO, Cat.OBJECT, Cat.NEG, Cat.NOTHING})
_BREAK_CATS = frozenset({Cat.CONTRAST, Cat.SEP, Cat.EXCEPT})


def mark_votes(toks: list[Tok], against: bool = False) -> None:
    """Turn each "voor"/"for" of `toks` (one sentence) that votes into a FAVOUR hedge.
    `against`: the sentence before only voted against ("Tegen 2.\nWel voor 1")."""
    votes = [i for i, t in enumerate(toks) if t.cat == Cat.FOR and t.canon in _VOTE]
    for i in votes:
        if (
            (_after_item(toks, i) and not _answer_follows(toks, i, own=True))
            or (
                (
                    _after_copula(toks, i)
                    or _against_before(toks, i, against)
                    or " " in toks[i].canon
                )
                and not _answer_follows(toks, i, own=False)
            )
            or _votes_before_items(toks, i)
            or toks[i].canon == "pro"  # never a preposition: "pro 1, 2 ja", "1 pro 2 contra"
        ):
            toks[i].cat = Cat.HEDGE
            toks[i].canon = FAVOUR
    _mark_item_or_against(toks)
    _mark_wel_after_against(toks, against)


def _mark_wel_after_against(toks: list[Tok], against: bool) -> None:
    """ "tegen 2, 1 wel", "tegen 2 maar 1 wel", "tegen 2 wel 1", "Tegen 2. 1 wel", "tegen 2
    (maar) (voor) de rest wel": after a vote against, another item's "wel" may be its yes
    (the contrast) or "wel tegen" (the echo of "geen bezwaar tegen 1, 2 wel"): read as the
    echo it was a no nobody may have given. Not "tegen 2 wel" (a stress), nor after "geen
    bezwaar"."""
    for w, t in enumerate(toks):
        if t.cat != Cat.WEL:
            continue
        own = _item_right_before(toks, w)
        rest = _rest_right_before(toks, w)
        if own is not None and _ends_here(toks, w + 1):
            if not _apart_from_vote(toks, own, against):
                continue  # ("1 wel": the list "1 en 3" before it is walked by votes_against)
        elif rest is not None and _ends_here(toks, w + 1):
            if not (
                _apart_from_vote(toks, rest, against)
                or (rest > 0 and toks[rest - 1].cat == Cat.REF and votes_against(toks[:rest]))
            ):
                continue
        elif own is None:
            if not (
                w + 1 < len(toks)
                and toks[w + 1].cat == Cat.REF
                and toks[w + 1].explicit
                and _apart_from_vote(toks, w, against)
            ):
                continue
        elif not (
            w + 1 < len(toks)
            and toks[w + 1].cat == Cat.REF
            and toks[w + 1].explicit
            and _ends_here(toks, w + 2)
            and votes_against(toks[:w])
        ):
            continue  # "tegen 2 wel 1": "wel" between the vote's item and another's
        t.cat, t.canon = Cat.HEDGE, WEL_AFTER_AGAINST


def _rest_right_before(toks: list[Tok], w: int) -> int | None:
    """ "(voor) de rest wel", "alles anders wel": where "voor"/"de"/"rest" starts, else None."""
    k = w - 1
    while k >= 0 and toks[k].canon in ("anders", "verder"):
        k -= 1
    if k < 0 or toks[k].cat not in (Cat.REST, Cat.ALL):
        return None
    while k > 0 and (toks[k - 1].cat == Cat.FILL or toks[k - 1].cat == Cat.FOR):
        k -= 1
    return k


def _ends_here(toks: list[Tok], i: int) -> bool:
    return i >= len(toks) or _is_break(toks[i]) or toks[i].cat == Cat.CONJ


def _apart_from_vote(toks: list[Tok], i: int, against: bool) -> bool:
    """Before toks[i]: "maar", "en", a comma (or "wel" "maar wel") after a sentence part that
    only votes against, or nothing and the sentence before did."""
    k = i - 1
    while k >= 0 and (
        toks[k].cat in (Cat.CONJ, Cat.CONTRAST)
        or (toks[k].cat == Cat.PUNCT and toks[k].canon in ",;")
    ):
        k -= 1
    if k < 0:
        return against and i == 0
    own_vote = toks[k].canon in _AGAINST and k > 0 and toks[k - 1].cat == Cat.REF  # "2 tegen 1 wel"
    return (k < i - 1 or own_vote) and votes_against(toks[: k + 1])


def _mark_item_or_against(toks: list[Tok]) -> None:
    """ "1 tegen 2 de rest ja", "1 en 3 tegen 2", "1 against 2": "tegen" between two items,
    the second with no answer of its own, is the first's no ("1 tegen, 2 de rest ja") or a
    vote against the second ("1, tegen 2": 1 unanswered or a yes). Read either way it gave
    1 a no or 2 a yes that may be wrong: both unclear (a hedge of the clause)."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if t.cat != Cat.OBJECT or t.canon not in _AGAINST or t.spans:
            continue
        before, after = toks[k - 1], toks[k + 1]
        if not (
            before.cat == Cat.REF and before.explicit and after.cat == Cat.REF and after.explicit
        ):
            continue
        if _own_answer(toks, k + 1) or not _list_stands_alone(toks, k - 1):
            continue
        t.cat = Cat.HEDGE
        t.canon = ITEM_OR_AGAINST


def _own_answer(toks: list[Tok], i: int) -> bool:
    """An answer (or a vote) right after the item toks[i], over glue: "2 ja", "2 voor"."""
    j = i + 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    return j < len(toks) and (
        toks[j].cat in ANSWER_CATS or toks[j].cat == Cat.FOR or toks[j].canon == FAVOUR
    )


def _list_stands_alone(toks: list[Tok], i: int) -> bool:
    """The item list ending at toks[i] follows no answer or vote that takes it ("voor 1 tegen
    2", "ja 1 tegen 2" have their own readings)."""
    k = i
    while k >= 0 and (
        toks[k].cat in (Cat.REF, Cat.CONJ) or (toks[k].cat == Cat.PUNCT and toks[k].canon in ",/&+")
    ):
        k -= 1
    while k >= 0 and toks[k].cat in (Cat.FILL, Cat.PART):
        k -= 1
    return k < 0 or _is_break(toks[k])


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
            if _rest_of_its_own(toks, i, k):
                return False  # "ik ben voor 1 de rest ja": the rest's answer, not 1's
            if _own_phrase(toks, j) or (t.canon in _AGAINST and against_before_item(toks, j)):
                # "tegen 2 wel voor 1 en ja voor 3": 3's own "ja voor"; "ik ben voor 1 en 3
                # (ben) tegen 2": a vote against 2 of its own, never "voor"'s answer
                return False
            return not (own and k > i and toks[k].cat == Cat.REF and toks[k].explicit)
    return False


def _rest_of_its_own(toks: list[Tok], i: int, k: int) -> bool:
    """toks[k] is "de rest"/"alles" right before an answer, apart from the items "voor"
    (toks[i]) stands before ("voor 1 de rest nee": the rest's own answer; "voor 1 en de rest
    nee" is one list)."""
    if not (k > i and toks[k].cat in (Cat.REST, Cat.ALL)):
        return False
    m = k - 1
    while m > i and toks[m].cat == Cat.FILL:
        m -= 1
    return m > i and toks[m].cat == Cat.REF and toks[m].explicit


def _after_item(toks: list[Tok], i: int) -> bool:
    """ "1 voor", "1 en 2 voor, 3 tegen", "2 voor 3 tegen": an item right before it, and
    after it nothing, a break, "en" or the next item number ("1 voor mij ja" is a preposition)."""
    k = i - 1
    while k >= 0 and toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE:
        k -= 1
    if k < 0 or not (
        toks[k].cat in (Cat.REST, Cat.ALL) or (toks[k].cat == Cat.REF and toks[k].explicit)
    ):
        return False  # ("de rest voor, 2 tegen": the rest is an item list too)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is None
        or _is_break(nxt)
        or nxt.cat == Cat.CONJ
        or (nxt.cat == Cat.REF and nxt.explicit)
        or (nxt.cat == Cat.PUNCT and nxt.canon in GLUE)
    )


def _after_copula(toks: list[Tok], i: int) -> bool:
    """ "ik ben voor 1", "wij zijn er voor", "I am for 1 and 3", "daar ben ik voor"."""
    k = i - 1
    if k >= 0 and toks[k].canon in ("er", "helemaal", "echt"):
        k -= 1
    if k >= 1 and toks[k].canon in _SUBJECTS:
        k -= 1  # "ben ik voor 1", "zijn wij voor", "am I for"
    return k >= 0 and toks[k].canon in _COPULAS


def _votes_before_items(toks: list[Tok], i: int) -> bool:
    """A "voor"/"for" before its items whose list runs into an answer that is another
    item's: "ik ben voor 1 2 nee", "voor 1, 2 tegen", "I am for 1 and 2 no" (2's own no, right
    after it), "voor 1 tegen 2", "ik ben voor 1 en 3 tegen 2" ("tegen" before its own item).
    Read as a preposition ("voor 1 2: nee") these were a no for 1 nobody gave. A yes after
    the list keeps "voor" a preposition ("voor 1 en 3 ja": a yes either way), unless "voor"
    stands after "ben"/"am" or is "in favour": then it is a vote, never a yes."""
    if not _fresh(toks, i):
        return False
    refs: list[int] = []
    j = i + 1
    while j < len(toks) and toks[j].cat in _LIST and not _ends_list(toks[j]):
        if toks[j].cat == Cat.REF:
            if not toks[j].explicit:
                return False
            refs.append(j)
        j += 1
    rest = _rest_answer(toks, j) if refs and j < len(toks) else None
    if rest is not None and _rest_of_its_own(toks, i, j):
        # "voor 1 de rest nee", "ik ben voor 1 de rest ja": the rest answers for itself
        a = toks[rest]
        return _after_copula(toks, i) or " " in toks[i].canon or a.cat in _NO_CATS
    if j >= len(toks) or toks[j].cat not in ANSWER_CATS or not refs:
        return False
    if against_before_item(toks, j, loose=True):
        return True  # "voor 1 tegen 2"
    own = _item_right_before(toks, j)
    if own is None or not any(r < own for r in refs):
        return False
    if _after_copula(toks, i) or " " in toks[i].canon or toks[j].canon in _AGAINST:
        return True  # ("voor 1 2 tegen": "voor" and "tegen", two votes)
    # "voor 1 2 nee", "voor 1, 2 nee": the no's item stands apart from the others; "voor 2 en
    # 3 geen toestemming" is one list, and its answer after it
    return toks[j].cat in _NO_CATS and toks[own - 1].cat != Cat.CONJ


def against_before_item(toks: list[Tok], j: int, loose: bool = False) -> bool:
    """ "tegen 2", "niet 2", "against 3": toks[j] says no to the item after it — an item
    with no answer of its own after it ("voor 1 2 nee 3 ja": the "nee" is 2's). A bare
    "nee"/"no" there (`loose`: "voor 1 nee 3") may be 1's as well as 3's: a vote, but not
    where its items end (both unclear)."""
    t = toks[j]
    if not (t.canon in _AGAINST or t.canon in _NOT or (loose and t.cat == Cat.NO and not t.spans)):
        return False
    k = j + 1
    while k < len(toks) and (
        toks[k].cat in (Cat.FILL, Cat.PART) or (toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE)
    ):
        k += 1
    return (
        k < len(toks)
        and toks[k].cat == Cat.REF
        and toks[k].explicit
        and _answer_right_after(toks, k) is None
    )


def vote_ends(cur: list[Tok], toks: list[Tok], i: int) -> bool:
    """The clause so far holds a vote before its items ("ik ben <favour> 1 (en 3)") and
    toks[i] starts another answer: an item with its own answer ("2 nee") or "tegen 2"."""
    f = next((k for k, t in enumerate(cur) if t.canon in (FAVOUR, ITEM_OR_AGAINST)), None)
    if f is None or any(t.cat in ANSWER_CATS for t in cur[f:]):
        return False
    if f < len(cur) - 1 and cur[-1].cat == Cat.REF and cur[-1].explicit:
        m = i
        while m < len(toks) and toks[m].cat == Cat.FILL:
            m += 1
        if _rest_answer(toks, m) is not None:
            return True  # "ik ben voor 1 de rest nee", "1 tegen 2 de rest ja"
    if _own_phrase(toks, i):
        return True
    if f == len(cur) - 1:
        # after its items: "de rest voor 2 tegen" ("1 voor 2 nee": reply_split's doubt rule)
        return (
            f > 0
            and cur[f - 1].cat in (Cat.REST, Cat.ALL)
            and _answer_right_after(toks, i) is not None
        )
    if not any(t.cat == Cat.REF and t.explicit for t in cur[f:]):
        return False
    if against_before_item(toks, i):
        return True
    a = _answer_right_after(toks, i)
    return a is not None and not against_before_item(toks, a)


def vote_starts(cur: list[Tok], toks: list[Tok], i: int) -> bool:
    """After an answer in the clause so far, a vote starts its own clause, with the items
    it is after: "ik ben tegen 2 en voor de rest", "2 tegen de rest voor"."""
    if not any(t.cat in ANSWER_CATS for t in cur):
        return False
    if toks[i].canon in (FAVOUR, WEL_AFTER_AGAINST):
        return True  # ("tegen 2 wel 1": the "wel" and 1 apart from 2's "tegen")
    k = i
    while k < len(toks) and toks[k].cat == Cat.FILL:
        k += 1
    return k + 1 < len(toks) and toks[k].cat in (Cat.REST, Cat.ALL) and toks[k + 1].canon == FAVOUR


def _fresh(toks: list[Tok], i: int) -> bool:
    """No answer before "voor" in its clause that it could link ("ja voor 1 2 nee" is a
    preposition), but for an item's own ("1 ja voor 2 3 nee")."""
    k = i - 1
    while k >= 0 and not _is_break(toks[k]):
        if toks[k].cat in ANSWER_CATS:
            return _item_right_before(toks, k) is not None
        k -= 1
    return True


def _ends_list(t: Tok) -> bool:
    return t.cat == Cat.PUNCT and t.canon not in GLUE and t.canon not in ",/&+"


def _own_phrase(toks: list[Tok], j: int) -> bool:
    """toks[j] is an answer after "en" with its own "voor" after it: "... en ja voor 3"."""
    return (
        0 < j < len(toks) - 1
        and toks[j].cat in ANSWER_CATS
        and toks[j - 1].cat == Cat.CONJ
        and toks[j + 1].cat == Cat.FOR
    )


def _rest_answer(toks: list[Tok], i: int) -> int | None:
    """toks[i] is "de rest"/"alles" with an answer right after it (over glue): its place."""
    if i >= len(toks) or toks[i].cat not in (Cat.REST, Cat.ALL):
        return None
    j = i + 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    return j if j < len(toks) and toks[j].cat in ANSWER_CATS else None


def _item_right_before(toks: list[Tok], j: int) -> int | None:
    """The place of the explicit item right before toks[j] (over glue), else None."""
    k = j - 1
    while k >= 0 and toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE:
        k -= 1
    return k if k >= 0 and toks[k].cat == Cat.REF and toks[k].explicit else None


def _answer_right_after(toks: list[Tok], i: int) -> int | None:
    """toks[i] is an explicit item with an answer right after it (over glue): its place."""
    if toks[i].cat != Cat.REF or not toks[i].explicit:
        return None
    j = i + 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    return j if j < len(toks) and toks[j].cat in ANSWER_CATS else None


def votes_against(toks: list[Tok]) -> bool:
    """`toks` vote against ("tegen 2", "ik ben tegen 2 en 3") and answer nothing else."""
    against = [t for t in toks if t.cat == Cat.OBJECT and t.canon in _AGAINST]
    # ("wel" only stresses it: "tegen 2 wel, voor 1")
    others = [t for t in toks if t.cat in ANSWER_CATS - {Cat.WEL} and t not in against]
    return bool(against) and not others


def _against_before(toks: list[Tok], i: int, against: bool = False) -> bool:
    """ "tegen 2 en voor de rest", "tegen 2, voor 1 en 3", "tegen 2 wel voor 1", "2 tegen
    maar voor 1", "against 2 but for 1": after "en", a comma, "wel" or "maar"/"but", in a
    sentence that votes against before it (and answers nothing else). Read as a preposition
    the "tegen" ran on over it ("tegen 2 wel voor 1": a no for 1 nobody gave) or "maar"
    mirrored it into a yes."""
    k = i - 1
    while k >= 0 and (
        toks[k].cat in (Cat.CONJ, Cat.WEL, Cat.CONTRAST)
        or (toks[k].cat == Cat.PUNCT and toks[k].canon in ",;")
    ):
        k -= 1
    if k < 0:
        return against  # the sentence before voted: "Tegen 2. Wel voor 1", "Tegen 2.\nVoor 1"
    return k < i - 1 and votes_against(toks[: k + 1])
