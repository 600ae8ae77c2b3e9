"""One sentence of a reply → answers bound to items: a small grammar, not a list of tricks.

A sentence is cut into clauses (at commas, "maar", "want", "behalve"). In each clause:
  1. negation scope: a negation ("niet", "geen", "not") turns the nearest predicate after it
     ("ik ga niet akkoord", "geen toestemming") or else before it ("toestemming geef ik
     niet") — never across an item reference, so "1 akkoord 2 niet" stays two answers;
     idioms where two negatives make a yes ("geen bezwaar", "no problem") are phrases;
  2. binding: each answer is bound to the nearest item references in its clause, reading
     the clause both ways ("1 ja 2 nee" and "ja 1, nee 2"); when both readings fit and
     differ, or an answer is left over that contradicts, the items are unclear;
  3. across clauses: a bare list continues the answer before it ("ja voor 1, 2 en 3"), a
     contrast mirrors it ("voor 1 maar niet voor 2"), "behalve" excepts from "alles";
  4. doubt (misschien, weet niet, als, a question) makes what it covers unclear.
Nothing here decides about the whole message; answers.py does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .reply_tokens import GLUE, Sentence, Span, Tok
from .reply_words import Cat

STRONG, WEAK, NEG_WEAK, ACK, LETTER = 3, 2, 1, 0, -1
BOTH = 2  # "ja/nee": both answers at once

_NEGATION_WORDS = frozenset(
    ["niet", "geen", "not", "no", "nee", "niets", "nothing", "never", "nooit", "zonder"]
)
_WEAK_OBJECTIONS = frozenset({"tegen", "against"})
_RHETORICAL = frozenset({"waarom niet", "why not"})
_MODALS = frozenset({"mag", "mogen"})
_PREDICATES = frozenset({Cat.AGREE, Cat.FINE, Cat.OBJECT, Cat.ACK})
_REFS = frozenset({Cat.REF, Cat.ALL, Cat.REST})
_LIST_ONLY = frozenset(
    {Cat.REF, Cat.ALL, Cat.REST, Cat.FOR, Cat.PART, Cat.CONJ, Cat.FILL, Cat.PUNCT, Cat.ONLY}
)
_CLAUSE_BREAKS = ",;()[]–—"


@dataclass(eq=False)
class Unit:
    """One answer in the text: its polarity and the words that carry it."""

    pol: int  # +1 yes, -1 no, BOTH, 0 (doubt only / not yet resolved)
    strength: int
    spans: list[Span]
    head: int  # text offset of the word that carries it (orders units)
    whole: bool = False  # about the request as a whole ("akkoord", "geen bezwaar")
    negative: bool = False  # said with a negation ("nee", "geen bezwaar", "niet")
    base: int = 0  # polarity of the predicate under the negation (0: none)
    ellipsis: str = ""  # "wel", "niet", "ook", "ook niet", "ook wel", "mirror"
    hedge: str = ""  # "hedge", "question", "cond": not certain
    rhetorical: bool = False  # "waarom niet"
    mirror_of: list[Unit] = field(default_factory=list)  # the opposite of these
    counts: bool = True  # a bare unit that is allowed to answer


@dataclass(eq=False)
class Binding:
    unit: Unit
    items: frozenset[int] = frozenset()  # named items (number, part word, title)
    all_items: bool = False  # "alles", "beide"
    rest: bool = False  # "de rest"
    source: str = "ref"  # "ref", "hint", "except", "contrast", "all"
    ref_spans: list[Span] = field(default_factory=list)


@dataclass
class Withdrawal:
    spans: list[Span]
    items: frozenset[int]
    all_items: bool
    negated: bool
    doubtful: bool
    question: bool


@dataclass
class SentenceReading:
    bindings: list[Binding] = field(default_factory=list)
    bare: list[Unit] = field(default_factory=list)  # answers not bound to any item
    mentioned: set[int] = field(default_factory=set)
    message_doubt: tuple[str, list[Span]] | None = None  # a sentence of doubt on its own
    withdrawals: list[Withdrawal] = field(default_factory=list)
    ack: list[Binding] = field(default_factory=list)  # "ook de gevoelige gegevens" covers
    ack_all_yes: bool = False
    ack_spans: list[Span] = field(default_factory=list)
    sensitive_excluded: bool = False
    except_unanswered: bool = False
    only: list[tuple[Binding, Span]] = field(default_factory=list)
    ack_only: list[Span] = field(default_factory=list)  # "ok" / "top" with nothing else


@dataclass(eq=False)
class _Clause:
    toks: list[Tok]
    link: str  # "", "comma", "sep", "contrast"
    units: list[Unit] = field(default_factory=list)
    refs: list[Tok] = field(default_factory=list)
    hedges: list[tuple[str, list[Span]]] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    sensitive: list[Span] = field(default_factory=list)
    negated: bool = False  # holds a negation (for the sensitive-data words)
    only: Span | None = None
    bindings: list[Binding] = field(default_factory=list)
    bare: list[Unit] = field(default_factory=list)
    unbound: list[Tok] = field(default_factory=list)
    is_except: bool = False
    main: _Clause | None = None  # for an except clause: the clause it excepts from

    def ref_only(self) -> bool:
        return (
            bool(self.refs)
            and not self.units
            and not self.withdrawals
            and not self.hedges
            and all(t.cat in _LIST_ONLY for t in self.toks)
        )

    def explicit_refs(self) -> bool:
        return any(r.cat != Cat.REF or r.explicit for r in self.refs)


# -- splitting ----------------------------------------------------------------------------------
def _split(tokens: list[Tok]) -> tuple[list[_Clause], list[_Clause]]:
    clauses = [_Clause([], "")]
    excepts: list[_Clause] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        cur = clauses[-1]
        prev = cur.toks[-1] if cur.toks else None
        if t.cat == Cat.PUNCT:
            glue_after_ref = t.canon in ":-" and prev is not None and prev.cat == Cat.REF
            if t.canon in _CLAUSE_BREAKS or (t.canon in ":-" and not glue_after_ref):
                clauses.append(_Clause([], "sep" if t.canon == ";" else "comma"))
            else:
                cur.toks.append(t)
        elif t.cat == Cat.CONTRAST:
            clauses.append(_Clause([], "contrast"))
        elif t.cat == Cat.SEP:
            clauses.append(_Clause([], "sep"))
        elif t.cat == Cat.EXCEPT:
            group, i = _except_group(tokens, i)
            excepts.append(_Clause(group, "except", is_except=True, main=cur))
            continue
        else:
            cur.toks.append(t)
        i += 1
    return [c for c in clauses if c.toks], excepts


def _except_group(tokens: list[Tok], i: int) -> tuple[list[Tok], int]:
    """ "behalve 2", "behalve voor 1 en 3", "behalve 2: nee", "behalve gevoelige gegevens".
    What follows the items belongs to the main clause ("alles behalve 2 is goed") unless it
    is an answer right after them ("behalve 2: nee")."""
    group = [tokens[i]]
    j = i + 1
    n = len(tokens)
    while j < n:
        t = tokens[j]
        if t.cat in (Cat.FOR, Cat.PART, Cat.FILL, Cat.REF, Cat.CONJ, Cat.SENSITIVE, Cat.WORD):
            if t.cat == Cat.WORD and not any(g.cat == Cat.SENSITIVE for g in group):
                break
            group.append(t)
        elif (
            t.cat == Cat.PUNCT and t.canon in ",/&+" and j + 1 < n and tokens[j + 1].cat == Cat.REF
        ):
            group.append(t)
        else:
            break
        j += 1
    k = j
    while k < n and tokens[k].cat == Cat.PUNCT and tokens[k].canon in GLUE:
        k += 1
    if k < n and group[-1].cat == Cat.REF and _is_answer_token(tokens[k]):
        while j < n and not (
            (tokens[j].cat == Cat.PUNCT and tokens[j].canon in _CLAUSE_BREAKS)
            or tokens[j].cat in (Cat.CONTRAST, Cat.SEP, Cat.EXCEPT)
        ):
            group.append(tokens[j])
            j += 1
    return group, j


def _is_answer_token(t: Tok) -> bool:
    return t.cat in (
        Cat.YES,
        Cat.NO,
        Cat.LETTER_YES,
        Cat.LETTER_NO,
        Cat.AGREE,
        Cat.FINE,
        Cat.OBJECT,
        Cat.ACK,
        Cat.NEG,
        Cat.NOTHING,
        Cat.WEL,
        Cat.EITHER,
    )


# -- one clause: negation scope and the units it holds -----------------------------------------
def _analyse(c: _Clause) -> None:
    toks = c.toks
    _tegen_as_preposition(toks)
    c.refs = [t for t in toks if t.cat in _REFS]
    c.sensitive = [s for t in toks if t.cat == Cat.SENSITIVE for s in t.all_spans()]
    c.negated = any(t.cat in (Cat.NEG, Cat.NOTHING) for t in toks) or any(
        t.cat == Cat.NO for t in toks
    )
    for t in toks:
        if t.cat == Cat.HEDGE:
            c.hedges.append(("hedge", list(t.all_spans())))
        elif t.cat == Cat.COND:
            c.hedges.append(("cond", list(t.all_spans())))
        elif t.cat == Cat.ONLY:
            c.only = (t.start, t.end)
    if _withdrawals(c):
        return
    negatable = {i for i, t in enumerate(toks) if t.cat in _PREDICATES and not t.spans}
    negated: dict[int, int] = {}
    standalone: list[int] = []
    for i, t in enumerate(toks):
        if t.cat in (Cat.NEG, Cat.NOTHING):
            target = _negation_target(toks, i, negatable, negated)
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
    c.units = [u for u in units if u.strength != LETTER or _after_ref(toks, u.head)]


def _tegen_as_preposition(toks: list[Tok]) -> None:
    """ "nee tegen UWV", "tegen 2 geen bezwaar", "tegen 2 wel": "tegen" before an item is a
    preposition when the clause has its own answer; "ik ben tegen 2" keeps it a no."""
    answers = [t for t in toks if _is_answer_token(t) and t.canon not in _WEAK_OBJECTIONS]
    answers += [t for t in toks if t.spans and t.cat in (Cat.AGREE, Cat.NO)]
    if not answers:
        return
    for k, t in enumerate(toks):
        if t.cat == Cat.OBJECT and t.canon in _WEAK_OBJECTIONS:
            nxt = next((x for x in toks[k + 1 :] if x.cat not in (Cat.FILL, Cat.PART)), None)
            if nxt is not None and nxt.cat in _REFS:
                t.cat = Cat.FOR


def _withdrawals(c: _Clause) -> bool:
    """ "intrekken", "ik trek mijn toestemming in", and their negations ("ik wil mijn
    toestemming niet intrekken", "ik trek niets in"): a negated withdrawal is none."""
    toks = c.toks
    found: list[Withdrawal] = []
    items = frozenset(p for t in toks if t.cat == Cat.REF for p in t.items)
    all_items = any(t.cat == Cat.ALL for t in toks)
    for i, t in enumerate(toks):
        end = i
        if t.cat == Cat.TREK:
            end = next((j for j in range(i + 1, len(toks)) if toks[j].cat == Cat.IN), -1)
            if end < 0:
                continue
        elif t.cat != Cat.WITHDRAW:
            continue
        if end + 1 < len(toks) and toks[end + 1].canon in ("bij", "with"):
            continue  # "ik trek in bij mijn vader", "intrekken bij": moving house
        negs = [x for x in toks[:end] if x.cat in (Cat.NEG, Cat.NOTHING)]
        spans = [*t.all_spans(), *(s for x in negs for s in x.all_spans())]
        if end != i:
            spans.append((toks[end].start, toks[end].end))
        found.append(Withdrawal(spans, items, all_items, bool(negs), False, False))
    if not found:
        return False
    c.withdrawals = found
    # In a withdrawal "toestemming" is what is withdrawn, "niet" belongs to the verb; only a
    # plain answer word next to it still counts (for "ja en intrekken": not clear).
    for t in toks:
        if t.cat in (Cat.YES, Cat.NO, Cat.EITHER) and not t.spans:
            pol = {Cat.YES: 1, Cat.NO: -1}.get(t.cat, BOTH)
            c.units.append(Unit(pol, STRONG, [(t.start, t.end)], t.start, negative=pol == -1))
    c.refs = []
    return True


def _ref_between(toks: list[Tok], i: int, negated: dict[int, int]) -> bool:
    """Whether every negated predicate is separated from token i by an item reference."""
    for j in negated:
        lo, hi = sorted((i, j))
        if not any(t.cat in _REFS for t in toks[lo:hi]):
            return False
    return True


def _negation_target(
    toks: list[Tok], i: int, negatable: set[int], done: dict[int, int]
) -> int | None:
    """The predicate a negation turns: the nearest after it, else the nearest before it;
    never across an item reference or another answer (after "dat" a reference may stand
    between: "niet dat onderdeel 2 gedeeld wordt")."""
    after_dat = False
    for j in range(i + 1, len(toks)):
        t = toks[j]
        if t.cat == Cat.FILL and t.canon in ("dat", "that"):
            after_dat = True
        if (t.cat in _REFS and not after_dat) or _stops_scope(t):
            break
        if j in negatable and j not in done:
            return j
    for j in range(i - 1, -1, -1):
        t = toks[j]
        # Backwards only over small words: "toestemming geef ik niet", not "prima hoor,
        # maakt niet uit".
        if t.cat in _REFS or t.cat == Cat.WORD or _stops_scope(t):
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
        return Unit(0, WEAK, span, t.start, ellipsis="ook")
    return None


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


def _bind_clause(c: _Clause) -> None:
    """Bind the clause's answers to its items; see the module text."""
    if not c.units:
        c.unbound = list(c.refs)
        return
    if not c.refs:
        c.bare = list(c.units)
        return
    elements: list[Unit | Tok] = sorted([*c.units, *c.refs], key=_offset)
    rf, af = _parse_ref_first(elements), _parse_answer_first(elements)
    rf_ok, af_ok = _clean(rf), _clean(af)
    if rf_ok and af_ok and _by_ref(rf) != _by_ref(af):
        _all_unclear(c)
        return
    if rf_ok or af_ok:
        binds, dangling, _ = rf if rf_ok else af
        for unit, refs in binds:
            c.bindings.append(_binding(unit, refs))
        # A word left over that agrees is part of the same answer ("bezwaar tegen 2").
        first = c.bindings[0].unit
        first.spans = sorted({*first.spans, *(s for d in dangling for s in d.spans)})
        return
    _bind_mixed(c, elements)


def _by_ref(parse: _Parse) -> dict[int, int]:
    return {r.start: u.pol for u, refs in parse[0] for r in refs}


def _offset(el: Unit | Tok) -> int:
    return el.head if isinstance(el, Unit) else el.start


def _binding(unit: Unit, refs: list[Tok], source: str = "ref") -> Binding:
    items = frozenset(p for r in refs if r.cat == Cat.REF for p in r.items)
    return Binding(
        unit,
        items,
        any(r.cat == Cat.ALL for r in refs),
        any(r.cat == Cat.REST for r in refs),
        source,
        [s for r in refs for s in r.all_spans()],
    )


def _all_unclear(c: _Clause) -> None:
    spans = [s for u in c.units for s in u.spans]
    unit = Unit(BOTH, STRONG, spans, min(u.head for u in c.units))
    c.bindings.append(_binding(unit, c.refs))


def _bind_mixed(c: _Clause, elements: list[Unit | Tok]) -> None:
    """Neither reading fits the whole clause ("ja voor 1 en 2 nee"): an answer followed by
    "voor" takes the items after it, a number directly followed by its answer keeps it; an
    answer left over that says otherwise makes every item in the clause unclear."""
    toks = c.toks
    index = {t.start: k for k, t in enumerate(toks)}
    taken: dict[int, Unit] = {}
    tight: dict[int, Unit] = {}
    for k, el in enumerate(elements):
        if isinstance(el, Tok) and k + 1 < len(elements) and isinstance(elements[k + 1], Unit):
            unit = elements[k + 1]
            assert isinstance(unit, Unit)
            between = toks[index[el.start] + 1 : index.get(unit.head, index[el.start] + 1)]
            if all(t.cat == Cat.PUNCT and t.canon in GLUE for t in between):
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
    for k, el in enumerate(elements):
        if isinstance(el, Unit) and k + 1 < len(elements):
            nxt = elements[k + 1]
            if isinstance(nxt, Tok):
                taken.setdefault(nxt.start, el)
    used = set(taken.values())
    pols = {u.pol for u in used}
    if any(u not in used and ({u.pol} != pols or u.pol == BOTH) for u in c.units):
        _all_unclear(c)
        return
    for unit in used:
        refs = [r for r in c.refs if taken.get(r.start) is unit]
        c.bindings.append(_binding(unit, refs))
    c.unbound = [r for r in c.refs if r.start not in taken]


# -- one sentence -------------------------------------------------------------------------------
@dataclass
class Context:
    """What one sentence leaves for the next: the last answer, for echoes."""

    previous: Unit | None = None


def _resolve_echoes(units: list[Unit], context: Context) -> None:
    """Echoes take their meaning from the answer before them, in reading order (so before
    binding, which must see their real polarity): "1 nee, 2 ook" (no), "geen bezwaar voor 1,
    wel voor 2" (no: wel bezwaar), "niet akkoord met 1, wel met 2" (yes), "geen bezwaar
    voor 1, niet voor 2" (unclear: double talk)."""
    for u in sorted(units, key=lambda x: x.head):
        prev = context.previous
        e = u.ellipsis
        if e == "wel":
            u.pol = prev.base if prev and prev.negative and prev.base in (1, -1) else 1
        elif e == "niet":
            u.pol = BOTH if prev is not None and prev.base == -1 else -1
        elif e == "ook":
            u.pol = prev.pol if prev is not None else BOTH
            if prev is not None:
                u.negative, u.base = prev.negative, prev.base
        elif e == "ook niet":
            u.pol = (prev.pol if prev.negative else BOTH) if prev is not None else -1
        elif e == "ook wel":
            u.pol = 1 if prev is not None and prev.pol == 1 else BOTH
        if u.strength > ACK:
            context.previous = u


def read_sentence(sentence: Sentence, context: Context | None = None) -> SentenceReading:
    out = SentenceReading()
    clauses, excepts = _split(sentence.tokens)
    for c in (*clauses, *excepts):
        _analyse(c)
    _resolve_echoes([u for c in (*clauses, *excepts) for u in c.units], context or Context())
    _merge_lists(clauses)
    for c in (*clauses, *excepts):
        _bind_clause(c)
    _contrasts(clauses)
    _excepts(clauses, excepts, out)
    every = [*clauses, *excepts]
    for c in every:
        for w in c.withdrawals:
            w.question = sentence.question
        out.withdrawals.extend(c.withdrawals)
    _doubt(sentence, every, out)
    _hint_and_counting(sentence, every, out)
    _sensitive(sentence, every, out)
    for c in every:
        out.bindings.extend(c.bindings)
        out.mentioned.update(p for r in c.unbound if r.cat == Cat.REF for p in r.items)
        if c.only is not None:
            out.only.extend((b, c.only) for b in c.bindings if b.items)
    return out


def _merge_lists(clauses: list[_Clause]) -> None:
    """ "ja voor 1, 2 en 3" and "1, 2 en 3 ja": a bare list belongs to the answer beside it."""
    for k, c in enumerate(clauses):
        prev = clauses[k - 1] if k > 0 else None
        if (
            c.ref_only()
            and c.only is not None
            and prev is not None
            and prev.units
            and not prev.refs
            and not prev.withdrawals
        ):
            # "ja, maar alleen voor 2": the answer before is for these items only
            prev.refs.extend(c.refs)
            prev.only = c.only
            c.refs = []
            continue
        if not c.ref_only() or c.link not in ("", "comma"):
            continue
        nxt = clauses[k + 1] if k + 1 < len(clauses) else None
        if (
            prev is not None
            and c.link == "comma"
            and prev.units
            and not prev.withdrawals
            and (not prev.refs or min(u.head for u in prev.units) < min(r.start for r in prev.refs))
        ):
            prev.refs.extend(c.refs)
            c.refs = []
        elif (
            nxt is not None
            and nxt.link == "comma"
            and nxt.units
            and not nxt.withdrawals
            and (not nxt.refs or min(r.start for r in nxt.refs) < min(u.head for u in nxt.units))
        ):
            nxt.refs[:0] = c.refs
            c.refs = []


def _mirror(of: list[Unit], spans: list[Span]) -> Unit:
    head = min(u.head for u in of)
    return Unit(0, STRONG, spans, head, ellipsis="mirror", mirror_of=of)


def _contrasts(clauses: list[_Clause]) -> None:
    """ "voor onderdeel 1 maar niet voor 2": the bare list gets the opposite answer;
    "ja, maar niet voor 2": the bare yes is a yes for all the others."""
    for k in range(1, len(clauses)):
        a, b = clauses[k - 1], clauses[k]
        if b.link != "contrast":
            continue
        for lonely, other in ((a, b), (b, a)):
            bound = [x.unit for x in other.bindings if x.items or x.all_items]
            if lonely.unbound and not lonely.units and bound:
                spans = [s for u in bound for s in u.spans]
                lonely.bindings.append(_binding(_mirror(bound, spans), lonely.unbound, "contrast"))
                lonely.unbound = []
        bound_b = [x.unit for x in b.bindings if x.items]
        if a.bare and bound_b and {u.pol for u in a.bare} == {-u.pol for u in bound_b} - {0}:
            for unit in a.bare:
                a.bindings.append(Binding(unit, all_items=True, source="all"))
            a.bare = []


def _excepts(clauses: list[_Clause], excepts: list[_Clause], out: SentenceReading) -> None:
    """ "ja voor alles behalve 2": what is excepted gets the opposite of the rest."""
    for e in excepts:
        if e.sensitive and not e.refs:
            out.sensitive_excluded = True
            continue
        governing: list[Unit] = []
        assert e.main is not None
        start = clauses.index(e.main) if e.main in clauses else len(clauses) - 1
        for c in reversed(clauses[: start + 1]):
            governing = [b.unit for b in c.bindings if b.all_items]
            if c.bare:
                for unit in c.bare:
                    c.bindings.append(Binding(unit, all_items=True, source="all"))
                governing += c.bare
                c.bare = []
            if governing:
                break
        refs = e.unbound or [r for r in e.refs if r.cat == Cat.REF]
        if not governing:
            out.except_unanswered = True
            e.unbound = refs
            continue
        spans = [(e.toks[0].start, e.toks[0].end)]
        e.bindings.append(_binding(_mirror(governing, spans), refs, "except"))
        e.unbound = []


def _doubt(sentence: Sentence, clauses: list[_Clause], out: SentenceReading) -> None:
    units = [u for c in clauses for u in (*c.units, *(b.unit for b in c.bindings))]
    sentence_doubt: tuple[str, list[Span]] | None = None
    for c in clauses:
        for reason, spans in c.hedges:
            if sentence.hint is not None and not units and not c.refs:
                # "weet ik nog niet" typed under a quoted item: doubt about that item
                unit = Unit(0, STRONG, spans, spans[0][0], hedge=reason)
                c.bindings.append(Binding(unit, frozenset({sentence.hint}), source="hint"))
            elif c.explicit_refs() and (c.bindings or c.unbound):
                for b in c.bindings:
                    b.unit.hedge = b.unit.hedge or reason
                if c.unbound:
                    unit = Unit(0, STRONG, spans, spans[0][0], hedge=reason)
                    c.bindings.append(_binding(unit, c.unbound))
                    c.unbound = []
            elif sentence_doubt is None:
                sentence_doubt = (reason, spans)
        for w in c.withdrawals:
            w.doubtful = bool(c.hedges)
    if sentence_doubt is not None:
        if units:
            for u in units:
                u.hedge = u.hedge or sentence_doubt[0]
        elif not sentence.question and not any(c.withdrawals for c in clauses):
            # A sentence that only doubts ("Ik weet het nog niet."): doubt about everything.
            # A question ("kan ik later nog intrekken?") doubts only itself.
            out.message_doubt = sentence_doubt
        for w in out.withdrawals:
            w.doubtful = True
    has_refs = any(c.refs or c.bindings for c in clauses)
    rhetorical = not has_refs and any(u.rhetorical for c in clauses for u in c.bare)
    if sentence.question and not rhetorical:  # "Ja, waarom niet?" asks nothing
        for c in clauses:
            for b in c.bindings:
                b.unit.hedge = b.unit.hedge or "question"
            keep: list[Unit] = []
            for u in c.bare:
                if u.rhetorical and not has_refs:
                    keep.append(u)
                elif u.strength >= STRONG:
                    u.hedge = u.hedge or "question"
                    keep.append(u)
            c.bare = keep


def _content_words(sentence: Sentence) -> int:
    return sum(1 for t in sentence.tokens if t.cat == Cat.WORD)


def _hint_and_counting(sentence: Sentence, clauses: list[_Clause], out: SentenceReading) -> None:
    """Which answers without an item may speak: a strong word always ("nee", "akkoord"); a
    weak one ("prima", "niet") only in a short sentence that names no item; "ok" never on its
    own. Under a quoted item (an inline answer) the counting ones answer that item."""
    words = _content_words(sentence)
    bound = any(c.bindings for c in clauses)
    for c in clauses:
        for u in c.bare:
            if u.ellipsis and u.ellipsis != "niet":
                u.counts = False  # "zie ook de scan": an echo needs an item
            elif u.strength >= STRONG:
                u.counts = True
            elif u.strength == WEAK:
                u.counts = not bound and words <= 1  # "ik vind het goed", "goed idee"
            elif u.strength == NEG_WEAK:
                # "niet doen", "dat wil ik niet"; not "ik snap het niet", "het lukt niet"
                u.counts = not bound and words == 0
            else:
                u.counts = False
                if u.strength == ACK and not bound:
                    out.ack_only.extend(u.spans)
        if sentence.hint is not None:
            counted = [u for u in c.bare if u.counts and not u.ellipsis.startswith("ook")]
            for u in counted:
                c.bindings.append(Binding(u, frozenset({sentence.hint}), source="hint"))
            c.bare = [u for u in c.bare if u not in counted]
        out.bare.extend(c.bare)


def _sensitive(sentence: Sentence, clauses: list[_Clause], out: SentenceReading) -> None:
    """ "2 ja, ook de gevoelige gegevens": the explicit yes for special data covers the yes
    in the same clause, or else the answer just before it in the same sentence."""
    previous: list[Binding] = []
    for c in clauses:
        if c.sensitive:
            doubtful = (
                sentence.question
                or any(b.unit.hedge for b in c.bindings)
                or any(u.hedge for u in c.bare)
            )
            if c.negated or c.is_except or doubtful:
                out.sensitive_excluded = True
            elif any(b.unit.pol == 1 for b in c.bindings):
                out.ack.extend(b for b in c.bindings if b.unit.pol == 1)
                out.ack_spans.extend(c.sensitive)
            elif any(u.pol == 1 and u.counts for u in c.bare):
                out.ack_all_yes = True
                out.ack_spans.extend(c.sensitive)
            elif previous and all(b.unit.pol == 1 for b in previous):
                out.ack.extend(previous)
                out.ack_spans.extend(c.sensitive)
            elif not previous and any(u.pol == 1 for prev in clauses for u in prev.bare):
                out.ack_all_yes = True
                out.ack_spans.extend(c.sensitive)
        if c.bindings:
            previous = list(c.bindings)
