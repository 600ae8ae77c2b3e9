"""s33 (lead): what a withdrawal is about, when the parent names it beside the verb.

"intrekken: 2", "ik wil intrekken (2)", "withdraw: 2" withdrew every item (the items stood in a
clause of their own after the colon, comma or bracket); "ik trek alles in behalve 2", "withdraw
all but 2" withdrew 2 as well. A withdrawal the worker confirms from such a reading takes away
consents the parent kept."""

from __future__ import annotations

import pytest
from reply_harness import read_whole

VERBS = ["intrekken", "Intrekken", "ik wil intrekken", "ik trek in", "withdraw", "ik trek terug"]
LISTS = [(": 2", ("2",)), (", 2", ("2",)), (" (2)", ("2",)), (": nummer 2", ("2",))]
LISTS += [(": 2 en 3", ("2", "3")), (": onderdeel 1 en 3", ("1", "3")), (" (1, 3)", ("1", "3"))]


@pytest.mark.parametrize(
    ("body", "want"), [(v + s, w) for v in VERBS for s, w in LISTS], ids=lambda x: str(x)
)
def test_the_items_listed_after_the_verb_are_the_ones_withdrawn(
    body: str, want: tuple[str, ...]
) -> None:
    assert read_whole(body) == ("intrekken", *want)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("ik trek alles in behalve 2", ("1", "3")),
        ("alles intrekken behalve 2", ("1", "3")),
        ("ik wil alles intrekken behalve 2 en 3", ("1",)),
        ("ik trek alles in, behalve nummer 2", ("1", "3")),
        ("withdraw all but 2", ("1", "3")),
        ("I withdraw everything except 2", ("1", "3")),
        ("alles intrekken met uitzondering van 3", ("1", "2")),
    ],
)
def test_an_exception_to_withdrawing_everything_is_kept(body: str, want: tuple[str, ...]) -> None:
    assert read_whole(body) == ("intrekken", *want)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("ik wil intrekken", ("intrekken",)),
        ("ik trek alles in", ("intrekken",)),
        ("ik trek 2 in", ("intrekken", "2")),
        ("2: intrekken", ("intrekken", "2")),
        # not a withdrawal at all: stays none
        ("ik trek 2 niet in", ("geen",)),
    ],
)
def test_readings_that_stay(body: str, want: tuple[str, ...]) -> None:
    assert read_whole(body) == want
