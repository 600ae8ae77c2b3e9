"""What a clause is made of: units (answers with their polarity and words), bindings of
units to items, withdrawals, and the clause itself (reply_clauses fills them in).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .reply_tok import Span, Tok
from .reply_words import Cat

STRONG, WEAK, NEG_WEAK, ACK, LETTER = 3, 2, 1, 0, -1
BOTH = 2  # "ja/nee": both answers at once
REF_CATS = frozenset({Cat.REF, Cat.ALL, Cat.REST})
_LIST_ONLY = frozenset(
    {Cat.REF, Cat.ALL, Cat.REST, Cat.FOR, Cat.PART, Cat.CONJ, Cat.FILL, Cat.PUNCT, Cat.ONLY}
)


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
    elsewhere: bool = False  # said of something that is no item here ("nee voor de huisarts")


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
    # "ik trek alles in behalve 2": items an "alles" withdrawal keeps (reply_withdrawal.scope)
    excepted: frozenset[int] = frozenset()


@dataclass(eq=False)
class Clause:
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
    # answers before the clause's first item that no item of it takes, the items having
    # their own ("... nee toch niet 1 ja 3 ja"): a second thought about the answer before
    leading: list[Unit] = field(default_factory=list)
    # such answers that agree with the clause's own ("2 ja... nee toch niet 1 nee 3 nee"), or
    # whose items are contested: a second thought only if they turn the answer before
    leading_soft: list[Unit] = field(default_factory=list)
    main: Clause | None = None  # for an except clause: the clause it excepts from

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


@dataclass
class SentenceReading:
    bindings: list[Binding] = field(default_factory=list)
    bare: list[Unit] = field(default_factory=list)  # answers not bound to any item
    message_doubt: tuple[str, list[Span]] | None = None  # a sentence of doubt on its own
    withdrawals: list[Withdrawal] = field(default_factory=list)
    ack: list[Binding] = field(default_factory=list)  # "ook de gevoelige gegevens" covers
    ack_all_yes: bool = False
    ack_spans: list[Span] = field(default_factory=list)  # the words about special data
    sensitive_excluded: bool = False
    except_unanswered: bool = False
    only: list[tuple[Binding, Span]] = field(default_factory=list)
    ack_only: list[Span] = field(default_factory=list)  # "ok" / "top" with nothing else
    named_only: list[Span] = field(default_factory=list)  # items named by number, no answer
    named_items: set[int] = field(default_factory=set)  # the positions of those
    # restrictions no item can hold ("maar geen medische gegevens"): (reason key, words, the
    # items it hangs on — empty: every yes of the message; reply_limits.owner)
    limits: list[tuple[str, list[Span], frozenset[int]]] = field(default_factory=list)
    told: bool = False  # tells another person's answer ("mijn man gaat akkoord")
    corrects: bool = False  # "Oh nee wacht, 2 toch niet": corrects the sentences before
