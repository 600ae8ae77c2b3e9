"""A withdrawal in one clause: "intrekken", "ik trek mijn toestemming in", and what is no
withdrawal though it has the verb — its negation ("ik trek niets in"), moving house ("ik trek
in bij mijn vader"), quitting school or a placement ("ik stop met de stage").
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_undo import maybe_undone, only_items_between, undone_consent
from .reply_units import BOTH, REF_CATS, STRONG, Clause, Unit, Withdrawal
from .reply_words import Cat


def withdrawals(c: Clause) -> bool:
    """ "intrekken", "ik trek mijn toestemming in", and their negations ("ik wil mijn
    toestemming niet intrekken", "ik trek niets in"): a negated withdrawal is none."""
    toks = c.toks
    found: list[Withdrawal] = []
    items = _withdrawn_items(toks)
    all_items = any(t.cat == Cat.ALL for t in toks)
    for i, t in enumerate(toks):
        end = i
        if t.cat == Cat.TREK:
            end = next((j for j in range(i + 1, len(toks)) if toks[j].cat == Cat.IN), -1)
            if end < 0:
                continue
        elif t.cat != Cat.WITHDRAW:
            continue
        if end + 1 < len(toks) and toks[end + 1].canon == "bij":
            continue  # "ik trek in bij mijn vader", "intrekken bij": moving house
        if _moving_in(toks):
            continue  # "ik ben bij mijn vader ingetrokken"
        # "ik stop met school", "stoppen met de stage": quitting school or a placement
        # named like an item is a story, not (for sure) a withdrawal of that item.
        story = _quits_something(toks, end)
        negs = [x for x in toks[:end] if x.cat in (Cat.NEG, Cat.NOTHING)]
        # "stoppen hoeft niet", "intrekken doe ik niet": the negation may follow the verb
        negs += [x for x in _after_verb(toks, end) if x.cat in (Cat.NEG, Cat.NOTHING)]
        spans = [*t.all_spans(), *(s for x in negs for s in x.all_spans())]
        if end != i:
            spans.append((toks[end].start, toks[end].end))
        found.append(Withdrawal(spans, items, all_items, bool(negs), story, False))
    undone = None if found else undone_consent(toks)
    unknown_verb = None if found or undone else maybe_undone(toks)
    if unknown_verb is not None:
        # "ik herroep mijn toestemming voor 2": a verb we do not know acts on the consent
        # named as a thing — a doubtful withdrawal (the worker asks), never its yes
        undone = unknown_verb
    if undone is not None:
        # "mijn toestemming voor 2 vervalt", "ik neem mijn ja voor 2 niet terug" (reply_undo)
        negs = [x for x in toks if x.cat in (Cat.NEG, Cat.NOTHING)]
        spans = [s for k in undone for s in toks[k].all_spans()]
        spans += [s for x in negs for s in x.all_spans()]
        doubtful = unknown_verb is not None or not only_items_between(toks, undone)
        found.append(Withdrawal(spans, items, all_items, bool(negs), doubtful, False))
    if not found:
        return False
    c.withdrawals = found
    # In a withdrawal "toestemming" is what is withdrawn, "niet" belongs to the verb; only a
    # plain answer word next to it still counts (for "ja en intrekken": not clear) — not the
    # yes that is the thing taken back ("mijn ja voor 2 vervalt").
    for k, t in enumerate(toks):
        if undone is not None and k == undone[0]:
            continue
        if t.cat in (Cat.YES, Cat.NO, Cat.EITHER) and not t.spans:
            pol = {Cat.YES: 1, Cat.NO: -1}.get(t.cat, BOTH)
            c.units.append(Unit(pol, STRONG, [(t.start, t.end)], t.start, negative=pol == -1))
    c.refs = []
    return True


_ANSWERS = frozenset({Cat.YES, Cat.NO, Cat.EITHER})


def _withdrawn_items(toks: list[Tok]) -> frozenset[int]:
    """The items named in a withdrawal clause, but not one with its own answer right after
    it: "ik wil 1 intrekken en 2 ja" withdraws 1 (read as 1 and 2: a withdrawal nobody
    asked for). When every item named has an answer, all of them stay (unclear anyway)."""
    named = [(t, toks[k + 1] if k + 1 < len(toks) else None) for k, t in enumerate(toks)]
    refs = [(t, nxt) for t, nxt in named if t.cat == Cat.REF]
    kept = [t for t, nxt in refs if nxt is None or nxt.cat not in _ANSWERS]
    return frozenset(p for t in (kept or [t for t, _ in refs]) for p in t.items)


def _quits_something(toks: list[Tok], end: int) -> bool:
    """ "stop met school" / "stoppen met de stage": the verb, "met", and an item's title word
    or a word we do not know (not "met delen", "met alles", "met 2")."""
    rest = toks[end + 1 : end + 4]
    if not rest or rest[0].canon != "met":
        return False
    nxt = next((t for t in rest[1:] if t.cat != Cat.FILL), None)
    return nxt is not None and (nxt.cat == Cat.WORD or (nxt.cat == Cat.REF and not nxt.explicit))


def _moving_in(toks: list[Tok]) -> bool:
    """ "Ik ben bij mijn vader ingetrokken": moving in with someone, when nothing in the
    clause says what would be withdrawn (no consent word, no item, no "alles")."""
    return any(t.canon == "bij" for t in toks) and not any(
        t.cat in (Cat.AGREE, Cat.REF, Cat.ALL, Cat.REST) for t in toks
    )


def _after_verb(toks: list[Tok], end: int) -> list[Tok]:
    """The few words right after a withdrawal verb, up to an item reference."""
    out: list[Tok] = []
    for t in toks[end + 1 : end + 4]:
        if t.cat in REF_CATS:
            break
        out.append(t)
    return out


def scope(clauses: list[Clause], excepts: list[Clause]) -> None:
    """What a withdrawal that names nothing itself is about, from the clauses beside it:
    the items listed right after it ("intrekken: 2", "ik wil intrekken (2 en 3)") are the
    ones withdrawn — read as "every item" it withdrew what the parent kept; "alles" with an
    exception ("ik trek alles in behalve 2", "withdraw all but 2") keeps the exception."""
    for k, c in enumerate(clauses):
        for w in c.withdrawals:
            if w.items or w.all_items:
                continue
            listed = []
            for after in clauses[k + 1 :]:
                if after.link != "comma" or not after.ref_only():
                    break
                listed.append(after)
            named = frozenset(p for a in listed for r in a.refs for p in r.items)
            if named:
                w.items = named
                for a in listed:
                    a.refs = []
    for e in excepts:
        kept = frozenset(p for r in e.refs for p in r.items)
        # after a comma ("ik trek alles in, behalve 2") the clause the exception was cut from
        # is an empty one: the clause before it is what it excepts from
        before = [c for c in clauses if c.toks and e.toks and c.toks[0].start < e.toks[0].start]
        main = e.main if e.main in clauses else (before[-1] if before else None)
        for w in main.withdrawals if main is not None else ():
            if w.all_items or not w.items:
                w.excepted = w.excepted | kept
