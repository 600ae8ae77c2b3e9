"""How the reply corpora of issue 19 (rounds 4 to 7) are judged: one helper for every
round's tests and count scripts.

A phrasing goes into an envelope (a whole message as a client writes it), through the whole
reader (parse_reply, then read_answers); the reading is right when it is one of the outcomes
the phrasing accepts, and the words that decided each item are the person's own (never our
quoted request's). Kinds of wrong, worst first: a yes nobody gave, a no nobody gave, a
withdrawal missed or invented, a clear answer left unclear.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from reply_table import ITEMS, _expand

from toestemming.capture.answers import AnswerReading, read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

KINDS = ("yes-nobody-gave", "no-nobody-gave", "withdrawal", "clear-left-unclear")


def outcome(reading: AnswerReading, count: int = 3) -> tuple[str, ...]:
    if reading.is_withdrawal:
        return ("intrekken", *(str(p) for p in reading.withdraw or ()))
    if not reading.answers:
        return ("geen",)
    names = {Answer.YES: "ja", Answer.NO: "nee"}
    return tuple(names.get(reading.answers.get(p), "?") for p in range(1, count + 1))  # type: ignore[arg-type]


_GAVE = {"j": "ja", "n": "nee", "?": "?"}


def read_whole(body: str) -> tuple[str, ...]:
    """The outcome of `body` ("{gmail}" and the like expanded) for a request of three items,
    a withdrawal with the items it names ("intrekken", "2") or "geen" as they are."""
    return outcome(read_answers(_expand(body, 3), ITEMS[:3]))


def read_three(body: str) -> tuple[str, ...]:
    """The reading of `body` for a request of three items, each item's answer."""
    got = read_whole(body)
    return got if len(got) == 3 else ("?", "?", "?")


def assert_within_given(body: str, gave: str, exact: tuple[str, ...] | None = None) -> None:
    """Each item read as what the person gave ("j", "n", "?": neither) or "niet zeker" (?): a
    yes or a no nobody gave fails; where `exact` is given, the reading is exactly that."""
    got = read_three(body)
    for p, (said, read) in enumerate(zip(gave, got, strict=True), start=1):
        assert read in (_GAVE[said], "?"), f"item {p}: gave {said!r}, read {read!r}: {got}"
    if exact is not None:
        assert got == exact


def accepted(case: Any) -> tuple[tuple[str, ...], ...]:
    return (case.expect, *getattr(case, "also", ()))


def is_right(case: Any, got: tuple[str, ...]) -> bool:
    for want in accepted(case):
        if want == ("geen",):
            if got == ("geen",) or set(got) == {"?"}:
                return True
        elif got == want:
            return True
    return False


def kind(case: Any, got: tuple[str, ...]) -> str:
    """The worst thing a wrong reading does."""
    want = case.expect
    if (want[0] == "intrekken") != (got[0] == "intrekken") or (
        want[0] == "intrekken" and want != got
    ):
        return "withdrawal"
    w = ("?", "?", "?") if want == ("geen",) else want
    g = ("?", "?", "?") if got == ("geen",) else got
    found = set()
    for a, b in zip(w, g, strict=True):
        if b == "ja" and a != "ja":
            found.add("yes-nobody-gave")
        elif b == "nee" and a != "nee":
            found.add("no-nobody-gave")
        elif b == "?" and a != "?":
            found.add("clear-left-unclear")
    return next((k for k in KINDS if k in found), "clear-left-unclear")


def read(raw: bytes) -> tuple[str, ...]:
    return outcome(read_answers(parse_reply(raw).text, ITEMS[:3]))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip().lower()


def faults(raw: bytes, case: Any) -> list[str]:
    """What is wrong with the reading of one message (empty: right)."""
    parsed = parse_reply(raw)
    if parsed.problems and not (parsed.automatic and case.expect == ("geen",)):
        # (an out-of-office typed as the body, expected to answer nothing, may also be
        # marked a machine's message: reply23)
        return [f"problems {parsed.problems}"]
    reading = read_answers(parsed.text, ITEMS[:3])
    got = outcome(reading)
    if not is_right(case, got):
        return [f"want {accepted(case)}, got {got} {[str(p) for p in reading.problems]}"]
    typed = squash(case.text)
    return [
        f"decided by {parsed.text[start:end]!r}, not typed"
        for item in reading.items.values()
        for start, end in item.spans
        if squash(parsed.text[start:end]) not in typed
    ]


def check(raw: bytes, case: Any) -> None:
    """One message as a test: read right, by the person's own words."""
    found = faults(raw, case)
    assert not found, found


def wrong_in(
    envelope: str, phrasings: dict[str, Any], make: Callable[[str, str, str], bytes]
) -> list[str]:
    """Every phrasing read wrong in one envelope (for a test per envelope, not per message)."""
    return [
        f"{name}: {fault}"
        for name, case in phrasings.items()
        for fault in faults(make(envelope, case.text, case.lang), case)
    ]


def matrix(
    phrasings: dict[str, Any], envelopes: Iterable[str], make: Any
) -> tuple[int, Counter[str], list[str]]:
    """(readings, wrong ones by kind, one line per wrong one) over every combination."""
    wrong: Counter[str] = Counter()
    lines: list[str] = []
    total = 0
    for name, case in phrasings.items():
        for env in envelopes:
            total += 1
            got = read(make(env, case.text, case.lang))
            if not is_right(case, got):
                wrong[kind(case, got)] += 1
                lines.append(f"  {name} × {env}: want {case.expect}, got {got}")
    return total, wrong, lines


def never_answers(builders: dict[str, Callable[[str], bytes]]) -> list[str]:
    """Machine messages (bounces, receipts, auto-replies) with "1 ja 2 nee 3 ja" in them that
    are neither marked automatic nor read as nothing."""
    wrong = []
    for name, build in builders.items():
        parsed = parse_reply(build("1 ja 2 nee 3 ja"))
        got = outcome(read_answers(parsed.text, ITEMS[:3]))
        if not (parsed.automatic or got == ("geen",) or set(got) == {"?"}):
            wrong.append(f"  {name}: read as {got}, not marked automatic")
    return wrong


def replies_per_second(raws: list[bytes], rounds: int = 3) -> float:
    """parse_reply + read_answers over `raws`, best of `rounds`."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in raws:
            read_answers(parse_reply(raw).text, ITEMS[:3])
        best = max(best, len(raws) / (time.perf_counter() - start))
    return best


def report(
    label: str, phrasings: dict[str, Any], sets: Iterable[tuple[str, Any]], verbose: bool
) -> None:
    """Print the wrong readings by kind of `phrasings` in each (title, envelope module) —
    the count scripts of every round."""
    for title, module in sets:
        total, wrong, lines = matrix(phrasings, module.ENVELOPES, module.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{label} × {title}: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
