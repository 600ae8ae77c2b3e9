"""One clause of a reply: where it is cut, and which answers it holds.

A sentence is cut into clauses at commas, "maar", "omdat", "dus" and "behalve". In each
clause negation gets its scope: "niet", "geen", "not" turn the nearest predicate after them
("ik ga niet akkoord", "geen toestemming") or else the one just before them ("toestemming geef
ik niet") — never across an item reference, so "1 akkoord 2 niet" stays two answers. Idioms
where two negatives make a yes ("geen bezwaar", "no problem") are phrases already. What is
left are units: answers with their polarity and the words that carry them. Binding them to
items is reply_grammar's work.
"""

from __future__ import annotations

import re

from .reply_double import negated_clauses
from .reply_favour import ITEM_OR_AGAINST, WEL_AFTER_AGAINST
from .reply_limits import COUNT
from .reply_split import answered as _answered
from .reply_split import is_answer_token, split_clauses
from .reply_tok import AGE, BEYOND, FAVOUR, GLUE, UNKNOWN_BESIDE, UNTIL, WRITER, Tok
from .reply_torn import after_item as _after_item
from .reply_torn import (
    after_words,
    answered_before,
    list_answered,
    not_only_after_items,
    small_between,
    tear,
    torn_phrases,
)
from .reply_torn import item_follows as _item_follows
from .reply_undo import called_a_mistake
from .reply_units import (
    ACK,
    BOTH,
    LETTER,
    NEG_WEAK,
    REF_CATS,
    STRONG,
    WEAK,
    Binding,
    Clause,
    Unit,
    Withdrawal,
)
from .reply_withdrawal import withdrawals
from .reply_words import Cat

__all__ = [
    "ACK",
    "BOTH",
    "NEG_WEAK",
    "REF_CATS",
    "STRONG",
    "WEAK",
    "Binding",
    "Clause",
    "Unit",
    "Withdrawal",
    "analyse",
    "is_answer_token",
    "split_clauses",
]


_NEGATION_WORDS = frozenset(
    [
        *("niet", "geen", "not", "no", "nee", "niets", "nothing", "never", "nooit", "zonder"),
        *("disagree", "disagreed", "oneens"),  # a negation inside the word
    ]
)
_WEAK_OBJECTIONS = frozenset({"tegen", "against"})
_VOTES_AGAINST = _WEAK_OBJECTIONS | {"contra"}
_OBJECTIONS = frozenset({"bezwaar", "objection"})
_STRESS = frozenset(
    {"zeker", "natuurlijk", "uiteraard", "absoluut", "absolutely", "definitely", "certainly"}
    | {"sure"}
)
_SAY = frozenset({"zeg", "zeggen", "zegt"})
_HAVE = frozenset({"heb", "hebben", "heeft"})
_OBJECTION_WORDS = frozenset(
    {"bezwaar", "objection", "object", "probleem", "problemen", "problem", "problems", "moeite"}
)
_RHETORICAL = frozenset({"waarom niet", "why not"})
_MODALS = frozenset({"mag", "mogen"})
_PREDICATES = frozenset({Cat.AGREE, Cat.FINE, Cat.OBJECT, Cat.ACK})


# A condition that is a time of one's own ("alleen dit schooljaar", "voor 2 maanden", "voor
# nu"): the worker is told so (reason "time"), not "a condition such as 'als'".
_TIME_WORDS_TEXT = (
    "nu moment even now jaar jaren schooljaar schooljaren semester maand maanden week weken "
    "dag dagen year years month months weeks day days"
)
_TIME_WORDS = frozenset(_TIME_WORDS_TEXT.split())


# The words of a message that takes itself back ("laat maar", "ik heb me bedacht"; the
# HEDGE phrases of reply_words): their own reason for the worker.
_RETRACT = re.compile(
    r"\b(?:laat|vergeet|bedacht|bedenk|gedachten|eventjes|even niet|mind|forget|"
    r"(?:niet|nie|not) (?:meer|langer|anymore|any more)|no longer)\b"
)


def cond_reason(t: Tok) -> str:
    return "time" if _TIME_WORDS.intersection(t.canon.split()) else "cond"


# -- one clause: negation scope and the units it holds -----------------------------------------
_HEDGE_REASONS = {
    AGE: "age", WRITER: "writer", COUNT: "count", UNTIL: "until", BEYOND: "beyond", UNKNOWN_BESIDE: "unknown",
    FAVOUR: "favour", ITEM_OR_AGAINST: "both", WEL_AFTER_AGAINST: "both",
}  # fmt: skip


def analyse(c: Clause, after_list: bool = False, went_on: bool = False) -> None:
    """`after_list`: right after a bare list of items; `went_on`: the clause starts with
    items of a list the clause before it answered (reply_torn.answered_before)."""
    _double_negations(c)
    toks = c.toks
    not_only_after_items(toks)
    _tegen_as_preposition(toks, after_list)
    _story_names(toks)
    _all_of_an_item(toks)
    c.refs = [t for t in toks if t.cat in REF_CATS]
    c.sensitive = [s for t in toks if t.cat == Cat.SENSITIVE for s in t.all_spans()]
    c.negated = any(t.cat in (Cat.NEG, Cat.NOTHING) for t in toks) or any(
        t.cat == Cat.NO for t in toks
    )
    for t in toks:
        if t.cat == Cat.HEDGE:
            reason = _HEDGE_REASONS.get(t.canon, "hedge")
            reason = "retract" if _RETRACT.search(t.canon) else reason
            c.hedges.append((reason, list(t.all_spans())))
        elif t.cat == Cat.COND:
            c.hedges.append((cond_reason(t), list(t.all_spans())))
        elif t.cat == Cat.ONLY:
            c.only = (t.start, t.end)
    mistake = called_a_mistake(toks)
    if mistake:
        c.hedges.append(("retract", mistake))  # "mijn ja voor 2 was een vergissing"
    if withdrawals(c):
        return
    negatable = {i for i, t in enumerate(toks) if t.cat in _PREDICATES and not t.spans}
    negated: dict[int, int] = {}
    standalone: list[int] = []
    torn = torn_phrases(toks, negatable)  # a "niet" with two readings, and what it could turn
    for i, t in enumerate(toks):
        if t.cat in (Cat.NEG, Cat.NOTHING):
            target = _negation_target(toks, i, negatable, negated, torn, went_on)
            if target is None:
                standalone.append(i)
            else:
                negated[target] = i
    if negated:
        # "jullie mogen niks delen": the modal goes with the negated verb, it is no yes.
        for i in list(negatable):
            if toks[i].canon in _MODALS and i not in negated and not _ref_between(toks, i, negated):
                negatable.discard(i)
    used: set[int] = set(negated.values()) | set(standalone)
    units: list[Unit] = []
    for i in range(len(toks)):
        unit = _unit_of(toks, i, negated, negatable, used)
        if unit is not None:
            units.append(unit)
    tear(toks, units, torn, negated)
    c.units = [u for u in units if u.strength != LETTER or _after_ref(toks, u.head)]
    # A letter or 👍/👎 away from an item number says nothing alone, but it may not be
    # ignored when it says the opposite of an answer beside it ("1 👍 👎", "1 ja ❌").
    kept = list(c.units)
    for u in units:
        if u.strength == LETTER and u not in kept and kept:
            before = [k for k in kept if k.head < u.head]
            near = before[-1] if before else kept[0]
            if near.pol != u.pol:
                c.units.append(Unit(BOTH, STRONG, u.spans, u.head))


def _double_negations(c: Clause) -> None:
    """ "ik heb niet geen toestemming", "ik zeg niet nee", "niet niet akkoord", "not no
    objection": a negation of a negation is no plain answer either way — both, so unclear."""
    toks = negated_clauses(c.toks)  # "niet dat ik 2 niet wil": over the item (reply_double)
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.cat in (Cat.NEG, Cat.NOTHING) and not _turns_the_one_before(toks, i):
            # over small and unknown words, not over an item or punctuation: "ik zie geen
            # reden om nee te zeggen"
            j = i + 1
            while j < len(toks) and j - i <= 4 and toks[j].cat in (Cat.FILL, Cat.WORD):
                j += 1
            # ("maar niet aan de gemeente nee voor 1 en 3": that no is 1's and 3's)
            answers_next = j > i + 1 and j + 1 < len(toks) and toks[j + 1].cat in (Cat.FOR, Cat.REF)
            if j < len(toks) and _negative(toks[j]) and not answers_next:
                spans = (*t.all_spans(), *toks[j].all_spans())
                out.append(Tok(Cat.EITHER, t.start, toks[j].end, "niet nee", spans=spans))
                i = j + 1
                continue
        out.append(t)
        i += 1
    c.toks = out


_PRONOUNS = frozenset(
    {"ik", "jij", "je", "u", "we", "wij", "ze", "zij", "hij", "i", "you", "they", "he", "she"}
)


def _story_names(toks: list[Tok]) -> None:
    """ "2 nee, ik werk daar al", "2 niet want daar werk ik": beside an item named by number,
    a title word used as a verb or noun of a story ("werk" of "Begeleiding naar werk", with
    its subject next to it or after a word we do not know) is no second item; it stays a
    word. (A clause that names items by title words only is judged in reply_grammar.)"""
    if not any(t.cat == Cat.REF and t.explicit for t in toks):
        return
    for k, t in enumerate(toks):
        if t.cat != Cat.REF or t.explicit:
            continue
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if (before is not None and (before.cat == Cat.WORD or before.canon in _PRONOUNS)) or (
            after is not None and after.canon in _PRONOUNS
        ):
            t.cat = Cat.WORD


def _turns_the_one_before(toks: list[Tok], i: int) -> bool:
    """ "1 mag niet, niet aan de bakkerij" typed without the comma: the first "niet" already
    turns "mag" before it, so with the next negation it is no double negation (which would
    leave "1 mag" a yes)."""
    j = i - 1
    while j >= 0 and toks[j].cat == Cat.FILL:
        j -= 1
    return j >= 0 and toks[j].cat in _PREDICATES and not toks[j].spans


def _all_of_an_item(toks: list[Tok]) -> None:
    """ "Het UWV mag alles weten", "voor 1 alles goed": beside a named item "alles" is all
    of that item's data, not every item of the request."""
    if any(t.cat == Cat.REF for t in toks):
        for t in toks:
            if t.cat == Cat.ALL:
                t.cat = Cat.FILL


def _negative(t: Tok) -> bool:
    """A word that already says no or carries its own negation ("geen bezwaar")."""
    if t.cat in (Cat.NEG, Cat.NOTHING) or (t.cat == Cat.NO and not t.spans):
        return True
    return (
        bool(t.spans)
        and t.cat in (Cat.NO, Cat.AGREE, Cat.FINE)
        and any(w in _NEGATION_WORDS for w in t.canon.split())
    )


def _tegen_as_preposition(toks: list[Tok], after_list: bool) -> None:
    """ "ja tegen 2", "nee tegen UWV", "bezwaar tegen 2", "tegen 2 geen bezwaar": "tegen"
    before an item is the preposition "to" only with a free answer word right before it (or
    an objection right after its items). Anywhere else it is a vote against the item: "1 ja
    tegen 2" and "alles ja tegen 2" (the "ja" is 1's and all's), "tegen 2 de rest ja",
    "ik ben wel tegen 2" ("wel" stresses it), "ik ben er op tegen 2" — never a yes for 2.
    English "against" is never "to": only "objection against 2" takes it."""
    for k, t in enumerate(toks):
        if t.cat != Cat.OBJECT or t.canon not in _VOTES_AGAINST:
            continue
        if k and toks[k - 1].cat in REF_CATS:
            continue  # "1 ja 2 tegen 3 ja": 2's answer, not "against 3"
        end = _item_list_end(toks, k + 1)
        if end is None:
            continue
        if t.canon == "contra":
            _unstress(toks, k)  # never "to" (review35)
        elif (k and _links(toks, k - 1, t.canon, after_list)) or _answer_after(toks, end):
            t.cat = Cat.FOR
        else:
            _unstress(toks, k)


def _unstress(toks: list[Tok], k: int) -> None:
    """ "ik ben zeker (wel) tegen 2", "I am definitely against 2": the word before a vote
    "tegen" only stresses it; it is no yes of its own."""
    j = k - 1
    while j >= 0 and (toks[j].cat == Cat.WEL or toks[j].canon in _STRESS):
        j -= 1
    if j == k - 1:
        return
    if j >= 0 and toks[j].cat in REF_CATS:
        # "1 wel tegen 2", "1 natuurlijk tegen 2": the item's own yes ("1 ja tegen 2")
        for x in toks[j + 1 : k]:
            x.cat = Cat.YES
        return
    for x in toks[j + 1 : k]:
        if x.cat == Cat.FINE:
            x.cat = Cat.FILL


def _item_list_end(toks: list[Tok], i: int) -> int | None:
    """The index after the items that start at toks[i] (over small words), or None."""
    while i < len(toks) and toks[i].cat in (Cat.FILL, Cat.PART):
        i += 1
    if i == len(toks) or toks[i].cat not in REF_CATS:
        return None
    end = i
    while i < len(toks) and toks[i].cat in (*REF_CATS, Cat.CONJ, Cat.PART, Cat.FILL):
        i += 1
        if toks[i - 1].cat in REF_CATS:
            end = i
    return end


def _links(toks: list[Tok], a: int, word: str, after_list: bool) -> bool:
    """toks[a], right before "tegen", is an answer of its own that "tegen" links to items:
    not a "wel" that stresses the "tegen", not the answer of an item or "alles" before it."""
    t = toks[a]
    if t.cat == Cat.OBJECT:
        return t.canon in _OBJECTIONS  # "bezwaar tegen 2", "objection against 2"
    # Only a yes or a no: "zeker", "absoluut", "natuurlijk", "wel" before "tegen" stress it
    # ("niet nee tegen 2", a double negation: "to" as after "nee"; read as a vote against
    # 2 it was a no nobody gave, rd33)
    if word != "tegen" or t.cat not in (Cat.YES, Cat.NO, Cat.EITHER):
        return False
    return not _owned(toks, a, after_list)


def _owned(toks: list[Tok], a: int, after_list: bool) -> bool:
    """The answer toks[a] has items (or "alles", "de rest") of its own before it: "1 ja",
    "1 en 3 ja", "alles ja" — unless those items are the object of a linked answer before
    them ("ja tegen 1 nee tegen 2")."""
    j = a - 1
    while j >= 0 and toks[j].cat in (Cat.FILL, Cat.PUNCT):  # "1: ja", "1) ja", "1 - ja"
        j -= 1
    if j < 0:
        return after_list  # "1, ja tegen 2": the list before the comma may own the "ja"
    if toks[j].cat not in REF_CATS:
        return False
    while j >= 0 and toks[j].cat in (*REF_CATS, Cat.CONJ, Cat.PART, Cat.FILL, Cat.PUNCT):
        j -= 1
    return not (j >= 1 and toks[j].cat == Cat.FOR and is_answer_token(toks[j - 1]))


def _answer_after(toks: list[Tok], i: int) -> bool:
    """ "tegen 2 geen bezwaar", "tegen 2 heb ik geen bezwaar", "tegen 2 zeg ik ja": the
    objection phrase, or a said ja/nee, right after the items takes the "tegen" (not "tegen
    2 de rest ja": that yes is the rest's; not "tegen 2 ja": against 2, or yes to it?)."""
    said = False
    while i < len(toks) and (toks[i].cat == Cat.FILL or toks[i].canon in _HAVE):
        said = said or toks[i].canon in _SAY
        i += 1
    if i == len(toks):
        return False
    t = toks[i]
    if said and t.cat in (Cat.YES, Cat.NO):
        return True
    # (not "tegen 2 niet tegen 1": that phrase has its own "tegen" and item)
    return (t.cat == Cat.OBJECT and t.canon in _OBJECTIONS) or (
        t.cat == Cat.AGREE
        and bool(t.spans)
        and _negative(t)
        and bool(_OBJECTION_WORDS.intersection(t.canon.split()))
    )


def _ref_between(toks: list[Tok], i: int, negated: dict[int, int]) -> bool:
    """Whether every negated predicate is separated from token i by an item reference."""
    for j in negated:
        lo, hi = sorted((i, j))
        if not any(t.cat in REF_CATS for t in toks[lo:hi]):
            return False
    return True


def _negation_target(
    toks: list[Tok],
    i: int,
    negatable: set[int],
    done: dict[int, int],
    torn: set[int],
    went_on: bool = False,
) -> int | None:
    """The predicate a negation turns: the nearest after it, else the nearest before it;
    never across an item reference or another answer (after "dat" a reference may stand
    between: "niet dat onderdeel 2 gedeeld wordt")."""
    after_dat = False
    for j in range(i + 1, len(toks)):
        t = toks[j]
        if t.cat == Cat.FILL and t.canon in ("dat", "that"):
            after_dat = True
        if t.cat in REF_CATS and not after_dat:
            # "1 akkoord niet voor 3": the negation has its own item; it does not turn
            # the answer before it — unless that item has its own answer: "2 mag niet 3 mag"
            back = i - 1
            if small_between(toks, i, j) and back in negatable and back not in done:
                if _answered(toks, j):
                    return back
                if list_answered(toks, j):
                    torn.update((back, i))  # "2 mag niet 1 en 3 ja": 2's, or "niet 1"?
            return None
        if _stops_scope(t) or t.cat == Cat.CONJ or (t.cat == Cat.PUNCT and t.canon in "/&+"):
            # "1 niet / toestemming voor 2", "2 mag niet en toestemming voor 3": the mark or
            # "en" ends what "niet" turns
            break
        if j in negatable and j not in done:
            if (
                (_after_item(toks, i) or _turns_the_one_before(toks, i) or after_words(toks, i))
                and _item_follows(toks, j)
                and not (j + 1 < len(toks) and _answered(toks, j + 1))
            ):
                # "1 niet toestemming voor 2": the "niet" is the answer before it, not a no
                # for the next item — unless the answer before has words of its own ("ja 1
                # en 3 niet akkoord met 2", "2 mag niet toestemming voor 3") or words stand
                # between ("1 en 3 wil ik niet akkoord met 2"): both (reply_torn)
                if (
                    _turns_the_one_before(toks, i)
                    or answered_before(toks, i, went_on)
                    or after_words(toks, i)
                ):
                    torn.update((i, j))
                break
            return j
    for j in range(i - 1, -1, -1):
        t = toks[j]
        # Backwards only over small words: "toestemming geef ik niet", not "prima hoor,
        # maakt niet uit", not across a mark ("1 akkoord / not 2").
        if t.cat in REF_CATS or t.cat in (Cat.WORD, Cat.PUNCT) or _stops_scope(t):
            break
        if j in negatable and j not in done:
            return j
    return None


def _stops_scope(t: Tok) -> bool:
    return t.cat in (Cat.YES, Cat.NO, Cat.EITHER, Cat.NEG, Cat.NOTHING) or (
        bool(t.spans) and t.cat in _PREDICATES
    )


def _unit_of(
    toks: list[Tok], i: int, negated: dict[int, int], negatable: set[int], used: set[int]
) -> Unit | None:
    t = toks[i]
    span = [(t.start, t.end)]
    if t.cat in (Cat.YES, Cat.NO) and not t.spans:
        pol = 1 if t.cat == Cat.YES else -1
        return Unit(pol, STRONG, span, t.start, negative=pol < 0)
    if t.cat in (Cat.LETTER_YES, Cat.LETTER_NO):
        return Unit(1 if t.cat == Cat.LETTER_YES else -1, LETTER, span, t.start)
    if t.cat == Cat.EITHER:
        return Unit(BOTH, STRONG, list(t.all_spans()), t.start)
    if t.spans and t.cat in (Cat.AGREE, Cat.FINE, Cat.NO):  # a fixed phrase
        negative = any(w in _NEGATION_WORDS for w in t.canon.split())
        return Unit(
            t.pol,
            WEAK if t.cat == Cat.FINE else STRONG,
            list(t.all_spans()),
            t.start,
            whole=t.cat == Cat.AGREE,
            negative=negative,
            base=-t.pol if negative else t.pol,
            rhetorical=t.canon in _RHETORICAL,
        )
    if i in negatable:
        base = 1 if t.cat in (Cat.AGREE, Cat.FINE, Cat.ACK) else -1
        strength = {Cat.AGREE: STRONG, Cat.FINE: WEAK, Cat.ACK: ACK}.get(t.cat, STRONG)
        if t.cat == Cat.OBJECT and t.canon in _WEAK_OBJECTIONS:
            strength = WEAK
        whole = t.cat == Cat.AGREE
        if i in negated:
            neg = toks[negated[i]]
            spans = sorted([(neg.start, neg.end), (t.start, t.end)])
            return Unit(-base, max(strength, WEAK), spans, t.start, whole, True, base)
        return Unit(base, strength, span, t.start, whole, base < 0, base)
    if t.cat in (Cat.NEG, Cat.NOTHING) and i in used and i not in negated.values():
        if _before(toks, i, Cat.ALSO):
            return None  # part of "ook niet", made below
        if _next_is_all(toks, i):  # "niet alles", "niet voor alles": some, but which?
            return Unit(BOTH, STRONG, span, t.start, negative=True)
        ellipsis = "niet" if t.cat == Cat.NEG else ""
        return Unit(-1, NEG_WEAK, span, t.start, negative=True, ellipsis=ellipsis)
    if t.cat == Cat.WEL:
        if _next_to_predicate(toks, i, negatable):
            return None  # "wel akkoord", "wel bezwaar": emphasis only
        return Unit(1, WEAK, span, t.start, ellipsis="wel")
    if t.cat == Cat.ALSO:
        nxt = _next_meaningful(toks, i)
        if nxt is not None and toks[nxt].cat == Cat.SENSITIVE:
            return None  # "ook de gevoelige gegevens"
        if nxt is not None and toks[nxt].cat in (Cat.NEG, Cat.NOTHING) and nxt in used:
            spans = [(t.start, t.end), (toks[nxt].start, toks[nxt].end)]
            return Unit(0, WEAK, spans, t.start, negative=True, ellipsis="ook niet")
        if nxt is not None and toks[nxt].cat == Cat.WEL:
            return Unit(0, WEAK, span, t.start, ellipsis="ook wel")
        if _next_to_predicate(toks, i, negatable) or (
            nxt is not None and toks[nxt].cat in (Cat.YES, Cat.NO)
        ):
            return None  # "ook akkoord", "ook ja": the other word carries it
        if _answer_after_refs(toks, i) and not _before(toks, i, Cat.REF):
            # "maar ook 2 ja", "ook voor 3 akkoord": the answer carries it. Not after an
            # item ("1 ja, 3 ook 2 nee"): that "ook" is 3's echo, and 2's answer its own
            # (it gave 3 the no of 2).
            return None
        return Unit(0, WEAK, span, t.start, ellipsis="ook")
    return None


def _answer_after_refs(toks: list[Tok], i: int) -> bool:
    """ "ook (voor) 2 (en 3) ja": item references and then the clause's own answer."""
    j, refs = i + 1, 0
    while j < len(toks) and toks[j].cat in (Cat.FILL, Cat.FOR, Cat.PART, Cat.CONJ, Cat.REF):
        refs += toks[j].cat == Cat.REF
        j += 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    return refs > 0 and j < len(toks) and is_answer_token(toks[j])


def _next_meaningful(toks: list[Tok], i: int) -> int | None:
    for j in range(i + 1, len(toks)):
        if toks[j].cat not in (Cat.FILL, Cat.PUNCT):
            return j
    return None


def _before(toks: list[Tok], i: int, cat: Cat) -> bool:
    for j in range(i - 1, -1, -1):
        if toks[j].cat in (Cat.FILL, Cat.PUNCT):
            continue
        return toks[j].cat == cat
    return False


def _next_is_all(toks: list[Tok], i: int) -> bool:
    for j in range(i + 1, len(toks)):
        if toks[j].cat in (Cat.FILL, Cat.FOR):
            continue
        return toks[j].cat == Cat.ALL
    return False


def _next_to_predicate(toks: list[Tok], i: int, negatable: set[int]) -> bool:
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(toks) and toks[j].cat == Cat.FILL:
            j += step
        if 0 <= j < len(toks) and (
            j in negatable or (toks[j].spans and toks[j].cat in (Cat.AGREE, Cat.FINE, Cat.NO))
        ):
            return True
    return False


def _after_ref(toks: list[Tok], head: int) -> bool:
    """A lone letter ("J", "N") counts only right after an item number: "1: J, 2: N"."""
    idx = next(k for k, t in enumerate(toks) if t.start == head)
    j = idx - 1
    while j >= 0 and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j -= 1
    return j >= 0 and toks[j].cat == Cat.REF and toks[j].explicit
