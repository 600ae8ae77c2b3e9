"""reply28: replies as hurried parents type them on a phone — a no or a question inside a yes
("ja hoor behalve 2", "2 liever niet", "1 ja 2 ben ik op tegen 3 ja", "ja voor alles -2"),
items named by their recipient, emoji per item, J/N letters, a list on separate lines with the
quote in between, top-posted above Gmail/Apple/Outlook quotes, mixed Dutch and English. The
rule, per item: what the person did not say yes to is never read as a yes (a no or unclear);
what they said no to is a no or unclear. Where the reader is exact, the whole outcome is fixed.

Before: "1 ja 2 ben ik op tegen 3 ja", "1 ja 2 tegen 3 ja" ("tegen 3" read as "against 3":
a list "2, 3 ja"), "1 ja 2 x 3 ja", "1 ja, 2 is dat nodig, 3 ja" (filler after an item read
as a list running on to the next answer), "ja voor alles -2" / "(-2)" / "-nr 2" (the minus
sign not read as "except"), and "1 ja 2" cut off (the "ja" typed after 1 also taken for 2):
each a yes for 2 nobody gave.
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS, _expand

from toestemming.capture.answers import read_answers

# (id, the message — {gmail} {apple} {outlook} … put our request under it as a client quotes
# it —, what the person gave per item: j yes, n no, ? neither; exact: the whole outcome)
CASES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    # -- an exception inside a yes -----------------------------------------------------------
    ("behalve", "ja hoor behalve 2", "jnj", ("ja", "nee", "ja")),
    ("behalve-top-posted", "Ja hoor, behalve nr 2\n\n{gmail}", "jnj", ("ja", "nee", "ja")),
    ("alles-goed-werkgever", "alles goed, behalve de werkgever", "?n?", None),
    ("liever-niet", "2 liever niet", "?n?", None),
    ("geen-bezwaar-3-niet", "geen bezwaar tegen 1, 3 niet", "j?n", None),
    ("ok-maar-niet-uwv", "ok voor allemaal maar niet uwv", "njj", None),
    (
        "ja-alleen-uwv-niet",
        "Ja, alleen uwv niet\n\nVerzonden vanaf mijn iPhone\n\n{apple}",
        "njj",
        None,
    ),
    ("yes-but-not-uwv", "yes, but not uwv", "njj", None),
    ("akkoord-niet-met-2", "Akkoord, maar niet met 2", "jnj", ("ja", "nee", "ja")),
    ("op-2-na", "ja op 2 na", "jnj", ("ja", "nee", "ja")),
    ("zonder-2", "ja voor alles zonder 2", "jnj", None),
    ("ps-2-niet", "Ja voor alles.\n\nPs: 2 nee\n\n{outlook}", "jnj", None),
    ("wacht-toch-niet", "Ja voor alles. Oh wacht, 2 toch niet", "jnj", None),
    ("alles-bakker-niet", "Ja is goed alleen niet naar de bakker", "jnj", None),
    ("not-the-bakery", "yes but not the bakery", "jnj", None),
    ("tenzij", "ja, tenzij 2", "???", None),
    # -- the minus sign ----------------------------------------------------------------------
    ("min-glued", "ja voor alles -2", "jnj", ("ja", "nee", "ja")),
    ("min-nr", "ja voor alles -nr 2", "jnj", ("ja", "nee", "ja")),
    ("min-haakjes", "ja voor alles (-2)", "jnj", ("ja", "nee", "ja")),
    ("min-woord", "ja voor alles min 2", "jnj", ("ja", "nee", "ja")),
    ("range-stays", "1-3 ja", "jjj", ("ja", "ja", "ja")),
    # -- a no or a question said of an item, between items ----------------------------------
    ("ben-ik-op-tegen", "1 ja 2 ben ik op tegen 3 ja", "jnj", None),
    ("ben-ik-tegen", "1 ja 2 ben ik tegen 3 ja", "jnj", None),
    ("tegen", "1 ja 2 tegen 3 ja", "jnj", ("ja", "nee", "ja")),
    ("ik-ben-tegen-2", "ik ben tegen 2, de rest ja", "jnj", None),
    ("kruisje", "1 ja 2 x 3 ja", "j?j", None),
    ("is-dat-nodig", "1 ja 2 is dat nodig 3 ja", "j?j", None),
    ("is-dat-nodig-komma", "1 ja, 2 is dat nodig, 3 ja", "j?j", None),
    ("wil-ik-bespreken", "1 ja 2 wil ik bespreken 3 ja", "j?j", None),
    ("waarom", "1 ja 2 waarom? 3 ja", "j?j", None),
    ("moet-dat", "1 ja 2 moet dat? 3 ja", "j?j", None),
    ("blub", "1 ja 2 blub 3 ja", "j?j", None),
    ("afgebroken", "1 ja 2", "j??", ("ja", "?", "?")),
    ("afgebroken-punt", "1 ja 2. 3 nee", "j?n", ("ja", "?", "nee")),
    ("afgebroken-nee", "1 ja 2 nee 3", "jn?", ("ja", "nee", "?")),
    # -- typos and short forms ---------------------------------------------------------------
    ("neej", "neej", "nnn", None),
    ("neej-item", "1 en 3 akkoord, 2 neej", "jnj", ("ja", "nee", "ja")),
    ("letters", "1 J 2 N 3 J", "jnj", ("ja", "nee", "ja")),
    ("letter-j-alone", "J", "???", None),
    ("letters-bare", "J N J", "???", None),
    ("2-nope", "1 ja 2 nope 3 ja", "jnj", ("ja", "nee", "ja")),
    ("jein", "1 ja, 2 jein, 3 ja", "j?j", None),
    ("nee-ja", "1 ja, 2 nee ja, 3 ja", "j?j", None),
    # -- emoji per item ------------------------------------------------------------------------
    ("duimen", "1 👍 2 👎 3 👍", "jnj", ("ja", "nee", "ja")),
    ("duimen-vooraan", "👍 1 en 3, 👎 2", "jnj", None),
    ("duim-alleen", "👍", "???", None),
    ("vinkjes", "1 ✅ 2 ❌ 3 ✅", "jnj", ("ja", "nee", "ja")),
    ("duim-rest", "👎 voor 2, rest 👍", "?n?", None),
    ("alles-duim-behalve", "Alles 👍 behalve 2", "?n?", None),
    # -- a yes that waits for something --------------------------------------------------------
    ("eerst-bellen", "Ja, maar ik wil eerst bellen", "???", None),
    ("eerst-overleggen", "Ja, maar ik moet het nog even met zijn vader overleggen", "???", None),
    ("2-eerst-nadenken", "Ja voor 1 en 3 maar 2 wil ik eerst over nadenken", "j?j", None),
    ("2-twijfel", "ja, 2 twijfel ik nog", "???", None),
    # -- items named by their recipient --------------------------------------------------------
    ("ontvangers", "UWV nee, bakkerij ja, leerplicht ja", "njj", ("nee", "ja", "ja")),
    ("bakkerij-niet-uwv", "ja voor de bakkerij, niet voor uwv", "nj?", None),
    ("uwv-mag-niet-weten", "ja, maar UWV mag het niet weten", "njj", None),
    # -- a list on separate lines with the quote in between ------------------------------------
    ("lijst-regels", "1. ja\n2. nee\n3. ja\n\n{gmail}", "jnj", ("ja", "nee", "ja")),
    ("inline-apple", "{inline-apple: ja | liever niet | ja}", "jnj", None),
    ("inline-gmail-tegen", "{inline-gmail: ja | ben ik tegen | ja}", "jnj", None),
    ("inline-gmail-vraag", "{inline-gmail: ja | waarom is dat nodig? | ja}", "j?j", None),
    ("inline-thunderbird-x", "{inline-thunderbird: J | x | J}", "j?j", None),
    # -- forwarded, Outlook, English -------------------------------------------------------------
    ("outlook-top", "1 ja 2 neej 3 ja\n\n{outlook}", "jnj", ("ja", "nee", "ja")),
    ("outlook-en", "yes for 1 and 3, not 2\n\n{outlook-en}", "jnj", ("ja", "nee", "ja")),
    ("mixed", "yes for 1, 2 nee, 3 ja", "jnj", ("ja", "nee", "ja")),
    ("forward-quoted-example", "Ja\n\n{forward}", "???", None),
    ("all-but", "Yes all, no to 2", "jnj", None),
    ("except-second", "Yes for all except the second", "jnj", None),
]


@pytest.mark.parametrize(
    ("body", "gave", "exact"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_no_yes_that_was_not_given(body: str, gave: str, exact: tuple[str, ...] | None) -> None:
    got = outcome(read_answers(_expand(body, 3), ITEMS[:3]))
    per_item = got if len(got) == 3 else ("?", "?", "?")
    for p, (said, read) in enumerate(zip(gave, per_item, strict=True), start=1):
        if said != "j":
            assert read != "ja", f"item {p}: a yes nobody gave {got}"
        if said == "n":
            assert read in ("nee", "?"), f"item {p}: {got}"
    if exact is not None:
        assert got == exact
