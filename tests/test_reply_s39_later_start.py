"""s32 (lead, from the rd32 fuzz): a yes that starts at a later moment is no yes today.

"2 ja, na de zomer", "2 ja na de vakantie", "ja voor alles na de zomervakantie" gave 2 (or all)
a plain yes: "na" is no condition word ("alles ja op 2 na": all but 2), while "pas na de
zomer" and "ja tot de zomer" were already read as a condition. "na" before a moment (a
holiday, exams, a birthday, a month) now makes the yes wait, as "pas na" does."""

from __future__ import annotations

import pytest
from reply_harness import read_three

MOMENTS = [
    "de zomer",
    "de zomervakantie",
    "de vakantie",
    "de kerst",
    "de herfstvakantie",
    "mijn examens",
    "het eindexamen",
    "mijn 16e",
    "mijn verjaardag",
    "januari",
]
SAID = ["2 ja, na {m}", "2 ja na {m}", "2 akkoord na {m}", "2 mag na {m}", "2 is goed na {m}"]


@pytest.mark.parametrize("body", [s.format(m=m) for s in SAID for m in MOMENTS])
def test_a_yes_from_a_later_moment_is_no_yes_today(body: str) -> None:
    assert read_three(body)[1] != "ja"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("1 en 3 ja, 2 ja na de zomer", ("ja", "?", "ja")),
        ("ja voor alles na de zomervakantie", ("?", "?", "?")),
        # "op 2 na" (except 2) stays what it was
        ("alles ja op 2 na", ("ja", "nee", "ja")),
        ("1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
    ],
)
def test_readings(body: str, want: tuple[str, ...]) -> None:
    assert read_three(body) == want
