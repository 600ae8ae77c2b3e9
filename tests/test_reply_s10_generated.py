"""Replies put together the way a hurried parent types them: per item one of ~20 ways to say
yes or no (number, "onderdeel", recipient name, emoji, English, typos, "N." numbering), in a
shuffled order, joined by whatever comes to hand (comma, new line, full stop, "en", "maar",
nothing at all), with a signature or phone footer, above Gmail's quote of our request.

Seeded, so a failure is reproducible. What must hold for every one: no item gets the
opposite of what was typed, nothing is read as a withdrawal — and most are read in full (a
reader that reads nothing would pass the first two).
"""

from __future__ import annotations

import random

import pytest
from reply_table import ITEMS, _expand

from toestemming.capture.answers import read_answers
from toestemming.model import Answer

YES = (
    "{n} ja", "{n}: ja", "ja voor {n}", "{n} akkoord", "voor {n} geen bezwaar", "{n} is goed",
    "onderdeel {n} ja", "{n} 👍", "{n} yes", "yes to {n}", "{n} ✅", "toestemming voor {n}",
    "{n} mag", "{name} ja", "ja voor {name}", "{n} jazeker", "{n}. ja", "{n} = ja", "{n} - ja",
    "{n} ✓", "{n} jaa",
)  # fmt: skip
NO = (
    "{n} nee", "{n}: nee", "nee voor {n}", "niet voor {n}", "{n} niet",
    "voor {n} geen toestemming", "{n} liever niet", "onderdeel {n} nee", "{n} 👎", "no to {n}",
    "{n} ❌", "geen toestemming voor {n}", "{n} mag niet", "{name} nee", "niet aan {name}",
    "{n} neej", "{n}. nee", "{n} = nee", "{n} - nee", "{n} niet akkoord", "not {n}", "{n} ✗",
)  # fmt: skip
NAMES = {1: ("UWV", "het UWV"), 2: ("de bakkerij", "Korenschoof"), 3: ("leerplicht", "het RBL")}
JOINS = (", ", "\n", ". ", " en ", "; ", " ", ", maar ")
FOOTERS = (
    "", "\n\nGroetjes, Marja\n06-12345678", "\n\nMvg Jan", "\n\nVerstuurd vanaf mijn iPhone",
    "\n\nSam (16)", "\n\nOp 3-12 ben ik er niet",
)  # fmt: skip


def _reply(rng: random.Random) -> tuple[str, int, dict[int, str]]:
    count = rng.choice((2, 3))
    order = list(range(1, count + 1))
    if rng.random() < 0.3:
        rng.shuffle(order)
    want = {p: rng.choice(("ja", "nee")) for p in order}
    parts = [
        rng.choice(YES if want[p] == "ja" else NO).format(n=p, name=rng.choice(NAMES[p]))
        for p in order
    ]
    text = parts[0]
    for part in parts[1:]:
        text += rng.choice(JOINS) + part
    return text + rng.choice(FOOTERS), count, want


@pytest.mark.parametrize("seed", [10, 77, 2026])
def test_generated_replies_never_reverse_an_answer(seed: int) -> None:
    rng = random.Random(seed)
    reversed_: list[str] = []
    read_in_full = 0
    total = 1500
    for _ in range(total):
        text, count, want = _reply(rng)
        reading = read_answers(_expand(text + "\n\n{gmail}", count), ITEMS[:count])
        assert not reading.is_withdrawal, text
        got = {p: {Answer.YES: "ja", Answer.NO: "nee"}[a] for p, a in reading.answers.items()}
        reversed_ += [f"{text!r}: {p} {w}→{got[p]}" for p, w in want.items() if got.get(p, w) != w]
        read_in_full += got == want
    assert reversed_ == []
    assert read_in_full >= 0.9 * total, read_in_full
