"""Doubt and restrictions in one sentence of a reply: "misschien", "als", "alleen dit
schooljaar", a question — which answers they make unclear (reply_grammar calls these after
binding)."""

from __future__ import annotations

from .reply_binding import binding, refs_right_before
from .reply_limits import goes_on, limits, owner
from .reply_limits import reason as limit_reason
from .reply_tok import Span, Tok
from .reply_tokens import Sentence
from .reply_units import STRONG, Binding, Clause, SentenceReading, Unit
from .reply_words import ANSWER_CATS, Cat


def _trails_yes(clauses: list[Clause], k: int, reason: str, at: int) -> bool:
    """The condition at `at` opens clause k (nothing of the clause before it), right after a
    comma (or ", maar") and a clause whose answers are yeses for named items."""
    c = clauses[k]
    if k == 0 or c.link not in ("comma", "contrast"):
        return False
    if reason not in ("cond", "time") and not (c.link == "contrast" or _tag(c, at)):
        # "2 ja maar eerst bellen 1 ja", "2 ja, denk ik 1 ja": a doubt after "maar", or a
        # "denk ik" (its verb first: said of what came before), trails the yes too
        return False
    if not c.toks or (c.link == "contrast" and not any(t.cat in _OWN_ITEMS for t in c.toks)):
        # "2 ja maar alleen dit schooljaar, 3 nee": a "maar" clause that answers no item
        # of its own is 2's alone (reply_limits.owner); one that goes on to "de rest"
        # ("2 ok maar eerst bellen rest ja") trails 2's yes as one naming an item does
        return False
    if c.link == "contrast" and _before_own_items(c.toks, at):
        # "2 ok maar bel eerst rest ja": the words between "maar" and the clause's first item
        # are about the yes before "maar"
        return _only_yes(clauses[k - 1])
    # "alleen voor nu 3 nee", "maar even voor nu": "alleen" and particles may stand before it
    first = next((t for t in c.toks if t.cat not in (Cat.ONLY, Cat.FILL)), None)
    if first is None or first.start != at:
        return False
    return _only_yes(clauses[k - 1])


def _before_own_items(toks: list[Tok], at: int) -> bool:
    """The doubt at `at` stands before the clause's first item and after no answer."""
    for t in toks:
        if t.start >= at:
            return t.start == at
        if t.cat in _OWN_ITEMS or (t.cat in ANSWER_CATS and t.cat != Cat.WEL):
            # "maar wil wel eerst gebeld worden": a "wel" there only stresses
            return False
    return False


# what a clause may answer of its own: named items, "de rest", "alles"
_OWN_ITEMS = frozenset({Cat.REF, Cat.REST, Cat.ALL})


# "ja, denk ik", "ja, geloof ik", "yes, I think": a doubt said after the answer it is about
_TAGS = frozenset({"denk", "geloof", "hoop", "gok"})


_TAGS_EN = frozenset({"think", "guess"})


def _tag(c: Clause, at: int) -> bool:
    """ "ja, denk ik", "yes, I think": the doubt opens the clause after a comma as a tag."""
    toks = c.toks
    k = next((i for i, t in enumerate(toks) if t.start == at), -1)
    if 0 <= k < len(toks) - 1 and toks[k].canon in _TAGS:
        return toks[k + 1].canon in ("ik", "we", "wij")
    return k > 0 and toks[k].canon in _TAGS_EN and toks[k - 1].canon in ("i", "we")


def _yes_chain(clauses: list[Clause], k: int) -> list[Clause]:
    """The clauses of yeses right before clause k, back over commas ("1 ja, 2 ja, alleen
    voor nu 3 nee"): which of them the condition is for is not written, so it is each one's."""
    j = k - 1
    while j > 0 and clauses[j].link == "comma" and _only_yes(clauses[j - 1]):
        j -= 1
    return clauses[j:k]


def _only_yes(c: Clause) -> bool:
    return bool(c.bindings) and all(
        b.items and not b.all_items and b.unit.pol == 1 for b in c.bindings
    )


def doubt(sentence: Sentence, clauses: list[Clause], out: SentenceReading) -> None:
    units = [u for c in clauses for u in (*c.units, *(b.unit for b in c.bindings))]
    sentence_doubt: tuple[str, list[Span]] | None = None
    on_yes = False  # the sentence's doubt is a restriction after a yes: a no stays a no
    for k, c in enumerate(clauses):
        holder = owner(clauses, k)
        for reason, spans in c.hedges:
            if _trails_yes(clauses, k, reason, spans[0][0]):
                # "1 ja 2 ja, alleen dit schooljaar 3 nee": a condition that opens the clause
                # after a yes may be that yes's (Dutch puts it after the answer): the yes is
                # unclear — or the clause's own ("alleen dit schooljaar: 3 ja"): its yes is
                # unclear too; its no stays a no
                for b in (b for y in _yes_chain(clauses, k) for b in y.bindings):
                    b.unit.hedge = b.unit.hedge or reason
                    b.unit.spans = sorted({*b.unit.spans, *spans})
                for b in c.bindings:
                    if b.unit.pol != -1:
                        b.unit.hedge = b.unit.hedge or reason
                continue
            if reason == "retract" and not c.refs:
                # "Vergeet dit bericht maar, ik bel wel": the whole message is taken back,
                # whatever this sentence says besides
                out.message_doubt = out.message_doubt or (reason, spans)
                continue
            if reason in ("age", "writer"):
                # The writer is under 16, or a grandparent: doubt about every answer in the
                # message, whatever this sentence holds besides ("ik ben 13, mama is er niet").
                out.message_doubt = out.message_doubt or (reason, spans)
                continue
            if sentence.hint is not None and not units and not c.refs:
                # "weet ik nog niet" typed under a quoted item: doubt about that item
                unit = Unit(0, STRONG, spans, spans[0][0], hedge=reason)
                c.bindings.append(Binding(unit, frozenset({sentence.hint}), source="hint"))
            elif c.bindings and (own := refs_right_before(c, spans[0][0])):
                # "1 ja 2 nee 3 weet ik nog niet": the doubt is about the item it follows,
                # which has no answer of its own; the answers before it stand.
                unit = Unit(0, STRONG, spans, spans[0][0], hedge=reason)
                c.bindings.append(binding(unit, own))
                c.unbound = [r for r in c.unbound if r not in own]
            elif c.explicit_refs() and (c.bindings or c.unbound):
                for b in c.bindings:
                    b.unit.hedge = b.unit.hedge or reason
                if c.unbound:
                    unit = Unit(0, STRONG, spans, spans[0][0], hedge=reason)
                    c.bindings.append(binding(unit, c.unbound))
                    c.unbound = []
            elif holder and goes_on(clauses, k, holder):
                # "1 ja, 2 ja maar alleen dit schooljaar, 3 nee": the condition is 2's
                for b in clauses[k - 1].bindings:
                    b.unit.hedge = b.unit.hedge or reason
                    b.unit.spans = sorted({*b.unit.spans, *spans})
            elif sentence_doubt is None:
                sentence_doubt = (reason, spans)
                # "1 nee, 2 nee, 3 ja maar alleen dit schooljaar": it may be about every yes
                # of the sentence, never about its nos
                on_yes = bool(holder)
        for w in c.withdrawals:
            w.doubtful = w.doubtful or bool(c.hedges)
    if sentence_doubt is not None:
        if units:
            for u in units:
                if not (on_yes and u.pol == -1 and not u.ellipsis):
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
        for c in clauses[_asked_from(clauses) :]:
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


# The words a question opens with: "1 ja, wat houdt 2 in?" asks about 2 after answering 1.
_ASKING_TEXT = (
    "wat waarom hoe wie wanneer welke welk waar waarvoor what why how who when which where"
)
_ASKING = frozenset(_ASKING_TEXT.split())


def _asked_from(clauses: list[Clause]) -> int:
    """The first clause of the question in a sentence ending in "?": the one that opens with
    a question word after clauses that answer named items ("1 ja, wat houdt 2 in?", "1 en 3 ja,
    maar wat is 2 precies?"); else the first (the whole sentence is asked)."""
    for k, c in enumerate(clauses):
        first = next((t for t in c.toks if t.cat != Cat.FILL or t.canon in _ASKING), None)
        if k and first is not None and first.canon in _ASKING and c.link in ("comma", "contrast"):
            answered = {p for x in clauses[:k] for b in x.bindings for p in b.items}
            asked = {p for x in clauses[k:] for r in x.refs for p in r.items}
            if answered and not answered & asked:
                return k
            return 0
    return 0


# A condition that does not wait for a question's answer: "Ja voor alles. Wel eerst even
# bellen.", "... Pas na de zomer." (not "als": "Als u vragen heeft, bel gerust" under answers)
_WAITING_NOT = frozenset({"als", "indien", "if"})


def sentence_limits(clauses: list[Clause], out: SentenceReading) -> None:
    """Restrictions in this sentence that hold for every yes of the message (reply_limits);
    also a sentence that names no item and makes the yes wait for something."""
    for k, c in enumerate(clauses):
        spans = limits(c, clauses[k - 1] if k else None)
        if spans:
            out.limits.append((limit_reason(c), spans, owner(clauses, k)))
    if not any(c.refs or c.bindings for c in clauses):
        waits = [
            s
            for c in clauses
            for t in c.toks
            if t.cat == Cat.COND and t.canon not in _WAITING_NOT
            for s in t.all_spans()
        ]
        if waits:
            out.limits.append(("cond", waits, frozenset()))
