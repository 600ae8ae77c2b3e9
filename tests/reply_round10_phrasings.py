"""Round 10 of issue 19: what a hurried parent or young person types back, as typed — typos,
no accents, all caps, emoji, "ja hoor", "prima", "doe maar", "liever niet", "nee tenzij …",
a negation far from its number ("voor 2 wil ik dat echt niet", "2: nee!!"), "(geen) bezwaar
tegen", "ik trek 1 in", English and mixed answers, the other parent answering for both, and
round 9's leftovers: a restriction that belongs to one item ("2 ja maar alleen dit
schooljaar") and "beide" beside a number that is no item. They go into every client
envelope of tests/reply_s14_mails.py and tests/reply_round10_mails.py.

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school (RMC)/RBL (leerplicht). "?" = must not be recorded;
("geen",) = nothing recordable; `also` = other readings a careful worker could equally
write down (never one with a yes the text does not give).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U

_SHORT: dict[str, Phrasing] = {
    # -- short words with nothing said of the items: the worker asks ---------------------------
    "ja-hoor": Phrasing("ja hoor", NONE, also=(ALL_YES,)),
    "prima": Phrasing("prima", NONE, also=(ALL_YES,)),
    "doe-maar": Phrasing("doe maar", NONE, also=(ALL_YES,)),
    "ja-graag": Phrasing("Ja graag", NONE, also=(ALL_YES,)),
    "ja-is-goed-hoor": Phrasing("ja is goed hoor", NONE, also=(ALL_YES,)),
    "ja-ja-goed": Phrasing("Ja ja, is goed", NONE, also=(ALL_YES,)),
    "prima-thumb": Phrasing("Prima 👍", NONE, also=(ALL_YES,)),
    "heart": Phrasing("❤️", NONE),
    "sure-en": Phrasing("Sure, go ahead", NONE, lang="en", also=(ALL_YES,)),
    # -- a whole answer ------------------------------------------------------------------------
    "doe-maar-allemaal": Phrasing("Doe maar allemaal", ALL_YES, also=(NONE,)),
    "ja-hoor-alles-goed": Phrasing("ja hoor, alles goed", ALL_YES, also=(NONE,)),
    "prima-alle-drie": Phrasing("Prima, alle drie", ALL_YES, also=(NONE,)),
    "alle-onderdelen": Phrasing("Ja, voor alle onderdelen", ALL_YES),
    "alles-smiley": Phrasing("Ja voor alles 😊", ALL_YES),
    "allles-typo": Phrasing("ja voor allles", ALL_YES, also=(NONE,)),
    "akoord-typo": Phrasing("Akoord", ALL_YES, also=(NONE,)),
    "nee-angry": Phrasing("Nee 😡", ALL_NO),
    "liever-niet-hoor": Phrasing("Liever niet hoor", ALL_NO),
    "nee-dat-wil-ik-niet": Phrasing("Nee, dat wil ik niet", ALL_NO),
    "nee-dank-je": Phrasing("Nee dank je", ALL_NO, also=(NONE,)),
    "nee-voor-allemaal": Phrasing("nee voor allemaal", ALL_NO),
    "liever-niets-delen": Phrasing(
        "Ik wil liever niet dat jullie iets delen", ALL_NO, also=(NONE,)
    ),
    "caps-nee": Phrasing("NEE", ALL_NO),
    "yes-all-en": Phrasing("yes for all", ALL_YES, lang="en"),
    "no-thanks-en": Phrasing("No thanks", ALL_NO, lang="en", also=(NONE,)),
    # -- conditions: never a plain answer -----------------------------------------------------
    "nee-tenzij-moet": Phrasing("nee tenzij het moet", NONE),
    "nee-tenzij-stage": Phrasing("Nee, tenzij het voor zijn stage is", NONE),
    "nee-tenzij-anoniem": Phrasing("Nee tenzij het anoniem is", NONE),
    "ja-tenzij-diagnose": Phrasing("Ja tenzij het over zijn diagnose gaat", NONE),
    "ik-ben-15": Phrasing("Ik ben 15 en ik zeg ja voor alles", NONE),
}

_ITEMS: dict[str, Phrasing] = {
    # -- per item, a negation far from its number ----------------------------------------------
    "voor-2-echt-niet": Phrasing("voor 2 wil ik dat echt niet", (U, "nee", U), also=(NONE,)),
    "voor-2-echt-niet-rest": Phrasing(
        "1 en 3 prima, voor 2 wil ik dat echt niet", JNJ, also=(("ja", U, "ja"), NONE)
    ),
    "voor-2-niet-hebben": Phrasing(
        "Voor 2 wil ik dat echt niet hebben", (U, "nee", U), also=(NONE,)
    ),
    "niet-voor-2-hoor": Phrasing("Niet voor 2 hoor", (U, "nee", U)),
    "nummer-2-liever-niet": Phrasing("Voor nummer 2 liever niet", (U, "nee", U)),
    "2-niet-rest-ja": Phrasing("1 ja 3 ja 2 niet", JNJ),
    "2-nee-bang": Phrasing("2: nee!!", (U, "nee", U)),
    "bang-list": Phrasing("1: ja!! 2: nee!! 3: ja!!", JNJ),
    "2-caps-nee": Phrasing("2 NEE", (U, "nee", U)),
    "geen-tv-2": Phrasing("Geen toestemming voor 2!!", (U, "nee", U)),
    "2-nee-rest-ja": Phrasing("2 nee, rest ja", JNJ, also=(NONE,)),
    "onderdeel-2-andere": Phrasing(
        "Onderdeel 2: nee, de andere twee: ja", JNJ, also=(NONE, (U, "nee", U))
    ),
    "wat-betreft-2": Phrasing("Wat betreft 2: dat wil ik echt niet", (U, "nee", U), also=(NONE,)),
    "over-bakkerij": Phrasing("Over de bakkerij: liever niet", (U, "nee", U), also=(NONE,)),
    "ja-1-3-ook-2-niet": Phrasing("ja voor 1, 3 ook, 2 niet", JNJ, also=(("ja", "nee", U),)),
    "niet-2-wel-1-3": Phrasing("Niet voor 2. Wel voor 1 en 3.", JNJ),
    "2-liever-niet-rest-prima": Phrasing("2 liever niet, 1 en 3 is prima", JNJ),
    "liever-niet-2-verder": Phrasing("Liever niet voor 2, verder prima", JNJ),
    "nee-2-verder-ja": Phrasing("nee voor 2, verder ja", JNJ),
    # "verder" with no item of ours named, or before no answer, is only "further"
    "verder-geen-vragen": Phrasing("1 ja. Verder heb ik geen vragen", ("ja", U, U)),
    "bakkerij-verder-prima": Phrasing(
        "Nee voor de bakkerij, verder prima", (U, "nee", U), also=(JNJ,)
    ),
    "verder-prima-alone": Phrasing("Verder prima", NONE),
    "tv-1-3-niet-2": Phrasing("Voor 1 en 3 geef ik toestemming, voor 2 niet", JNJ),
    "nee-2-ja-rest": Phrasing("nee voor 2 en ja voor de rest", JNJ),
    "behalve-nummer-2": Phrasing("Ja, behalve nummer 2", JNJ, also=(NONE,)),
    "doe-maar-behalve-bakkerij": Phrasing(
        "Doe maar, behalve de bakkerij", JNJ, also=(NONE, (U, "nee", U))
    ),
    "alles-ok-behalve-2": Phrasing("alles ok behalve 2", JNJ, also=(NONE, (U, "nee", U))),
    "zeg-ja-tegen": Phrasing("ik zeg ja tegen 1 en 3, en nee tegen 2", JNJ),
    "1-weet-niet-3-nee": Phrasing("1 ja, 2 weet ik niet, 3 nee", ("ja", U, "nee")),
    "ja-1-rest-nee": Phrasing("Ja voor 1. 2 en 3 nee.", ("ja", "nee", "nee")),
    "alleen-nummer-3": Phrasing("Alleen nummer 3", NONE, also=((U, U, "ja"), ("nee", "nee", "ja"))),
    "3-alleen-als-16": Phrasing("Ja voor 1 en 2, 3 alleen als hij 16 is", ("ja", "ja", U)),
    "2-jaar-geleden": Phrasing(
        "Prima voor 1 en 3 maar niet voor 2 want daar heeft hij 2 jaar geleden gewerkt",
        JNJ,
        also=(("ja", U, "ja"), NONE),
    ),
    "hij-is-17": Phrasing("1 ja 2 ja 3 ja, hij is 17", ALL_YES, also=(NONE,)),
    # -- (geen) bezwaar tegen -----------------------------------------------------------------
    "geen-bezwaar-tegen-1": Phrasing("geen bezwaar tegen 1", ("ja", U, U)),
    "geen-bezwaar-1-3": Phrasing("Geen bezwaar tegen 1 en 3", ("ja", U, "ja")),
    "bezwaar-tegen-2": Phrasing("bezwaar tegen 2", (U, "nee", U), also=(NONE,)),
    "ik-heb-bezwaar-2": Phrasing("Ik heb bezwaar tegen 2", (U, "nee", U), also=(NONE,)),
    "bezwaar-bakkerij": Phrasing("Ik maak bezwaar tegen de bakkerij", (U, "nee", U), also=(NONE,)),
    "geen-wel-bezwaar": Phrasing("Geen bezwaar tegen 1 en 3, wel bezwaar tegen 2", JNJ),
    # -- typos, no accents, caps, emoji ---------------------------------------------------------
    "typo-jaaa": Phrasing("1 jaa 2 neee 3 jaaa", JNJ),
    "caps-list": Phrasing("1 JA 2 NEE 3 JA", JNJ),
    "caps-niet-2": Phrasing("JA VOOR 1 EN 3, NIET VOOR 2", JNJ),
    "een-twee-no-accent": Phrasing("een ja, twee nee, drie ja", JNJ, also=(NONE,)),
    "check-marks": Phrasing("1 ✔️ 2 ✖️ 3 ✔️", JNJ, also=(NONE,)),
    "thumbs-amp": Phrasing("1 & 3 👍 2 👎", JNJ, also=(NONE,)),
    # -- English and mixed ------------------------------------------------------------------------
    "yes-1-3-no-2-en": Phrasing("Yes to 1 and 3, no to 2", JNJ, lang="en"),
    "list-en": Phrasing("1 yes 2 no 3 yes", JNJ, lang="en"),
    "yes-except-2-en": Phrasing("Yes to all except 2", JNJ, lang="en"),
    "mixed-list": Phrasing("1 yes, 2 nee, 3 ja", JNJ),
    "mixed-yes-voor": Phrasing("yes voor 1 en 3, nee voor 2", JNJ, also=(NONE,)),
    # -- signatures and client lines typed under the answer ----------------------------------------
    "sam-eens": Phrasing("1 ja 2 nee 3 ja (Sam is het er mee eens)", JNJ),
    "galaxy": Phrasing("1 ja 2 nee 3 ja\n\nVerzonden vanaf mijn Samsung Galaxy smartphone.", JNJ),
    "iphone-typed": Phrasing("1 ja 2 nee 3 ja\n\nVerstuurd vanaf mijn iPhone", JNJ),
    # "no more questions" under the answer: its "nee" answers nothing
    "nee-hoor-geen-vragen": Phrasing("1 ja 2 nee 3 ja\n\nNee hoor, we hebben geen vragen", JNJ),
    "nee-verder-niks": Phrasing("1 ja 2 nee 3 ja\nNee, verder niks", JNJ),
    "alleen-geen-vragen": Phrasing("Nee hoor, geen vragen", NONE),
    # -- withdrawing ------------------------------------------------------------------------------
    "trek-1-in": Phrasing("ik trek 1 in", ("intrekken", "1")),
    "trek-tv-1-in": Phrasing("Ik trek mijn toestemming voor 1 in", ("intrekken", "1")),
    "1-intrekken-aub": Phrasing("1 intrekken aub", ("intrekken", "1")),
    # an item with its own answer beside the withdrawal is not withdrawn
    "1-intrekken-2-ja": Phrasing("Ik wil 1 intrekken en 2 ja", ("intrekken", "1")),
}

_TAKEN_BACK: dict[str, Phrasing] = {
    # -- a blanket that takes back (or contradicts) every item's own answer -------------------
    "grapje-allemaal-nee": Phrasing("1 ja 2 ja 3 ja... grapje, allemaal nee", NONE, also=(ALL_NO,)),
    "list-then-nee-alles": Phrasing(
        "1 ja 2 nee 3 ja. Nee voor alles", (U, "nee", U), also=(NONE, ALL_NO)
    ),
    "ja-alles-then-list": Phrasing(
        "Ja voor alles. 1 ja 2 nee 3 ja", ("ja", U, "ja"), also=(JNJ, NONE)
    ),
    # ... a blanket for what is left open stays
    "1-ja-verder-alles-nee": Phrasing("1 ja, verder alles nee", ("ja", "nee", "nee")),
    "nee-alles-alleen-3": Phrasing(
        "Nee voor alles. Alleen 3 ja.", ("nee", "nee", "ja"), also=(NONE,)
    ),
}

_OTHERS: dict[str, Phrasing] = {
    # -- the other parent answering for both ----------------------------------------------------
    "wij-allebei-akkoord": Phrasing("Wij gaan allebei akkoord met alles", ALL_YES, also=(NONE,)),
    "namens-vrouw": Phrasing("Namens mijn vrouw en mij: ja voor alles", ALL_YES, also=(NONE,)),
    "namens-vader-list": Phrasing(
        "Ik antwoord ook namens zijn vader: 1 ja 2 nee 3 ja", JNJ, also=(NONE,)
    ),
    "vrouw-al-gezegd": Phrasing(
        "Mijn vrouw heeft het al gezegd, ik ga ook akkoord", ALL_YES, also=(NONE,)
    ),
    # the young person's (or another's) answer, told: not the sender's own
    "sam-gaat-akkoord": Phrasing("Sam gaat akkoord", NONE),
    "hij-eens": Phrasing("Hij is het er helemaal mee eens", NONE),
    "sam-akkoord-ik-ook": Phrasing("Sam gaat akkoord en ik ook", NONE, also=(ALL_YES,)),
    "he-agrees-en": Phrasing("He agrees", NONE, lang="en"),
    "list-sam-aside": Phrasing("1 ja 2 nee 3 ja (Sam gaat ook akkoord)", JNJ, also=(NONE,)),
    # ... introduced with a colon and a blank line: the answer under it is the other's
    "man-zegt-blank": Phrasing("Mijn man zegt:\n\nJa voor alles", NONE),
    "vader-appte-blank": Phrasing("Mijn vader appte:\n\nJa voor alles", NONE),
    "sms-vader-blank": Phrasing("Doorgestuurd sms van mijn vader:\n\n1 ja 2 ja 3 ja", NONE),
    "man-zegt-nee-ik-ja": Phrasing(
        "Mijn man zegt nee.\n\nIk zeg ja voor alles", NONE, also=(ALL_YES,)
    ),
    "vader-en-ik-nee-2": Phrasing(
        "Zijn vader en ik vinden 1 en 3 goed, 2 niet", JNJ, also=(NONE, ("ja", U, "ja"))
    ),
}

_LEFTOVERS: dict[str, Phrasing] = {
    # -- "beide" with three items beside a number that is no item: which two? -----------------
    "beide-16-jaar": Phrasing("Ja voor beide, hij is 16 jaar", NONE),
    "allebei-2-weken": Phrasing("Ja voor allebei, over 2 weken hoor ik het graag", NONE),
    "beide-klas-3": Phrasing("Ja voor beide, hij zit in klas 3", NONE),
    "both-17-en": Phrasing("Yes to both, he is 17", NONE, lang="en"),
    # ... and "beide" with the two items named beside it: those two, never the third
    "beide-haakjes": Phrasing("Ja voor beide (1 en 3)", ("ja", U, "ja"), also=(NONE,)),
    "beide-dubbelepunt": Phrasing("Ja voor beide: 1 en 3. 2 nee", JNJ, also=(NONE,)),
    # -- a restriction written beside one item: that item unclear, the others stand ------------
    "2-alleen-dit-schooljaar": Phrasing(
        "1 ja, 2 ja maar alleen dit schooljaar, 3 nee", ("ja", U, "nee")
    ),
    "1-zonder-diagnose-line": Phrasing(
        "1 ja maar zonder zijn diagnose, 2 nee, 3 ja", (U, "nee", "ja")
    ),
    "lines-2-geen-medisch": Phrasing(
        "1 ja\n2 ja, maar geen medische gegevens\n3 ja", ("ja", U, "ja")
    ),
    "1-geen-medisch-mid": Phrasing("1 ja, 2 ja maar geen medische gegevens, 3 ja", ("ja", U, "ja")),
    "1-2-schooljaar-3": Phrasing(
        "1 en 2 ja maar alleen dit schooljaar, 3 nee", (U, U, "nee"), also=(NONE,)
    ),
    # ... at the end of the list it may be about every yes: each yes stays unclear
    "3-niet-aan-vader": Phrasing(
        "1 nee, 2 ja, 3 ja maar niet aan zijn vader", ("nee", U, U), also=(("nee", "ja", U),)
    ),
    "lines-3-geen-medisch": Phrasing("1 ja\n2 ja\n3 ja, maar geen medische gegevens", NONE),
    "whole-after-list": Phrasing(
        "1 ja, 2 ja, 3 nee, maar alleen dit schooljaar", NONE, also=((U, U, "nee"),)
    ),
    "whole-sentence": Phrasing(
        "1 ja 2 ja 3 nee. Alleen dit schooljaar.", NONE, also=((U, U, "nee"),)
    ),
    "whole-first": Phrasing(
        "Alleen dit schooljaar: 1 ja, 2 ja, 3 nee", NONE, also=((U, U, "nee"),)
    ),
    "ja-alles-dan-schooljaar": Phrasing(
        "Ja voor alles, 2 alleen dit schooljaar", ("ja", U, "ja"), also=(NONE,)
    ),
}

PHRASINGS: dict[str, Phrasing] = {**_SHORT, **_ITEMS, **_TAKEN_BACK, **_OTHERS, **_LEFTOVERS}
