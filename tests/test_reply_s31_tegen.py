"""reply31: "tegen" read as the preposition "to" gave YESes to items the parent voted AGAINST.

"ja tegen 2" is a yes to 2 ("tegen" = "to"), but only where the answer word stands right
before "tegen" and is no item's or quantifier's answer of its own, or in the objection
phrases ("(geen) bezwaar tegen 2", "tegen 2 geen bezwaar"). Before: "1 ja tegen 2", "alles
ja tegen 2", "tegen 2 de rest ja", "ik ben zeker wel tegen 2", "ik ben er wel op tegen 2" ...
all read a yes for 2. Elsewhere "tegen 2" is a vote against 2 (a no), or where the "ja"
may be an item list's before a comma or line break ("1, ja tegen 2"), a doubt. The rule per
item, as in the s29/s30 tables: the reading is what the person gave or "niet zeker" (?);
a yes or a no nobody gave fails.
"""

from __future__ import annotations

import pytest
from reply_harness import assert_within_given

J, N, U = "ja", "nee", "?"

# (id, the message, what the person gave per item: j yes, n no, ? neither; the exact reading
# where the reader must be exact — None: any reading within what was given)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- the review's samples: the "ja" is an item's or a quantifier's, "tegen 2" a vote ----------
    ("1-ja-tegen-2", "1 ja tegen 2", "jn?", (J, N, U)),
    ("alles-ja-tegen-2", "alles ja tegen 2", "jnj", None),
    ("1-en-3-ja-tegen-2", "1 en 3 ja tegen 2", "jnj", None),
    ("tegen-2-rest-ja", "tegen 2 de rest ja", "jnj", (J, N, J)),
    ("zeker-wel-tegen-2", "ik ben zeker wel tegen 2", "?n?", None),
    ("er-wel-op-tegen-2", "ik ben er wel op tegen 2", "?n?", None),
    ("wel-tegen-2-rest-ja", "wel tegen 2 de rest ja", "jnj", (J, N, J)),
    ("wel-voor-1-wel-tegen-2", "ik ben wel voor 1 wel tegen 2", "jn?", None),
    ("wel-tegen-2-niet-tegen-1", "ik ben wel tegen 2 niet tegen 1", "jn?", (J, N, U)),
    # -- caps ------------------------------------------------------------------------------------
    ("caps-1-ja-tegen-2", "1 JA TEGEN 2", "jn?", (J, N, U)),
    ("caps-tegen-2-rest-ja", "TEGEN 2 DE REST JA", "jnj", (J, N, J)),
    ("caps-zeker-wel", "IK BEN ZEKER WEL TEGEN 2", "?n?", None),
    ("caps-alles-ja", "Alles Ja Tegen 2", "jnj", None),
    # -- commas, no commas, line breaks, marks between the item and its answer --------------------
    ("alles-ja-komma-tegen-2", "alles ja, tegen 2", "jnj", None),
    ("1-en-3-ja-komma-tegen-2", "1 en 3 ja, tegen 2", "jnj", None),
    ("1-ja-regel-tegen-2", "1 ja\ntegen 2", "jn?", None),
    ("alles-ja-regel-tegen-2", "Alles ja\ntegen 2", "jnj", None),
    ("tegen-2-regel-rest-ja", "tegen 2\nde rest ja", "jnj", None),
    ("tegen-2-komma-rest-ja", "tegen 2, de rest ja", "jnj", None),
    ("wel-tegen-2-komma-niet-1", "ik ben wel tegen 2, niet tegen 1", "jn?", None),
    ("wel-voor-1-komma-wel-tegen-2", "ik ben wel voor 1, wel tegen 2", "jn?", None),
    ("1-dubbelpunt-ja-tegen-2", "1: ja tegen 2", "jn?", None),
    ("1-haakje-ja-tegen-2", "1) ja tegen 2", "jn?", None),
    ("1-streep-ja-tegen-2", "1 - ja tegen 2", "jn?", None),
    ("1-is-ja-tegen-2", "1 = ja tegen 2", "jn?", None),
    ("1-ja-3-ja-tegen-2", "1 ja 3 ja tegen 2", "jnj", None),
    ("1-ja-tegen-2-3-ja", "1 ja tegen 2 3 ja", "jnj", None),
    ("1-ja-tegen-2-en-3", "1 ja tegen 2 en 3", "jnn", None),
    ("de-rest-ja-tegen-2", "de rest ja tegen 2", "jnj", None),
    ("nummer-1-ja-tegen-nummer-2", "nummer 1 ja tegen nummer 2", "jn?", None),
    ("eerste-ja-tegen-tweede", "de eerste ja tegen de tweede", "jn?", None),
    ("1-ja-tegen-bakkerij", "1 ja tegen de bakkerij", "jn?", None),
    ("alles-ja-tegen-bakkerij", "alles ja tegen de bakkerij", "jnj", None),
    # ... or the "ja" may be the list's before the comma / line: a doubt, never a yes for 2
    ("1-komma-ja-tegen-2", "1, ja tegen 2", "???", None),
    ("1-en-3-komma-ja-tegen-2", "1 en 3, ja tegen 2", "???", None),
    ("alles-komma-ja-tegen-2", "alles, ja tegen 2", "???", None),
    ("1-regel-ja-tegen-2", "1\nja tegen 2", "???", None),
    ("1-dubbelpunt-regel-ja-tegen-2", "1:\nja tegen 2", "???", None),
    # -- other answer words before "tegen": an item's answer, or a stress ---------------------------
    ("1-akkoord-tegen-2", "1 akkoord tegen 2", "jn?", None),
    ("1-en-3-akkoord-tegen-2", "1 en 3 akkoord tegen 2", "jnj", None),
    ("1-prima-tegen-2", "1 prima tegen 2", "jn?", None),
    ("1-ok-tegen-2", "1 ok tegen 2", "jn?", None),
    ("1-wel-tegen-2", "1 wel tegen 2", "jn?", None),
    ("1-wel-tegen-2-rest-ja", "1 wel tegen 2 de rest ja", "jnj", None),
    ("1-natuurlijk-tegen-2-3-ja", "1 natuurlijk tegen 2 3 ja", "jnj", None),
    ("1-wel-contra-2-rest-ja", "1 wel contra 2 de rest ja", "jnj", None),
    ("1-zeker-wel-tegen-2-3-ja", "1 zeker wel tegen 2 3 ja", "jnj", None),
    ("zeker-tegen-2", "ik ben zeker tegen 2", "?n?", (U, N, U)),
    ("er-zeker-tegen-2", "ik ben er zeker tegen 2", "?n?", (U, N, U)),
    ("absoluut-tegen-2", "ik ben absoluut tegen 2", "?n?", (U, N, U)),
    ("natuurlijk-tegen-2-rest-ja", "ik ben natuurlijk tegen 2, de rest ja", "jnj", None),
    ("ja-ik-ben-tegen-2", "ja ik ben tegen 2", "?n?", None),
    ("ja-komma-ik-ben-tegen-2", "ja, ik ben tegen 2", "?n?", None),
    # -- English: "against" is never "to" ----------------------------------------------------------
    ("en-1-yes-against-2", "1 yes against 2", "jn?", None),
    ("en-all-yes-against-2", "all yes against 2", "jnj", None),
    ("en-1-3-yes-against-2", "1 and 3 yes against 2", "jnj", None),
    ("en-all-yes-komma-against-2", "all yes, against 2", "jnj", None),
    ("en-against-2-rest-yes", "against 2 the rest yes", "jnj", None),
    ("en-definitely-against", "I am definitely against 2", "?n?", None),
    ("en-certainly-against", "I am certainly against 2", "?n?", None),
    ("en-yes-against-2", "yes against 2", "?n?", None),
    # -- quoted below, as clients send it -----------------------------------------------------------
    ("gmail-1-ja-tegen-2", "1 ja tegen 2\n\n{gmail}", "jn?", None),
    ("outlook-tegen-rest-ja", "tegen 2 de rest ja\n\n{outlook}", "jnj", None),
    # -- what stays a yes: the answer word right before "tegen", the objection phrases --------------
    ("ja-tegen-2", "ja tegen 2", "?j?", (U, J, U)),
    ("caps-ja-tegen-2", "JA TEGEN 2", "?j?", (U, J, U)),
    ("zeg-nee-tegen-bakkerij", "ik zeg nee tegen de bakkerij", "?n?", (U, N, U)),
    ("ja-1-3-nee-2", "ja tegen 1 en 3, nee tegen 2", "jnj", (J, N, J)),
    ("ja-1-3-nee-2-zonder-komma", "ja tegen 1 en 3 nee tegen 2", "jnj", (J, N, J)),
    ("ja-1-3-regel-nee-2", "ja tegen 1 en 3\nnee tegen 2", "jnj", (J, N, J)),
    ("ja-1-dubbelpunt-nee-2", "ja tegen 1: nee tegen 2", "jn?", (J, N, U)),
    ("ja-2-nee-3", "ja tegen 2 nee tegen 3", "?jn", (U, J, N)),
    ("zeg-ja-1-3", "ik zeg ja tegen 1 en 3", "j?j", (J, U, J)),
    ("ja-tegen-alles", "ja tegen alles", "jjj", (J, J, J)),
    ("1-ja-komma-nee-tegen-2", "1 ja, nee tegen 2", "jn?", (J, N, U)),
    ("nee-tegen-uwv", "nee tegen UWV", "n??", (N, U, U)),
    ("geen-bezwaar-tegen-2", "geen bezwaar tegen 2", "?j?", (U, J, U)),
    ("bezwaar-tegen-2", "bezwaar tegen 2", "?n?", (U, N, U)),
    ("heb-bezwaar-tegen-2", "ik heb bezwaar tegen 2", "?n?", (U, N, U)),
    ("tegen-2-geen-bezwaar", "tegen 2 geen bezwaar", "?j?", (U, J, U)),
    ("tegen-2-geen-probleem", "tegen 2 geen probleem", "?j?", (U, J, U)),
    ("tegen-2-heb-ik-geen-bezwaar", "tegen 2 heb ik geen bezwaar", "?j?", (U, J, U)),
    ("tegen-2-zeg-ik-ja", "tegen 2 zeg ik ja", "?j?", (U, J, U)),
    ("tegen-2-zeggen-wij-ja", "Tegen 2 zeggen wij ja", "?j?", (U, J, U)),
    ("tegen-1-3-zeg-ik-ja-2-nee", "tegen 1 en 3 zeg ik ja, tegen 2 nee", "jnj", (J, N, J)),
    ("tegen-2-zeg-ik-nee-rest-ja", "tegen 2 zeg ik nee de rest ja", "jnj", (J, N, J)),
    # ("tegen 2 ja": against 2, or yes to it? a doubt)
    ("tegen-2-ja", "tegen 2 ja", "???", None),
    ("tegen-2-dubbelpunt-ja", "tegen 2: ja", "???", None),
    ("no-objection-against-2", "no objection against 2", "?j?", (U, J, U)),
    ("objection-against-2", "objection against 2", "?n?", (U, N, U)),
    ("geen-bezwaar-1-wel-tegen-2", "geen bezwaar tegen 1, wel tegen 2", "jn?", (J, N, U)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_tegen_gives_no_answer_nobody_gave(
    body: str, gave: str, exact: tuple[str, ...] | None
) -> None:
    assert_within_given(body, gave, exact)


def test_the_table_has_unique_ids() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)
