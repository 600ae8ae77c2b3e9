"""Reading answers from the words a person typed: "1 ja, 2 nee", "ja voor alles behalve 2",
"akkoord", "intrekken 2" — Dutch and English, with the typos we can safely recognise.

The reader is deliberately conservative. Whatever it cannot read with certainty becomes a
problem (a Dutch sentence for the worker), never a guess: an item that is both yes and no, an
answer without an item when there are several, an item that is not mentioned. The worker
always sees the result next to the original text before anything is recorded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from ..model import Answer

# Long texts are someone else's document, not an answer; reading stops here (linear anyway).
MAX_ANSWER_CHARS = 20_000


class T(Enum):
    NUM = "num"
    YES = "yes"
    NO = "no"
    WEAK_YES = "weak_yes"  # "wel", "ok", "prima": only counts right after an item number
    WEAK_NO = "weak_no"  # "niet"
    AGREE = "agree"  # "akkoord": yes, for everything unless items follow
    DISAGREE = "disagree"
    ALL = "all"
    NONE = "none"  # "nergens", "niets": no for everything
    EXCEPT = "except"
    WITHDRAW = "withdraw"
    SENSITIVE = "sensitive"
    FOR = "for"  # "voor", "met": an answer followed by the items it is for
    EITHER = "either"  # "ja/nee", "ja of nee": an unedited placeholder, never an answer
    AND = "and"
    OR = "or"
    PART = "part"  # "onderdeel", "punt", "nr": the next number is an item
    COMMA = "comma"
    GLUE = "glue"  # ":" "=" "-" ")" between a number and its answer
    BREAK = "break"
    WORD = "word"


_WORDS: dict[str, T] = {}
for _t, _words in (
    (T.YES, "ja jaa jaaa jaaaa jah jawel jazeker jep jup yes yess yep yeah yup"),
    (T.NO, "nee neen neee neeee nope no nie nay"),
    (T.WEAK_YES, "wel ok oke okay okee prima goed graag"),
    (T.WEAK_NO, "niet not"),
    (T.ALL, "alles allemaal alle all everything beide both allebei overal iedereen rest overige"),
    (T.NONE, "nergens niks niets nothing none"),
    (T.EXCEPT, "behalve except uitgezonderd excluding but"),
    (T.SENSITIVE, "gevoelig gevoelige bijzonder bijzondere sensitive"),
    (T.FOR, "voor met bij op to for with on"),
    (T.AND, "en and plus"),
    (T.OR, "of or"),
    (
        T.PART,
        "onderdeel onderdelen punt punten nr nummer nummers vraag vragen part parts item items",
    ),
):
    for _w in _words.split():
        _WORDS[_w] = _t

# Phrases folded into one marker before tokenising; order matters (negations first).
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\b(?:niet|geen)\s+(?:mee\s+)?(?:akkoord|akkord|akoord|eens)\b", " \x01disagree "),
        (r"\b(?:do\s+not|don'?t|not)\s+agree\b|\bdisagree\b", " \x01disagree "),
        (r"\bgeen\s+toestemming\b|\bno\s+consent\b|\bliever\s+niet\b", " \x01no "),
        (r"\b(?:akkoord|akkord|akoord|akkoort|akord|akkooord|akkoordd)\b", " \x01agree "),
        (r"\b(?:i\s+)?agreed?\b|\bgeen\s+bezwaar\b|\bno\s+objection\b", " \x01agree "),
        (r"\b(?:geef|geven)\s+(?:ik\s+)?toestemming\b|\bi\s+consent\b", " \x01yes "),
        (r"\btrek\w*\b([^\n]{0,60}?)\bin\b", " \x01withdraw \\1 "),
        (
            r"\b(?:intrek\w*|ingetrokken|terug\s*trekken|withdraw\w*|revoke\w*|stop\s+met\s+delen)\b",
            " \x01withdraw ",
        ),
    )
)
_MARKERS = {
    "disagree": T.DISAGREE,
    "no": T.NO,
    "agree": T.AGREE,
    "yes": T.YES,
    "withdraw": T.WITHDRAW,
}
# Reference codes, addresses, links, dates, times, phone numbers and long numbers are never
# item numbers (the check symbol of "TS-1CR5-AYMZ-7" is not an answer for item 7).
_NOISE = re.compile(
    r"\bts[\s\-]{0,3}[0-9a-z]{4}[\s\-]{0,3}[0-9a-z]{4}[\s\-]{0,3}[0-9a-z]\b"
    r"|\S+@\S+|\b(?:https?://|www\.)\S+"
    r"|\+?\d[\d \-]{7,}\d|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\b\d{1,2}[:.]\d{2}\b|\d{3,}"
)
_TOKEN = re.compile(r"\x01([a-z]+)|(\d{1,2})(?!\d)|([a-z]+(?:'[a-z]+)?)|([,;:=\-)(/&+\n.!?])")

_ANSWERS = {
    T.YES: Answer.YES,
    T.NO: Answer.NO,
    T.AGREE: Answer.YES,
    T.DISAGREE: Answer.NO,
    T.WEAK_YES: Answer.YES,
    T.WEAK_NO: Answer.NO,
}
_STRONG = (T.YES, T.NO, T.AGREE, T.DISAGREE)


@dataclass(frozen=True)
class Token:
    kind: T
    num: int = 0


@dataclass
class AnswerReading:
    """What the text says, by item position (1-based)."""

    answers: dict[int, Answer] = field(default_factory=dict)
    special_ack: set[int] = field(default_factory=set)
    withdraw: tuple[int, ...] | None = None  # None: no withdrawal; (): every item
    problems: list[str] = field(default_factory=list)

    @property
    def is_withdrawal(self) -> bool:
        return self.withdraw is not None


def normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    plain = plain.replace("\u2019", "'").replace("\r", "\n")
    # Control characters are never part of an answer; \x01 marks phrases below.
    plain = "".join(" " if (ch < " " and ch != "\n") or ch == "\x7f" else ch for ch in plain)
    return _NOISE.sub(" ", plain)


def tokenize(text: str) -> list[Token]:
    s = normalize(text[:MAX_ANSWER_CHARS])
    for pattern, repl in _PHRASES:
        s = pattern.sub(repl, s)
    out: list[Token] = []
    for m in _TOKEN.finditer(s):
        marker, digits, word, punct = m.groups()
        if marker:
            out.append(Token(_MARKERS[marker]))
        elif digits:
            out.append(Token(T.NUM, int(digits)))
        elif word:
            out.append(Token(_WORDS.get(word, T.WORD)))
        elif punct in ",":
            out.append(Token(T.COMMA))
        elif punct in "&+":
            out.append(Token(T.AND))
        elif punct in "/":
            out.append(Token(T.OR))
        elif punct in "\n;!?":
            out.append(Token(T.BREAK))
        elif punct == "." and not (out and out[-1].kind == T.NUM):
            out.append(Token(T.BREAK))  # a full stop; "1." is numbering
        else:
            out.append(Token(T.GLUE))
    return _collapse_either(out)


def _collapse_either(tokens: list[Token]) -> list[Token]:
    """ "ja / nee", "ja of nee" → one EITHER token: both answers bound to the same item."""
    out: list[Token] = []
    for tok in tokens:
        if (
            tok.kind in _ANSWERS
            and len(out) >= 2
            and out[-1].kind == T.OR
            and (out[-2].kind in _ANSWERS or out[-2].kind == T.EITHER)
        ):
            out[-2:] = [Token(T.EITHER)]
        else:
            out.append(tok)
    return out


class _Reader:
    def __init__(self) -> None:
        self.given: dict[int, set[Answer]] = {}
        self.withdraw_nums: list[int] = []
        self.withdraw = False
        self.default: Answer | None = None
        self.excepted: list[int] = []
        self.bare: list[Answer] = []
        self.acks: set[int] = set()
        self.ack_all = False
        self.mentioned_unanswered: list[int] = []
        self._reset_clause()

    def _reset_clause(self) -> None:
        self.forward: T | None = None  # an answer (or withdraw) waiting for its items
        self.forward_bound = False
        self.pending: list[int] = []
        self.all_pending = False
        self.except_mode = False
        self.sensitive = False
        self.clause_yes: list[int] = []
        self.clause_default_yes = False

    def bind(self, kind: T, nums: list[int]) -> None:
        if kind == T.EITHER:
            for n in nums:
                self.given.setdefault(n, set()).update({Answer.YES, Answer.NO})
            return
        if kind == T.WITHDRAW:
            self.withdraw = True
            self.withdraw_nums.extend(nums)
            return
        answer = _ANSWERS[kind]
        for n in nums:
            self.given.setdefault(n, set()).add(answer)
            if answer == Answer.YES:
                self.clause_yes.append(n)

    def set_default(self, kind: T) -> None:
        if kind == T.EITHER:
            self.given.setdefault(0, set()).update({Answer.YES, Answer.NO})
            return
        if kind == T.WITHDRAW:
            self.withdraw = True
            return
        answer = _ANSWERS[kind]
        if self.default is not None and self.default != answer:
            self.given.setdefault(0, set()).update({Answer.YES, Answer.NO})  # 0: "everything"
        self.default = answer
        if answer == Answer.YES:
            self.clause_default_yes = True

    def end_clause(self) -> None:
        if self.forward is not None and not self.forward_bound:
            if self.forward in (T.AGREE, T.DISAGREE, T.WITHDRAW):
                self.set_default(self.forward)
            elif self.forward == T.EITHER:
                self.bare.extend((Answer.YES, Answer.NO))
            else:
                self.bare.append(_ANSWERS[self.forward])
        if (self.all_pending and self.pending) or self.pending:
            self.mentioned_unanswered.extend(self.pending)
        if self.sensitive:
            self.acks.update(self.clause_yes)
            self.ack_all = self.ack_all or self.clause_default_yes
        self._reset_clause()

    def read(self, tokens: list[Token]) -> None:
        consumed: set[int] = set()
        n = len(tokens)

        def next_meaningful(i: int) -> int:
            j = i + 1
            while j < n and tokens[j].kind in (T.GLUE, T.PART):
                j += 1
            return j

        for i, tok in enumerate(tokens):
            k = tok.kind
            if i in consumed:
                continue
            if k == T.BREAK:
                self.end_clause()
            elif k == T.NUM:
                j = next_meaningful(i)
                after = tokens[j].kind if j < n else T.BREAK
                prev = tokens[i - 1].kind if i else T.BREAK
                if after in _ANSWERS or after in (T.WITHDRAW, T.EITHER):
                    follow = next_meaningful(j)
                    if not (follow < n and tokens[follow].kind == T.FOR and after in _STRONG):
                        self.bind(after, [*self.pending, tok.num])
                        self.pending = []
                        consumed.add(j)
                        continue
                if after == T.WORD and prev != T.PART:
                    continue  # "17 jaar", "over 2 weken": not an item number
                if self.except_mode:
                    self.excepted.append(tok.num)
                elif self.forward is not None:
                    self.bind(self.forward, [tok.num])
                    self.forward_bound = True
                else:
                    self.pending.append(tok.num)
            elif k in _STRONG or k in (T.WITHDRAW, T.EITHER):
                if self.pending or self.all_pending:
                    if self.all_pending:
                        self.set_default(k)
                    self.bind(k, self.pending)
                    self.pending, self.all_pending = [], False
                    self.forward = None
                else:
                    if self.forward is not None and not self.forward_bound:
                        self.end_forward()
                    self.forward, self.forward_bound = k, False
                    self.except_mode = False
            elif k == T.ALL:
                if self.forward is not None:
                    self.set_default(self.forward)
                    self.forward_bound = True
                else:
                    self.all_pending = True
            elif k == T.NONE:
                self.set_default(T.NO)
                if self.forward is not None:
                    self.forward_bound = True
            elif k == T.EXCEPT:
                self.except_mode = True
                if self.forward is not None:
                    self.forward_bound = True
            elif k == T.SENSITIVE:
                self.sensitive = True
            elif k == T.COMMA and self.forward_bound:
                # "ja voor 1, 2 en 3" carries on; "nee voor 2, de rest ja" starts anew.
                j = next_meaningful(i)
                if not (j < n and tokens[j].kind == T.NUM):
                    self.forward = None
        self.end_clause()

    def end_forward(self) -> None:
        """An answer word followed by another answer word: "ja, akkoord", "nee, niet akkoord"."""
        assert self.forward is not None
        if self.forward in (T.AGREE, T.DISAGREE, T.WITHDRAW):
            self.set_default(self.forward)
        elif self.forward == T.EITHER:
            self.bare.extend((Answer.YES, Answer.NO))
        else:
            self.bare.append(_ANSWERS[self.forward])


def read_answers(text: str, item_count: int) -> AnswerReading:
    """Interpret `text` (the person's own words, quotes removed) for a request of
    `item_count` items. Never raises for any string."""
    reader = _Reader()
    reader.read(tokenize(text))
    out = AnswerReading()
    positions = range(1, item_count + 1)
    problems = out.problems
    if 0 in reader.given:
        problems.append("Het antwoord zegt zowel ja voor alles als nee voor alles.")
    explicit = {p: a for p, a in reader.given.items() if p != 0}
    unknown = sorted(
        {p for p in [*explicit, *reader.excepted, *reader.withdraw_nums] if p not in positions}
    )
    for p in unknown:
        problems.append(f"Het antwoord noemt onderdeel {p}, maar dat bestaat niet in dit verzoek.")

    if reader.withdraw:
        if (
            any(Answer.YES in a for a in explicit.values())
            or reader.default == Answer.YES
            or Answer.YES in reader.bare
        ):
            problems.append("Het antwoord zegt ja en ook intrekken; dat is niet eenduidig.")
        nums = tuple(sorted({p for p in reader.withdraw_nums if p in positions}))
        out.withdraw = nums
        return out

    for p, answers in sorted(explicit.items()):
        if p not in positions:
            continue
        if len(answers) > 1:
            problems.append(f"Voor onderdeel {p} staat zowel ja als nee.")
        else:
            out.answers[p] = next(iter(answers))
    if reader.excepted:
        if reader.default is None:
            problems.append("Het antwoord zegt 'behalve', maar niet voor wat de rest geldt.")
        else:
            opposite = Answer.NO if reader.default == Answer.YES else Answer.YES
            for p in reader.excepted:
                if p in positions and out.answers.setdefault(p, opposite) != opposite:
                    problems.append(f"Voor onderdeel {p} staat zowel ja als nee.")
    if reader.default is not None:
        for p in positions:
            out.answers.setdefault(p, reader.default)
    bare = set(reader.bare)
    if bare and not out.answers:
        if len(bare) > 1:
            problems.append("Het antwoord zegt zowel ja als nee, zonder onderdelen te noemen.")
        elif item_count == 1:
            out.answers[1] = bare.pop()
        else:
            problems.append(
                "Het antwoord zegt ja of nee, maar niet voor welk onderdeel. Per onderdeel "
                "antwoorden, of 'ja voor alles' / 'nee voor alles', is nodig."
            )
    if not out.answers and not problems:
        problems.append("In het antwoord staat geen ja of nee.")
    elif out.answers:
        missing = [p for p in positions if p not in out.answers]
        if missing and not any("zowel ja als nee" in x for x in problems):
            listed = ", ".join(str(p) for p in missing)
            problems.append(f"Onderdeel {listed} is niet beantwoord.")
    out.special_ack = {
        p
        for p, a in out.answers.items()
        if a == Answer.YES and (p in reader.acks or reader.ack_all)
    }
    return out
