"""s33 (lead): readings session 32 left, each a class written as a hurried parent types.

- A doubt after "maar" and before "de rest" is the yes's before "maar": "2 ok maar eerst
  bellen rest ja" gave 2 a plain yes and the rest a doubt (the rest's clause held the doubt).
- A word we cannot read after an item, behind a label's dot or a comma, may be that item's
  answer: "2. nop 1 ja 3 ja" gave 2 the yes of 1 (a list "2 … 1 ja").
- "wel" in a clause of its own after a refusal no "niet"/"geen" turned ("2 weiger ik, de andere
  wel") is the others' yes or their no too — it was read as their no.
- A number word turned down at the end of its clause ("niet twee", "liever niet drie") is the
  item: it was no item, so the no was every item's.
"""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given, read_three

DOUBTS = [
    "eerst bellen",
    "bel eerst",
    "bel me eerst",
    "wel eerst gebeld worden",
    "wil wel eerst gebeld worden",
    "eerst overleggen",
    "wel eerst even bellen",
]
RESTS = ["rest ja", "de rest ja", "rest oke", "de andere ja", "alles verder ja"]
OKS = ["ok", "ja", "akkoord", "is goed"]


@pytest.mark.parametrize(
    "body",
    [f"2 {ok} maar {d} {r}" for ok in OKS for d in DOUBTS for r in RESTS],
)
def test_a_doubt_after_maar_is_never_a_plain_yes_for_the_item_before(body: str) -> None:
    # the rest may stay unclear (whose doubt is it?), never a no; 2 never a plain yes
    assert_within_given(body, "j?j")
    assert read_three(body)[1] == "?"


UNREAD = ["nop", "nöp", "blub", "nee'", "neh", "nahh"]


@pytest.mark.parametrize(
    "body",
    [f"2{sep} {w} 1 ja 3 ja" for w in UNREAD for sep in ("", ".", ",", ":")],
)
def test_a_word_after_an_item_is_never_the_next_items_yes(body: str) -> None:
    assert read_three(body)[1] != "ja"


@pytest.mark.parametrize(
    "body",
    [
        f"2 {r}{sep} {others} wel"
        for r in ("weiger ik", "bezwaar", "ben ik tegen", "heb ik bezwaar tegen")
        for sep in (",", ".", ";")
        for others in ("de andere", "de rest", "1 en 3", "de anderen")
    ],
)
def test_wel_after_an_unturned_refusal_is_never_the_others_no(body: str) -> None:
    got = read_three(body)
    assert got[0] != "nee" and got[2] != "nee", got
    assert got[1] != "ja"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("niet twee", ("?", "nee", "?")),
        ("liever niet twee, verder alles goed", ("?", "nee", "?")),
        ("niet twee, de rest wel", ("ja", "nee", "ja")),
        ("liever niet drie", ("?", "?", "nee")),
        ("Nee twee.", ("?", "nee", "?")),
        ("nee voor twee, de rest wel", ("ja", "nee", "ja")),
        # an amount stays an amount: no item
        ("ik wil niet twee keer gebeld worden", ("?", "?", "?")),
        # the contrast the echo rules were built for stays as it was
        ("geen bezwaar tegen 2, de andere wel", ("nee", "ja", "nee")),
        ("2 niet, de andere wel", ("ja", "nee", "ja")),
        ("niet akkoord met 1, wel met 2", ("nee", "ja", "?")),
        # in its own clause, a "wel" after a refusal stresses it (a vote: reply_favour)
        ("contra 2 wel voor 1", ("?", "nee", "?")),
        ("1, 2 en 3 ja", ("ja", "ja", "ja")),
        ("1, 2, 3 ja", ("ja", "ja", "ja")),
        ("2 ja maar alleen dit schooljaar rest nee", ("nee", "?", "nee")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want


@pytest.mark.parametrize(
    "body",
    [
        f"{no} naar {who}"
        for no in ("Liever niet", "niet", "nee", "Liever niet meer")
        for who in ("de werkgever", "de huisarts", "het wijkteam", "de sportclub")
    ],
)
def test_a_no_naar_someone_who_is_no_item_is_no_items_no(body: str) -> None:
    # ("naar" links the no to its object as "voor"/"aan" do: it was every item's no)
    assert "nee" not in read_three(body)
    assert "nee" not in read_three(body + ", de rest ja")
