"""s32 (lead): an answer said of an item with a verb between ("2 is goed", "2 vind ik prima",
"2 lijkt me ok") is that item's, however the message goes on.

Before, a filler after an item number was read as a statement about it ("2 is dat nodig"),
so the answer after the verb looked for an item after it: "2 is goed 1 en 3" — the parent
forgot to answer 1 and 3 — gave 1 and 3 the yes and left 2 unanswered; "2 is goed xyz 1 en 3"
gave 1 the yes. Of 1,800 readings of item 2 × 5 verbs × 6 yeses × 5 lists × 3 endings, 432
gave a yes or a no nobody wrote. A list's last item keeps its list's reading ("2 mag niet
1 en 3 is goed": the "is goed" is the list's, and 2's "mag niet" is never a yes)."""

from __future__ import annotations

import itertools

import pytest
from reply_harness import read_three

TWO = ["2", "de tweede", "nummer 2", "vraag 2"]
VERB = ["is", "vind ik", "lijkt me", "is wat mij betreft", "is voor mij"]
YES = ["goed", "prima", "ok", "akkoord", "fine", "oke"]
LISTS = ["1 en 3", "de eerste en de laatste", "1 & 3", "1, 3", "1+3"]
ENDINGS = {"": ("?", "ja", "?"), " niet": ("nee", "ja", "nee"), " ook": ("ja", "ja", "ja")}


def _read(two: str, verb: str, lst: str, ending: str) -> list[tuple[str, tuple[str, ...]]]:
    want = ENDINGS[ending]
    wrong = []
    for yes in YES:
        body = f"{two} {verb} {yes} {lst}{ending}"
        got = read_three(body)
        if any(g in ("ja", "nee") and g != w for g, w in zip(got, want, strict=True)):
            wrong.append((body, got))
    return wrong


@pytest.mark.parametrize(
    ("two", "verb", "lst", "ending"), list(itertools.product(TWO, VERB, LISTS, ENDINGS))
)
def test_an_answer_after_a_verb_is_the_items_before_it(
    two: str, verb: str, lst: str, ending: str
) -> None:
    assert _read(two, verb, lst, ending) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("2 is goed 1 en 3", ("?", "ja", "?")),
        ("2 is goed xyz 1 en 3", ("?", "ja", "?")),
        ("2 vind ik goed 1 en 3", ("?", "ja", "?")),
        ("2 is fine 1 and 3", ("?", "ja", "?")),
        ("2 is goed 1 en 3 niet", ("nee", "ja", "nee")),
        ("2 is fine 1 and 3 not", ("nee", "ja", "nee")),
        ("3 is goed 1 en 2 niet", ("nee", "nee", "ja")),
        ("2 is prima 1 is ook goed 3 niet", ("ja", "ja", "nee")),
        # a list's last item: the verb's answer is the list's (controls, read so before)
        ("1 en 3 is goed 2 niet", ("ja", "nee", "ja")),
        ("2 niet 1 en 3 is goed", ("ja", "nee", "ja")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want


@pytest.mark.parametrize(
    "body",
    [
        "2 mag niet 1 en 3 is goed",
        "2 mag niet de eerste en de laatste is goed",
        "de tweede mag niet de eerste en de laatste is goed",
        "2 mag niet 1 is goed 3 ook",
    ],
)
def test_a_refusal_before_a_list_answered_with_a_verb_is_never_a_yes(body: str) -> None:
    assert read_three(body)[1] != "ja"
