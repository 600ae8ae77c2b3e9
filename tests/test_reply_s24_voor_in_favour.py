"""'Voor' said of an item is in favour, never a no.

"1 voor, 2 tegen, 3 voor" — a parent voting per item as at a meeting — read 1 as a NO: the
"voor" with nothing after it counted as filler, so "1" became a list running on into 2's
"tegen". A no nobody gave is as much a lie in the record as a yes nobody gave. The reader does
not take "voor" as a yes (too easily a preposition), so such an item is left for the worker;
what matters is that it never takes another item's answer."""

from __future__ import annotations

import pytest

from toestemming.capture.answers import read_answers
from toestemming.model import Answer

CASES = [
    ("1 voor, 2 tegen, 3 voor", {1, 3}, {2}),
    ("1: voor, 2: tegen, 3: voor", {1, 3}, {2}),
    ("1: voor\n2: tegen\n3: voor", {1, 3}, {2}),
    ("1 en 2 voor, 3 tegen", {1, 2}, {3}),
    ("1, 2 voor, 3 tegen", {1, 2}, {3}),
    ("voor 1 en 2, tegen 3", {1, 2}, {3}),
    ("1 for, 2 against, 3 for", {1, 3}, {2}),
    ("Nummer 1 voor, nummer 2 tegen.", {1}, {2}),
]


@pytest.mark.parametrize(("text", "in_favour", "against"), CASES, ids=[c[0] for c in CASES])
def test_an_item_voted_for_never_takes_the_next_items_no(
    text: str, in_favour: set[int], against: set[int]
) -> None:
    answers = read_answers(text, 3).answers
    for item in in_favour:
        assert answers.get(item) != Answer.NO, (text, answers)
    for item in against:
        assert answers.get(item) == Answer.NO, (text, answers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja voor 1, 2, 3", {1: Answer.YES, 2: Answer.YES, 3: Answer.YES}),
        ("1, 2, 3 ja", {1: Answer.YES, 2: Answer.YES, 3: Answer.YES}),
        ("nee voor 1, 2 ja", {1: Answer.NO, 2: Answer.YES}),
        ("1, 2 nee, 3 ja", {1: Answer.NO, 2: Answer.NO, 3: Answer.YES}),
    ],
)
def test_lists_with_their_answer_still_read_as_before(
    text: str, expected: dict[int, Answer]
) -> None:
    assert read_answers(text, 3).answers == expected
