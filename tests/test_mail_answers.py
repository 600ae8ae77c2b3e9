"""The answer reader: what people really type, in Dutch and English, and what it must refuse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toestemming.capture.answers import read_answers
from toestemming.errors import Said

Y, N = "yes", "no"


@pytest.mark.parametrize(
    ("text", "items", "expected"),
    [
        ("1 ja, 2 nee", 2, {1: Y, 2: N}),
        ("1 ja 2 nee", 2, {1: Y, 2: N}),
        ("1. Ja\n2. Nee", 2, {1: Y, 2: N}),
        ("Onderdeel 1: ja\nOnderdeel 2: nee", 2, {1: Y, 2: N}),
        ("1-ja 2-nee", 2, {1: Y, 2: N}),
        ("ja voor 1 en 3, nee voor 2", 3, {1: Y, 2: N, 3: Y}),
        ("ja 1, nee 2", 2, {1: Y, 2: N}),
        ("ja voor 1, 2 en 3", 3, {1: Y, 2: Y, 3: Y}),
        ("ja voor 1, 2 nee", 2, {1: Y, 2: N}),
        ("1 en 2 ja", 2, {1: Y, 2: Y}),
        ("ja voor alles", 3, {1: Y, 2: Y, 3: Y}),
        ("Ja hoor, voor allebei!", 2, {1: Y, 2: Y}),
        ("alles ja", 2, {1: Y, 2: Y}),
        ("nee voor alles", 2, {1: N, 2: N}),
        ("nee voor alles behalve 2", 3, {1: N, 2: Y, 3: N}),
        ("ja voor alles behalve 1", 2, {1: N, 2: Y}),
        ("nee voor 2, de rest ja", 3, {1: Y, 2: N, 3: Y}),
        ("Akkoord!", 2, {1: Y, 2: Y}),
        ("Ik ga akkord", 2, {1: Y, 2: Y}),  # typo
        ("akoord", 1, {1: Y}),  # typo
        ("Ja, akkoord", 2, {1: Y, 2: Y}),
        ("niet akkoord", 2, {1: N, 2: N}),
        ("Ik geef geen toestemming", 1, {1: N}),
        ("Ja ik geef toestemming voor 1 en 2", 2, {1: Y, 2: Y}),
        ("jaa", 1, {1: Y}),
        ("neee", 1, {1: N}),
        ("1 wel 2 niet", 2, {1: Y, 2: N}),
        ("1 prima, 2 liever niet", 2, {1: Y, 2: N}),
        ("Ik ben 17 jaar, ja voor alles", 2, {1: Y, 2: Y}),
        ("Hoi! 1 ja 2 nee. Bel me op 06-12345678 om 10:30", 2, {1: Y, 2: N}),
        ("yes to all", 2, {1: Y, 2: Y}),
        ("1 yes 2 no", 2, {1: Y, 2: N}),
        ("I agree", 2, {1: Y, 2: Y}),
        ("Één ja", 1, {1: Y}),  # one item: a bare answer is unambiguous
        ("JA VOOR ALLES", 2, {1: Y, 2: Y}),
        ("Code TS-1CR5-AYMZ-7: ja voor alles", 2, {1: Y, 2: Y}),  # not "item 7"
        ("1 ja 2 nee, mail sam2@example.org of www.site3.nl", 2, {1: Y, 2: N}),
    ],
)
def test_answers_are_read(text: str, items: int, expected: dict[int, str]) -> None:
    reading = read_answers(text, items)
    assert reading.problems == []
    assert {p: str(a) for p, a in reading.answers.items()} == expected
    assert reading.withdraw is None


@pytest.mark.parametrize(
    ("text", "items", "problem"),
    [
        ("1 ja/nee\n2 ja/nee", 2, "zowel ja als nee"),  # the unedited QR template
        ("1: ja of nee", 1, "zowel ja als nee"),
        ("1 ja, 1 nee", 2, "zowel ja als nee"),
        ("ja", 2, "niet voor welk onderdeel"),
        ("ja hoor", 3, "niet voor welk onderdeel"),  # a bare yes may be meant for one item
        ("1 ja", 2, "Onderdeel 2 is niet beantwoord"),
        ("5 ja", 2, "onderdeel 5"),
        ("ja voor alles\nnee voor alles", 2, "ja voor alles als nee voor alles"),
        ("Ik moet er nog over nadenken", 2, "geen ja of nee"),
        ("", 2, "geen ja of nee"),
        ("behalve 2", 2, "behalve"),
        ("ja en intrekken 2", 2, "intrekken"),
    ],
)
def test_doubt_is_a_problem_not_a_guess(text: str, items: int, problem: str) -> None:
    reading = read_answers(text, items)
    assert any(problem in p for p in reading.problems), reading.problems


@pytest.mark.parametrize("text", ["nee", "Nee, liever niet", "Nee hoor.", "no thanks"])
def test_a_bare_no_is_a_no_to_everything_and_says_so(text: str) -> None:
    """A no to everything is unambiguous (and the safe side): applied to all items, with a
    note so the worker sees that one answer was used for every item."""
    reading = read_answers(text, 3)
    assert reading.problems == []
    assert {p: str(a) for p, a in reading.answers.items()} == {1: N, 2: N, 3: N}
    assert reading.blanket and reading.notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("intrekken", ()),
        ("Ik wil mijn toestemming intrekken.", ()),
        ("Ik trek mijn toestemming in", ()),
        ("ik trek 2 in", (2,)),
        ("intrekken 1 en 3", (1, 3)),
        ("Graag 2 intrekken", (2,)),
        ("I withdraw my consent", ()),
    ],
)
def test_withdrawal_is_recognised(text: str, expected: tuple[int, ...]) -> None:
    reading = read_answers(text, 3)
    assert reading.problems == []
    assert reading.withdraw == expected


def test_sensitive_needs_the_words_in_the_same_line() -> None:
    ok = read_answers("1 ja\n2 ja, ook de gevoelige gegevens", 2)
    assert ok.special_ack == {2}
    all_ok = read_answers("ja voor alles, ook gevoelige gegevens", 2)
    assert all_ok.special_ack == {1, 2}
    not_ok = read_answers("ja voor alles", 2)
    assert not_ok.special_ack == set()
    other_line = read_answers("1 ja\n2 ja\ngevoelig", 2)
    assert other_line.special_ack == set()


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=30))
def test_any_text_is_read_without_crashing(text: str, items: int) -> None:
    reading = read_answers(text, items)
    assert set(reading.answers) <= set(range(1, items + 1))
    # Either a complete reading, a withdrawal, or at least one problem: never a silent half.
    complete = set(reading.answers) == set(range(1, items + 1))
    assert complete or reading.withdraw is not None or reading.problems
    # Every sentence the reader says is a catalog sentence (an English desk reads English).
    for said in (*reading.problems, *reading.notes):
        assert isinstance(said, Said) and said.text_in("en") and str(said) == said.text_in("nl")


@pytest.mark.parametrize(
    "text",
    [
        "misschien", "ok 👍", "1 ja, 3 nee", "ja en nee", "ja, behalve 2", "ik trek in, maar ja",
        "ik trek niet in", "ja voor alles, nee voor alles", "", "ja?", "ja als het moet",
        "1 ja", "intrekken? weet ik nog niet", "ja", "1 misschien 2 ja",
    ],
)  # fmt: skip
def test_what_the_reader_says_is_english_on_an_english_desk(text: str) -> None:
    reading = read_answers(text, 2)
    for said in (*reading.problems, *reading.notes):
        assert isinstance(said, Said), said
        english = said.text_in("en")
        for dutch in ("onderdeel", "antwoord", " niet ", " het ", "twijfelt", "misschien"):
            assert dutch not in f" {english.lower()} ", english


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "2",
                "3",
                "ja",
                "nee",
                "voor",
                "alles",
                "behalve",
                ",",
                "en",
                "of",
                "/",
                "akkoord",
                "niet",
                "intrekken",
                "\n",
                "gevoelig",
                "wel",
            ]
        ),
        max_size=25,
    )
)
def test_answer_words_in_any_order(words: list[str]) -> None:
    reading = read_answers(" ".join(words), 3)
    for p, a in reading.answers.items():
        assert 1 <= p <= 3 and str(a) in (Y, N)
