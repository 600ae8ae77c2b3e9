"""reply34: a hedged, conditional, restricted or self-corrected answer for one item, beside a
clear answer for the others, was read as a plain yes (the lead's s29 fuzz: 428 of 8,624).

- a condition or restriction after the item's yes was dropped: "2 ja als zijn vader akkoord
  is" ("als zijn vader" was read as the role "as his father"), "2 ja maar niet aan de
  gemeente" (a no for someone who is no item: part of the yes kept back);
- a hedge before or after the yes: "2 vermoedelijk ja", "2 ja, denk ik 1 ja", "2 jawel maar
  eerst bellen 1 ja", "2 ja 🤔";
- a second thought: "2 ja nee 1 en 3 ja", "2 ja eigenlijk nee …", "2 ja... nee toch niet
  1 ja 3 ja" — the last word counts, or doubt; never the first yes;
- a list that swallowed the next number: "ja voor 1 en 3 en 2 half", "ja 1 en 3 en wat
  bedoelt u met 2", "ja voor 1 en 3, wat is 2?", "wat bedoelt u met 2 1 ja 3 ja".
- after a list joined by two "en", "… en 2 uitgezonderd" excepted the whole list (a no for 1
  and 3 nobody gave): the second "en" starts the exception.
The rule per item, as in the s29-s33 tables: the reading is what the person gave or "niet
zeker" (?); a yes or a no nobody gave fails. A slice of tests/reply_s34_fuzz.py (a hedged 2
beside a yes for 1 and 3; hedged 1 and 3 beside a yes for 2; a hedged 2 beside a no for 1
and 3), both orders, every separator.
"""

from __future__ import annotations

import itertools

import pytest
from reply_harness import assert_within_given, read_three

J, N, U = "ja", "nee", "?"

# (id, the message, what the person gave per item: j yes, n no, ? neither or not sure; the
# exact reading where the reader must be exact — None: any reading within what was given)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- a condition after the item's yes ------------------------------------------------------------
    ("cond-vader-first", "2 ja als zijn vader akkoord is, 1 ja 3 ja", "j?j", (J, U, J)),
    ("cond-vader-last", "1 en 3 ja, 2 ja als zijn vader akkoord is", "j?j", None),
    ("cond-vader-newline", "ja voor 1 en 3\n2 ja als zijn vader akkoord is", "j?j", None),
    ("cond-vader-alone", "ja als zijn vader ook akkoord is", "???", (U, U, U)),
    ("cond-vader-ook-ja", "2 als zijn vader ook ja zegt. 1 en 3 ja", "j?j", None),
    ("cond-vader-maar", "1 ja 3 ja maar 2 ja als zijn vader akkoord is", "j?j", None),
    ("cond-caps", "2 JA ALS ZIJN VADER AKKOORD IS, 1 EN 3 JA", "j?j", None),
    ("role-stays-a-role", "Als moeder geef ik toestemming voor 1 en 3, 2 nee", "jnj", (J, N, J)),
    ("role-writer", "Ik schrijf als zijn vader. 1 ja 2 nee 3 ja", "jnj", (J, N, J)),
    # -- a restriction: a no for someone who is no item -----------------------------------------------
    ("limit-gemeente-first", "2 ja maar niet aan de gemeente, 1 ja 3 ja", "j?j", (J, U, J)),
    ("limit-gemeente-alone", "2 ja maar niet aan de gemeente", "???", (U, U, U)),
    ("limit-gemeente-runon", "2 ja maar niet aan de gemeente 1 ja 3 ja", "j?j", None),
    ("limit-gemeente-last", "1 en 3 akkoord; 2 ja maar niet aan de gemeente", "j?j", None),
    ("limit-council-en", "2 yes but not the council, 1 and 3 yes", "j?j", (J, U, J)),
    ("limit-diagnose-no13", "2 ja, maar niet de diagnose nee voor 1 en 3", "n?n", None),
    ("limit-gemeente-no13", "2 ja maar niet aan de gemeente nee voor 1 en 3", "n?n", None),
    # -- a hedge before or after the yes --------------------------------------------------------------
    ("hedge-vermoedelijk", "2 vermoedelijk ja, 1 ja 3 ja", "j?j", (J, U, J)),
    ("hedge-vermoedelijk-last", "1 en 3 ja. 2 vermoedelijk ja", "j?j", (J, U, J)),
    ("hedge-denk-ik-runon", "2 ja, denk ik 1 ja 3 ja", "j?j", None),
    ("hedge-i-think-runon", "2 yes, I think 1 en 3 ja", "j?j", None),
    ("hedge-eerst-bellen-runon", "2 jawel maar eerst bellen 1 ja 3 ja", "j?j", None),
    ("hedge-emoji-after-yes", "2 ja 🤔 1 en 3 ja", "j?j", None),
    ("hedge-emoji-in-list", "ja 1 en 3 en 2 🤔", "j?j", None),
    ("hedge-jein", "ja voor 1 en 3 en 2 jein", "j?j", None),
    ("hedge-hangt-ervan-af", "ja voor 1 en 3 en 2 hangt ervan af", "j?j", None),
    ("hedge-ligt-eraan", "ja voor 1 en 3 en 2 ligt eraan", "j?j", None),
    ("hedge-weetniet", "ja voor 1 en 3 en 2 weetniet", "j?j", None),
    ("hedge-wn", "ja voor 1 en 3 en 2 wn", "j?j", None),
    ("hedge-half", "ja voor 1 en 3 en 2 half", "j?j", None),
    ("hedge-half-mirror", "ja voor 2 1 en 3 half", "?j?", None),
    ("hedge-half-maar", "2 half maar 1 en 3 ja", "j?j", (J, U, J)),
    ("hedge-half-maar-mirror", "1 en 3 half maar 2 ja", "?j?", (U, J, U)),
    # -- a second thought -----------------------------------------------------------------------------
    ("second-ja-nee", "2 ja nee 1 en 3 ja", "j?j", (J, U, J)),
    ("second-nee-ja", "2 nee ja 1 en 3 ja", "j?j", (J, U, J)),
    ("second-eigenlijk", "2 ja eigenlijk nee 1 en 3 ja", "j?j", (J, U, J)),
    ("second-eigenlijk-ja-toch", "2 nee eigenlijk ja toch 1 ja 3 ja", "j?j", (J, U, J)),
    ("second-pause", "2 ja... nee toch niet 1 ja 3 ja", "j?j", (J, U, J)),
    ("second-pause-no13", "2 ja... nee toch niet 1 nee 3 nee", "n?n", (N, U, N)),
    ("second-actually", "2 yes... actually no 1 en 3 ja", "j?j", None),
    ("second-actually-mirror", "1 and 3 yes... actually no 2 is goed", "?j?", None),
    ("second-not-a-list", "2 niet ja 1 en 3", "jnj", (J, N, J)),
    ("second-tegen-apart", "1 ja tegen 2 3 ja", "jnj", None),
    # -- an item asked about, or said of by a word we cannot read -------------------------------------
    ("asked-wat-is-2", "ja voor 1 en 3, wat is 2?", "j?j", (J, U, J)),
    ("asked-wat-is-2-first", "wat is 2? 1 en 3 ja", "j?j", (J, U, J)),
    ("asked-wat-bedoelt-runon", "wat bedoelt u met 2 1 ja 3 ja", "j?j", (J, U, J)),
    ("asked-wat-bedoelt-ja-voor", "wat bedoelt u met 2 ja voor 1 en 3", "j?j", (J, U, J)),
    ("asked-wat-bedoelt-en", "ja voor 1 en 3 en wat bedoelt u met 2", "j?j", (J, U, J)),
    ("asked-wat-bedoelt-en-list", "wat bedoelt u met 2 en 1 ja 3 ja", "j?j", (J, U, J)),
    ("asked-emoji", "2 is goed 🙂 wat bedoelt u met 1 en 3", "?j?", (U, J, U)),
    ("asked-no13", "wat bedoelt u met 2 nee voor 1 en 3", "n?n", (N, U, N)),
    ("asked-wat-betreft-is-no-question", "wat betreft 1 ja 2 nee 3 ja", "jnj", (J, N, J)),
    # -- "2 uitgezonderd" after a list with two "en": the last one only (left by reply33) ----------
    ("except-after-two-en", "ja 1 en 3 en 2 uitgezonderd", "jnj", None),
    ("except-after-two-en-voor", "ja voor 1 en 3 en 2 uitgezonderd", "jnj", None),
    ("except-after-one-en", "ja 2 en 3 uitgezonderd", "jnn", (J, N, N)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_no_answer_nobody_gave(body: str, gave: str, exact: tuple[str, ...] | None) -> None:
    assert_within_given(body, gave, exact)


def test_the_table_has_unique_ids() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


# -- a slice of the three fuzzes --------------------------------------------------------------------
_H2 = ["2 ja als zijn vader akkoord is", "2 ja maar niet aan de gemeente", "2 vermoedelijk ja",
       "2 ja, denk ik", "2 jawel maar eerst bellen", "2 ja... nee toch niet", "2 ja eigenlijk nee",
       "2 ja nee", "2 🤔", "2 half", "wat bedoelt u met 2", "wat is 2?", "2 yes if his dad agrees",
       "2 yes but not the council", "2 probably yes", "2 yes... actually no", "2 yes, I think"]  # fmt: skip
_YES13 = ["1 ja 3 ja", "1 en 3 ja", "ja voor 1 en 3", "ja 1 en 3", "1 and 3 yes"]
_YES2 = ["2 ja", "ja voor 2", "2 is goed", "yes to 2"]
_NO13 = ["1 en 3 nee", "nee voor 1 en 3", "1 en 3 mag niet", "no to 1 and 3"]
_SEP = [", ", " ", ". ", "\n", " en ", " maar ", "; ", "!! ", " 🙂 "]


def _h13(h: str) -> str:
    return h.replace("2", "1 and 3" if " yes" in h else "1 en 3")


def _bodies(first: list[str], second: list[str]) -> list[str]:
    out = []
    for a, b, s in itertools.product(first, second, _SEP):
        out += [a + s + b, b + s + a]
    return out + [b.upper() for b in out[::7]]


def test_fuzz_hedged_2_is_never_a_yes_or_a_no() -> None:
    bodies = _bodies(_H2, _YES13)
    wrong = [(b, g) for b in bodies if (g := read_three(b))[1] != U or N in g]
    assert not wrong, wrong[:10]


def test_fuzz_hedged_1_and_3_never_a_yes_or_a_no() -> None:
    bodies = _bodies([_h13(h) for h in _H2], _YES2)
    wrong = [(b, g) for b in bodies if J in ((g := read_three(b))[0], g[2]) or N in g]
    assert not wrong, wrong[:10]


def test_fuzz_hedged_2_beside_a_no_is_neither() -> None:
    bodies = _bodies(_H2, _NO13)
    wrong = [(b, g) for b in bodies if (g := read_three(b))[1] != U or J in g]
    assert not wrong, wrong[:10]
