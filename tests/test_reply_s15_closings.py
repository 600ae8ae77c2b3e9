"""A polite closing under the answer is no condition (session 13).

"1 ja 2 ja 3 nee" with "Als u nog vragen heeft, hoor ik het graag." under it left every item
unclear ("als" read as a condition on the consent): a clear answer the worker had to decide by
hand, in one of the commonest closings of Dutch mail. A real condition, or a closing that also
says something about an item, stays unclear."""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS

from toestemming.capture.answers import read_answers

CLOSINGS = (
    "Als u nog vragen heeft hoor ik het graag.",
    "Als u nog vragen hebt, bel gerust.",
    "Mocht u nog vragen hebben, dan hoor ik het wel.",
    "Als er nog vragen zijn, laat het maar weten.",
    "Bij eventuele vragen hoor ik het graag.",
    "Indien u verdere vragen heeft, mail gerust.",
)


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_about_questions_leaves_the_answer_clear(closing: str) -> None:
    reading = read_answers(f"1 ja 2 ja 3 nee\n{closing}\n\nGroet,\nMarja", ITEMS[:3])
    assert outcome(reading) == ("ja", "ja", "nee"), reading.problems


@pytest.mark.parametrize(
    "text",
    (
        "Ja voor alles.\nAls u vragen heeft over 2, dan liever niet.",  # an item in it
        "Ja voor alles.\nAls u vragen heeft over de school, dan nee.",  # an answer word in it
        "Ja voor alles, als u vragen heeft hoor ik het graag.",  # on the answer's own line
        "Ja voor alles.\nAls ze mij eerst bellen.",  # a condition, not a closing
        "Ja voor alles.\nAls er vragen zijn over zijn diagnose, niet delen.",
    ),
)
def test_a_condition_or_an_item_in_the_closing_stays_for_the_worker(text: str) -> None:
    got = outcome(read_answers(text, ITEMS[:3]))
    assert got != ("ja", "ja", "ja"), got
