"""reply30: "voor"/"for" votes typed without commas — the reader's false NOs.

Session 25 made a "voor" that votes a doubt (reply_favour), but only where a comma or the
end of the clause closed its items. Typed on a phone without commas the vote's items ran on
into the next item's answer: "ik ben voor 1 2 nee", "I am for 1 2 no", "voor 1, 2 tegen",
"voor 1 tegen 2", "ik ben voor 1 en 3 tegen 2", "de rest voor 2 tegen" each read a no for
an item nobody refused. And "ik ben wel tegen 2" read a YES for 2 ("wel" taken for the
answer a "tegen" preposition links). The rule per item, as in the s29 probes: the reading
is what the person gave or "niet zeker" (?); a yes or a no nobody gave fails.
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS, _expand

from toestemming.capture.answers import Verdict, read_answers
from toestemming.errors import Said

# (id, the message, what the person gave per item: j yes, n no, ? neither; the exact reading
# where the reader must be exact — None: any reading within what was given)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- a vote after "ben"/"zijn"/"am" whose items run into another item's answer --------------
    ("ben-voor-1-2-nee", "ik ben voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("am-for-1-2-no", "I am for 1 2 no", "?n?", ("?", "nee", "?")),
    ("im-for-1-2-no", "I'm for 1 2 no", "?n?", ("?", "nee", "?")),
    ("caps", "IK BEN VOOR 1 2 NEE", "?n?", ("?", "nee", "?")),
    ("caps-en", "I AM FOR 1 2 NO", "?n?", ("?", "nee", "?")),
    ("zijn-voor", "wij zijn voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-er-helemaal-voor", "ik ben er helemaal voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-ik-voor", "ben ik voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("daar-ben-ik-voor", "daar ben ik voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-en-2-nee", "ik ben voor 1 en 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-3-2-nee", "ik ben voor 1 3 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-en-3-2-niet", "ik ben voor 1 en 3 2 niet", "?n?", ("?", "nee", "?")),
    ("ben-voor-then-yes", "ik ben voor 1 2 nee 3 ja", "?nj", ("?", "nee", "ja")),
    ("ben-voor-2n", "ik ben voor 1 2n", "?n?", ("?", "nee", "?")),
    ("ben-voor-2nee", "ik ben voor 1 2nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-liever-niet", "ik ben voor 1 2 liever niet", "?n?", ("?", "nee", "?")),
    ("ben-voor-niet-akkoord", "ik ben voor 1 2 niet akkoord", "?n?", ("?", "nee", "?")),
    ("ben-voor-geen-toestemming", "ik ben voor 1 2 geen toestemming", "?n?", None),
    ("ben-voor-nummers", "ik ben voor nummer 1 nummer 2 nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-onderdeel", "ik ben voor onderdeel 1 onderdeel 2 nee", "?n?", None),
    ("ben-voor-ordinals", "ik ben voor de eerste de tweede nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-1e-2e", "ik ben voor 1e 2e nee", "?n?", ("?", "nee", "?")),
    ("ben-voor-woorden", "ik ben voor een en drie twee nee", "?n?", ("?", "nee", "?")),
    ("in-favour-of", "in favour of 1 2 no", "?n?", ("?", "nee", "?")),
    ("am-in-favour-of", "i am in favour of 1 2 no", "?n?", ("?", "nee", "?")),
    ("in-favour-against", "in favour 1 2 against", "?n?", ("?", "nee", "?")),
    ("am-for-1-and-3-2-no", "I am for 1 and 3 2 no", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-wel-2-niet", "ik ben voor 1 wel 2 niet", "jn?", None),
    # -- "voor" first in its clause, its items running into a no that is another item's -------
    ("voor-1-2-nee", "voor 1 2 nee", "?n?", ("?", "nee", "?")),
    ("voor-1-komma-2-nee", "voor 1, 2 nee", "?n?", ("?", "nee", "?")),
    ("voor-1-komma-2-tegen", "voor 1, 2 tegen", "?n?", ("?", "nee", "?")),
    ("voor-1-2-tegen", "voor 1 2 tegen", "?n?", ("?", "nee", "?")),
    ("voor-1-en-2-tegen", "voor 1 en 2 tegen", "?n?", ("?", "nee", "?")),
    ("for-1-2-no", "for 1 2 no", "?n?", ("?", "nee", "?")),
    ("for-1-komma-2-against", "for 1, 2 against", "?n?", ("?", "nee", "?")),
    ("voor-1-2-niet-akkoord", "voor 1 2 niet akkoord", "?n?", ("?", "nee", "?")),
    ("voor-1-2-kruis", "voor 1 2 ❌", "?n?", ("?", "nee", "?")),
    ("voor-1-2-dubbelpunt", "voor 1 2: nee", "?n?", ("?", "nee", "?")),
    ("voor-1-2nee-3-ja", "voor 1 2nee 3 ja", "?nj", ("?", "nee", "ja")),
    ("item-ja-voor-2-3-nee", "1 ja voor 2 3 nee", "j?n", ("ja", "?", "nee")),
    ("voor-woorden", "voor een twee nee", "?n?", ("?", "nee", "?")),
    # -- "voor 1 tegen 2": both votes before their items ---------------------------------------
    ("voor-1-tegen-2", "voor 1 tegen 2", "?n?", ("?", "nee", "?")),
    ("voor-1-tegen-2-voor-3", "voor 1 tegen 2 voor 3", "?n?", ("?", "nee", "?")),
    ("voor-1-en-3-tegen-2", "voor 1 en 3 tegen 2", "?n?", ("?", "nee", "?")),
    ("voor-1-3-tegen-2", "voor 1 3 tegen 2", "?n?", ("?", "nee", "?")),
    ("voor-1-en-2-tegen-3", "voor 1 en 2 tegen 3", "??n", ("?", "?", "nee")),
    ("ben-voor-1-tegen-2", "ik ben voor 1 tegen 2", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-en-3-tegen-2", "ik ben voor 1 en 3 tegen 2", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-3-niet-2", "ik ben voor 1 3 niet 2", "?n?", ("?", "nee", "?")),
    ("ben-voor-1-2-tegen-3-ja", "ik ben voor 1 2 tegen 3 ja", "?nj", ("?", "nee", "ja")),
    ("for-1-against-2", "I am for 1 against 2", "?n?", ("?", "nee", "?")),
    ("for-1-and-2-not-3", "for 1 and 2 not 3", "??n", ("?", "?", "nee")),
    ("for-first-against-second", "for the first against the second", "?n?", None),
    ("in-favour-of-1-3-against-2", "in favour of 1 and 3 against 2", "?n?", ("?", "nee", "?")),
    ("voor-tegen-regels", "voor 1\ntegen 2\nvoor 3", "?n?", ("?", "nee", "?")),
    # -- "pro" / "contra" as "voor" / "tegen" --------------------------------------------------
    ("pro-1-2-nee", "pro 1 2 nee", "?n?", ("?", "nee", "?")),
    ("pro-1-2-contra", "pro 1 2 contra", "?n?", ("?", "nee", "?")),
    ("pro-1-contra-2", "pro 1 contra 2", "?n?", ("?", "nee", "?")),
    ("1-pro-2-contra", "1 pro 2 contra", "?n?", ("?", "nee", "?")),
    ("1-2-pro-3-contra", "1 2 pro 3 contra", "??n", ("?", "?", "nee")),
    ("ben-pro-contra", "ik ben pro 1, 2 contra", "?n?", ("?", "nee", "?")),
    ("pro-1-komma-2-ja", "pro 1, 2 ja", "?j?", ("?", "ja", "?")),  # "pro" is no preposition
    ("pro-1-2-ja", "pro 1 2 ja", "?j?", ("?", "ja", "?")),
    # "contra" is never "ja tegen" (yes to): "1 ja contra 2" gave no yes to 2 (review35)
    ("1-ja-contra-2", "1 ja contra 2", "jn?", None),
    ("1-akkoord-contra-2", "1 akkoord contra 2", "jn?", None),
    ("1-en-3-ja-contra-2", "1 en 3 ja contra 2", "jnj", None),
    ("alles-ja-contra-2", "alles ja contra 2", "jnj", None),
    # an afterthought takes the yes back: "ja, ik ben voor 1 en 3 maar eigenlijk niet" (review35)
    ("ja-ben-voor-maar-niet", "ja, ik ben voor 1 en 3 maar eigenlijk niet", "???", None),
    ("ja-ben-voor-maar-niet-meer", "ja, ik ben voor 1 en 3 maar nu niet meer", "???", None),
    ("yes-for-but-not", "yes, I'm for 1 and 3 but actually not", "???", None),
    ("ja-ben-voor-1-of-3", "ja, ik ben voor 1 of 3", "???", None),
    # -- "voor 1 nee 3": 1's no ("voor 1: nee") or 3's ("voor 1, nee 3")? Both unclear
    ("voor-1-nee-3", "voor 1 nee 3", "???", ("?", "?", "?")),
    ("voor-1-no-3", "for 1 no 3", "???", ("?", "?", "?")),
    ("voor-1-nee-2-ja", "voor 1 nee 2 ja", "nj?", ("nee", "ja", "?")),
    # -- "de rest voor" / "alles voor": the vote after a list that is no number ----------------
    ("rest-voor-2-tegen", "de rest voor 2 tegen", "?n?", ("?", "nee", "?")),
    ("2-tegen-rest-voor", "2 tegen rest voor", "?n?", ("?", "nee", "?")),
    ("2-tegen-komma-rest-voor", "2 tegen, de rest voor", "?n?", ("?", "nee", "?")),
    ("alles-voor-behalve-2", "alles voor behalve 2", "?n?", None),
    # -- "wel" right before "tegen" stresses the no: never a yes --------------------------------
    ("wel-tegen-2", "ik ben wel tegen 2", "?n?", ("?", "nee", "?")),
    ("wel-tegen-2-kort", "wel tegen 2", "?n?", ("?", "nee", "?")),
    ("geen-bezwaar-tegen-2-wel", "geen bezwaar tegen 1, tegen 2 wel", "jn?", ("ja", "nee", "?")),
    # -- quoted below, as clients send it ------------------------------------------------------
    ("gmail-ben-voor", "Ik ben voor 1 2 nee\n\n{gmail}", "?n?", ("?", "nee", "?")),
    ("apple-voor-tegen", "voor 1 tegen 2\n\n{apple}", "?n?", ("?", "nee", "?")),
    ("outlook-en", "I am for 1 2 no\n\n{outlook-en}", "?n?", ("?", "nee", "?")),
    # -- what stays as it was: "voor" linking an answer, "wel"/"niet" per item ----------------
    ("voor-1-en-3-ja-2-nee", "voor 1 en 3 ja, 2 nee", "jnj", ("ja", "nee", "ja")),
    ("voor-1-2-en-3-ja", "voor 1, 2 en 3 ja", "jjj", ("ja", "ja", "ja")),
    ("voor-2-en-3-geen-toestemming", "voor 1 geen bezwaar, voor 2 en 3 geen toestemming", "jnn",
     ("ja", "nee", "nee")),
    ("voor-2-nee", "voor 2 nee", "?n?", ("?", "nee", "?")),
    ("ja-voor-1-2-nee", "ja voor 1 2 nee", "jn?", ("ja", "nee", "?")),
    ("nee-voor-1-2-ja", "nee voor 1 2 ja", "nj?", ("nee", "ja", "?")),
    ("is-voor-1-prima", "dat is voor 1 prima, 2 niet", "jn?", ("ja", "nee", "?")),
    ("1-wel-2-niet", "1 wel 2 niet", "jn?", ("ja", "nee", "?")),
    ("1-en-3-wel-2-niet", "1 en 3 wel 2 niet", "jnj", ("ja", "nee", "ja")),
    ("1-3-wel-regel-2-niet", "1 3 wel\n2 niet", "jnj", ("ja", "nee", "ja")),
    ("wel-1-en-3-niet-2", "wel 1 en 3 niet 2", "jnj", ("ja", "nee", "ja")),
    ("1-voor-2-tegen", "1 voor 2 tegen", "?n?", ("?", "nee", "?")),
    ("tegen-2-voor-1-3", "tegen 2 voor 1 3", "?n?", ("?", "nee", "?")),
]  # fmt: skip

_WORD = {"j": "ja", "n": "nee", "?": "?"}


def _read(body: str) -> tuple[str, ...]:
    got = outcome(read_answers(_expand(body, 3), ITEMS[:3]))
    return got if len(got) == 3 else ("?", "?", "?")


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_no_answer_nobody_gave(body: str, gave: str, exact: tuple[str, ...] | None) -> None:
    got = _read(body)
    for p, (said, read) in enumerate(zip(gave, got, strict=True), start=1):
        assert read in (_WORD[said], "?"), f"item {p}: gave {said!r}, read {read!r}: {got}"
    if exact is not None:
        assert got == exact


def test_the_table_has_unique_ids() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("body", ["ik ben voor 1 2 nee", "voor 1 tegen 2", "I am for 1 2 no"])
def test_the_worker_is_told_the_vote_is_why(body: str) -> None:
    reading = read_answers(body, ITEMS[:3])
    assert reading.items[1].verdict == Verdict.UNCLEAR
    assert reading.items[1].reason == Said("reply-reason-favour")
    assert reading.items[2].verdict == Verdict.NO
