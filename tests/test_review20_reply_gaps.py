"""review20: replies whose yes is read as given although the parent restricted it or took it
back — reported to the lead (the reply reader is reply19's); fixed in reply20 (answers._restricted, the particles of
reply_words' take-back phrase, "alleen" before the condition in reply_grammar._trails_yes).

- "N ja … maar N alleen <tijd/voorwaarde/gegevens>": the restriction of an item that already
  has its own yes in the sentence becomes a derived (contrast) binding with the hedge, and
  answers._Assembly._decide only looks at the highest rank — the plain explicit yes wins. The
  same restriction after "Ja voor alles" is read (the named item outranks the blanket).
- the message taken back (s16's reply_words HEDGE phrase): a word between ("toch") or after
  ("hoor") the phrase, and the answers above stand.
- "alleen voor nu" opening the clause after the yeses (s16's _trails_yes class, its own
  example "voor nu"): the yeses stand.
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS

from toestemming.capture.answers import read_answers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 ja, 2 ja, 3 ja maar 3 alleen dit schooljaar", ("ja", "ja", "?")),
        ("1 ja, 2 ja, 3 ja maar 3 alleen als het echt moet", ("ja", "ja", "?")),
        ("1 ja, 2 ja, 3 ja maar 3 alleen contactgegevens", ("ja", "ja", "?")),
        ("1 ja, 2 ja, 3 ja maar 2 alleen dit schooljaar", ("ja", "?", "ja")),
        ("1,2,3 ja, maar 2 alleen tot de zomer", ("ja", "?", "ja")),
        ("Ja voor alles.\n\nIk heb me toch bedacht.", ("geen",)),
        ("Ja voor alles.\n\nLaat het maar zitten hoor", ("geen",)),
        ("1 ja 2 ja, alleen voor nu 3 nee", ("?", "?", "nee")),
    ],
)
def test_a_restricted_or_retracted_yes_is_not_read_as_given(
    text: str, want: tuple[str, ...]
) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the same restrictions where the reader gets them (so the xfails above are the gap)
        ("Ja voor alles, maar 3 alleen dit schooljaar", ("ja", "ja", "?")),
        ("1 ja, 2 ja, 3 ja, 3 alleen dit schooljaar", ("ja", "ja", "?")),
        ("Ja voor alles.\n\nIk heb me bedacht", ("geen",)),
        ("1 ja 2 ja, alleen dit schooljaar 3 nee", ("?", "?", "nee")),
    ],
)
def test_the_same_restrictions_read_elsewhere(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want
