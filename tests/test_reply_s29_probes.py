"""reply29: ~250 replies as a hurried parent types them on a phone, each with what the person
gave per item — the reader's whole pipeline (layout, grammar, assembly) against them.

The rule, per item: the reading is what the person gave or "niet zeker" (?); a yes nobody
gave is the worst error, a no nobody gave the next — both fail here. (Fewer "niet zeker" is
never bought with either.)

Before, two classes read answers nobody gave:
- "voor" as a vote ("ik ben voor 1, 2 nee", "1,2 voor 3 tegen", "ik ben tegen 2 en voor de
  rest", "I am for 1, 2 no"): the vote's items read as a list running on into the next
  item's no (reply_favour: now a doubt of its own, reason 'favour');
- "ok", "top", "super", 👍 said for every item or the rest ("alles ok", "oké behalve 3",
  "okay except 2", "2 nee, de rest ok"): an acknowledgement read as a yes (answers: it stays
  an acknowledgement, reason 'ack', as "ok" alone and "👎 voor 2, rest 👍" already were).
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_table import ITEMS, _expand

from toestemming.capture.answers import Verdict, read_answers
from toestemming.errors import Said

# (id, the message — {gmail} {apple} {outlook} … put our request under it as a client quotes
# it —, what the person gave per item: j yes, n no, ? neither)
CASES: list[tuple[str, str, str]] = [
    # -- the known samples: voor/tegen as answer words
    ("ben-voor-1-2-nee", "ik ben voor 1, 2 nee", "jn?"),
    ("12-voor-3-tegen", "1,2 voor 3 tegen", "jjn"),
    ("12-voor-3-tegen-spaties", "1, 2 voor 3 tegen", "jjn"),
    ("1en3-voor-2-tegen", "1 en 3 voor 2 tegen", "jnj"),
    ("1-voor-2-tegen-3-voor", "1 voor 2 tegen 3 voor", "jnj"),
    ("voor-1en3-tegen-2", "voor 1 en 3, tegen 2", "jnj"),
    ("ben-voor-1en3-tegen-2", "ik ben voor 1 en 3, tegen 2", "jnj"),
    ("ben-voor-1-en-3-en-tegen-2", "ik ben voor 1 en 3 en tegen 2", "jnj"),
    ("ben-tegen-2-voor-rest", "ik ben tegen 2 en voor de rest", "jnj"),
    ("1-voor-2-ja", "1 voor 2 ja", "jj?"),
    ("1-voor-2-nee", "1 voor 2 nee", "jn?"),
    ("for-against", "1 and 2 for, 3 against", "jjn"),
    ("for-against-nocomma", "1 2 for 3 against", "jjn"),
    ("pro-contra", "1 pro 2 contra 3 pro", "jnj"),
    ("ik-ben-voor", "ik ben voor", "???"),
    ("we-zijn-voor-1", "wij zijn voor 1, 3 niet", "j?n"),
    ("ben-voor-alles-behalve-2", "ik ben voor alles behalve 2", "jnj"),
    # -- answer word before / after
    ("ja-1-3-nee-2", "ja 1 en 3, nee 2", "jnj"),
    ("1-3-ja-2-nee", "1 en 3 ja 2 nee", "jnj"),
    ("ja-voor-1-nee-voor-2", "ja voor 1 nee voor 2", "jn?"),
    ("nee-voor-2-rest-ja", "nee voor 2, de rest ja", "jnj"),
    ("akkoord-1-en-3", "akkoord met 1 en 3", "j?j"),
    ("akkoord-1-3-niet-2", "akkoord met 1 en 3, niet met 2", "jnj"),
    ("prima-1", "1 prima, 2 liever niet, 3 prima", "jnj"),
    ("prima-alles", "prima hoor", "???"),
    ("liever-niet-2", "liever niet voor 2", "?n?"),
    ("2-liever-niet-rest-ok", "2 liever niet, de rest is prima", "jnj"),
    ("geen-bezwaar", "geen bezwaar", "jjj"),
    ("geen-bezwaar-1-3", "geen bezwaar voor 1 en 3", "j?j"),
    ("geen-bezwaar-behalve-2", "ik heb er geen bezwaar tegen, behalve 2", "jnj"),
    ("geen-bezwaar-wel-2", "geen bezwaar voor 1 en 3, wel voor 2", "jnj"),
    ("nee-hoor", "nee hoor", "nnn"),
    ("nee-hoor-geen-bezwaar", "nee hoor, geen bezwaar", "???"),
    ("oke-behalve-3", "oké behalve 3", "??n"),
    ("ok-behalve-3", "ok, behalve 3", "??n"),
    ("akkoord-behalve-3", "akkoord behalve 3", "jjn"),
    ("prima-behalve-3", "prima behalve 3", "jjn"),
    ("allemaal-ja-behalve-3", "allemaal ja behalve 3", "jjn"),
    ("alles-ja-3-niet", "alles ja, 3 niet", "jjn"),
    ("ja-niet-3", "ja, niet 3", "jjn"),
    ("1-2-ja-3-niet", "1 2 ja 3 niet", "jjn"),
    ("1-ja-2-niet-3-wel", "1 ja 2 niet 3 wel", "jnj"),
    ("1-wel-2-niet", "1 wel, 2 niet, 3 wel", "jnj"),
    ("2-niet-rest-wel", "2 niet, de rest wel", "jnj"),
    ("nee-tegen-2", "nee tegen 2, ja tegen 1 en 3", "jnj"),
    ("ja-tegen-alles", "ja tegen alles", "jjj"),
    ("ik-zeg-ja-tegen-1", "ik zeg ja tegen 1 en nee tegen 2", "jn?"),
    # -- numbers as words, ordinals
    ("eerste-derde", "de eerste en de derde", "???"),
    ("eerste-derde-ja", "de eerste en de derde ja, de tweede nee", "jnj"),
    ("eerste-ja-tweede-nee", "eerste ja tweede nee derde ja", "jnj"),
    ("een-ja-twee-nee", "een ja twee nee drie ja", "jnj"),
    ("onderdeel-een", "onderdeel een ja, onderdeel twee nee", "jn?"),
    ("nummer-twee-niet", "ja, alleen nummer twee niet", "jnj"),
    ("laatste-niet", "ja voor alles behalve de laatste", "jjn"),
    ("first-third", "yes to the first and third, no to the second", "jnj"),
    ("de-tweede-niet", "de tweede niet, de rest ja", "jnj"),
    ("1e-3e", "1e en 3e ja, 2e nee", "jnj"),
    ("1ste-2de", "1ste ja 2de nee 3de ja", "jnj"),
    # -- items named
    ("uwv-mag-gemeente-niet", "UWV mag, de gemeente niet", "j??"),
    ("uwv-mag-bakkerij-niet", "UWV mag, de bakkerij niet", "jn?"),
    ("bakkerij-ja-rest-nee", "bakkerij ja, de rest nee", "njn"),
    ("leerplicht-niet", "ja behalve leerplicht", "jjn"),
    ("stage-ja-werk-nee", "stage ja, werk nee", "nj?"),
    ("uwv-niet", "het UWV niet", "n??"),
    ("uwv-mag-het-weten", "UWV mag het weten", "j??"),
    ("school-ja", "school ja, uwv nee", "n??"),
    # -- ranges
    ("1-tm-3-ja", "1 t/m 3 ja", "jjj"),
    ("1-tot-en-met-3", "1 tot en met 3 ja", "jjj"),
    ("1-3-ja", "1-3 ja", "jjj"),
    ("1-tm-2-ja-3-nee", "1 t/m 2 ja, 3 nee", "jjn"),
    ("1-tot-3-nee", "1 tot 3 nee", "nnn"),
    ("range-en-behalve", "1 t/m 3 ja behalve 2", "jnj"),
    ("1-2-ja", "1-2 ja 3 nee", "jjn"),
    # -- corrections
    ("nee-toch-niet", "1 ja, nee toch niet", "n??"),
    ("1-ja-nee-toch-niet-2-ja", "1 ja, 2 ja, nee toch niet", "???"),
    ("sorry-2-nee", "1 ja 2 ja 3 ja. sorry, 2 moet nee zijn", "jnj"),
    ("oh-wacht-2-niet", "alles ja. oh nee wacht, 2 niet", "jnj"),
    ("bedoelde-nee", "1 ja, 2 ja. Ik bedoel 2 nee", "jn?"),
    ("correction-en", "1 yes 2 yes, sorry I meant 2 no", "j??"),
    ("typo-fix", "1 ja 2 nee 3 ja\n\n*2 ja bedoel ik", "jjj"),
    ("laat-maar", "1 ja 2 ja. laat maar", "???"),
    ("toch-niet", "ja. toch niet", "???"),
    # -- conditions
    ("ja-als", "ja als het anoniem is", "???"),
    ("alleen-als", "alleen als ik het eerst mag lezen", "???"),
    ("ja-mits", "ja mits ik het krijg te zien", "???"),
    ("1-ja-als", "1 ja als het moet, 2 nee", "?n?"),
    ("ja-onder-voorwaarde", "ja onder voorwaarde dat ik gebeld word", "???"),
    ("yes-if", "yes if I can see it first", "???"),
    ("ok-zolang", "ok zolang mijn adres niet gedeeld wordt", "???"),
    ("ja-tenzij", "ja tenzij het UWV het wil", "???"),
    ("als-het-moet", "als het moet dan ja", "???"),
    ("alleen-1", "alleen 1", "???"),
    ("alleen-1-ja", "alleen 1 ja", "jnn"),
    ("alleen-1-de-rest-niet", "alleen 1, de rest niet", "jnn"),
    ("ja-alleen-voor-1", "ja, maar alleen voor 1", "jnn"),
    # -- double negatives
    ("geen-bezwaar-tegen-behalve", "geen bezwaar tegen, behalve 2", "jnj"),
    ("niet-tegen", "ik ben er niet tegen", "jjj"),
    ("niet-tegen-2", "ik ben niet tegen 2", "?j?"),
    ("niet-geen-toestemming", "ik geef niet geen toestemming", "???"),
    ("zie-geen-reden", "ik zie geen reden om nee te zeggen", "???"),
    ("niet-oneens", "ik ben het niet oneens", "???"),
    ("no-objection-except", "no objection, except 2", "jnj"),
    ("nee-niet-akkoord", "nee, niet akkoord", "nnn"),
    ("niet-akkoord-met-2", "niet akkoord met 2", "?n?"),
    ("niet-niet-akkoord", "ik ga niet niet akkoord", "???"),
    ("heb-niks-tegen-1", "ik heb niks tegen 1 en 3", "j?j"),
    ("niet-dat-2", "ik wil niet dat 2 gedeeld wordt", "?n?"),
    # -- quoted mail below
    ("gmail-1ja2nee", "1 ja 2 nee 3 ja\n\n{gmail}", "jnj"),
    ("gmail-en", "yes to 1 and 3, not 2\n\n{gmail-en}", "jnj"),
    ("apple-voor-tegen", "1,2 voor 3 tegen\n\n{apple}", "jjn"),
    ("outlook-ben-voor", "Ik ben voor 1, 2 nee\n\n{outlook}", "jn?"),
    ("thunderbird-ja", "Ja voor alles\n\n{thunderbird}", "jjj"),
    ("original-message", "alles nee\n\n{original-message}", "nnn"),
    ("quote-only", "{gmail}", "???"),
    ("quote-only-apple", "\n\n{apple}", "???"),
    ("iphone-sig", "1 ja 3 ja 2 nee\n\nVerzonden vanaf mijn iPhone\n\n{apple}", "jnj"),
    ("iphone-sig-only", "Verzonden vanaf mijn iPhone\n\n{apple}", "???"),
    ("samsung-sig", "ja\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone\n\n{gmail}", "jjj"),
    (
        "sig-name",
        "2 niet, rest ja\n\nMet vriendelijke groet,\nPetra Jansen\n06-12345678\n\n{outlook}",
        "jnj",
    ),
    ("sig-dash", "1 nee\n-- \nJan\nVerstuurd met Outlook voor Android\n\n{outlook}", "n??"),
    ("inline-gmail", "{inline-gmail: ja | nee | ja}", "jnj"),
    ("inline-apple-voor", "{inline-apple: voor | tegen | voor}", "?n?"),
    ("inline-thunder-prima", "{inline-thunderbird: prima | liever niet | akkoord}", "jnj"),
    ("inline-gmail-en", "{inline-gmail-en: yes | no | yes}", "jnj"),
    ("forward", "zie hieronder\n\n{forward}", "???"),
    ("top-and-quote-example", "Zoals gevraagd\n\n{gmail}", "???"),
    # -- English
    ("yes-1-3-not-2", "yes to 1 and 3, not 2", "jnj"),
    ("all-fine-except-second", "all fine except the second", "jnj"),
    ("yes-all-except-2", "yes to all except 2", "jnj"),
    ("no-to-all", "no to all", "nnn"),
    ("1-yes-2-no", "1 yes 2 no 3 yes", "jnj"),
    ("i-agree-1-3", "I agree with 1 and 3, not with 2", "jnj"),
    ("i-agree-all", "I agree", "jjj"),
    ("happy-with-1", "happy with 1 and 3, not 2", "jnj"),
    ("not-ok-2", "2 is not ok, the others are fine", "jnj"),
    ("only-3", "only 3 yes", "nnj"),
    ("none", "none of them", "nnn"),
    ("sure-why-not", "sure why not", "???"),
    ("yes-but-not-bakery", "yes but not to the bakery", "jnj"),
    ("no-to-uwv", "no to UWV, yes to the rest", "njj"),
    ("2-and-3-fine", "2 and 3 are fine, 1 is not", "njj"),
    ("yes-for-first-two", "yes for the first two, no for the third", "jjn"),
    # -- emoji, caps
    ("duim-1-3", "1 👍 2 👎 3 👍", "jnj"),
    ("duim-alleen", "👍", "???"),
    ("duim-na-ja", "ja 👍", "jjj"),
    ("duimen-omlaag", "👎", "???"),
    ("ja-met-emoji-2-nee", "1 ja 😊 2 nee 😕 3 ja", "jnj"),
    ("caps", "1 JA 2 NEE 3 JA", "jnj"),
    ("caps-voor", "IK BEN VOOR 1, 2 NEE", "jn?"),
    ("caps-all-nee", "NEE", "nnn"),
    ("caps-behalve", "JA BEHALVE 2", "jnj"),
    ("hart", "❤️ 1 en 3", "???"),
    ("check-cross", "1 ✔ 2 ✖ 3 ✔", "jnj"),
    # -- odd punctuation and phone typing
    ("slash", "1/3 ja 2 nee", "jnj"),
    ("dubbelpunt", "1: ja\n2: nee\n3: ja", "jnj"),
    ("haakjes", "1) ja 2) nee 3) ja", "jnj"),
    ("punt-lijst", "1. Ja\n2. Nee\n3. Ja", "jnj"),
    ("streepjes", "- 1 ja\n- 2 nee\n- 3 ja", "jnj"),
    ("plus-min", "1+ 2- 3+", "???"),
    ("ja-ja-nee", "ja ja nee", "???"),
    ("ja-nee-ja-lines", "ja\nnee\nja", "???"),
    ("jjn", "JJN", "???"),
    ("1j2n", "1j 2n 3j", "jnj"),
    ("geen-spatie", "1ja 2nee 3ja", "jnj"),
    ("1=ja", "1=ja 2=nee 3=ja", "jnj"),
    ("dash-answer", "1 - ja, 2 - nee, 3 - ja", "jnj"),
    # -- hedges and questions
    ("weet-niet-2", "1 ja, 2 weet ik niet, 3 ja", "j?j"),
    ("vraag-2", "1 ja 3 ja. Wat betekent 2?", "j?j"),
    ("waarom-2", "waarom moet de bakkerij dat weten? verder ja", "???"),
    ("misschien", "misschien", "???"),
    ("denk-het-wel", "ik denk het wel", "???"),
    ("ja-denk-ik", "ja denk ik", "???"),
    ("ja-toch", "ja toch?", "???"),
    ("moet-ik-ja", "moet ik ja zeggen?", "???"),
    ("wat-als-nee", "wat gebeurt er als ik nee zeg?", "???"),
    # -- others / withdrawal-ish
    ("bel-me", "bel me even", "???"),
    ("ja-bel-me", "ja, bel me even", "???"),
    ("leeg", " ", "???"),
    ("dank", "dank je wel", "???"),
    ("ok", "ok", "???"),
    ("oke-top", "oké top", "???"),
    ("ja-hoor-prima", "ja hoor prima", "jjj"),
    ("ja-is-goed", "ja is goed", "jjj"),
    ("doe-maar", "doe maar", "???"),
    ("doe-maar-niet", "doe maar niet", "nnn"),
    ("nee-liever-niet", "nee liever niet", "nnn"),
    ("2-nee-hoor", "2 nee hoor, rest prima", "jnj"),
    ("jazeker-behalve", "jazeker, alleen de stage niet", "jnj"),
    ("vader-zegt-nee", "mijn man zegt nee, ik zeg ja", "???"),
    ("1-ja-2-ook", "1 ja 2 ook 3 nee", "jjn"),
    ("1-nee-2-ook", "1 nee 2 ook, 3 ja", "nnj"),
    ("1-ja-2-3-nee", "1 ja, 2 en 3 nee", "jnn"),
    ("nee-2-rest-akkoord", "Nee voor 2, met de rest akkoord", "jnj"),
    ("alles-behalve-2", "alles behalve 2", "jnj"),
    ("alles-ok", "alles ok", "???"),
    ("is-goed-hoor", "is goed hoor", "???"),
    ("rest-ok", "2 nee, de rest ok", "?n?"),
    ("rest-ok-caps", "NEE VOOR DE BAKKERIJ REST OK", "?n?"),
    ("rest-prima", "2 nee, de rest prima", "jnj"),
    ("gaan-voor", "gaan voor 1, 2 nee", "jn?"),
    ("in-favour", "1 in favour 2 against", "jn?"),
    ("in-favour-of", "in favour of 1, 2 no", "jn?"),
    ("favour-and-answer", "in favour of 1 and 3: yes", "j?j"),
    # -- more of the same classes: votes, acknowledgements, lists, quotes
    ("voor-alle-drie", "ik ben voor alle drie", "jjj"),
    ("ben-er-voor", "ik ben er voor", "???"),
    ("ben-voor-alles", "ik ben voor alles", "jjj"),
    ("ben-voor-1-en-2", "ik ben voor 1 en 2", "jj?"),
    ("ben-voor-1-ja", "ik ben voor 1 ja", "j??"),
    ("is-voor-1-prima", "dat is voor 1 prima, 2 niet", "jn?"),
    ("voor-mij-ja", "1 voor mij ja, 2 nee", "jn?"),
    ("1-voor-nl", "1 voor\n2 tegen\n3 voor", "jnj"),
    ("tegen-2-voor-1-3", "tegen 2, voor 1 en 3", "jnj"),
    ("stem-voor", "ik stem voor 1 en 3 en tegen 2", "jnj"),
    ("am-for", "I am for 1, 2 no", "jn?"),
    ("for-1-against-2", "for 1 and 3, against 2", "jnj"),
    ("1-3-voor-2-niet", "1 en 3 voor, 2 niet", "jnj"),
    ("12-voor-3-nee", "1,2 voor 3 nee", "jjn"),
    ("12-ja-3-tegen", "1,2 ja 3 tegen", "jjn"),
    ("voor-1-2-3-ja", "voor 1, 2 en 3 ja", "jjj"),
    ("voor-1-ja-voor-2-nee", "voor 1 ja, voor 2 nee", "jn?"),
    ("ja-voor-1-en-voor-3", "ja voor 1 en voor 3", "j?j"),
    ("nee-voor-1-en-voor-3", "nee voor 1 en voor 3", "n?n"),
    ("tegen-1-en-voor-2", "tegen 1 en voor 2", "nj?"),
    ("alles-okay", "alles okay", "???"),
    ("alles-oke-vraag", "alles ok? 1 ja 2 nee", "jn?"),
    ("ok-dan", "ok dan", "???"),
    ("okay-except", "okay except 2", "?n?"),
    ("top-behalve", "top, behalve 3", "??n"),
    ("duim-behalve", "👍 behalve 3", "??n"),
    ("super-behalve", "super behalve 2", "?n?"),
    ("ok-voor-1-en-3", "ok voor 1 en 3", "j?j"),
    ("1-ok-2-nee", "1 ok 2 nee 3 ok", "jnj"),
    ("ja-behalve-ok", "ja behalve 2, ok?", "jnj"),
    ("geen-1-wel-2", "geen 1, wel 2 en 3", "njj"),
    ("niet-1", "niet 1", "n??"),
    ("1-niet", "1 niet", "n??"),
    ("niet-1-rest-ja", "niet 1, rest ja", "njj"),
    ("ja-maar-1-niet", "ja maar 1 niet", "njj"),
    ("ja-behalve-1-en-2", "ja behalve 1 en 2", "nnj"),
    ("nee-behalve-2", "nee behalve 2", "njn"),
    ("nee-voor-alles-behalve-2", "nee voor alles behalve 2", "njn"),
    ("alleen-2-niet", "alleen 2 niet", "jnj"),
    ("alles-ja-maar-2-liever-niet", "alles ja maar 2 liever niet", "jnj"),
    ("1ja-iphone", "1ja 2nee 3ja\nVerstuurd vanaf mijn iPhone", "jnj"),
    ("een-en-drie", "een en drie ja, twee niet", "jnj"),
    ("nr-1-3", "nr 1 en 3 ja nr 2 nee", "jnj"),
    ("punt-2-niet", "punt 2 niet, de rest is goed", "jnj"),
    ("vraag-1-ja", "vraag 1 ja vraag 2 nee vraag 3 ja", "jnj"),
    ("jawel-alles", "jawel, alles", "jjj"),
    ("yes-all-no-uwv", "YES ALL BUT NOT UWV", "njj"),
    ("ja-1-2-3", "ja 1 2 3", "jjj"),
    ("nee-1-2-3", "nee 1 2 3", "nnn"),
    ("ja-nee-ja", "ja, nee, ja", "???"),
    ("1ja-2ja-3nee-caps", "1 JA\n2 JA\n3 NEE\n\nGroetjes\n\n{gmail}", "jjn"),
    (
        "apple-en-quote",
        "yes to all\n\nOn 23 Nov 2026, at 11:00, Testschool <toestemming@testschool.example> wrote:\n\n> 1 yes 2 no",
        "jjj",
    ),
    (
        "gmail-quote-has-answers",
        "2 nee\n\nOp ma 23 nov 2026 om 11:00 schreef Testschool:\n> bijvoorbeeld: 1 ja, 2 nee",
        "?n?",
    ),
]

_WORD = {"j": "ja", "n": "nee", "?": "?"}


def _read(body: str) -> tuple[str, ...]:
    got = outcome(read_answers(_expand(body, 3), ITEMS[:3]))
    return got if len(got) == 3 else ("?", "?", "?")


@pytest.mark.parametrize(("body", "gave"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_no_answer_nobody_gave(body: str, gave: str) -> None:
    got = _read(body)
    for p, (said, read) in enumerate(zip(gave, got, strict=True), start=1):
        assert read in (_WORD[said], "?"), f"item {p}: gave {said!r}, read {read!r}: {got}"


def test_the_table_is_a_corpus() -> None:
    assert len(CASES) >= 200
    assert len({c[0] for c in CASES}) == len(CASES)


# -- class: "voor" as a vote ----------------------------------------------------------------
VOTES = [
    ("ik ben voor 1, 2 nee", ("?", "nee", "?")),
    ("IK BEN VOOR 1, 2 NEE", ("?", "nee", "?")),
    ("wij zijn voor 1, 3 niet", ("?", "?", "nee")),
    ("I am for 1, 2 no", ("?", "nee", "?")),
    ("1,2 voor 3 tegen", ("?", "?", "nee")),
    ("1, 2 voor 3 nee", ("?", "?", "nee")),
    ("1 en 3 voor 2 tegen", ("?", "nee", "?")),
    ("1 2 for 3 against", ("?", "?", "nee")),
    ("1 voor 2 nee", ("?", "nee", "?")),
    ("1 voor 2 ja", ("?", "ja", "?")),
    ("ik ben tegen 2 en voor de rest", ("?", "nee", "?")),
    ("tegen 2, voor 1 en 3", ("?", "nee", "?")),
    ("tegen 1 en voor 2", ("nee", "?", "?")),
    ("ik ga voor 1, 2 nee", ("?", "nee", "?")),
    ("1 in favour 2 against", ("?", "nee", "?")),
    ("in favour of 1, 2 no", ("?", "nee", "?")),
]


@pytest.mark.parametrize(("body", "want"), VOTES, ids=[v[0] for v in VOTES])
def test_a_vote_is_never_a_list_into_the_next_answer(body: str, want: tuple[str, ...]) -> None:
    assert _read(body) == want


def test_the_worker_is_told_why_a_voted_item_is_unclear() -> None:
    reading = read_answers("ik ben voor 1, 2 nee", ITEMS[:3])
    assert reading.items[1].verdict == Verdict.UNCLEAR
    assert reading.items[1].reason == Said("reply-reason-favour")
    assert reading.items[2].verdict == Verdict.NO


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "voor" as a preposition stays one: the answer after it is the item's
        ("ja voor 1, 2 nee", ("ja", "nee", "?")),
        ("voor 1 en 3 ja, 2 nee", ("ja", "nee", "ja")),
        ("dat is voor 1 prima, 2 niet", ("ja", "nee", "?")),
        ("1 voor mij ja, 2 nee", ("ja", "nee", "?")),
        ("nee voor 2 en ja voor 1 en 3", ("ja", "nee", "ja")),
    ],
)
def test_voor_as_a_preposition_still_reads(body: str, want: tuple[str, ...]) -> None:
    assert _read(body) == want


# -- class: an acknowledgement for every item --------------------------------------------------
ACKS = [
    ("alles ok", ("?", "?", "?")),
    ("oké behalve 3", ("?", "?", "nee")),
    ("ok, behalve 3", ("?", "?", "nee")),
    ("okay except 2", ("?", "nee", "?")),
    ("top, behalve 3", ("?", "?", "nee")),
    ("super behalve 2", ("?", "nee", "?")),
    ("2 nee, de rest ok", ("?", "nee", "?")),
    ("NEE VOOR DE BAKKERIJ REST OK", ("?", "nee", "?")),
]


@pytest.mark.parametrize(("body", "want"), ACKS, ids=[a[0] for a in ACKS])
def test_ok_for_every_item_is_no_yes(body: str, want: tuple[str, ...]) -> None:
    assert _read(body) == want


def test_ok_for_a_named_item_still_reads() -> None:
    assert _read("1 ok 2 nee 3 ok") == ("ja", "nee", "ja")
