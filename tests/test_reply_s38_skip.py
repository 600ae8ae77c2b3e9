"""s38: "skip 2" — a refusal in a word the reader did not know.

"skip" was an unknown word, so the item number beside it was bare, and a list typed right
after it took it in: "skip 2 1 and 3 yes", "skip 2 rest yes" gave 2 the yes. "skip" is now a
refusal like "refuse"/"decline". Of 630 readings below (5 ways to name item 2 × 3 refusals ×
7 yeses × 3 separators × both orders), 105 were wrong before (a yes for 2), 0 after. ("nop"
stays an unknown word — table case 170 — so "2. nop 1 ja 3 ja" is left: see the report.)"""

from __future__ import annotations

import itertools

import pytest
from reply_harness import assert_within_given, read_three

TWO = ["2", "number 2", "question 2", "item 2", "#2"]
REFUSE = ["skip {t}", "{t} skipped", "skip {t} please"]
YES = [
    "1 yes 3 yes",
    "1 and 3 yes",
    "rest yes",
    "the rest is fine",
    "yes to 1 and 3",
    "yes for the rest",
    "1 👍 3 👍",
]
SEP = [" ", " - ", "\n"]

CASES = [
    body
    for t, no, yes, sep in itertools.product(TWO, REFUSE, YES, SEP)
    for body in (f"{no.format(t=t)}{sep}{yes}", f"{yes}{sep}{no.format(t=t)}")
]


@pytest.mark.parametrize("body", CASES)
def test_skip_refuses(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("skip 2 1 yes 3 yes", ("ja", "nee", "ja")),
        ("skip 2 rest yes", ("ja", "nee", "ja")),
        ("skip 2, rest yes", ("ja", "nee", "ja")),
        ("1 yes 2 skip 3 yes", ("ja", "nee", "ja")),
        # controls
        ("1 yes 2 pass 3 yes", ("?", "?", "?")),
        ("1 jep 2 nop", ("ja", "?", "?")),  # "nop": an unknown word (table case 170)
        ("1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want
