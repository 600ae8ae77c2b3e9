"""reply32: a vote word after another item's no took that no, and neighbours of the class.

- "tegen 2 wel voor 1", "tegen 2 en 3, wel voor 1", "ik ben tegen 2 maar wel voor 1": the
  "tegen" ran on over "wel voor 1" — a no for 1 nobody gave; "2 tegen maar voor 1", "against
  2 but for 1": "maar" mirrored the no into a yes for 1. A "voor" that votes is never a yes:
  1 is a doubt (reason 'favour').
- "1 tegen 2 de rest ja", "1 tegen 2 3 ja": 1's "tegen" (1 no, 2 in the rest's yes) or a vote
  against 2 ("1, tegen 2")? Read the first way it gave 2 a yes the person may have voted
  against: 1 and 2 unclear (reason 'both'), the rest's own answer stands.
- "voor 1 - 2 nee": the range "1 t/m 2 nee" or a vote and 2's no ("voor 1; 2 nee")? never a
  confident no for 1 (reason 'favour').
- "ik ben voor 1 de rest nee" / "... de rest ja": the rest answers for itself; before, 1 took
  the rest's no (or its yes).
The rule per item, as in the s29-s31 tables: the reading is what the person gave or "niet
zeker" (?); a yes or a no nobody gave fails.
"""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given
from reply_table import ITEMS, _expand

from toestemming.capture.answers import read_answers

J, N, U = "ja", "nee", "?"

# (id, the message, what the person gave per item: j yes, n no, ? neither or not sure; the
# exact reading where the reader must be exact — None: any reading within what was given)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- a "voor" after another item's "tegen": a vote, never that item's no (nor a yes) ---------------
    ("tegen-2-wel-voor-1", "tegen 2 wel voor 1", "?n?", (U, N, U)),
    ("tegen-2-komma-voor-1", "tegen 2, voor 1", "?n?", (U, N, U)),
    ("2-tegen-maar-voor-1", "2 tegen maar voor 1", "?n?", (U, N, U)),
    ("against-2-but-for-1", "against 2 but for 1", "?n?", (U, N, U)),
    ("tegen-2-3-komma-wel-voor-1", "tegen 2 en 3, wel voor 1", "?nn", (U, N, N)),
    ("tegen-2-3-wel-voor-1", "tegen 2 en 3 wel voor 1", "?nn", (U, N, N)),
    ("tegen-2-maar-voor-1", "tegen 2 maar voor 1", "?n?", (U, N, U)),
    ("tegen-2-maar-wel-voor-1", "tegen 2 maar wel voor 1", "?n?", (U, N, U)),
    ("ben-tegen-2-wel-voor-1", "ik ben tegen 2 wel voor 1", "?n?", (U, N, U)),
    ("ben-tegen-2-maar-voor-1", "ik ben tegen 2 maar voor 1", "?n?", (U, N, U)),
    ("ben-tegen-2-maar-wel-voor-1", "ik ben tegen 2 maar wel voor 1", "?n?", (U, N, U)),
    ("im-against-2-but-for-1", "I'm against 2 but for 1", "?n?", (U, N, U)),
    ("contra-2-wel-voor-1", "contra 2 wel voor 1", "?n?", (U, N, U)),
    ("tegen-2-wel-pro-1", "tegen 2 wel pro 1", "?n?", (U, N, U)),
    ("tegen-2-wel-in-favour-1", "tegen 2 wel in favour of 1", "?n?", (U, N, U)),
    ("tegen-2-wel-voor-1-en-3", "tegen 2 wel voor 1 en 3", "?n?", (U, N, U)),
    ("tegen-2-wel-voor-1-komma-3-ja", "tegen 2 wel voor 1, 3 ja", "?nj", (U, N, J)),
    ("tegen-2-wel-voor-1-en-ja-3", "tegen 2 wel voor 1 en ja voor 3", "?nj", (U, N, J)),
    ("tegen-2-wel-voor-de-rest", "tegen 2 wel voor de rest", "?n?", (U, N, U)),
    ("tegen-2-komma-wel-voor-1", "tegen 2, wel voor 1", "?n?", (U, N, U)),
    ("2-tegen-komma-wel-voor-1", "2 tegen, wel voor 1", "?n?", None),
    ("tegen-nr-2-wel-voor-nr-1", "tegen nr 2 wel voor nr 1", "?n?", (U, N, U)),
    ("tegen-2-regel-wel-voor-1", "tegen 2\nwel voor 1", "?n?", (U, N, U)),
    ("tegen-2-punt-wel-voor-1", "Tegen 2. Wel voor 1", "?n?", (U, N, U)),
    ("caps-tegen-2-wel-voor-1", "TEGEN 2 WEL VOOR 1", "?n?", (U, N, U)),
    ("hoofdletter-tegen-2-maar-voor-1", "Tegen 2 Maar Voor 1", "?n?", (U, N, U)),
    ("ben-er-tegen-2-wel-voor-1", "ik ben tegen nummer 2, wel voor nummer 1", "?n?", (U, N, U)),
    ("against-2-3-but-for-1", "against 2 and 3 but for 1", "?nn", (U, N, N)),
    ("gmail-tegen-2-wel-voor-1", "tegen 2 wel voor 1\n\n{gmail}", "?n?", (U, N, U)),
    ("outlook-2-tegen-maar-voor-1", "2 tegen maar voor 1\n\n{outlook}", "?n?", (U, N, U)),
    # ... after a no that is no vote "voor" stays the preposition: "wel voor 1" a yes (s14, s16)
    ("nee-voor-2-wel-voor-1", "nee voor 2 wel voor 1", "jn?", None),
    ("niet-voor-2-wel-voor-1", "niet voor 2, wel voor 1", "jn?", None),
    ("geen-toestemming-2-wel-1", "geen toestemming voor 2 wel voor 1", "jn?", None),
    ("tegen-2-maar-ja-voor-1", "tegen 2 maar ja voor 1", "jn?", (J, N, U)),
    # ... and a "tegen" before its own item after a vote's items is no answer that "voor" links:
    # "ja, ik ben voor 1 en 3" is a doubt (reply30's revert), with "en tegen 2" after it too
    ("ja-ben-voor-1-3-en-tegen-2", "ja ik ben voor 1 en 3 en tegen 2", "???", None),
    ("ja-ben-voor-1-3-ben-tegen-2", "ja ik ben voor 1 en 3 ben tegen 2", "???", None),
    ("ja-ben-voor-1-en-tegen-2", "ja ik ben voor 1 en tegen 2", "???", None),
    ("ben-voor-1-3-en-tegen-2", "ik ben voor 1 en 3 en tegen 2", "?n?", (U, N, U)),
    ("yes-im-for-1-and-against-2", "yes I'm for 1 and 3 and against 2", "???", None),
    ("ja-voor-1-3-en-tegen-2", "ja voor 1 en 3 en tegen 2", "jnj", (J, N, J)),
    # -- another item's "wel" after a vote against: its yes, or "wel tegen" too? never a sure no ------
    ("tegen-2-wel-1", "tegen 2 wel 1", "?n?", (U, N, U)),
    ("tegen-2-maar-1-wel", "tegen 2 maar 1 wel", "?n?", (U, N, U)),
    ("tegen-2-komma-1-wel", "tegen 2, 1 wel", "?n?", (U, N, U)),
    ("tegen-2-maar-wel-1", "tegen 2 maar wel 1", "?n?", (U, N, U)),
    ("tegen-2-komma-wel-1", "tegen 2, wel 1", "?n?", (U, N, U)),
    ("tegen-2-punt-1-wel", "Tegen 2. 1 wel.", "?n?", (U, N, U)),
    ("ben-tegen-2-komma-1-wel", "ik ben tegen 2, 1 wel", "?n?", (U, N, U)),
    ("tegen-2-maar-1-en-3-wel", "tegen 2 maar 1 en 3 wel", "?n?", (U, N, U)),
    ("tegen-2-en-1-wel", "tegen 2 en 1 wel", "?n?", None),
    ("2-tegen-1-wel", "2 tegen 1 wel", "?n?", None),
    ("against-2-komma-1-wel", "against 2, 1 wel", "?n?", (U, N, U)),
    ("tegen-2-komma-rest-wel", "tegen 2, de rest wel", "?n?", (U, N, U)),
    ("tegen-2-maar-rest-wel", "tegen 2 maar de rest wel", "?n?", (U, N, U)),
    ("tegen-2-komma-voor-rest-wel", "tegen 2, voor de rest wel", "?n?", (U, N, U)),
    ("tegen-2-voor-rest-wel", "tegen 2 voor de rest wel", "?n?", None),
    ("tegen-2-rest-wel", "tegen 2 de rest wel", "?n?", None),
    ("tegen-2-alles-anders-wel", "tegen 2, alles anders wel", "?n?", (U, N, U)),
    # ... a stress, or after "geen bezwaar" the echo of the objection, stays as it was
    ("geen-bezwaar-2-komma-rest-wel", "geen bezwaar tegen 2, de rest wel", "njn", (N, J, N)),
    ("niet-2-komma-rest-wel", "niet 2, de rest wel", "jnj", (J, N, J)),
    ("tegen-2-wel", "tegen 2 wel", "?n?", (U, N, U)),
    ("geen-bezwaar-1-komma-2-wel", "geen bezwaar tegen 1, 2 wel", "jn?", (J, N, U)),
    ("geen-bezwaar-1-3-punt-tegen-2-wel", "Geen bezwaar tegen 1 en 3. Tegen 2 wel.", "jnj", (J, N, J)),
    ("niet-2-komma-1-wel", "niet 2, 1 wel", "jn?", (J, N, U)),
    # -- "1 tegen 2": 1's no, or a vote against 2? ------------------------------------------------------
    ("1-tegen-2-rest-ja", "1 tegen 2 de rest ja", "??j", (U, U, J)),
    ("1-tegen-2", "1 tegen 2", "???", (U, U, U)),
    ("1-tegen-2-komma-rest-ja", "1 tegen 2, de rest ja", "??j", (U, U, J)),
    ("1-tegen-2-3-ja", "1 tegen 2 3 ja", "??j", (U, U, J)),
    ("1-tegen-2-komma-3-ja", "1 tegen 2, 3 ja", "??j", (U, U, J)),
    ("1-en-3-tegen-2", "1 en 3 tegen 2", "???", None),
    ("1-against-2", "1 against 2", "???", (U, U, U)),
    ("1-against-2-rest-yes", "1 against 2 the rest yes", "??j", (U, U, J)),
    ("caps-1-tegen-2-rest-ja", "1 TEGEN 2 DE REST JA", "??j", (U, U, J)),
    # ... where 2 has its own answer, or the list is another word's, it is read as before
    ("1-tegen-komma-2-ja", "1 tegen, 2 ja", "nj?", (N, J, U)),
    ("1-tegen-2-nee", "1 tegen 2 nee", "nn?", (N, N, U)),
    ("1-tegen-2-ja", "1 tegen 2 ja", "nj?", None),
    ("1-ja-tegen-2", "1 ja tegen 2", "jn?", (J, N, U)),
    ("voor-1-tegen-2", "voor 1 tegen 2", "?n?", (U, N, U)),
    ("tegen-2-rest-ja", "tegen 2 de rest ja", "jnj", (J, N, J)),
    # -- "voor 1 - 2 nee": a range or a vote and 2's no ---------------------------------------------------
    ("voor-1-streep-2-nee", "voor 1 - 2 nee", "?n?", None),
    ("voor-1-streep-2-nee-vast", "voor 1-2 nee", "?n?", None),
    ("voor-1-gedachtestreep-2-nee", "voor 1 – 2 nee", "?n?", None),
    ("voor-1-streep-2-niet", "voor 1 - 2 niet", "?n?", None),
    ("voor-1-streep-2-tegen", "voor 1 - 2 tegen", "?n?", None),
    ("for-1-dash-2-no", "for 1 - 2 no", "?n?", None),
    ("voor-1-streep-2-nee-3-ja", "voor 1-2 nee, 3 ja", "?nj", None),
    ("caps-voor-1-streep-2-nee", "VOOR 1 - 2 NEE", "?n?", None),
    # ... a range said as one ("t/m") stays a range; a yes after it is a yes either way
    ("voor-1-tm-2-nee", "voor 1 t/m 2 nee", "nn?", (N, N, U)),
    ("nee-voor-1-streep-2", "nee voor 1-2", "nn?", (N, N, U)),
    ("voor-1-streep-2-ja", "voor 1 - 2 ja", "jj?", None),
    # -- the rest answers for itself after a vote's items ----------------------------------------------
    ("ben-voor-1-rest-nee", "ik ben voor 1 de rest nee", "?nn", (U, N, N)),
    ("voor-1-rest-nee", "voor 1 de rest nee", "?nn", (U, N, N)),
    ("ben-voor-1-rest-ja", "ik ben voor 1 de rest ja", "?jj", (U, J, J)),
    ("ben-voor-1-en-2-rest-nee", "ik ben voor 1 en 2 de rest nee", "??n", (U, U, N)),
    ("am-for-1-rest-no", "I am for 1 the rest no", "?nn", (U, N, N)),
    ("ja-ben-voor-1-rest-nee", "ja ik ben voor 1 de rest nee", "?nn", None),
    ("ja-ben-voor-1-rest-niet", "ja, ik ben voor 1 de rest niet", "?nn", None),
    ("ben-voor-1-alles-nee", "ik ben voor 1 alles nee", "?nn", None),
    ("ja-voor-1-rest-nee", "ja voor 1 de rest nee", "jnn", (J, N, N)),
    ("voor-1-rest-ja", "voor 1 de rest ja", "jjj", None),
    # -- "ok" acknowledges: the except's item is never a yes ---------------------------------------------
    # ("ja, ..." a yes the reader may take for 1 and 2, or leave unclear: 'ok' is no yes)
    ("ja-alles-ok-behalve-3", "ja, alles ok behalve 3", "jjn", None),
    ("alles-ok-behalve-3", "alles ok behalve 3", "??n", None),
    ("ok-behalve-3", "ok behalve 3", "??n", None),
    ("alles-top-behalve-3", "alles top behalve 3", "??n", None),
    ("duim-behalve-3", "👍 behalve 3", "??n", None),
    ("ja-alles-ok-behalve-nr-3", "Ja alles oké, behalve nr 3", "jjn", None),
    # -- the sentence before voted against: the next sentence's "voor" votes too -------------------------
    ("tegen-2-punt-voor-1", "Tegen 2.\nVoor 1", "?n?", (U, N, U)),
    ("tegen-2-regel-maar-voor-1", "ik ben tegen 2\nmaar voor 1", "?n?", (U, N, U)),
    ("tegen-2-punt-voor-1-3-geen-bezwaar", "Tegen 2. Voor 1 en 3 geen bezwaar", "jnj", (J, N, J)),
    ("niet-voor-2-regel-wel-voor-1", "niet voor 2\nwel voor 1", "jn?", None),
]  # fmt: skip

# where the reader must say why: the vote's item is a doubt of its own kind
_REASON = {
    "tegen-2-wel-voor-1": (1, "favour"),
    "2-tegen-maar-voor-1": (1, "favour"),
    "against-2-but-for-1": (1, "favour"),
    "tegen-2-3-komma-wel-voor-1": (1, "favour"),
    "ben-tegen-2-maar-wel-voor-1": (1, "favour"),
    "voor-1-streep-2-nee": (1, "favour"),
    "ben-voor-1-rest-nee": (1, "favour"),
    "1-tegen-2-rest-ja": (2, "both"),
}


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_vote_takes_no_answer_nobody_gave(
    body: str, gave: str, exact: tuple[str, ...] | None
) -> None:
    assert_within_given(body, gave, exact)


@pytest.mark.parametrize("case_id", sorted(_REASON))
def test_the_worker_is_told_why(case_id: str) -> None:
    body = next(c[1] for c in CASES if c[0] == case_id)
    p, reason = _REASON[case_id]
    item = read_answers(_expand(body, 3), ITEMS[:3]).items[p]
    assert item.verdict == "onduidelijk"
    assert item.reason.phrase.message_id == f"reply-reason-{reason}"  # type: ignore[attr-defined]


def test_the_table_has_unique_ids() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)
