"""s38: a word that begins like a month after an item number ("3 declined", "2 decline").

Dates were blanked before reading ("3 dec", "12 januari": no item), but by any word that
merely began like a month: "yes to 1 and 3 decline 2" lost "3 decline", so the yes of "1 and"
went to 2 — a yes for the item the writer declined. Of 192 readings below (4 ways to name the
items × 4 yeses × 4 refusals × 3 separators), 32 were wrong before (item 2 read yes), 0 after. Only a
month's own forms ("dec", "december", "sept.") are a date now; "3 mei", "tot 1 januari" read
as before (controls)."""

from __future__ import annotations

import itertools

import pytest
from reply_harness import assert_within_given, read_three

ITEMS_ = [
    ("1", "3", "2"),
    ("number 1", "number 3", "number 2"),
    ("1", "3", "item 2"),
    ("nr 1", "nr 3", "nr 2"),
]
YES = ["yes to {a} and {b}", "{a} and {b} yes", "{a} and {b} fine", "ok for {a} and {b}"]
REFUSE = ["decline {c}", "declined {c}", "i decline {c}", "{c} declined"]
SEP = [" ", ", ", "\n"]

CASES = [
    f"{yes.format(a=a, b=b)}{sep}{no.format(c=c)}"
    for (a, b, c), yes, no, sep in itertools.product(ITEMS_, YES, REFUSE, SEP)
]


@pytest.mark.parametrize("body", CASES)
def test_a_word_like_a_month_after_an_item_is_read(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("yes to 1 and 3 decline 2", ("ja", "nee", "ja")),
        ("1 yes 2 declined 3 yes", ("ja", "nee", "ja")),
        ("1 and 3 yes 2 declined", ("ja", "nee", "ja")),
        # controls: dates are still no items
        ("1 ja 2 nee 3 ja, groet 12 december", ("ja", "nee", "ja")),
        ("1 ja 2 nee 3 ja (3 dec.)", ("ja", "nee", "ja")),
        ("akkoord tot 1 januari", ("?", "?", "?")),
        ("1 ja tot 3 mei", ("?", "?", "?")),
        ("ja, maar pas na 3 sept.", ("?", "?", "?")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want
