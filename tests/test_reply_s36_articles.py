"""s30 (lead): a refusal typed without punctuation beside items named with an article.

A fuzz of 11 ways to name item 2 × 15 ways to refuse it × 15 ways to name items 1 and 3 × 10
ways to say yes × 6 separators × both orders (297,000 readings) gave item 2 a yes in 88 and
item 1 or 3 a no nobody wrote in 1,764. The classes:
- "2 mag niet de eerste en de laatste ja": a list whose items carry an article ("de eerste en
  de laatste") was no list to the torn "niet" (reply33) — the "niet" read as "niet de eerste",
  the "mag" as 2's yes. The article belongs to the list (reply_torn.list_answered).
- "2 graag niet akkoord met de rest / de andere twee": "the rest" after the predicate is as
  much an object as an item number ("2 graag, niet akkoord met de rest") — both readings.
- "ja voor 1 & 3 niet akkoord met 2": "&" and "+" join a list as "en" does.
- "nee voor 2 de eerste en de laatste ja": two items side by side with no joiner ("2 de
  eerste") are no list, but the article before "de laatste" hid the list "de eerste en de
  laatste" from the answer after it: 1 took the "nee" (reply_binding).
- "geen vraag 2, de rest ja": "geen vraag" (I have no question) before an item is "not
  question 2"; read as small talk it left "2" to "the rest"'s yes.
- "ja maar korter": a shorter time than asked is a yes for part of the time (reason time).
"""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given, outcome, read_three
from reply_table import ITEMS, _expand

from toestemming.capture.answers import read_answers

TWO = ["2", "de tweede", "nummer 2", "het tweede", "vraag 2"]
ONE_THREE = [
    "de eerste en de laatste",
    "het eerste en het laatste",
    "de 1e en de 3e",
    "1 & 3",
    "1+3",
]
REFUSE_TORN = ["{r} mag niet", "{r} graag niet", "{r} wil ik niet", "{r} liever niet"]
YES = ["{l} ja", "{l} mag", "{l} wel", "{l} is goed", "ja voor {l}", "akkoord met {l}"]

TORN = [
    f"{no.format(r=r)} {yes.format(l=lst)}"
    for r in TWO
    for no in REFUSE_TORN
    for lst in ONE_THREE
    for yes in YES
]


@pytest.mark.parametrize("body", TORN)
def test_a_refusal_beside_a_list_with_articles_never_gives_the_refused_item_a_yes(
    body: str,
) -> None:
    got = read_three(body)
    assert got[1] != "ja", got


@pytest.mark.parametrize(
    ("body", "gave"),
    [
        ("2 mag niet de eerste en de laatste ja", "jnj"),
        ("2 mag niet het eerste en het laatste ja", "jnj"),
        ("de tweede mag niet de eerste en de derde wel", "jnj"),
        ("2 graag niet akkoord met de rest", "jnj"),
        ("2 graag niet akkoord met de andere twee", "jnj"),
        ("nummer 2 liever niet akkoord met de overige", "jnj"),
        ("ja voor 1 & 3 niet akkoord met 2", "jnj"),
        ("ja voor 1 + 3 niet akkoord met 2", "jnj"),
        ("akkoord met 1 & 3 niet akkoord met 2", "jnj"),
        ("nee voor 2 de eerste en de laatste ja", "jnj"),
        ("niet akkoord met 2 het eerste en het laatste prima", "jnj"),
        ("geen toestemming voor de tweede de 1e en de 3e ja", "jnj"),
        ("nee voor 2 1 en 3 ja", "jnj"),
        ("geen vraag 2, de rest ja", "jnj"),
        ("geen vraag twee ja voor de rest", "jnj"),
        ("no question two, the rest yes", "jnj"),
        ("ja voor alles, geen vraag 2", "jnj"),
    ],
)
def test_no_yes_or_no_nobody_gave(body: str, gave: str) -> None:
    assert_within_given(body, gave)


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        # the clear ones stay clear
        ("2 mag niet, de eerste en de laatste ja", ("ja", "nee", "ja")),
        ("nee voor de tweede, de eerste en de laatste ja", ("ja", "nee", "ja")),
        ("geen vraag 2, de rest ja", ("ja", "nee", "ja")),
        ("no question 2, rest yes", ("ja", "nee", "ja")),
        ("ja voor alles, geen vraag 2", ("ja", "nee", "ja")),
        # "geen vraag" as small talk still is
        ("ik heb geen vraag, 1 en 3 ja, 2 nee", ("ja", "nee", "ja")),
        ("geen vragen, alles ja", ("ja", "ja", "ja")),
        ("geen verdere vragen. 1 ja 2 ja 3 ja", ("ja", "ja", "ja")),
        ("de eerste en de laatste ja, de tweede nee", ("ja", "nee", "ja")),
    ],
)
def test_the_clear_readings_stay(body: str, exact: tuple[str, ...]) -> None:
    assert read_three(body) == exact


@pytest.mark.parametrize(
    "body",
    ["ja maar korter", "ja, maar korter", "yes but shorter", "ja, maar graag een kortere periode"],
)
def test_a_yes_for_a_shorter_time_than_asked_is_no_yes_yet(body: str) -> None:
    reading = read_answers(_expand(body, 1), ITEMS[:1])
    assert outcome(reading, 1) == ("geen",)
    assert any("deel van de tijd" in str(p) for p in reading.problems)


def test_a_shorter_time_beside_other_items_doubts_only_its_own() -> None:
    assert read_three("2 ja maar korter, 1 en 3 ja") == ("ja", "?", "ja")


# -- a list joined by a comma runs on into the next clause -------------------------------------
# An English fuzz (10 ways to name item 2 × 20 refusals × 10 lists of 1 and 3 × 12 yeses × 7
# separators × both orders, 336,000 readings) gave 2 a yes 96 times, all this class: "yes to 1,
# 3 don't agree with 2" — the comma ended a clause, "3 don't agree with 2" was read as "3 no,
# agree with 2". The same in Dutch: "ja voor 1, 3 niet akkoord met 2" (3 nee, 2 ja).
@pytest.mark.parametrize(
    "body",
    [
        "ja voor 1, 3 niet akkoord met 2",
        "akkoord met 1, 3 niet akkoord met 2",
        "yes to 1, 3 don't agree with 2",
        "I agree with 1, 3 not okay with 2",
        "happy with 1, 3. not okay with 2",
        "yes for 1, 3 don't agree with 2",
    ],
)
def test_a_comma_list_answered_before_never_hands_the_refused_item_a_yes(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        # the item after the comma ends the yes list, or is the "nee"'s: unclear, never a no
        ("ja voor 1, 3 nee voor 2", ("ja", "nee", "?")),
        ("yes to 1, 3 no to 2", ("ja", "nee", "?")),
        ("ja voor 1, 3 2 nee", ("ja", "nee", "?")),
        # plain when the clause names nothing else
        ("ja voor 1, 3 nee", ("ja", "?", "nee")),
        ("ja voor 1, 3 ja voor 2", ("ja", "ja", "ja")),
        ("ja voor 1, 2 en 3", ("ja", "ja", "ja")),
        ("1 ja, 2 nee, 3 ja", ("ja", "nee", "ja")),
        # the corpus's "ja voor 1 (UWV), 3 (RBL), 2 nee" stays as it was
        ("ja voor 1 (UWV), 3 (RBL), 2 nee", None),
    ],
)
def test_the_item_after_a_comma_list(body: str, exact: tuple[str, ...] | None) -> None:
    got = read_three(body)
    if exact is None:
        assert got[0] == "ja" and got[1] == "nee"
    else:
        assert got == exact
