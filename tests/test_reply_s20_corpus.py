"""Round 13 of issue 19 (reply20): round 13's phrasings (tests/reply_s20_phrasings.py: a yes
restricted after it was typed, or the message taken back with spoken particles) in the whole
messages of rounds 6 to 8 and 10, raw bytes through the whole reader; the reason the worker is
told; one sharp case per class (each failed before its fix).
Counts by kind: `python tests/reply_s20_count.py` (before reply20: 1272 of 2014 readings
wrong, every one a yes nobody gave; after: 0).
"""

from __future__ import annotations

import pytest
import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
from reply_harness import outcome, wrong_in
from reply_s17_phrasings import PHRASINGS as P17
from reply_s20_phrasings import PHRASINGS as P20
from reply_table import ITEMS

from toestemming.capture.answers import Verdict, read_answers

SETS = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6": s12}


@pytest.mark.parametrize(
    ("set_", "envelope"),
    [(name, env) for name, module in SETS.items() for env in sorted(module.ENVELOPES)],
)
def test_every_round13_phrasing_in_every_client(set_: str, envelope: str) -> None:
    assert wrong_in(envelope, P20, SETS[set_].message) == []


def test_the_matrix_covers_the_brief() -> None:
    """At least 30 phrasings of the classes, none the same as round 12's, each class in it."""
    earlier = {" ".join(c.text.lower().split()) for c in P17.values()}
    again = [n for n, c in P20.items() if " ".join(c.text.lower().split()) in earlier]
    assert len(P20) >= 30 and not again, again
    langs = {c.lang for c in P20.values()}
    envelopes = sum(len(m.ENVELOPES) for m in SETS.values())
    assert langs == {"nl", "en"} and envelopes >= 50


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("1 ja, 2 ja, 3 ja maar 3 alleen dit schooljaar", 3, "time"),
        ("1 ja, 2 ja, 3 ja maar 3 alleen contactgegevens", 3, "limit"),
        ("1 ja, 2 ja, 3 ja maar 1 alleen als het echt moet", 1, "cond"),
        ("1 ja, 2 ja, alleen voor nu 3 nee", 1, "time"),
        ("Ja voor alles.\n\nIk heb me toch bedacht.", 2, "retract"),
        ("Ja voor alles.\n\nLaat het maar zitten hoor", 1, "retract"),
    ],
)
def test_the_worker_is_told_why(text: str, position: int, reason: str) -> None:
    item = read_answers(text, ITEMS[:3]).items[position]
    assert item.verdict == Verdict.UNCLEAR
    assert item.reason.phrase.message_id == f"reply-reason-{reason}"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a restriction of an item answered in the same sentence, every way it is typed
        ("1 ja 2 ja 3 ja, maar 2 alleen tot de kerst", ("ja", "?", "ja")),
        ("1 yes, 2 yes, 3 yes, but 1 only this year", ("?", "ja", "ja")),
        # the restricted item's other answer is a no: still not recorded as either
        ("1 ja 2 nee 3 ja maar 2 alleen contactgegevens", ("ja", "?", "ja")),
        # the condition after a chain of yeses is every one's, the no after it stands
        ("1 ja, 2 ja, voor nu 3 nee", ("?", "?", "nee")),
        # taken back: particles inside, after, an emoji after
        ("1 ja 2 ja 3 ja\nIk heb me echt toch bedacht hoor", ("geen",)),
        ("Alles ja.\nLaat ook maar 🙈", ("geen",)),
        ("Yes to all.\nI've just changed my mind", ("geen",)),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    got = outcome(read_answers(text, ITEMS[:3]))
    assert got == want or (want == ("geen",) and set(got) == {"?"}), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 ja, 2 ja, 3 ja, maar 3 ook", ("ja", "ja", "ja")),
        ("Voor 1 maar niet voor 2, 3 ja", ("ja", "nee", "ja")),
        ("Ja voor alles. Laat het maar weten, groetjes", ("ja", "ja", "ja")),
        ("Alles ja behalve 2", ("ja", "nee", "ja")),
        ("1 nee 2 nee, alleen voor nu 3 ja", ("nee", "nee", "?")),
    ],
)
def test_what_stays(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want
