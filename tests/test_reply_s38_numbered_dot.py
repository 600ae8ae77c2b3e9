"""s38: "N." typed after a list, its refusal going on in lower case — and "3 - 2".

"ja voor 1 en 3, 2. zou ik niet doen": the full stop after "2" ended the sentence, so "2"
joined the list "1 en 3" and took its yes, and "zou ik niet doen" was left without an item.
The same with "akkoord met de rest 2. niet", "1 en 3 ja, 2. 👎". A full stop after a number
that goes on in lower case (or with a no sign) to a refusal before any other number is the
number's label now, as "1. ja" is (reply_tokens._dot_is_glue). And "3 - 2" (a dash from a
higher number down) was a range: "ja voor 1 en 3 - 2 niet" gave 3 the no of 2; a range down
is only "3…1" / "3 t/m 1" now (reply_numbers._dash_down).

Of 192 readings below (4 yeses × 12 refusals × 3 separators, and each after a dash without
the dot), 83 were wrong before (71 a yes for 2, 12 a no for 3), 0 after; controls read as
before."""

from __future__ import annotations

import itertools

import pytest
from reply_harness import assert_within_given, read_three

YES = ["ja voor 1 en 3", "akkoord met de rest", "1 en 3 ja", "yes to 1 and 3"]
REFUSE = [
    "2. zou ik niet doen",
    "2. wil ik niet",
    "2. ben ik tegen",
    "2. hoeft niet",
    "2. vind ik geen goed idee",
    "2. 👎",
    "2. ❌",
    "2. niet",
    "2. mag niet",
    "2. liever nie",
    "2. no thanks",
    "2. not ok",
]
SEP = [", ", " ", " - "]

# each with its dot, and without it after a dash ("ja voor 1 en 3 - 2 niet")
CASES = [f"{yes}{sep}{no}" for yes, no, sep in itertools.product(YES, REFUSE, SEP)] + [
    f"{yes} - {no[:1]} {no[3:]}" for yes, no in itertools.product(YES, REFUSE)
]


@pytest.mark.parametrize("body", CASES)
def test_a_numbered_refusal_after_a_list_is_no_yes(body: str) -> None:
    assert_within_given(body, "jnj")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("ja voor 1 en 3, 2. zou ik niet doen", ("ja", "nee", "ja")),
        ("akkoord met de rest 2. niet", ("ja", "nee", "ja")),
        ("akkoord met de rest, 2. 👎", ("ja", "nee", "ja")),
        ("ja voor 1 en 3 - 2 niet", ("ja", "nee", "ja")),
        ("ja voor 1 en 3 - 2. niet", ("ja", "nee", "ja")),
        # controls: read as before
        ("toestemming voor 1, 2. Nee voor 3", ("ja", "ja", "nee")),
        ("ja voor 1 en 2. de 3e niet", ("ja", "ja", "nee")),
        ("ja voor 1 en 2. ook voor 3", ("ja", "ja", "ja")),
        ("ja voor 1 en 3. groetjes", ("ja", "?", "ja")),
        ("ik ga akkoord met 1 en 3. bij 2 twijfel ik", ("ja", "?", "ja")),
        ("ja voor 1 en 2. 3 niet", ("ja", "ja", "nee")),
        ("1. ja 2. nee 3. ja", ("ja", "nee", "ja")),
        ("3…1 ja", ("ja", "ja", "ja")),
        ("3 t/m 1 ja", ("ja", "ja", "ja")),
        ("1-3 ja", ("ja", "ja", "ja")),
        ("1 - 3 ja", ("ja", "ja", "ja")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want
