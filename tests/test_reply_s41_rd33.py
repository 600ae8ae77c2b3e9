"""rd33 (session 33): replies a hurried parent types, each class written as the parent does.

- An echo word right after an item ("3 ook", "3 idem", "3 too"), another item with its own
  answer after it and no comma between ("1 ja en 3 ook 2 vind ik niet goed"): the echo is 3's
  and says what the answer before it said. It gave 3 the answer of 2 (a no, or a yes, nobody
  gave): "ook 2 nee" was read as "also 2: no" ("maar ook 2 ja" is that).
- A number word that opens its clause with only small words before its answer ("twee wil
  ik niet", "drie vind ik goed") names the item as a digit does: it named none, so the no was
  every item's.
- A negation of a negation with the item in between ("niet dat ik 2 niet wil", "ik zie niet
  in waarom 2 niet zou kunnen", "het is niet zo dat ik 2 niet wil"), "niet" before a word
  with its own "on-" ("2 is niet onacceptabel"), "ik zeg niet nee tegen 2" after an answer:
  each was a plain no for 2. Unclear is right: the worker asks.
- A second thought behind a comma about the item just answered ("2 ja, bij nader inzien
  niet", "2 nee, toch (maar) wel", "1 ja 2 ja, toch niet 3 ja", "2 ja, niet, 1 ja 3 ja"): the
  first answer stood (a yes, or a no, nobody gave); after a pause ("2 ja, sorry, nee, 1 ja 3
  ja") the bare second thought made 1 and 3 unclear too.
"""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given, read_three

ECHOES = ["ook", "idem", "eveneens", "hetzelfde", "same", "too", "also", "ditto"]
REFUSALS = ["vind ik niet goed", "nee", "niet", "liever niet", "wil ik niet", "no", "mag niet"]
YESES = ["ja", "mag", "vind ik goed", "akkoord", "yes", "wel"]


@pytest.mark.parametrize(
    "body",
    [
        form.format(e=e, r=r)
        for e in ECHOES
        for r in REFUSALS
        for form in ("1 ja en 3 {e} 2 {r}", "1 ja, 3 {e} 2 {r}", "1 ja 3 {e} 2 {r}")
    ],
)
def test_an_echo_after_an_item_is_never_the_next_items_no(body: str) -> None:
    assert_within_given(body, "jnj", exact=("ja", "nee", "ja"))


@pytest.mark.parametrize(
    "body",
    [
        form.format(e=e, y=y)
        for e in ECHOES
        for y in YESES
        for form in ("1 nee en 3 {e} 2 {y}", "1 niet, 3 {e} 2 {y}", "1 nee 3 {e} 2 {y}")
    ],
)
def test_an_echo_after_an_item_is_never_the_next_items_yes(body: str) -> None:
    assert_within_given(body, "njn", exact=("nee", "ja", "nee"))


@pytest.mark.parametrize("echo", ECHOES)
def test_an_echo_after_also_before_items_still_lets_their_answer_carry(echo: str) -> None:
    # "maar ook 2 ja": no item before the echo word, so the answer after the items is theirs
    assert read_three(f"1 nee, maar {echo} 2 en 3 ja")[1:] in (("ja", "ja"), ("?", "?"))


@pytest.mark.parametrize(
    ("body", "gave"),
    [
        (f"{word} {rest}", gave)
        for word, gave_no, gave_yes in (
            ("twee", "?n?", "?j?"),
            ("drie", "??n", "??j"),
            ("Twee", "?n?", "?j?"),
        )
        for rest, gave in (
            ("wil ik niet", gave_no),
            ("wil ik liever niet", gave_no),
            ("vind ik niet goed", gave_no),
            ("vind ik goed", gave_yes),
            ("mag van mij", gave_yes),
        )
    ],
)
def test_a_number_word_with_small_words_before_its_answer_is_the_item(body: str, gave: str) -> None:
    assert_within_given(body, gave)
    assert read_three(body)[gave.index(gave.strip("?"))] != "?"


@pytest.mark.parametrize(
    "body",
    [f"twee {w} wil ik niet, de rest ja" for w in ("weken", "dagen", "keer")],
)
def test_a_number_word_before_a_noun_stays_no_item(body: str) -> None:
    assert read_three(body)[1] != "ja"


DOUBLE = [
    "niet dat ik 2 niet wil",
    "het is niet zo dat ik 2 niet wil",
    "niet dat ik 2 weiger",
    "ik zie niet in waarom 2 niet zou kunnen",
    "ik zie niet waarom 2 niet zou mogen",
    "ik snap niet waarom 2 niet zou mogen",
    "2 is niet onacceptabel",
    "2 vind ik niet onredelijk",
    "2 is not unreasonable",
    "I don't see why 2 shouldn't",
    "ik zeg niet nee tegen 2",
]


@pytest.mark.parametrize(
    ("body", "gave"),
    [
        (form.format(d=d), gave)
        for d in DOUBLE
        for form, gave in (
            ("1 ja 3 ja. {d}", "j?j"),
            ("{d}. 1 ja 3 ja", "j?j"),
            ("1 nee 3 nee. {d}", "n?n"),
            ("{d}", "???"),
        )
    ],
)
def test_a_negated_negation_is_no_plain_answer(body: str, gave: str) -> None:
    assert_within_given(body, gave)
    assert read_three(body)[1] == "?"


@pytest.mark.parametrize(
    "body",
    [
        "niet 2 niet 3, 1 ja",
        "ik wil niet dat 2 gedeeld wordt, 1 en 3 ja",
        "2 niet, niet doen. 1 ja 3 ja",
        "ik wil niet dat 2 gedeeld wordt en 3 ook niet, 1 ja",
        "ik wil niet dat 2 gedeeld wordt, 3 niet, 1 ja",
    ],
)
def test_a_plain_no_beside_another_negation_stays_a_no(body: str) -> None:
    assert read_three(body)[1] == "nee"


# "2 <first>, <second thought>": the second thought turns the first answer
TURNS = [
    ("ja", "toch niet", "n"),
    ("ja", "toch maar niet", "n"),
    ("ja", "bij nader inzien niet", "n"),
    ("ja", "achteraf niet", "n"),
    ("ja", "niet", "n"),
    ("ja", "eigenlijk niet", "n"),
    ("nee", "toch wel", "j"),
    ("nee", "toch maar wel", "j"),
    ("nee", "bij nader inzien wel", "j"),
    ("nee", "eigenlijk wel", "j"),
    ("yes", "actually not", "n"),
]


@pytest.mark.parametrize(
    ("body", "gave", "first"),
    [
        (form.format(a=a, t=t), f"j{fin}j", a)
        for a, t, fin in TURNS
        for form in (
            "1 ja 2 {a}, {t} 3 ja",
            "1 ja, 2 {a}, {t}, 3 ja",
            "2 {a}, {t}, 1 ja 3 ja",
            "2 {a}, {t}, 1 en 3 ja",
            "1 ja 3 ja. 2 {a}, {t}",
        )
        # ("2 ja, niet 3 ja": "niet 3"? — left as it reads)
        if not (t == "niet" and form.endswith("{t} 3 ja"))
    ],
)
def test_a_second_thought_behind_a_comma_never_leaves_the_first_answer(
    body: str, gave: str, first: str
) -> None:
    assert_within_given(body, gave)
    assert read_three(body)[1] != {"ja": "ja", "yes": "ja", "nee": "nee"}[first]


@pytest.mark.parametrize(
    "body",
    [
        "1 ja, 2 nee, 3 ja",
        "2 nee, liever niet. 1 ja 3 ja",
        "2 nee, echt niet, 1 ja 3 ja",
        "1 ja, graag, 2 nee, 3 ja",
        "2 nee, toch niet doen, 1 ja 3 ja",
    ],
)
def test_a_second_clause_that_says_the_same_keeps_the_answer(body: str) -> None:
    assert read_three(body) == ("ja", "nee", "ja")


@pytest.mark.parametrize(
    ("body", "gave"),
    [
        (form.format(a=a, p=p, t=t), f"j{fin}j")
        for a, t, fin in (
            ("ja", "nee", "n"),
            ("nee", "ja", "j"),
            ("ja", "niet", "n"),
            ("nee", "wel", "j"),
        )
        for p in ("sorry", "wacht", "eh", "oeps", "toch")
        for form in (
            "1 ja, 2 {a}, {p}, {t}, 3 ja",
            "2 {a}, {p}, {t}, 1 ja 3 ja",
            "2 {a}, {t}, 1 en 3 ja",
        )
    ],
)
def test_a_second_thought_is_that_items_and_leaves_the_others_their_yes(
    body: str, gave: str
) -> None:
    # it was a bare answer beside the items: every item named beside it was unclear
    assert_within_given(body, gave)
    got = read_three(body)
    assert (got[0], got[2]) == ("ja", "ja")


@pytest.mark.parametrize(
    "body",
    [
        f"1 en 3 {refusal} wel 2"
        for refusal in (
            "niet akkoord",
            "niet",
            "nee",
            "geen toestemming",
            "mag niet",
            "liever niet",
        )
    ],
)
def test_wel_before_an_item_after_a_refusal_is_that_items_yes(body: str) -> None:
    # (s32's fuzz: typed without the comma, "wel 2" took the refusal — a no nobody gave)
    assert_within_given(body, "njn")
    assert read_three(body)[1] != "?"


@pytest.mark.parametrize("body", ["1 ja 2 nee toch wel 3 ja", "1 ja, 2 nee toch wel 3 ja"])
def test_toch_wel_before_an_item_stays_a_second_thought(body: str) -> None:
    assert_within_given(body, "jjj")


@pytest.mark.parametrize(
    ("body", "gave"),
    [
        ("1 mag niet 2 mag wel 3 mag niet", "njn"),
        ("1 geen bezwaar 2 wel bezwaar 3 geen bezwaar", "jnj"),
    ],
)
def test_wel_after_an_items_own_answer_stays_that_items(body: str, gave: str) -> None:
    # (s21: the "wel" is 2's, after 2's own words — no clause of 3's)
    assert_within_given(body, gave, exact=tuple({"j": "ja", "n": "nee"}[g] for g in gave))
