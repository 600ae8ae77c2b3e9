"""s29 (lead): a yes taken back was read as a yes.

"Mijn ja voor 2 vervalt", "ik neem mijn toestemming voor 2 terug", "ik wil mijn akkoord voor 2
terugnemen", "I take back my yes for 2" read as a YES for 2 — the item the parent withdrew:
the withdrawal phrases need the consent word right next to its verb, and with the items in
between what was left ("toestemming voor 2") read as giving it. "Mijn ja voor 2 was een
vergissing" too. Now: a withdrawal of the items named, or doubt — never a yes — and sending
the signed form back ("ik stuur mijn toestemming terug") stays no withdrawal."""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS, _expand

from toestemming.capture.answers import read_answers


def read(body: str) -> tuple[str, ...]:
    return outcome(read_answers(_expand(body, 3), ITEMS[:3]))


@pytest.mark.parametrize(
    "body",
    [
        "mijn ja voor 2 vervalt",
        "mijn akkoord voor 2 vervalt",
        "mijn toestemming voor 2 vervalt",
        "Mijn toestemming voor nummer 2 vervalt per direct.",
        "ik neem mijn ja voor 2 terug",
        "ik neem mijn toestemming voor 2 terug",
        "ik wil mijn ja voor 2 terugnemen",
        "ik wil mijn toestemming voor 2 terugnemen",
        "ik wil mijn ja voor 2 terug",
        "mijn ja voor 1 blijft, mijn ja voor 2 vervalt",
        "I take back my yes for 2",
        "I want my yes for 2 back",
        "scrap my consent for 2",
        "cancel my yes for 2",
        "ik trek mijn ja voor 2 in",
    ],
)
def test_a_yes_taken_back_withdraws_that_item(body: str) -> None:
    assert read(body) == ("intrekken", "2")


@pytest.mark.parametrize(
    "body",
    [
        "mijn ja voor 2 was een vergissing",
        "mijn toestemming voor 2 was een vergissing",
        "ja voor 2 was fout",
        "ik heb per ongeluk ja gezegd bij 2",
        "bij 2 had ik per ongeluk ja",
        "my yes for 2 was a mistake",
    ],
)
def test_a_yes_called_a_mistake_is_no_yes(body: str) -> None:
    got = read(body)
    assert got[0] == "intrekken" or "ja" not in got, got


@pytest.mark.parametrize(
    ("body", "expect"),
    [
        ("ik stuur mijn toestemming terug", ("ja", "ja", "ja")),
        ("I am sending my consent back", ("ja", "ja", "ja")),
        ("hierbij mijn toestemming voor 1 en 3", ("ja", "?", "ja")),
        ("hierbij mijn ja voor alles", ("ja", "ja", "ja")),
        ("ik neem mijn toestemming voor 2 niet terug", ("geen",)),
    ],
)
def test_giving_or_keeping_the_consent_is_no_withdrawal(body: str, expect: tuple[str, ...]) -> None:
    assert read(body) == expect


@pytest.mark.parametrize(
    ("body", "expect"),
    [
        ("ja voor 2, maar nu niet meer", ("geen",)),
        ("vorige week ja voor 2, maar nu niet meer", ("geen",)),
        ("yes for 2 but not anymore", ("geen",)),
        ("1 en 3 ja, 2 ja maar nu niet meer", ("ja", "?", "ja")),
    ],
)
def test_a_yes_then_but_not_anymore_is_no_yes(body: str, expect: tuple[str, ...]) -> None:
    assert read(body) == expect


@pytest.mark.parametrize(
    "body",
    [
        "ik geef toestemming en wil het formulier terug",
        "toestemming voor 2 en ik wil graag een kopie terug",
        "ik neem mijn toestemming voor 2 per direct terug",  # unsure which: asked, never a yes
    ],
)
def test_a_consent_beside_something_else_wanted_back_is_no_withdrawal_nor_yes(body: str) -> None:
    got = read(body)
    assert got[0] != "intrekken" and "ja" not in got, got
