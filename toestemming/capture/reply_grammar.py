"""One sentence of a reply → answers bound to items: a small grammar, not a list of tricks.

The clauses (reply_clauses: cut, negation scope, units) are put together here:
  1. binding: each answer is bound to the nearest item references in its clause, reading
     the clause both ways ("1 ja 2 nee" and "ja 1, nee 2"); when both readings fit and
     differ, or an answer is left over that contradicts, the items are unclear;
  2. across clauses: a bare list continues the answer before it ("ja voor 1, 2 en 3"), a
     contrast mirrors it ("voor 1 maar niet voor 2"), "behalve" excepts from "alles";
  3. echoes take the answer before them ("1 nee, 2 ook"; "geen bezwaar voor 1, wel voor 2");
  4. doubt (misschien, weet niet, als, a question) makes what it covers unclear.
Nothing here decides about the whole message; answers.py does that.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reply_asked import asked
from .reply_binding import bind_clause, binding, says_more, second_thoughts
from .reply_clauses import (
    ACK,
    BOTH,
    NEG_WEAK,
    STRONG,
    WEAK,
    Binding,
    Clause,
    Unit,
    analyse,
    split_clauses,
)
from .reply_doubt import doubt, sentence_limits
from .reply_elsewhere import said_of_something_else, yes_for_something_else
from .reply_favour import mark_votes, votes_against
from .reply_rethink import second_thoughts_behind_a_comma
from .reply_tok import Span
from .reply_tokens import Sentence
from .reply_told import is_told_answer, other_person_label, reported, told_aside
from .reply_torn import list_went_on, run_on_lists
from .reply_units import SentenceReading
from .reply_withdrawal import scope as withdrawal_scope
from .reply_words import Cat, corrects


# -- one sentence -------------------------------------------------------------------------------
@dataclass
class Context:
    """What one sentence leaves for the next: the last answer, for echoes."""

    previous: Unit | None = None
    # "Mijn man appte:" — a sentence that tells another's answer and ends in a colon: the
    # next sentence is that answer, even after a blank line (the words of the telling)
    told_colon: list[Span] | None = None
    # the sentence before was only an item list ("1:" on a line of its own)
    after_list: bool = False
    # the sentence before only voted against: "Tegen 2.\nWel voor 1" (a vote, reply_favour)
    voted_against: bool = False
    # the last answer bound to items so far: "2 ja... nee toch niet 1 ja" doubts it
    last: Binding | None = None


def _resolve_echoes(clauses: list[Clause], context: Context) -> None:
    """Echoes take their meaning from the answer before them, in reading order (so before
    binding, which must see their real polarity): "1 nee, 2 ook" (no), "geen bezwaar voor 1,
    wel voor 2" (no: wel bezwaar), "niet akkoord met 1, wel met 2" (yes), "geen bezwaar
    voor 1, niet voor 2" (unclear: double talk)."""
    clause_of = {id(u): k for k, c in enumerate(clauses) for u in c.units}
    units = sorted((u for c in clauses for u in c.units), key=lambda x: x.head)
    for u in units:
        prev = context.previous
        e = u.ellipsis
        if e == "wel":
            if prev is None or not (prev.negative and prev.base in (1, -1)):
                u.pol = 1
            elif prev.pol == prev.base and clause_of.get(id(prev), -1) != clause_of[id(u)]:
                # "2 weiger ik, de andere wel", "bezwaar tegen 2. 1 wel": a "wel" after a
                # refusal no "niet"/"geen" turned, in a clause of its own — the others
                # refused too, or the others yes? (it was a no nobody gave). In the
                # refusal's own clause it stresses it ("contra 2 wel", reply_favour).
                u.pol = BOTH
            else:
                u.pol = prev.base
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
    ctx = context or Context()
    # "ik ben voor 1", "1,2 voor 3 tegen": a vote, no "for"
    mark_votes(sentence.tokens, ctx.voted_against)
    ctx.voted_against = votes_against(sentence.tokens)
    clauses, excepts = split_clauses(sentence.tokens)
    lists_run_on: list[int] = []
    for i, c in enumerate(clauses):
        # after a bare item list ("1, ja tegen 2", "1:" on a line of its own) an answer
        # that opens the clause may be that list's: its "tegen" is no "to"
        went_on = i > 0 and c.link == "comma" and list_went_on(clauses[i - 1].toks, c.toks)
        if went_on:
            lists_run_on.append(i)
        analyse(
            c,
            ctx.after_list if i == 0 else c.link == "comma" and clauses[i - 1].ref_only(),
            went_on,
        )
    for c in excepts:
        analyse(c)
    withdrawal_scope(clauses, excepts)
    for c in clauses:
        asked(c)  # "wat is 2?": no part of a list beside it
    ctx.after_list = bool(clauses) and all(c.ref_only() for c in clauses) and not excepts
    reported([*clauses, *excepts], told_aside(sentence))
    out.told = any(is_told_answer(t) for t in sentence.tokens)
    out.corrects = corrects([t.canon for t in sentence.tokens])
    label = other_person_label(sentence.tokens)
    if label:
        # "Mijn vrouw: nee voor 2", "Papa: 1 ja 2 ja": another person's answer, labelled
        for c in (*clauses, *excepts):
            c.hedges.append(("told", label))
        out.told = True
    if ctx.told_colon:
        for c in (*clauses, *excepts):
            c.hedges.append(("told", ctx.told_colon))
        out.told = True
    toks = sentence.tokens
    ctx.told_colon = (
        [s for t in toks if is_told_answer(t) for s in t.all_spans()]
        if toks and toks[-1].canon == ":" and any(is_told_answer(t) for t in toks)
        else None
    )
    _resolve_echoes([*clauses, *excepts], context or Context())
    _merge_lists(clauses)
    for c in (*clauses, *excepts):
        bind_clause(c)
    run_on_lists(clauses, lists_run_on)
    ctx.last = second_thoughts(clauses, ctx.last)
    _contrasts(clauses)
    _excepts(clauses, excepts, out)
    _elaborations(clauses)
    every = [*clauses, *excepts]
    for c in every:
        for w in c.withdrawals:
            w.question = sentence.question
        out.withdrawals.extend(c.withdrawals)
    doubt(sentence, every, out)
    sentence_limits(every, out)
    if sentence.hint is not None:
        # typed under a quoted item ("ja" / "maar alleen dit schooljaar"): that item's
        out.limits = [(r, spans, own or frozenset({sentence.hint})) for r, spans, own in out.limits]
    said_of_something_else(every)
    second_thoughts_behind_a_comma(clauses)  # (after: "2 ja, niet voor de huisarts")
    _hint_and_counting(sentence, every, out)
    _sensitive(sentence, every, out)
    if sentence.hint is not None:
        # Typed under a quoted item, "ja, maar niet voor 2" / "ja behalve 2" is a yes for
        # THAT item (and the exception's no), never a yes for every item.
        for c in every:
            for b in c.bindings:
                if b.source == "all":
                    b.all_items, b.items = False, frozenset({sentence.hint})
    for c in every:
        if c.only is not None:
            for b in c.bindings:
                if b.unit.pol == -1 and b.unit.head < c.only[0]:
                    # "nee alleen voor 1": a yes for 1 not written down, or a no for it?
                    b.unit.pol = BOTH
        named = [r for r in c.unbound if r.cat == Cat.REF and r.explicit]
        out.named_only.extend(s for r in named for s in r.all_spans())
        out.bindings.extend(c.bindings)
        if c.only is not None:
            out.only.extend((b, c.only) for b in c.bindings if b.items)
    # Items named by number that no answer of this sentence binds ("Ja voor alles, 2 hayır",
    # "2 vind ik lastig"): a blanket elsewhere must not answer for them (answers.py).
    bound = {p for b in (*out.bindings, *out.ack) for p in b.items}
    out.named_items = {
        p for c in every for t in c.toks if t.cat == Cat.REF and t.explicit for p in t.items
    }.union(sentence.maybe_items) - bound
    return out


def _elaborations(clauses: list[Clause]) -> None:
    """ "2 nee, liever niet", "1 ja, graag": a bare answer right after an answer for items,
    saying the same, is part of it (saying the opposite it stays, and makes them unclear)."""
    for k in range(1, len(clauses)):
        prev, c = clauses[k - 1], clauses[k]
        if c.link != "comma" or not c.bare or c.refs or not prev.bindings:
            continue
        pols = {b.unit.pol for b in prev.bindings}
        if len(pols) == 1 and {u.pol for u in c.bare} == pols:
            last = prev.bindings[-1].unit
            last.spans = sorted({*last.spans, *(s for u in c.bare for s in u.spans)})
            c.bare = []


def _merge_lists(clauses: list[Clause]) -> None:
    """ "ja voor 1, 2 en 3" and "1, 2 en 3 ja": a bare list belongs to the answer beside it."""
    hosts: dict[int, Clause] = {}  # a list clause emptied into the answer before it
    for k, c in enumerate(clauses):
        prev = clauses[k - 1] if k > 0 else None
        if prev is not None and _names_again(prev, c):
            c.refs = []  # "1 ja (UWV), 2 nee": the item before named again, no list
            hosts[id(c)] = hosts.get(id(prev), prev)  # "ja voor 1 (UWV) en 3": 3 goes to 1
            continue
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
            if any(u.pol != 1 for u in prev.units):
                # "Nee, alleen voor 1": no to the rest, and a yes for 1 that is not written
                # down — or a no for 1 only? Either way not a no for 1: unclear.
                for u in prev.units:
                    u.pol = BOTH
            continue
        if not c.ref_only() or c.link not in ("", "comma") or says_more(c):
            continue
        # "1, 2, 3 ja": the list runs on over clauses that are only items, to its answer
        j = k + 1
        while (
            j + 1 < len(clauses)
            and clauses[j].ref_only()
            and clauses[j].link == "comma"
            and not says_more(clauses[j])  # ("1, 2 voor, 3 tegen": the list ends at "voor")
        ):
            j += 1
        nxt = clauses[j] if j < len(clauses) else None
        # "ja voor 1, 2, 3": "3" goes where "2" went
        prev = hosts.get(id(prev), prev) if c.link == "comma" else prev
        if (
            prev is not None
            and c.link == "comma"
            and prev.units
            and not prev.withdrawals
            and (not prev.refs or min(u.head for u in prev.units) < min(r.start for r in prev.refs))
        ):
            prev.refs.extend(c.refs)
            c.refs = []
            hosts[id(c)] = prev
        elif (
            nxt is not None
            and nxt.link == "comma"
            and nxt.units
            and not nxt.withdrawals
            # "Alleen nummer 3, de rest niet", "1 en 3, verder niks": the rest is the other
            # items, not 3 (the list run on into it was a no for 1 and 3 nobody gave)
            and not any(r.cat == Cat.REST for r in nxt.refs)
            and (not nxt.refs or min(r.start for r in nxt.refs) < min(u.head for u in nxt.units))
            # "2, nop 1 ja 3 ja": a word we cannot read opening the clause may be the list's
            # own answer — the list does not run on into the next item's yes
            and not (nxt.toks and nxt.toks[0].cat == Cat.WORD)
        ):
            nxt.refs[:0] = c.refs
            c.refs = []


def _names_again(prev: Clause, c: Clause) -> bool:
    """ "1 ja (UWV)", "2 nee, de bakkerij": a clause of only the name of an item the clause
    before names by number — that item again, not a list running on to the next answer."""
    if not c.ref_only() or not c.refs or c.only is not None:
        return False
    if any(r.cat != Cat.REF or r.explicit for r in c.refs):
        return False
    named = {p for r in prev.refs if r.cat == Cat.REF and r.explicit for p in r.items}
    return bool(prev.units) and {p for r in c.refs for p in r.items} <= named


def _mirror(of: list[Unit], spans: list[Span]) -> Unit:
    head = min(u.head for u in of)
    return Unit(0, STRONG, spans, head, ellipsis="mirror", mirror_of=of)


def _only_bare(c: Clause, pols: set[int]) -> bool:
    return bool(c.bare) and not c.refs and not c.bindings and {u.pol for u in c.bare} == pols


def _short_exception(a: Clause, b: Clause) -> bool:
    """ "ja, niet 2", "ja (niet voor 2)", "akkoord, 2 niet": a bare "niet" with items right
    after a bare yes is its exception, as if "maar" stood there."""
    return (
        b.link == "comma"
        and bool(b.bindings)
        and all(x.unit.ellipsis == "niet" and x.items for x in b.bindings)
        and not b.unbound
        and _only_bare(a, {1})
    )


def _same(of: list[Unit], spans: list[Span]) -> Unit:
    pols = {u.pol for u in of}
    pol = pols.pop() if len(pols) == 1 else BOTH
    hedge = next((u.hedge for u in of if u.hedge), "")
    return Unit(pol, STRONG, spans, min(u.head for u in of), hedge=hedge)


def _contrasts(clauses: list[Clause]) -> None:
    """ "voor onderdeel 1 maar niet voor 2": the bare list gets the opposite answer;
    "ja, maar niet voor 2": the bare yes is a yes for all the others."""
    for k in range(1, len(clauses)):
        a, b = clauses[k - 1], clauses[k]
        if b.link != "contrast" and not _short_exception(a, b):
            continue
        # "voor 1, maar ook voor 2 ja": "but also" adds to the same answer, it mirrors nothing
        also = any(t.cat == Cat.ALSO for t in b.toks)
        for lonely, other in ((a, b), (b, a)):
            bound = [x.unit for x in other.bindings if x.items or x.all_items]
            if lonely.unbound and not lonely.units and bound:
                spans = [s for u in bound for s in u.spans]
                unit = _same(bound, spans) if also else _mirror(bound, spans)
                if says_more(lonely) and not lonely.hedges:
                    # "2 half maar 1 en 3 ja": words of its own after the item — no plain
                    # opposite ("1,2,3 ja, maar 1 alleen contactgegevens": a restriction;
                    # a doubt of its own, "maar 1 alleen als het moet", gives its reason)
                    unit.hedge = unit.hedge or "limit"
                lonely.bindings.append(binding(unit, lonely.unbound, "contrast"))
                lonely.unbound = []
        bound_b = [x.unit for x in b.bindings if x.items]
        if a.bare and bound_b and {u.pol for u in a.bare} == {-u.pol for u in bound_b} - {0}:
            # "ja, ik ga akkoord, maar niet met 2": every bare answer of the chain before
            # the contrast that says the same is the answer for the others.
            pols = {u.pol for u in a.bare}
            j = k - 1
            while j > 0 and clauses[j].link == "comma" and _only_bare(clauses[j - 1], pols):
                j -= 1
            chain = clauses[j:k]
            if any(yes_for_something_else(c.toks, {u.head for u in c.bare}) for c in chain):
                # "Ja voor school, niet voor UWV": the yes is school's, no item's here
                for u in (u for c in chain for u in c.bare):
                    u.elsewhere = True
                continue
            for c in chain:
                for unit in c.bare:
                    c.bindings.append(Binding(unit, all_items=True, source="all"))
                c.bare = []

    _unknown_exclusions(clauses)


def _unknown_exclusions(clauses: list[Clause]) -> None:
    """ "ja voor alles, maar niet naar de huisarts", "yes to all but not my address": a no for
    something that is no item of this request takes an unknown part out of the yes before it;
    what is left of that yes is not known, so it is unclear."""
    for k in range(1, len(clauses)):
        a, b = clauses[k - 1], clauses[k]
        if b.link not in ("contrast", "comma") or b.refs or b.bindings or b.withdrawals:
            continue
        if not any(u.pol == -1 for u in b.bare) or not any(t.cat == Cat.WORD for t in b.toks):
            continue
        yes = [u for u in a.bare if u.pol == 1]
        yes += [x.unit for x in a.bindings if x.all_items and x.unit.pol == 1]
        for unit in yes:
            unit.hedge = unit.hedge or "both"
            unit.spans = sorted({*unit.spans, *(s for u in b.bare for s in u.spans)})
    for k in range(1, len(clauses)):
        # "Niet voor de werkgever, de rest ja": the rest of what? The no is for no item here
        a, b = clauses[k - 1], clauses[k]
        if a.refs or a.bindings or not any(u.pol == -1 for u in a.bare):
            continue
        if not any(t.cat == Cat.WORD for t in a.toks):
            continue
        for x in b.bindings:
            if x.rest and x.unit.pol == 1:
                x.unit.hedge = x.unit.hedge or "both"
                x.unit.spans = sorted({*x.unit.spans, *(s for u in a.bare for s in u.spans)})


def _excepts(clauses: list[Clause], excepts: list[Clause], out: SentenceReading) -> None:
    """ "ja voor alles behalve 2": what is excepted gets the opposite of the rest."""
    for e in excepts:
        if e.sensitive and not e.refs:
            out.sensitive_excluded = True
            continue
        if e.bindings and e.main in clauses and not e.main.units:
            # "alles behalve 2 ja": the "ja" is for all but 2 (a no for 2), or 2's own? never
            # a yes for the item left out (reply33)
            for b in e.bindings:
                b.unit.pol = BOTH
        governing: list[Unit] = []
        assert e.main is not None
        start = clauses.index(e.main) if e.main in clauses else len(clauses) - 1
        excepted = frozenset(p for r in e.refs if r.cat == Cat.REF for p in r.items)
        for c in reversed(clauses[: start + 1]):
            governing = [b.unit for b in c.bindings if b.all_items]
            for b in c.bindings:
                # "1-3 ja behalve 2", "1, 2 en 3 ja behalve 2": the range names 2, the
                # exception takes it out again (else the named yes would outrank it).
                if b.items & excepted and b.items - excepted:
                    b.items = b.items - excepted
                    governing.append(b.unit)
            if c.bare:
                for unit in c.bare:
                    c.bindings.append(Binding(unit, all_items=True, source="all"))
                governing += c.bare
                c.bare = []
            if governing:
                break
        refs = e.unbound or [r for r in e.refs if r.cat == Cat.REF]
        if not governing and refs:
            governing = _implicit_yes(clauses, e)
        if not refs and governing:
            # "ja, behalve de gemeente": excepted is something that is no item here, so what
            # the yes still covers is not known.
            for unit in governing:
                unit.hedge = unit.hedge or "both"
                unit.spans = sorted({*unit.spans, (e.toks[0].start, e.toks[0].end)})
            continue
        if not governing and not refs:
            # "1 ja 2 ja 3 ja behalve zijn BSN": something that is no item taken out of the
            # yeses before it — what they still cover is not known; a no stays a no
            for c in clauses[: start + 1]:
                for b in c.bindings:
                    if b.unit.pol == 1:
                        b.unit.hedge = b.unit.hedge or "limit"
                        b.unit.spans = sorted({*b.unit.spans, (e.toks[0].start, e.toks[0].end)})
            continue
        if not governing:
            out.except_unanswered = True
            if refs:
                # Excepted, but from what? An answer for these items elsewhere in the
                # sentence ("behalve 2, 1 t/m 3 ja") must not stand: unclear.
                spans = [(e.toks[0].start, e.toks[0].end)]
                e.bindings.append(binding(Unit(BOTH, STRONG, spans, e.toks[0].start), refs))
            continue
        spans = [(e.toks[0].start, e.toks[0].end)]
        e.bindings.append(binding(_mirror(governing, spans), refs, "except"))
        e.unbound = []
        if any(t.cat == Cat.WORD for t in e.toks):
            # "ja voor alles behalve de huisarts en 2": 2 is excepted, and so is something
            # that is no item here — what the yes still covers is not known (as above)
            for unit in governing:
                unit.hedge = unit.hedge or "both"


def _implicit_yes(clauses: list[Clause], e: Clause) -> list[Unit]:
    """ "Alles behalve 2", "everything except 2" with no other word: to a request that asks
    yes or no per item, all but one is a yes for the others (and so a no for that one).
    Only when the sentence says nothing else at all."""
    main = e.main
    if main is None or main not in clauses:
        return []
    if any(c.units or c.bindings or c.bare or c.withdrawals or c.hedges for c in clauses):
        return []
    if any(c is not main for c in clauses):
        return []
    alls = [t for t in main.toks if t.cat == Cat.ALL]
    if not alls or any(t.cat not in (Cat.ALL, Cat.FILL, Cat.FOR) for t in main.toks):
        return []
    unit = Unit(1, STRONG, [s for t in alls for s in t.all_spans()], alls[0].start)
    main.bindings.append(Binding(unit, all_items=True, source="all"))
    main.refs, main.unbound = [], []
    return [unit]


def _content_words(sentence: Sentence) -> int:
    return sum(1 for t in sentence.tokens if t.cat == Cat.WORD)


def _hint_and_counting(sentence: Sentence, clauses: list[Clause], out: SentenceReading) -> None:
    """Which answers without an item may speak: a strong word always ("nee", "akkoord"); a
    weak one ("prima", "niet") only in a short sentence that names no item; "ok" never on its
    own. Under a quoted item (an inline answer) the counting ones answer that item."""
    words = _content_words(sentence)
    bound = any(c.bindings for c in clauses)
    for c in clauses:
        for u in c.bare:
            if u.ellipsis == "wel" and sentence.hint is not None and words == 0:
                u.counts = True  # "dit wel" typed under a quoted item
            elif u.ellipsis and u.ellipsis != "niet":
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


def _sensitive(sentence: Sentence, clauses: list[Clause], out: SentenceReading) -> None:
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
