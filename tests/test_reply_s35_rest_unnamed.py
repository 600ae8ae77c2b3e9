"""s29 (lead): "niet twee, de rest ja" read YES for item 2.

A parent refuses one item in words the reader cannot tie to an item ("twee" written out, "de
middelste", "II") and says yes to "the rest". "The rest" then was every item — the refused one
too. A no whose object is not known means the rest is not known: the yes for "the rest" is no
yes for any item (as "Niet voor de werkgever. De rest ja" already was), and neither is a "rest"
with nothing named beside it. Found by a fuzz of 25 ways to name item 2 × 10 ways to refuse it ×
10 ways to say "the rest yes" × 5 separators × both orders (25,000 readings: 913 gave item 2 a
yes, 692 of them this class)."""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given, read_three

UNNAMED_2 = ["twee", "de middelste", "II", "het middelste onderdeel"]
REFUSED = ["niet {r}", "{r} niet", "geen {r}", "{r} wil ik niet", "niet naar {r}", "behalve {r}"]
REST_YES = ["de rest ja", "rest ja", "de overige ja", "ja voor de rest", "ja voor de andere"]
SEPARATORS = [", ", ". ", "\n", " maar "]

CASES = [
    body
    for r in UNNAMED_2
    for no in REFUSED
    for k, rest in enumerate(REST_YES)
    for body in (
        f"{no.format(r=r)}{SEPARATORS[k % 4]}{rest}",
        f"{rest}{SEPARATORS[(k + 1) % 4]}{no.format(r=r)}",
    )
]


@pytest.mark.parametrize("body", CASES)
def test_a_refusal_of_an_item_the_reader_cannot_name_gives_the_rest_no_yes(body: str) -> None:
    assert_within_given(body, "jnj")  # item 2 never a yes, 1 and 3 never a no


@pytest.mark.parametrize(
    "body",
    ["de rest ja", "ja voor de rest", "de overige mogen", "rest akkoord", "de rest ja hoor"],
)
def test_the_rest_with_nothing_named_beside_it_is_no_yes(body: str) -> None:
    assert "ja" not in read_three(body)


@pytest.mark.parametrize(
    ("body", "gave", "exact"),
    [
        ("2 niet, de rest ja", "jnj", ("ja", "nee", "ja")),
        ("niet 2. de rest ja", "jnj", ("ja", "nee", "ja")),
        ("1 nee, de rest ja", "njj", ("nee", "ja", "ja")),
        ("alleen 1 ja, de rest niet", "jnn", ("ja", "nee", "nee")),
        ("nummer twee niet, de rest ja", "jnj", None),
        ("de tweede niet, de rest ja", "jnj", None),
    ],
)
def test_a_named_item_still_leaves_a_rest_that_is_known(
    body: str, gave: str, exact: tuple[str, ...] | None
) -> None:
    assert_within_given(body, gave, exact)


# -- "de andere 2": a count of the items not named, not item 2 ------------------------------------
@pytest.mark.parametrize(
    ("body", "exact"),
    [
        ("2 niet, die andere 2 ja", ("ja", "nee", "ja")),
        ("nee voor 2, de andere 2 ja", ("ja", "nee", "ja")),
        ("de andere 2 ja, 2 niet", ("ja", "nee", "ja")),
        ("1 nee, de andere 2 ja", ("nee", "ja", "ja")),
        ("3 nee, de overige 2 ja", ("ja", "ja", "nee")),
        ("1 niet de 2 andere wel", ("nee", "ja", "ja")),
        ("1 ja, de andere 2 niet", ("ja", "nee", "nee")),
    ],
)
def test_the_other_two_counts_the_items_not_named(body: str, exact: tuple[str, ...]) -> None:
    assert read_three(body) == exact


@pytest.mark.parametrize(
    "body",
    [
        "die andere 2 ja",
        "de overige 2 mogen",
        "die 2 andere ja",
        "ja voor de andere 2",
        "niet twee maar die andere 2 ja",
        "de andere 2 niet",  # a no for "the others" of nothing named: no no either
        "de rest niet",
    ],
)
def test_the_others_of_nothing_named_are_neither_yes_nor_no(body: str) -> None:
    assert set(read_three(body)) == {"?"}


# -- "(2) niet": an item numbered in brackets keeps the answer after it ---------------------------
@pytest.mark.parametrize(
    "body",
    [
        "ja, (2) niet",
        "ja voor alles, (2) niet",
        "verder ja, (2) mag niet",
        "ja voor de rest, (2) wil ik niet",
        "ja voor de andere maar (2) niet",
        "ja voor de rest (2) wil ik niet",
        "ja (2) wil ik niet",
    ],
)
def test_a_bracketed_item_refused_after_a_yes_gets_no_yes(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        ("(1) ja (2) nee (3) ja", ("ja", "nee", "ja")),
        ("ja (1 en 3)", ("ja", "?", "ja")),
        ("ja, (2) niet", ("ja", "nee", "ja")),
    ],
)
def test_bracketed_numbers_as_parents_write_them(body: str, exact: tuple[str, ...]) -> None:
    assert read_three(body) == exact


# -- "all but 2": except, not a contrast that hands 2 the yes ------------------------------------
@pytest.mark.parametrize(
    "body",
    ["all but 2 yes", "all but two yes", "everything but 2 yes", "all but number 2 yes"],
)
def test_all_but_an_item_gives_that_item_no_yes(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        ("all but 2 are fine", ("ja", "nee", "ja")),
        ("I agree with all but 2", ("ja", "nee", "ja")),
        ("all yes but 2 no", ("ja", "nee", "ja")),
    ],
)
def test_all_but_as_parents_write_it(body: str, exact: tuple[str, ...]) -> None:
    assert read_three(body) == exact
