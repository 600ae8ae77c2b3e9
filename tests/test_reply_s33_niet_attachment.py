"""reply33: a "niet" (or an answer) typed between two items without punctuation went with the
wrong one — a yes the person said no to.

- "2 mag niet 1 en 3 ja": "2 mag niet, 1 en 3 ja" or "2 mag, niet 1, en 3 ja"? Read the
  second way only, it was a yes for 2. Both readings hold: 1 and 2 unclear (reply_torn).
- "ja 1 en 3 niet akkoord met 2" (even "ja voor 1 en 3. niet akkoord met 2", where "3." is
  numbering), "rest akkoord niet akkoord met 2", "ja 1 en 3 don't share 2": the "niet" was
  3's (or the rest's) and "akkoord met 2" a yes. Both readings: unclear. Where the items
  before the "niet" have no other answer ("1 niet toestemming voor 2") it stays theirs.
- "2 zeker niet akkoord met 1 en 3", "2 mag echt niet 1 en 3 ja": a no phrase beside a
  predicate; "1 en 3 niet alleen 2 ja", "1 en 3 no vraag 2 ja": "niet alleen" (not only)
  and "no vraag" (no question) hid the items' own "niet" — a yes for all.
- "behalve 2 ja 1 en 3", "op 2 na ja 1 en 3", "2 uitgezonderd 1 ja, 3 ja": the exception at
  the start without a comma took the "ja" of the items after it; "alles behalve 2 ja" gave
  2 the yes meant for all but 2; "ja voor 1 en 3 2 uitgezonderd" excepted 1 and 3 too.
- "2 mag gedeeld worden 1 en 3 nee", "ja voor 2 1 en 3 nee", "nee voor 2 en 1 en 3 ja": an
  answer before a list with its own answer after it took the list's first item.
The rule per item, as in the s29-s32 tables: the reading is what the person gave or "niet
zeker" (?); a yes or a no nobody gave fails. Also a slice of the two fuzzes (no for 2 and
yes for 1 and 3; yes for 2 and no for 1 and 3), in both orders and with every separator.
"""

from __future__ import annotations

import itertools

import pytest
from reply_harness import assert_within_given, read_three

J, N, U = "ja", "nee", "?"

# (id, the message, what the person gave per item: j yes, n no, ? neither or not sure; the
# exact reading where the reader must be exact — None: any reading within what was given)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- "niet" after an item's predicate, before another item's list ---------------------------------
    ("2-mag-niet-1-en-3-ja", "2 mag niet 1 en 3 ja", "jnj", (U, U, J)),
    ("2-graag-niet-1-en-3-ja", "2 graag niet 1 en 3 ja", "jnj", (U, U, J)),
    ("2-mag-niet-1-amp-3-ja", "2 mag niet 1 & 3 ja", "jnj", (U, U, J)),
    ("2-mag-niet-1-en-3-akkoord", "2 mag niet 1 en 3 akkoord", "jnj", (U, U, J)),
    ("2-mag-niet-1-en-3-mag", "2 mag niet 1 en 3 mag", "jnj", None),
    ("2-mag-niet-hoor-1-en-3-ja", "2 mag niet hoor 1 en 3 ja", "jnj", None),
    ("2-mag-niet-smiley-1-en-3-ja", "2 mag niet 🙂 1 en 3 ja", "jnj", None),
    ("2-mag-niet-duim-1-en-3-ja", "2 mag niet 👎 1 en 3 ja", "jnj", None),
    ("2-mag-echt-niet-1-en-3-ja", "2 mag echt niet 1 en 3 ja", "jnj", None),
    ("caps-2-mag-niet-1-en-3-ja", "2 MAG NIET 1 EN 3 JA", "jnj", None),
    # ... where the items after have their own answer right after them, it is 2's "niet"
    ("2-mag-niet-3-mag", "2 mag niet 3 mag", "?nj", (U, N, J)),
    ("2-mag-niet-hoor-3-mag", "2 mag niet hoor 3 mag", "?nj", (U, N, J)),
    ("2-graag-niet-hoor-1-ja-3-ja", "2 graag niet hoor 1 ja 3 ja", "jnj", (J, N, J)),
    # -- "niet" after the items before, before a predicate with items after ---------------------------
    ("ja-1-en-3-niet-akkoord-met-2", "ja 1 en 3 niet akkoord met 2", "jnj", None),
    ("ja-voor-1-en-3-niet-akkoord-met-2", "ja voor 1 en 3 niet akkoord met 2", "jnj", (J, U, U)),
    ("ja-voor-1-en-3-punt-niet-akkoord-2", "ja voor 1 en 3. niet akkoord met 2", "jnj", (J, U, U)),
    ("ja-1-en-3-punt-niet-akkoord-2", "ja 1 en 3. niet akkoord met 2", "jnj", None),
    ("caps-ja-1-en-3-niet-akkoord-2", "JA 1 EN 3 NIET AKKOORD MET 2", "jnj", None),
    ("rest-akkoord-niet-akkoord-met-2", "rest akkoord niet akkoord met 2", "jnj", None),
    ("1-en-3-mag-niet-akkoord-met-2", "1 en 3 mag niet akkoord met 2", "jnj", None),
    ("1-en-3-akkoord-niet-akkoord-met-2", "1 en 3 akkoord niet akkoord met 2", "jnj", None),
    ("ja-1-en-3-dont-share-2", "ja 1 en 3 don't share 2", "jnj", None),
    ("ja-voor-1-en-3-dont-share-2", "ja voor 1 en 3 don't share 2", "jnj", (J, U, U)),
    ("rest-akkoord-dont-share-2", "rest akkoord don't share 2", "jnj", None),
    ("1-en-3-mag-dont-share-2", "1 en 3 mag don't share 2", "jnj", None),
    ("2-mag-niet-toestemming-voor-3", "2 mag niet toestemming voor 3", "?n?", None),
    ("rest-niet-akkoord-met-2", "rest niet akkoord met 2", "njn", None),
    ("de-andere-niet-akkoord-met-2", "de andere niet akkoord met 2", "njn", None),
    ("de-rest-niet-share-2", "de rest niet share 2", "njn", None),
    # ... the items before have no other answer: the "niet" is theirs (as before)
    ("1-niet-toestemming-voor-2", "1 niet toestemming voor 2", "nj?", (N, J, U)),
    ("1-en-3-niet-akkoord-met-2", "1 en 3 niet akkoord met 2", "njn", None),
    ("niet-akkoord-met-2", "niet akkoord met 2", "?n?", (U, N, U)),
    ("de-rest-niet", "1 ja, de rest niet", "jnn", (J, N, N)),
    # -- a no phrase beside a predicate, "not only" and "no question" after items ---------------------
    # ("2 zeker, niet akkoord met 1 en 3" or "2 zeker niet, akkoord met 1 en 3": was 2 no, 1 3 yes)
    ("2-zeker-niet-akkoord-met-1-en-3", "2 zeker niet akkoord met 1 en 3", "???", (U, U, U)),
    ("2-natuurlijk-niet-akkoord-1-3", "2 natuurlijk niet akkoord met 1 en 3", "???", (U, U, U)),
    ("1-en-3-niet-alleen-2-ja", "1 en 3 niet alleen 2 ja", "njn", (U, J, U)),
    ("1-en-3-mag-niet-alleen-2-ja", "1 en 3 mag niet alleen 2 ja", "njn", None),
    ("de-rest-niet-alleen-2-ja", "de rest niet alleen 2 ja", "njn", None),
    ("1-en-3-no-vraag-2-ja", "1 en 3 no vraag 2 ja", "njn", (U, J, U)),
    ("niet-alleen-2-maar-ook-3", "1 ja, niet alleen 2 maar ook 3 ja", "jjj", (J, J, J)),
    ("1-ja-2-zeker-niet-3-ja", "1 ja 2 zeker niet 3 ja", "jnj", (J, N, J)),
    # ("2 zeker, niet (voor) 1 en 3" or "2 zeker niet, 1 en 3"? was 2 no, and 1 and 3 no)
    ("2-zeker-niet-voor-1-en-3", "2 zeker niet voor 1 en 3", "???", (U, U, U)),
    ("1-en-3-no-toestemming-voor-2", "1 en 3 no toestemming voor 2", "njn", None),
    ("1-en-3-wil-ik-niet-akkoord-met-2", "1 en 3 wil ik niet akkoord met 2", "njn", None),
    ("1-en-3-wil-ik-niet", "1 en 3 wil ik niet", "n?n", (N, U, N)),
    # -- an exception at the start without a comma -----------------------------------------------------
    ("behalve-2-ja-1-en-3", "behalve 2 ja 1 en 3", "jnj", (J, U, J)),
    ("op-2-na-ja-1-en-3", "op 2 na ja 1 en 3", "jnj", (J, U, J)),
    ("uitgezonderd-2-ja-1-en-3", "uitgezonderd 2 ja 1 en 3", "jnj", (J, U, J)),
    ("met-uitzondering-van-2-ja-1-en-3", "met uitzondering van 2 ja 1 en 3", "jnj", (J, U, J)),
    ("2-uitgezonderd-1-ja-3-ja", "2 uitgezonderd 1 ja, 3 ja", "jnj", (J, U, J)),
    ("2-uitgezonderd-ja-1-en-3", "2 uitgezonderd ja 1 en 3", "jnj", (J, U, J)),
    ("ja-voor-1-en-3-2-uitgezonderd", "ja voor 1 en 3 2 uitgezonderd", "jnj", (J, U, J)),
    ("behalve-2-nee-1-en-3-ja", "behalve 2 nee 1 en 3 ja", "jnj", None),
    ("alles-behalve-2-ja", "alles behalve 2 ja", "jnj", (J, U, J)),
    ("Behalve-2-ja-1-en-3-caps", "Behalve 2 JA 1 en 3", "jnj", None),
    # ... as before
    ("alles-ja-behalve-2-nee", "alles ja behalve 2 nee", "jnj", (J, N, J)),
    ("alles-nee-behalve-2-ja", "alles nee behalve 2 ja", "njn", (N, J, N)),
    ("ja-behalve-2-dubbele-punt-nee", "ja behalve 2: nee", "jnj", (J, N, J)),
    ("behalve-2-komma-ja-1-en-3", "behalve 2, ja 1 en 3", "jnj", None),
    # -- an answer before a list with its own answer after it ------------------------------------------
    ("2-mag-gedeeld-worden-1-en-3-nee", "2 mag gedeeld worden 1 en 3 nee", "njn", (U, J, N)),
    ("ja-voor-2-1-en-3-nee", "ja voor 2 1 en 3 nee", "njn", (U, J, N)),
    ("ja-voor-2-en-1-en-3-nee", "ja voor 2 en 1 en 3 nee", "njn", (U, J, N)),
    ("2-ja-dat-is-goed-1-en-3-nee", "2 ja, dat is goed 1 en 3 nee", "njn", (U, J, N)),
    ("2-oke-ja-1-en-3-nee", "2 oke ja 1 en 3 nee", "njn", None),
    ("i-agree-with-2-1-en-3-nee", "I agree with 2 1 en 3 nee", "njn", None),
    ("toestemming-voor-2-1-en-3-nee", "toestemming voor 2 1 en 3 nee", "njn", None),
    ("nee-voor-2-1-en-3-ja", "nee voor 2 1 en 3 ja", "jnj", (U, N, J)),
    ("no-to-2-en-1-en-3-ja", "no to 2 en 1 en 3 ja", "jnj", (U, N, J)),
    ("2-nee-nee-1-en-3-ja", "2 nee nee 1 en 3 ja", "jnj", None),
    # -- "ja 1 en 3" without a comma after another item's answer: the whole list is the "ja"'s -------
    ("alleen-2-niet-ja-1-en-3", "alleen 2 niet ja 1 en 3", "jnj", (J, N, J)),
    ("ja-1-en-3-alleen-2-niet", "ja 1 en 3 alleen 2 niet", "jnj", (J, N, J)),
    ("2-nee-ja-1-en-3", "2 nee ja 1 en 3", "jnj", (J, N, J)),
    ("ja-1-en-3-2-nee", "ja 1 en 3 2 nee", "jnj", (J, N, J)),
    # ... as before
    ("ja-voor-1-en-2-nee", "ja voor 1 en 2 nee", "jn?", (J, N, U)),
    ("1-ja-2-en-3-nee", "1 ja 2 en 3 nee", "jnn", (J, N, N)),
    ("1-ja-2-nee-3-ja", "1 ja 2 nee 3 ja", "jnj", (J, N, J)),
    # -- line breaks: each line its own --------------------------------------------------------------
    ("regel-2-mag-niet-1-en-3-ja", "2 mag niet\n1 en 3 ja", "jnj", (J, N, J)),
    ("regel-ja-1-en-3-niet-akkoord-2", "Ja 1 en 3\nniet akkoord met 2", "jnj", (J, N, J)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [pytest.param(b, g, e, id=i) for i, b, g, e in CASES]
)
def test_no_answer_nobody_gave(body: str, gave: str, exact: tuple[str, ...] | None) -> None:
    assert_within_given(body, gave, exact)


def test_the_table_has_unique_ids() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


# -- a slice of the two fuzzes ----------------------------------------------------------------------
_NO2 = ["2 mag niet", "2 graag niet", "niet akkoord met 2", "don't share 2", "behalve 2",
        "op 2 na", "uitgezonderd 2", "met uitzondering van 2", "2 uitgezonderd", "nee voor 2",
        "no to 2", "2 nee", "2 zeker niet", "2 mag echt niet", "voor 2 niet", "alleen 2 niet"]  # fmt: skip
_YES13 = ["1 en 3 ja", "ja voor 1 en 3", "1 en 3 mag", "1 ja, 3 ja", "1 & 3 ja", "ja 1 en 3"]
_YES2 = ["2 zeker", "2 mag gedeeld worden", "ja voor 2", "2 ja, dat is goed", "2 oke ja", "toestemming voor 2",
         "I agree with 2", "akkoord met 2", "share 2", "2 ja", "2 zeker", "alleen 2 ja"]  # fmt: skip
_NO13 = ["1 en 3 wil ik niet", "1 en 3 nee", "1 en 3 niet", "niet akkoord met 1 en 3", "1 en 3 mag niet", "niet voor 1 en 3", "1 en 3 no",
         "nee voor 1 en 3", "1 en 3 liever niet"]  # fmt: skip
_SEP = [", ", " ", ". ", "\n", " en ", " maar ", "; ", " 🙂 "]


def _bodies(first: list[str], second: list[str]) -> list[str]:
    out = []
    for a, b, s in itertools.product(first, second, _SEP):
        out += [a + s + b, b + s + a]
    return out + [b.upper() for b in out[::7]]


def test_fuzz_no_for_2_never_yes() -> None:
    bodies = _bodies(_NO2, _YES13)
    wrong = [(b, g) for b in bodies if (g := read_three(b))[1] == "ja"]
    assert not wrong, wrong[:10]


def test_fuzz_yes_for_2_never_yes_for_1_or_3() -> None:
    bodies = _bodies(_YES2, _NO13)
    wrong = [(b, g) for b in bodies if "ja" in ((g := read_three(b))[0], g[2])]
    assert not wrong, wrong[:10]
