"""Another person's answer in the sender's mail: "Mijn moeder zegt nee", "Mijn vrouw: nee
voor 2", "(Sam is het er mee eens)". It is told, not the sender's own: it answers nothing
itself, and beside the sender's own answer it makes that one unclear (reason "told").
Used by reply_grammar when a sentence is read.
"""

from __future__ import annotations

from .reply_tok import Span, Tok
from .reply_tokens import Sentence
from .reply_units import Clause
from .reply_words import Cat

# Who else may answer in a parent's mail, as the label before a colon ("Vader: ja").
_OTHER_PEOPLE_TEXT = (
    "man vrouw moeder vader mama papa mam pap ma pa partner ex stiefvader stiefmoeder "
    "mother father mom mum dad husband wife"
)
_OTHER_PEOPLE = frozenset(_OTHER_PEOPLE_TEXT.split())


def other_person_label(toks: list[Tok]) -> list[Span]:
    """The words of a label "Mijn vrouw:" / "Vader:" opening the sentence, or []."""
    for n in (1, 2):
        if len(toks) > n and toks[n].canon == ":":
            head = toks[:n]
            if head[-1].canon in _OTHER_PEOPLE and all(
                t.canon in ("mijn", "m'n", "de", "zijn", "my", "his", "her", "the")
                for t in head[:-1]
            ):
                return [s for t in head for s in t.all_spans()]
    return []


def told_aside(sentence: Sentence) -> bool:
    """The sentence ends in a parenthesis that only tells another's answer: "1 ja 2 nee 3 ja
    (Sam is het er mee eens)" — an aside after the sender's own whole answer."""
    toks = sentence.tokens
    if len(toks) < 4 or toks[-1].canon != ")":
        return False
    opening = max((k for k, t in enumerate(toks) if t.canon == "("), default=-1)
    inner = toks[opening + 1 : -1]
    return (
        opening > 0
        and any(t.cat == Cat.REPORTED for t in inner)
        and all(t.cat in (Cat.REPORTED, Cat.WORD, Cat.FILL) for t in inner)
    )


def reported(clauses: list[Clause], aside: bool = False) -> None:
    """ "Mijn moeder zegt nee", "my son says yes": another person's answer, told. It answers
    nothing itself; beside the sender's own answer in the same sentence ("mijn moeder zegt nee
    maar ik wil wel") it makes that one unclear: whose answer is which? Not when it is an
    aside in brackets after the sender's own answer (`told_aside`)."""
    told = [c for c in clauses if any(t.cat == Cat.REPORTED for t in c.toks)]
    if not told:
        return
    spans = [s for c in told for t in c.toks if t.cat == Cat.REPORTED for s in t.all_spans()]
    for c in told:
        c.units, c.refs, c.withdrawals = [], [], []
    # an example ("bijvoorbeeld: 1 ja") or a pasted chat line is doubt; a person's answer told
    # has its own reason for the worker ("reply-reason-told")
    reason = "told" if any(is_told_answer(t) for c in told for t in c.toks) else "hedge"
    others = [c for c in clauses if c not in told]
    if not aside and any(c.units or c.withdrawals for c in others):
        for c in others:
            c.hedges.append((reason, spans))


_NOT_TOLD = frozenset({"bijvoorbeeld", "bijv", "bv", "for example", "for instance", "<chat>"})


def is_told_answer(t: Tok) -> bool:
    return t.cat == Cat.REPORTED and t.canon not in _NOT_TOLD
