"""Binding the answers of one clause to its item references: the clause is read both ways
("1 ja 2 nee" and "ja 1, nee 2"); when both readings fit and differ, or an answer is left
over that contradicts, the items are unclear. Used by reply_grammar."""

from __future__ import annotations

from itertools import pairwise
from typing import TypeGuard

from .reply_asked import said_of_last
from .reply_clauses import ACK, BOTH, STRONG, Binding, Clause, Unit
from .reply_tok import GLUE, Tok
from .reply_words import ARTICLES, Cat

# -- binding answers to items -------------------------------------------------------------------
_Parse = tuple[list[tuple[Unit, list[Tok]]], list[Unit], list[Tok]]


def _parse_ref_first(elements: list[Unit | Tok]) -> _Parse:
    binds: list[tuple[Unit, list[Tok]]] = []
    dangling: list[Unit] = []
    pending: list[Tok] = []
    for el in elements:
        if isinstance(el, Tok):
            pending.append(el)
        elif pending:
            binds.append((el, pending))
            pending = []
        else:
            dangling.append(el)
    return binds, dangling, pending


def _parse_answer_first(elements: list[Unit | Tok]) -> _Parse:
    binds: list[tuple[Unit, list[Tok]]] = []
    dangling: list[Unit] = []
    unbound: list[Tok] = []
    current: tuple[Unit, list[Tok]] | None = None
    for el in elements:
        if isinstance(el, Unit):
            if current is not None and not current[1]:
                dangling.append(current[0])
            current = (el, [])
            binds.append(current)
        elif current is not None:
            current[1].append(el)
        else:
            unbound.append(el)
    if current is not None and not current[1]:
        dangling.append(current[0])
    return [b for b in binds if b[1]], dangling, unbound


def _clean(parse: _Parse) -> bool:
    binds, dangling, unbound = parse
    if unbound:
        return False
    pols = {u.pol for u, _ in binds}
    return all(d.pol != BOTH and {d.pol} >= pols for d in dangling)


def bind_clause(c: Clause) -> None:
    """Bind the clause's answers to its items; see the module text."""
    if not c.units:
        c.unbound = list(c.refs)
        return
    if not c.refs:
        c.bare = list(c.units)
        return
    elements: list[Unit | Tok] = sorted([*c.units, *c.refs], key=_offset)
    elements = said_of_last(c, _second_thoughts(c, elements))
    if _names_in_a_story(c) or _unread_between(c, elements):
        all_unclear(c)
        return
    rf, af = _parse_ref_first(elements), _parse_answer_first(elements)
    rf_ok, af_ok = _clean(rf), _clean(af)
    if rf_ok and af_ok and _by_ref(rf) != _by_ref(af):
        before = min(r.start for r in c.refs)
        c.leading_soft = [u for u in c.units if u.head < before]
        all_unclear(c)
        return
    if rf_ok or af_ok:
        binds, dangling, _ = rf if rf_ok else af
        before = min(r.start for r in c.refs)
        c.leading_soft = [d for d in dangling if d.head < before]
        for unit, refs in binds:
            c.bindings.append(binding(unit, refs))
        # A word left over that agrees is part of the same answer ("bezwaar tegen 2").
        first = c.bindings[0].unit
        first.spans = sorted({*first.spans, *(s for d in dangling for s in d.spans)})
        return
    _bind_mixed(c, elements)


def _second_thoughts(c: Clause, elements: list[Unit | Tok]) -> list[Unit | Tok]:
    """ "2 ja nee 1 en 3 ja", "2 ja eigenlijk nee 1 ja 3 ja", "2 nee ja, …": an item's answer
    right after it, then at once the other answer, which no item after it can take (they
    have their answer after them, or none follow) — the item's second thought, not the next
    items' no. The item is unclear (both words), never its first yes; the items after keep
    their own answer. ("2 niet ja 1 en 3": the "ja" takes the list after it, reply33.)"""
    index = {t.start: k for k, t in enumerate(c.toks)}
    k = 0
    while k + 2 < len(elements):
        ref, a, b = elements[k : k + 3]
        if (
            isinstance(ref, Tok)
            and isinstance(a, Unit)
            and isinstance(b, Unit)
            and {a.pol, b.pol} == {1, -1}
            and min(a.strength, b.strength) > ACK
            and _tight(c.toks, index, ref, a)
            and _answered_apart(c.toks, index, b, elements[k + 3 :])
        ):
            a.pol = BOTH
            a.spans = sorted({*a.spans, *b.spans})
            c.units = [u for u in c.units if u is not b]
            elements = [el for el in elements if el is not b]
        k += 1
    return elements


def second_thoughts(clauses: list[Clause], last: Binding | None) -> Binding | None:
    """Answers a clause opens with that none of its items takes ("2 ja... nee toch niet 1 ja
    3 ja", "2 ja, eigenlijk nee 1 ja 3 ja"): a second thought about the answer bound before
    them — that one is unclear (the last word counts, or doubt: never the first yes); the
    items after keep their own answers. With no answer before for other items, every item
    of the clause is unclear (as before). Answers that agree with the clause's own items
    ("… nee toch niet 1 nee 3 nee") doubt the answer before only where they turn it.
    Returns the last answer bound to items, for the next sentence."""
    for c in clauses:
        # only a plain answer word turns it ("nee", "no"): "Tegen 2 wel" is 2's objection
        if all(u.strength < STRONG for u in c.leading_soft):
            c.leading_soft = []
        if c.leading and all(u.strength < STRONG for u in c.leading):
            c.leading = []
            c.bindings = [b for b in c.bindings if b.unit.hedge]
            all_unclear(c)
        soft = {u.pol for u in c.leading_soft} - {0}
        if soft and _for_items(last) and last.unit.pol in (1, -1) and last.unit.pol not in soft:
            _doubt(last, c.leading_soft)
        if c.leading:
            mine = {p for b in c.bindings for p in b.items}
            if _for_items(last) and not last.items & mine:
                _doubt(last, c.leading)
            else:
                c.bindings = [b for b in c.bindings if b.unit.hedge]  # (reply_asked's)
                all_unclear(c)
        named = [b for b in c.bindings if b.items and not b.all_items]
        if named:
            last = max(named, key=lambda b: b.unit.head)
        elif c.units or c.bindings:
            last = None
    return last


def _for_items(b: Binding | None) -> TypeGuard[Binding]:
    return b is not None and bool(b.items) and not b.all_items


def _doubt(b: Binding, units: list[Unit]) -> None:
    b.unit.pol = BOTH
    b.unit.spans = sorted({*b.unit.spans, *(s for u in units for s in u.spans)})


def _answered_apart(
    toks: list[Tok], index: dict[int, int], b: Unit, rest: list[Unit | Tok]
) -> bool:
    """No item after answer b can be b's: none follows, or the first is answered right
    after it, or it is in a list joined by "en"/"," whose last item is ("… nee 1 en 3 ja");
    b is no "ja voor …" ("1 liever niet en ja voor 2": the "ja" is 2's), and two items side
    by side ("1 ja tegen 2 3 ja") are no list: the first may be b's."""
    at = index.get(b.head)
    if at is None or (at + 1 < len(toks) and toks[at + 1].cat == Cat.FOR):
        return False
    if not rest:
        return True
    for here, nxt in pairwise(rest):
        if not isinstance(here, Tok):
            return False
        if isinstance(nxt, Unit):
            return _tight(toks, index, here, nxt)
        if not _joined(toks, index, here, nxt):
            return False
    return False


def _tight(toks: list[Tok], index: dict[int, int], ref: Tok, unit: Unit) -> bool:
    at, end = index.get(ref.start), index.get(unit.head)
    return (
        at is not None
        and end is not None
        and all(t.cat == Cat.PUNCT and t.canon in GLUE for t in toks[at + 1 : end])
    )


def _names_in_a_story(c: Clause) -> bool:
    """ "Ik heb geen werk en zit niet op school", "ik heb nog geen stage gevonden": an item
    named only by a word of its title, in a sentence about something else (a verb we do not
    know), is no answer for that item. Numbers, "onderdeel 2" and plain lists ("werk ja,
    stage nee", "geen UWV, wel de stage") are."""
    if any(r.cat != Cat.REF or r.explicit for r in c.refs):
        return False
    return any(t.cat == Cat.WORD for t in c.toks)


def _unread_between(c: Clause, elements: list[Unit | Tok]) -> bool:
    """ "1 neej 2 jaa", "1 nah 2 ja": a word we cannot read right after an item number, before
    the next number, is that item's answer — not a list ("1 en 2 ja"). Unclear, never the
    answer of the next item. So is a list with "of" / "or" in it."""
    index = {t.start: k for k, t in enumerate(c.toks)}
    for a, b in pairwise(elements):
        if isinstance(a, Tok) and isinstance(b, Tok) and a.start in index and b.start in index:
            between = c.toks[index[a.start] + 1 : index[b.start]]
            # "2. nop 1 ja", "2, nop 1 ja": a label's dot or a comma first changes nothing
            said = [t for t in between if t.cat != Cat.PUNCT]
            if said and (said[0].cat == Cat.WORD or (a.explicit and _says_something(said[0]))):
                return True
            if any(t.cat == Cat.CONJ and t.canon in ("of", "or") for t in between):
                return True  # "1 of 2 ja": one of them, but which?
    return False


# Words that may stand after an item in a plain list ("1, de 2 en 3 ja", "2 en 3 hoor"):
# articles, politeness, a kiss, Polish "i" (and). Any other filler after an item number is
# said of that item ("1 ja 2 is dat nodig 3 ja", "2 x 3 ja", "2 ben ik op tegen 3 ja").
LIST_FILL = frozenset(
    {"de", "het", "een", "the", "a", "an", "i", "hoor", "aub", "alsjeblieft", "alstublieft", "please",
     "pls", "svp", "dank", "bedankt", "thanks", "dankjewel", "dankje", "danku", "nou", "eh", "ehm",
     "uh", "oh", "ah", "dan", "tot", "ook", "xx"}
)  # fmt: skip


def _says_something(t: Tok) -> bool:
    """Whether a word right after an item number says something of that item."""
    return t.cat in (Cat.WORD, Cat.OBJECT) or (t.cat == Cat.FILL and t.canon not in LIST_FILL)


def says_more(c: Clause) -> bool:
    """A clause of items and filler that says something of them ("2 is dat nodig"): no list."""
    # (only after a number: "Volgen na school" is an item's own title, its words no statement)
    first = next((k for k, t in enumerate(c.toks) if t.cat == Cat.REF and t.explicit), None)
    if first is None:
        return False
    after = c.toks[first + 1 :]
    # "1 voor, 2 tegen", "1 en 2 voor, 3 tegen": a "voor"/"for" with nothing after it to be
    # for is "in favour" — said of its items, never a list running on into the next answer
    # (that was a no nobody gave)
    words = [t for t in after if t.cat != Cat.PUNCT]
    return any(_says_something(t) for t in after) or bool(words and words[-1].cat == Cat.FOR)


def _by_ref(parse: _Parse) -> dict[int, int]:
    return {r.start: u.pol for u, refs in parse[0] for r in refs}


def _offset(el: Unit | Tok) -> int:
    return el.head if isinstance(el, Unit) else el.start


def _doubted(toks: list[Tok], at: int | None) -> bool:
    """Whether the item at toks[at] is followed (over glue) by a doubt of its own."""
    if at is None:
        return False
    k = at + 1
    while k < len(toks) and toks[k].cat == Cat.PUNCT and toks[k].canon in GLUE:
        k += 1
    return k < len(toks) and toks[k].cat in (Cat.HEDGE, Cat.COND)


def refs_right_before(c: Clause, at: int) -> list[Tok]:
    """The unanswered item references right before position `at` ("3 weet ik niet", "2 en 3:
    twijfel"), when every answer in the clause comes before them; else []."""
    k = next((i for i, t in enumerate(c.toks) if t.start == at), -1)
    refs: list[Tok] = []
    j = k - 1
    while j >= 0 and (c.toks[j].cat in (Cat.REF, Cat.CONJ) or c.toks[j].canon in GLUE | {","}):
        if c.toks[j].cat == Cat.REF:
            refs.append(c.toks[j])
        j -= 1
    if not refs or any(r not in c.unbound for r in refs):
        return []
    if any(b.unit.head > at for b in c.bindings):
        return []
    return refs[::-1]


def binding(unit: Unit, refs: list[Tok], source: str = "ref") -> Binding:
    items = frozenset(p for r in refs if r.cat == Cat.REF for p in r.items)
    return Binding(
        unit,
        items,
        any(r.cat == Cat.ALL for r in refs),
        any(r.cat == Cat.REST for r in refs),
        source,
        [s for r in refs for s in r.all_spans()],
    )


def all_unclear(c: Clause) -> None:
    spans = [s for u in c.units for s in u.spans]
    unit = Unit(BOTH, STRONG, spans, min(u.head for u in c.units))
    c.bindings.append(binding(unit, c.refs))


def _bind_mixed(c: Clause, elements: list[Unit | Tok]) -> None:
    """Neither reading fits the whole clause ("ja voor 1 en 2 nee"): an answer followed by
    "voor" takes the items after it, a number directly followed by its answer keeps it; an
    answer left over that says otherwise makes every item in the clause unclear. Items named
    by title words only are not read this loosely ("ik wil na school graag werk")."""
    if not any(r.cat != Cat.REF or r.explicit for r in c.refs):
        all_unclear(c)
        return
    toks = c.toks
    index = {t.start: k for k, t in enumerate(toks)}
    taken: dict[int, Unit] = {}
    tight: dict[int, Unit] = {}
    for k, el in enumerate(elements):
        if isinstance(el, Tok) and k + 1 < len(elements) and isinstance(elements[k + 1], Unit):
            unit = elements[k + 1]
            assert isinstance(unit, Unit)
            at = index.get(el.start)  # None: a list taken over from the clause before
            if at is None or unit.head not in index:
                continue
            between = toks[at + 1 : index[unit.head]]
            prev = elements[k - 1] if k else None
            if _glue_only(between) or (
                _copula(between)
                # a list's last item ("2 mag niet 1 en 3 is goed"): the list's, read below
                and not (isinstance(prev, Tok) and _listed(toks, index, prev, el))
            ):
                tight[el.start] = unit
    for k, el in enumerate(elements):
        if not isinstance(el, Unit):
            continue
        pos = index.get(el.head, -1)
        if pos + 1 < len(toks) and toks[pos + 1].cat == Cat.FOR:
            for nxt in elements[k + 1 :]:
                if isinstance(nxt, Unit) or nxt.start in tight:
                    break
                taken.setdefault(nxt.start, el)
    for start, unit in tight.items():
        taken.setdefault(start, unit)
    own = {id(u) for u in tight.values()}
    for k, el in enumerate(elements):
        if isinstance(el, Unit) and k + 1 < len(elements) and id(el) not in own:
            # ("1 ja 2": the "ja" is 1's, typed right after it; 2 is left unanswered)
            nxt = elements[k + 1]
            if isinstance(nxt, Tok) and not _doubted(toks, index.get(nxt.start)):
                # ("1 ja 2 nee 3 weet ik niet": 3 is not the "nee" before it)
                taken.setdefault(nxt.start, el)
                # "2 niet ja 1 en 3": the "ja" right before a list joined by "en" takes it
                # (not "ja ik ben voor 1 en 3": a vote's list)
                at, end = index.get(el.head), index.get(nxt.start)
                right_before = (
                    at is not None
                    and end is not None
                    and all(t.cat in (Cat.FOR, Cat.PART) for t in toks[at + 1 : end])
                )
                for prev, r in pairwise(elements[k + 1 :] if right_before else []):
                    if not (isinstance(prev, Tok) and isinstance(r, Tok)):
                        break
                    if r.start in tight or not _joined(toks, index, prev, r):
                        break
                    taken.setdefault(r.start, el)
    contested = _lists_answered_after(c, index, tight, taken)
    first = min(r.start for r in c.refs)
    used = set(taken.values())
    pols = {u.pol for u in used}
    left = [u for u in c.units if u not in used and ({u.pol} != pols or u.pol == BOTH)]
    if left:
        if all(u.head < first for u in left) and all(r.start in taken for r in c.refs):
            c.leading = left  # the answer before this clause is in doubt (reply_grammar)
        else:
            c.leading_soft = [u for u in c.units if u.head < first]
            all_unclear(c)
            return
    for u in c.units:
        mine = [s for s, x in taken.items() if x is u]
        if u.head < first and mine and all(s in contested for s in mine):
            c.leading_soft.append(u)  # "… actually no 1 en 3 ja": 1's, or a second thought?
    for start, (a, b) in contested.items():
        # "2 mag gedeeld worden 1 en 3 nee", "nee voor 2 en 1 en 3 ja": 1 the answer's
        # before it, or one of the list "1 en 3" the answer after it is for? Unclear.
        spans = sorted({*a.spans, *b.spans})
        taken[start] = Unit(BOTH, STRONG, spans, min(a.head, b.head))
    for unit in dict.fromkeys(taken.values()):
        refs = [r for r in c.refs if taken.get(r.start) is unit]
        c.bindings.append(binding(unit, refs))
    c.unbound = [r for r in c.refs if r.start not in taken]


# "2 is goed", "2 vind ik prima", "2 lijkt me goed": the answer is said of the item before
# the verb, however the sentence goes on ("2 is goed 1 en 3" handed the "goed" to 1 and 3).
_COPULAS = frozenset({("is",), ("vind", "ik"), ("vinden", "we"), ("vinden", "wij"),
                      ("lijkt", "me"), ("lijkt", "mij"), ("is", "voor", "mij"), ("is", "voor", "ons"),
                      ("is", "wat", "mij", "betreft"), ("is", "wat", "ons", "betreft")})  # fmt: skip


def _glue_only(between: list[Tok]) -> bool:
    return all(t.cat == Cat.PUNCT and t.canon in GLUE for t in between)


def _copula(between: list[Tok]) -> bool:
    words = [t for t in between if not (t.cat == Cat.PUNCT and t.canon in GLUE)]
    return tuple(t.canon for t in words) in _COPULAS


_JOINERS = frozenset(",&/+")


def _article(t: Tok) -> bool:
    return t.cat == Cat.FILL and t.canon in ARTICLES


def _lists_answered_after(
    c: Clause, index: dict[int, int], tight: dict[int, Unit], taken: dict[int, Unit]
) -> dict[int, tuple[Unit, Unit]]:
    """The items of a list joined by "en" / "&" / "," that ends in an item with its answer
    right after it ("1 en 3 nee") may be that answer's: an item of it an answer of the other
    side took ("ja 1 en 3 nee", "2 mag gedeeld worden 1 en 3 nee") is returned, with both — unless it is right after "voor" ("ja voor
    2 en 1 en 3 nee": 2 is the "ja"'s). Items side by side without a joiner are no list."""
    toks = c.toks
    contested: dict[int, tuple[Unit, Unit]] = {}
    for start, unit in tight.items():
        k = index.get(start)
        if k is None:
            continue
        while True:
            j, joined = k - 1, False
            while j >= 0 and (
                (toks[j].cat == Cat.CONJ and toks[j].canon not in ("of", "or"))
                or (toks[j].cat == Cat.PUNCT and toks[j].canon in _JOINERS)
                or toks[j].cat == Cat.PART
                or _article(toks[j])  # "de eerste en de laatste ja"
            ):
                joined = joined or not _article(toks[j])
                j -= 1
            if j < 0 or not joined or toks[j].cat != Cat.REF or toks[j].start in tight:
                break
            k = j
            r = toks[k]
            other = taken.get(r.start)
            if (
                other is not None
                and other.pol != unit.pol
                and not (k and toks[k - 1].cat == Cat.FOR)
            ):
                contested[r.start] = (other, unit)
    return contested


def _listed(toks: list[Tok], index: dict[int, int], a: Tok, b: Tok) -> bool:
    """Two item references joined as a list, articles and all ("de eerste en de laatste")."""
    i, j = index.get(a.start), index.get(b.start)
    if i is None or j is None:
        return False
    between = [t for t in toks[i + 1 : j] if not _article(t)]
    return len(between) == 1 and _joiner(between[0])


def _joined(toks: list[Tok], index: dict[int, int], a: Tok, b: Tok) -> bool:
    """Two item references with only "en" / "&" / "," between them: one list."""
    i, j = index.get(a.start), index.get(b.start)
    if i is None or j is None or j - i != 2:
        return False
    return _joiner(toks[i + 1])


def _joiner(t: Tok) -> bool:
    return (t.cat == Cat.CONJ and t.canon not in ("of", "or")) or (
        t.cat == Cat.PUNCT and t.canon in _JOINERS
    )
