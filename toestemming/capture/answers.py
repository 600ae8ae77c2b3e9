"""Reading answers from the words a person typed: "1 ja, 2 nee", "ja voor alles behalve 2",
"voor onderdeel 1 maar niet voor 2", "geen bezwaar", "intrekken 2" — Dutch and English.

The message is first cut into the sender's own words (reply_layout: quotes, signatures and
disclaimers out; an answer typed under a quoted item knows that item), then each sentence is
read by a small grammar (reply_grammar). Here the sentences are put together per item:
ja, nee or onduidelijk, with the character spans of the words that decided it, so the
worker sees them highlighted in the original.

When in doubt: onduidelijk, never a guess. A reply never answers for more items than it
names, except where it says so — "ja voor alles", "alles nee", "akkoord"/"geen bezwaar" (a
yes to the request as a whole) or a plain no with nothing else ("nee, liever niet": a no to
everything is always safe) — and then `blanket` is set and the worker is told. "ok" and 👍
on their own acknowledge, they do not consent: onduidelijk.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ..errors import Said, as_phrase
from ..model import Answer
from ..words import count_form
from .reply_children import Children, Whose
from .reply_clauses import ACK, BOTH, STRONG, Binding, Unit, Withdrawal
from .reply_grammar import Context, read_sentence
from .reply_layout import own_segments
from .reply_tok import Span
from .reply_tokens import ItemNames, tokenize
from .reply_units import SentenceReading

# Long texts are someone else's document, not an answer; reading stops here (linear anyway).
MAX_ANSWER_CHARS = 20_000

_EXPLICIT, _DERIVED, _ALL = 3, 2, 1
# A number past the request's last item up to this is another list's item ("4 ja" of three);
# above it ("Ik ben 17: ja") it is something else, and the other answers stand.
_LONGEST_LIST = 12  # which answer for an item wins: the most specific

# Why an item is unclear, by the grammar's key (worker catalog: reply-reason-<key>).
REASONS = (
    "both",
    "hedge",
    "question",
    "cond",
    "time",
    "until",
    "retract",
    "ack",
    "age",
    "writer",
    "count",
    "limit",
    "told",
    "beyond",
    "unknown",
    "favour",
    "rest",
)


class Verdict(StrEnum):
    YES = "ja"
    NO = "nee"
    UNCLEAR = "onduidelijk"


@dataclass(frozen=True)
class ItemInfo:
    """What the reader may know of an item to recognise it: its title and its recipient."""

    position: int
    title: str = ""
    recipient: str = ""


@dataclass(frozen=True)
class ItemReading:
    position: int
    verdict: Verdict
    spans: tuple[Span, ...] = ()  # the words in the text that decided it
    reason: str = ""  # why it is unclear (a Said: Dutch, or the worker's language; never the person's own words)


@dataclass
class AnswerReading:
    """What the text says, by item position (1-based)."""

    answers: dict[int, Answer] = field(default_factory=dict)
    special_ack: set[int] = field(default_factory=set)
    withdraw: tuple[int, ...] | None = None  # None: no withdrawal; (): every item
    problems: list[str] = field(default_factory=list)
    items: dict[int, ItemReading] = field(default_factory=dict)  # every item read or doubted
    notes: list[str] = field(default_factory=list)
    blanket: bool = False  # one answer applied to every item
    withdraw_spans: tuple[Span, ...] = ()
    special_spans: dict[int, tuple[Span, ...]] = field(default_factory=dict)  # "ook gevoelige …"

    @property
    def is_withdrawal(self) -> bool:
        return self.withdraw is not None


@dataclass
class _Assign:
    pol: int
    rank: int
    hedge: str
    spans: list[Span]
    contrast: bool = False  # from "maar N …" with no answer word of its own (a mirror)


def read_answers(
    text: str, items: int | Sequence[ItemInfo], children: Children | None = None
) -> AnswerReading:
    """Interpret `text` (a whole message: quotes, signatures and all) for a request whose
    items are `items` (or just their number), about the youth `children.own` names (another
    child of the family named instead: not this youth's answer). Never raises for any string."""
    infos = [ItemInfo(p) for p in range(1, items + 1)] if isinstance(items, int) else list(items)
    count = len(infos)
    text = text[:MAX_ANSWER_CHARS] if isinstance(text, str) else ""
    names = ItemNames.build(
        [(i.position, f"{i.title} {i.recipient}") for i in infos] if count > 1 else []
    )
    sentences: list[SentenceReading] = []
    unknown: list[int] = []
    context = Context()
    whose = Whose(children)
    titles = tuple((i.position, i.title) for i in infos if i.title) if count > 1 else ()
    for seg in own_segments(text, titles):
        for each in tokenize(text, seg.start, seg.end, count, names, seg.item):
            sentence = whose.sentence(each)
            if sentence is None:
                continue
            unknown.extend(sentence.unknown_items)
            sentences.append(read_sentence(sentence, context))
    reading = _Assembly(text, count, sentences, sorted(set(unknown))).result()
    if whose.skipped:
        reading.notes.append(Said("reply-other-child"))
    return reading


class _Assembly:
    def __init__(
        self, text: str, count: int, sentences: list[SentenceReading], unknown: list[int]
    ) -> None:
        self.text = text
        self.count = count
        self.positions = range(1, count + 1)
        self.sentences = sentences
        self.out = AnswerReading()
        self.unknown = unknown
        for p in unknown:
            self.out.problems.append(Said("reply-item-does-not-exist", position=p))
        self.bindings = [b for s in sentences for b in s.bindings]
        self.bare = [u for s in sentences for u in s.bare if u.counts]
        self.by_item: dict[int, list[_Assign]] = {}
        # "intrekken? nee hoor", "nee, ik wil niet stoppen": a yes or no without an item next to
        # talk of withdrawing answers the withdrawal, not the request.
        self.withdrawal_talk = any(s.withdrawals for s in sentences)
        self.all_conflict = False
        self.overruled: set[int] = set()
        self.named_apart = {p for s in sentences for p in s.named_items}

    # -- the whole --------------------------------------------------------------------------
    def result(self) -> AnswerReading:
        _resolve([*(b.unit for b in self.bindings), *self.bare])
        withdrawals = [w for s in self.sentences for w in s.withdrawals]
        if self._withdrawal(withdrawals):
            return self.out
        self._collect()
        self._decide()
        self._bare()
        self._doubt_everything()
        self._limited()
        self._beyond()
        self._problems(withdrawals)
        self._special()
        return self.out

    def _withdrawal(self, withdrawals: list[Withdrawal]) -> bool:
        active = [w for w in withdrawals if not (w.negated or w.doubtful or w.question)]
        if not active:
            return False
        out = self.out
        every = [w for w in active if w.all_items or not w.items]
        if every:
            # "ik trek alles in behalve 2": every item but those each such withdrawal keeps
            kept = frozenset.intersection(*(w.excepted for w in every))
            named = {p for w in active if w not in every for p in w.items}
            out.withdraw = (
                tuple(p for p in range(1, self.count + 1) if p not in kept or p in named)
                if kept
                else ()
            )
        else:
            out.withdraw = tuple(sorted({p for w in active for p in w.items}))
        out.withdraw_spans = self._joined(tuple(s for w in active for s in w.spans))
        says_yes = any(b.unit.pol == 1 for b in self.bindings) or any(u.pol == 1 for u in self.bare)
        if says_yes:
            out.problems.append(Said("reply-yes-and-withdraw"))
        doubts = any(s.message_doubt for s in self.sentences) or any(
            u.hedge for u in (*self.bare, *(b.unit for b in self.bindings))
        )
        if doubts:
            out.problems.append(Said("reply-withdrawal-doubtful"))
        return True

    def _corrected(self) -> set[int]:
        """Bindings an item's later correction takes back: "1 ja 2 ja 3 ja. Oh nee wacht, 2
        toch niet" — the yes for 2 was corrected, the no stands (a doubt in the correction
        stays a doubt). Only a plain answer to a named item corrects; a blanket never does."""
        fixed: dict[int, int] = {}
        for k, s in enumerate(self.sentences):
            if s.corrects:
                for b in s.bindings:
                    if b.items and not b.all_items and not b.rest and b.unit.pol in (1, -1):
                        for p in b.items:
                            fixed[p] = k
        gone: set[int] = set()
        for k, s in enumerate(self.sentences):
            for b in s.bindings:
                if b.items and all(fixed.get(p, -1) > k for p in b.items):
                    gone.add(id(b))
        return gone

    def _collect(self) -> None:
        alls: set[int] = set()
        gone = self._corrected()
        for b in self.bindings:
            if id(b) in gone:
                continue
            u = b.unit
            pol, hedge = u.pol, u.hedge
            if u.strength == ACK and (b.source == "hint" or b.all_items):
                # "ok" typed under an item, "alles ok", "oké behalve 3", "👍 except 2": an
                # acknowledgement, no yes for every item (its exception stays a no)
                pol, hedge = 0, hedge or "ack"
            spans = [*u.spans, *b.ref_spans]
            rank = _DERIVED if b.source in ("except", "contrast") else _EXPLICIT
            for p in b.items:
                self._add(p, _Assign(pol, rank, hedge, spans, b.source == "contrast"))
            if b.all_items:
                if not hedge and pol in (1, -1):
                    alls.add(pol)
                for p in self.positions:
                    self._add(p, _Assign(pol, _ALL, hedge, spans))
        # Yes to all and no to all in one reply ("Alles ja behalve 3. Nee sorry, behalve 2."):
        # a correction or a contradiction of the whole; what follows from either blanket (its
        # exceptions, the rest) is not an answer, only items named on their own are.
        self.all_conflict = alls == {1, -1}
        if self.all_conflict:
            self.out.problems.append(Said("reply-yes-all-and-no-all"))
        named = {p for p, a in self.by_item.items() if any(x.rank == _EXPLICIT for x in a)}
        # "Niet voor de werkgever. De rest ja": a no for something that is no item here — the
        # rest of what is not known, so a yes for "the rest" is no yes for any item
        # — and so is a no whose object the reader could not name at all ("niet twee, de rest
        # ja", "de middelste niet, verder ja"). A rest with nothing named beside it ("de andere
        # 2 ja") leaves out something the reader cannot tell: neither its yes nor its no (s29).
        other_no = [u for s in self.sentences for u in s.bare if u.pol == -1]
        nothing_named = not (named or self.named_apart)
        for b in self.bindings:
            if b.rest:
                spans = [*b.unit.spans, *b.ref_spans]
                hedge = b.unit.hedge or ("both" if other_no and b.unit.pol == 1 else "")
                if not hedge and nothing_named and b.unit.pol in (1, -1):
                    hedge = "rest"
                if hedge and not b.unit.hedge:
                    spans += [s for u in other_no for s in u.spans]
                pol = b.unit.pol
                if b.unit.strength == ACK:  # "2 nee, de rest ok": as "oké behalve 2"
                    pol, hedge = 0, hedge or "ack"
                for p in self.positions:
                    # "Alleen nummer 3, de rest niet": 3 is named apart, no part of "the rest"
                    if p not in named and p not in self.named_apart:
                        self._add(p, _Assign(pol, _DERIVED, hedge, spans))
        for s in self.sentences:
            for b, only in s.only:
                if b.unit.pol == 1 and not b.unit.hedge:
                    for p in self.positions:
                        if p not in named:
                            self._add(p, _Assign(-1, _DERIVED, "", [only, *b.unit.spans]))
        self.overruled = self._blanket_overruled()
        if self.count == 1 and not self.withdrawal_talk:
            for u in self.bare:
                self._add(1, _Assign(u.pol, _EXPLICIT, u.hedge, list(u.spans)))
            self.bare = []

    def _blanket_overruled(self) -> set[int]:
        """ "1 ja 2 ja 3 ja... grapje, allemaal nee": every item has its own answer, so a
        blanket beside them answers nothing they leave open — it takes back (or contradicts)
        each one it differs from. Those items are unclear, never the named yes. (With an
        item left open, "1 ja, verder alles nee", the blanket is for that item.)"""
        if self.count < 2:
            return set()
        explicit = {p: {a.pol for a in x if a.rank == _EXPLICIT} for p, x in self.by_item.items()}
        if not all(explicit.get(p) for p in self.positions):
            return set()
        out = set()
        for p in self.positions:
            blanket = {a.pol for a in self.by_item[p] if a.rank == _ALL and not a.hedge}
            if blanket and blanket != explicit[p]:
                out.add(p)
        return out

    def _add(self, p: int, a: _Assign) -> None:
        if 1 <= p <= self.count:
            self.by_item.setdefault(p, []).append(a)

    def _decide(self) -> None:
        for p, assigns in sorted(self.by_item.items()):
            top = max(a.rank for a in assigns)
            group = [a for a in assigns if a.rank == top]
            spans = tuple(sorted({s for a in group for s in a.spans}))
            hedged = [a for a in group if a.hedge]
            pols = {a.pol for a in group}
            restricted = self._restricted(top, pols, assigns)
            if restricted is not None:
                self._unclear(p, restricted, tuple(sorted({s for a in assigns for s in a.spans})))
            elif hedged:
                self._unclear(p, hedged[0].hedge, spans)
            elif p in self.overruled:
                every = tuple(sorted({s for a in assigns for s in a.spans}))
                self._unclear(p, "both", every)
            elif self.all_conflict and top < _EXPLICIT:
                self._unclear(p, "both", spans)
            elif top == _ALL and p in self.named_apart:
                # "Ja voor alles. PS 2 toch maar niet": the item is named on its own with words
                # the grammar cannot read; the blanket does not answer for it
                self._unclear(p, "both", spans)
            elif pols in ({1}, {-1}):
                verdict = Verdict.YES if pols == {1} else Verdict.NO
                self.out.items[p] = ItemReading(p, verdict, self._joined(spans))
                if top == _ALL and self.count > 1:
                    self.out.blanket = True
            else:
                self._unclear(p, "both", spans)

    @staticmethod
    def _restricted(top: int, pols: set[int], assigns: list[_Assign]) -> str | None:
        """ "1 ja, 2 ja, 3 ja maar 3 alleen dit schooljaar": the "maar 3 …" clause has no
        answer word, so the grammar mirrors the yes before it; but 3 has its own yes there —
        the clause restricts that yes, it does not contrast another item. The yes is unclear
        (the clause's doubt, else a restriction), never outranked by the plain yes."""
        if top != _EXPLICIT:
            return None
        for a in assigns:
            if a.contrast and a.rank == _DERIVED and (a.hedge or {a.pol} != pols):
                return a.hedge or "limit"
        return None

    def _unclear(self, p: int, reason: str, spans: tuple[Span, ...]) -> None:
        self.out.items[p] = ItemReading(
            p,
            Verdict.UNCLEAR,
            self._joined(spans),
            Said(f"reply-reason-{reason}") if reason in REASONS else "",
        )

    def _joined(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """Words of one phrase as one span: "weet ik nog niet", not four marks."""
        out: list[Span] = []
        for start, end in sorted(set(spans)):
            if out and start >= out[-1][0] and not self.text[out[-1][1] : start].strip():
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
        return tuple(out)

    def _bare(self) -> None:
        """Answers that name no item. With items named elsewhere they may only confirm or
        cast doubt; alone they answer everything only where that is explicit."""
        if not self.bare:
            return
        if self.out.items:
            for p, reading in list(self.out.items.items()):
                if reading.verdict == Verdict.UNCLEAR:
                    continue
                pol = 1 if reading.verdict == Verdict.YES else -1
                for u in self.bare:
                    if u.elsewhere and not u.hedge:
                        continue  # "nee voor de huisarts": about no item of this request
                    # A weak word elsewhere ("prima", "niet") does not outweigh a named item.
                    if u.hedge or (u.pol != pol and u.strength >= STRONG):
                        spans = tuple(sorted({*reading.spans, *u.spans}))
                        self._unclear(p, u.hedge or "both", spans)
                        break
            return
        spans = tuple(sorted({s for u in self.bare for s in u.spans}))
        hedged = [u for u in self.bare if u.hedge]
        pols = {u.pol for u in self.bare}
        if hedged:
            for p in self.positions:
                self._unclear(p, hedged[0].hedge, spans)
        elif self.withdrawal_talk:
            return
        elif (
            any(u.elsewhere for u in self.bare)
            or any(s.named_only for s in self.sentences)
            or any(s.named_items and any(u.counts for u in s.bare) for s in self.sentences)
        ):
            # "nee voor de huisarts": said of something that is no item of this request;
            # "I agree with nos. 1 and 3", "Ik heb liever niet dat 2 doorgaat", "Tegen 2 heb
            # ik niets": items named apart from the answer, in its sentence — which items
            # does it answer? Not every one.
            self.out.problems.append(Said("reply-answer-without-item"))
        elif pols == {-1} or (pols == {1} and any(u.whole for u in self.bare)):
            verdict = Verdict.NO if pols == {-1} else Verdict.YES
            for p in self.positions:
                self.out.items[p] = ItemReading(p, verdict, self._joined(spans))
            self.out.blanket = True
        elif BOTH in pols or len(pols) > 1:
            self.out.problems.append(Said("reply-yes-and-no-unnamed"))
        elif pols == {1} and (limits := [lim for s in self.sentences for lim in s.limits]):
            # "ja, maar alleen voor school": the worker is told of the restriction, not only
            # that no item was named
            reason, lim_spans, _ = limits[0]
            for p in self.positions:
                self._unclear(p, reason, tuple(sorted({*spans, *lim_spans})))
        else:
            self.out.problems.append(Said("reply-answer-without-item"))

    def _doubt_everything(self) -> None:
        doubts = [s.message_doubt for s in self.sentences if s.message_doubt is not None]
        if not doubts or not self.out.items:
            return
        reason, spans = doubts[0]
        for p, reading in list(self.out.items.items()):
            self._unclear(p, reason, tuple(sorted({*reading.spans, *spans})))

    def _limited(self) -> None:
        """A yes with a restriction the reader cannot place on items ("ja voor alles, maar
        geen medische gegevens", "... Wel eerst even bellen."): no yes stands (reply_limits);
        a no stays a no."""
        for reason, spans, own in [lim for s in self.sentences for lim in s.limits]:
            # "1 ja\n2 ja, maar geen medische gegevens\n3 ja": the restriction hangs on 2 and
            # the person went on to answer 3 after it — 2's alone; else every yes
            end = max(e for _, e in spans)
            later = own and any(
                b.items - own and min(s for s, _ in b.unit.spans) > end
                for b in self.bindings
                if b.unit.spans and not b.all_items
            )
            for p, reading in list(self.out.items.items()):
                if reading.verdict == Verdict.YES and (not later or p in own):
                    self._unclear(p, reason, tuple(sorted({*reading.spans, *spans})))

    def _beyond(self) -> None:
        """ "1 ja 2 nee 3 ja 4 nee", "ja voor 1, 2, 3 en 4" with three items: the person
        answers a list that is not this request's (an older one, another child's): which of
        the numbers mean which of our items is not known, so none is read."""
        if not any(p <= _LONGEST_LIST for p in self.unknown):
            return  # "Ik ben 17: ja voor alles" is an age, not item 17
        for p, reading in list(self.out.items.items()):
            self._unclear(p, "beyond", reading.spans)  # the first thing to ask, whatever else

    def _problems(self, withdrawals: list[Withdrawal]) -> None:
        out = self.out
        if any(s.except_unanswered for s in self.sentences):
            out.problems.append(Said("reply-except-without-rest"))
        for p, reading in sorted(out.items.items()):
            if reading.verdict == Verdict.UNCLEAR:
                out.problems.append(
                    Said("reply-item-unclear", position=p, reason=as_phrase(reading.reason))
                )
            else:
                out.answers[p] = Answer.YES if reading.verdict == Verdict.YES else Answer.NO
        out.blanket = out.blanket and bool(out.answers)
        if out.blanket:
            out.notes.append(Said("reply-one-answer-for-all"))
        if out.items:
            missing = [p for p in self.positions if p not in out.items]
            if missing:
                listed = ", ".join(str(p) for p in missing)
                out.problems.append(
                    Said("reply-items-unanswered", positions=listed, form=count_form(len(missing)))
                )
            return
        if out.problems:
            return
        if any(w.negated for w in withdrawals):
            out.problems.append(Said("reply-not-withdrawn"))
        elif any(w.doubtful for w in withdrawals):
            out.problems.append(Said("reply-withdrawal-hedged"))
        elif any(s.told for s in self.sentences):
            out.problems.append(Said("reply-only-told"))
        elif any(s.ack_only for s in self.sentences) or _has_emoji(self.text):
            out.problems.append(Said("reply-only-ok"))
        else:
            out.problems.append(Said("reply-no-yes-or-no"))
        if any(s.message_doubt for s in self.sentences):
            out.problems.append(Said("reply-doubts"))

    def _special(self) -> None:
        if any(s.sensitive_excluded for s in self.sentences):
            return
        covered: dict[int, list[Span]] = {}
        for s in self.sentences:
            items: set[int] = set(self.positions) if s.ack_all_yes else set()
            for b in s.ack:
                items.update(self.positions if b.all_items else b.items)
            for p in items:
                covered.setdefault(p, []).extend(s.ack_spans)
        for p, spans in covered.items():
            if self.out.answers.get(p) == Answer.YES:
                self.out.special_ack.add(p)
                self.out.special_spans[p] = self._joined(tuple(spans))


def _resolve(units: list[Unit]) -> None:
    """Mirrors are the opposite of what they contrast ("voor 1 maar niet voor 2": 1 is the
    opposite of the no for 2); doubt about the one is doubt about the other."""
    for u in units:
        if u.ellipsis == "mirror":
            pols = {m.pol for m in u.mirror_of}
            u.pol = -pols.pop() if len(pols) == 1 and pols <= {1, -1} else BOTH
            u.hedge = u.hedge or next((m.hedge for m in u.mirror_of if m.hedge), "")
            u.spans = sorted({*u.spans, *(s for m in u.mirror_of for s in m.spans)})


def _has_emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text[:2000])


__all__ = ["AnswerReading", "Binding", "ItemInfo", "ItemReading", "Verdict", "read_answers"]
