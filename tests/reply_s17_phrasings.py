"""Round 12 of issue 19: what parents type back that rounds 4 to 11 did not have — ranges
written every way ("1..3", "1–3" as Word makes it, "1 t.e.m. 3", "2 t/m 5" past the last
item), items that do not exist ("4 ja" with three items: an older request's list?), the same
item answered twice, checkboxes ticked in the text ("[x] 1  [ ] 2"), an emoji per line,
dictated replies ("een ja twee nee"), typos and everyday words ("jaa", "neee", "is goed",
"akkoord behalve 3"), English from parents abroad, Arabic (the language layer sends requests
in it: toestemming/locales/ar.ftl), Turkish and Polish (it does not), numbers as words, two
parents' answers interleaved, a copied list with the refused items deleted. Answers typed
inside the quoted request are in tests/reply_s17_inline.py.

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school/RBL (leerplicht). "?" = must not be recorded; ("geen",) =
nothing recordable; `also` = other readings a careful worker could equally write down
(never one with a yes the text does not give). No text here is in an earlier round's list
(tests/test_reply_s17_corpus.py checks that).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U

PHRASINGS: dict[str, Phrasing] = {
    # -- ranges, every way they are typed -------------------------------------------------------
    "twee-punten": Phrasing("1..3 ja", ALL_YES, also=(NONE,)),
    "drie-punten-nee": Phrasing("1...3 nee", ALL_NO, also=(NONE,)),
    "beletselteken": Phrasing("1…3: akkoord", ALL_YES, also=(NONE,)),
    "word-streepje": Phrasing("1–3 ja", ALL_YES, also=(NONE,)),
    "word-streepje-spaties": Phrasing("Voor 1 – 2 ja, voor 3 nee", ("ja", "ja", "nee")),
    "t-e-m": Phrasing("Ja voor 1 t.e.m. 3", ALL_YES, also=(NONE,)),
    "tem": Phrasing("1 tem 3 nee", ALL_NO, also=(NONE,)),
    "tot-slash-met": Phrasing("1 tot/met 3 ja", ALL_YES, also=(NONE,)),
    "to-english": Phrasing("Items 1 to 3: yes", ALL_YES, lang="en", also=(NONE,)),
    "thru": Phrasing("yes 1 thru 3", ALL_YES, lang="en", also=(NONE,)),
    # past the last item: which request does the person answer? every item of it is asked
    "2-tm-5": Phrasing("Ja voor 2 t/m 5", NONE),
    "1-tm-4-ja": Phrasing("1 t/m 4 ja", NONE),
    "1-tot-en-met-5-nee": Phrasing("1 tot en met 5: nee", NONE, also=(ALL_NO,)),
    "2-streep-4": Phrasing("1 nee, 2 - 4 ja", NONE, also=(("nee", U, U),)),
    # -- item numbers that do not exist ---------------------------------------------------------
    "4-ja": Phrasing("4 ja", NONE),
    "vier-items": Phrasing("1 ja 2 nee 3 ja 4 nee", NONE),
    "lijst-met-4": Phrasing("Ja voor 1, 2, 3 en 4", NONE),
    "onderdeel-5": Phrasing("Onderdeel 1 ja, onderdeel 5 nee", NONE),
    "vier-regels": Phrasing("1. ja\n2. ja\n3. nee\n4. ja", NONE),
    "ook-4": Phrasing("1 en 3 ja, 2 nee. En 4 ook ja", NONE),
    # -- the same item answered twice -----------------------------------------------------------
    "2-twee-keer": Phrasing("1 ja 2 nee 3 ja 2 ja", ("ja", U, "ja"), also=(NONE,)),
    "1-ja-1-nee": Phrasing("1 ja\n1 nee\n2 nee\n3 nee", (U, "nee", "nee"), also=(NONE,)),
    "3-ja-later-3-nee": Phrasing(
        "Ja voor 1, 2 en 3.\nVoor 3 nee.", ("ja", "ja", U), also=(NONE, ("ja", "ja", "nee"))
    ),
    "2-ja-en-2-nee-zin": Phrasing("2 ja en 2 nee, 1 en 3 ja", ("ja", U, "ja"), also=(NONE,)),
    # -- checkboxes ticked in the text ----------------------------------------------------------
    "vakjes-x": Phrasing("[x] 1  [ ] 2  [x] 3", NONE, also=(JNJ, ("ja", U, "ja"))),
    "vakjes-regels": Phrasing(
        "[X] Onderdeel 1\n[ ] Onderdeel 2\n[X] Onderdeel 3", NONE, also=(JNJ, ("ja", U, "ja"))
    ),
    "vakjes-ja-nee": Phrasing(
        "1 [x] ja [ ] nee\n2 [ ] ja [x] nee\n3 [x] ja [ ] nee", NONE, also=(JNJ,)
    ),
    "vakjes-unicode": Phrasing("☑ 1\n☐ 2\n☑ 3", NONE, also=(JNJ, ("ja", U, "ja"))),
    "x-achter-ja": Phrasing("1 ja X\n2 nee X\n3 ja X", NONE, also=(JNJ,)),
    "ja-dubbelepunt-lijst": Phrasing("ja: 1, 3\nnee: 2", JNJ),
    # -- an emoji per line ----------------------------------------------------------------------
    "duim-per-regel": Phrasing("1: 👍🏻\n2: 👎🏻\n3: 👍🏻", NONE, also=(JNJ,)),
    "vink-per-regel-punt": Phrasing("1. ✅\n2. ❌\n3. ✅", NONE, also=(JNJ,)),
    "vink-voor-lijst": Phrasing("✅ 1 en 3\n❌ 2", NONE, also=(JNJ,)),
    "duim-huidskleur-alles": Phrasing("👍🏽 voor alles", NONE, also=(ALL_YES,)),
    "kruis-2-rest-ja": Phrasing("2 ❌, de rest ja", JNJ, also=((U, "nee", U), NONE)),
    "vink-nee-gemengd": Phrasing("1 ✅ ja\n2 ❌ nee\n3 ✅ ja", JNJ),
    # -- dictated (voice to text) -----------------------------------------------------------------
    "spraak-een-ja-twee-nee": Phrasing("een ja twee nee en drie ook ja", JNJ, also=(NONE,)),
    "spraak-nummer-een": Phrasing("nummer een ja nummer twee nee nummer drie ja", JNJ),
    "spraak-punt-een": Phrasing("punt een ja punt twee nee punt drie ja", JNJ, also=(NONE,)),
    "spraak-is": Phrasing("één is ja twee is nee drie is ja", JNJ, also=(NONE,)),
    "spraak-eerste-tweede": Phrasing("eerste is ja tweede is nee derde is ja", JNJ, also=(NONE,)),
    "spraak-hoofdletters": Phrasing("Een ja. Twee nee. Drie ja.", JNJ, also=(NONE,)),
    "spraak-komma": Phrasing("Ja voor één, twee en drie", ALL_YES, also=(NONE,)),
    # -- typos and everyday words -------------------------------------------------------------------
    "jaa-voor-alles": Phrasing("jaa voor alles", ALL_YES),
    "neee-allemaal": Phrasing("neee allemaal niet", ALL_NO, also=(NONE,)),
    "jaaa-hoor-1-3": Phrasing("jaaa hoor 1 en 3, 2 neee", JNJ, also=(("ja", U, "ja"),)),
    "is-goed-hoor-behalve-2": Phrasing("Is goed hoor, behalve nummer 2", JNJ, also=(NONE,)),
    "akkoord-behalve-3": Phrasing("akkoord behalve 3", ("ja", "ja", "nee"), also=(NONE,)),
    "geen-bezwaar-behalve-1": Phrasing(
        "Geen bezwaar, behalve tegen 1", ("nee", "ja", "ja"), also=(NONE,)
    ),
    # "tegen" after "behalve" is the exception's preposition: read as a no, the exception
    # made it a yes for 1
    "akkoord-behalve-tegen-1": Phrasing(
        "akkoord behalve tegen 1", ("nee", "ja", "ja"), also=(NONE,)
    ),
    "alles-behalve-tegen-2-3": Phrasing(
        "ja voor alles behalve tegen 2 en 3", ("ja", "nee", "nee"), also=(NONE,)
    ),
    "liever-niet-3-rest-prima": Phrasing(
        "3 liever niet, de rest is prima", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "prima-voor-1-2": Phrasing("prima voor 1 en 2, 3 liever niet", ("ja", "ja", "nee")),
    "jep-1-3": Phrasing("jep voor 1 en 3, nope voor 2", JNJ, also=(NONE,)),
    "ja-hoor-alle-3": Phrasing("ja hoor alle 3 prima", ALL_YES, also=(NONE,)),
    "nee-hoor-2": Phrasing("2 nee hoor, 1 en 3 is goed", JNJ),
    "vind-ik-goed-1": Phrasing("1 vind ik goed, 2 en 3 niet", ("ja", "nee", "nee")),
    "mag-allemaal-behalve-stage": Phrasing(
        "Mag allemaal behalve de stage", ("ja", "nee", "ja"), also=(NONE,)
    ),
    "ja-zonder-spatie": Phrasing("1ja 2nee 3ja", JNJ, also=(NONE,)),
    "hoofdletters-roepen": Phrasing("1 JA 2 NEE 3 JA!!", JNJ),
    # -- English from parents abroad --------------------------------------------------------------
    "en-consent-1-3": Phrasing("I consent to 1 and 3, not to 2.", JNJ, lang="en"),
    "en-happy-to-share": Phrasing(
        "Happy for you to share 1 and 3. Please don't share 2.", JNJ, lang="en", also=(NONE,)
    ),
    "en-apart-from": Phrasing("Agree with everything apart from #2", JNJ, lang="en", also=(NONE,)),
    "en-item-one-three": Phrasing(
        "Yes for items one and three, no for item two", JNJ, lang="en", also=(NONE,)
    ),
    "en-nope-2": Phrasing("Nope to 2, yes for the rest", JNJ, lang="en", also=(NONE,)),
    "en-do-not-consent-2": Phrasing(
        "I do not consent to item 2. Items 1 and 3 are OK.", JNJ, lang="en", also=((U, "nee", U),)
    ),
    "en-no-objection": Phrasing("No objection to any of it", ALL_YES, lang="en", also=(NONE,)),
    "en-go-ahead-not-3": Phrasing(
        "Go ahead with 1 and 2 but not 3", ("ja", "ja", "nee"), lang="en", also=(NONE,)
    ),
    # -- Arabic (requests go out in it), Turkish and Polish (they do not) ---------------------------
    "ar-nam-lil-kull": Phrasing("نعم للكل", ALL_YES, also=(NONE,)),
    "ar-lijst": Phrasing("1 نعم 2 لا 3 نعم", JNJ, also=(NONE,)),
    "ar-la": Phrasing("لا", ALL_NO, also=(NONE,)),
    "ar-4-nam": Phrasing("1 نعم 2 نعم 3 نعم 4 نعم", NONE),
    "tr-evet-hayir": Phrasing("1 evet 2 hayır 3 evet", NONE, also=(JNJ,)),
    # "nie" is also how Dutch fingers mistype "nee": its no stands (a no is never the risk)
    "pl-tak-nie": Phrasing("1 tak, 2 nie, 3 tak", NONE, also=(JNJ, (U, "nee", U))),
    # -- numbers as words ------------------------------------------------------------------------
    "eerste-derde-tweede": Phrasing("eerste en derde oké, tweede nee", JNJ, also=(NONE,)),
    "een-en-drie-akkoord": Phrasing("één en drie akkoord, twee niet", JNJ, also=(NONE,)),
    "nummer-twee-niet-rest": Phrasing("Nummer twee niet, de rest wel", JNJ),
    "onderdeel-twee-overige": Phrasing("Onderdeel twee nee, de overige ja", JNJ, also=(NONE,)),
    "ja-voor-nummer-een-drie": Phrasing("Ja voor nummer een en drie", ("ja", U, "ja")),
    "en-number-two": Phrasing("Number two no, the others yes", JNJ, lang="en", also=(NONE,)),
    # -- ellipses and pauses -----------------------------------------------------------------------
    "puntjes-per-item": Phrasing("1... ja 2... nee 3... ja", JNJ, also=(NONE,)),
    "beletsel-per-item": Phrasing("1… ja\n2… nee\n3… ja", JNJ, also=(NONE,)),
    "ja-puntjes-2-nee": Phrasing(
        "Ja... maar 2 nee", ("ja", "nee", "ja"), also=((U, "nee", U), NONE)
    ),
    # -- two parents, answers interleaved ----------------------------------------------------------
    "ouders-om-en-om": Phrasing(
        "Moeder: 1 ja\nVader: 1 ja\nMoeder: 2 nee\nVader: 2 ja\nMoeder: 3 ja\nVader: 3 ja",
        ("ja", U, "ja"),
        also=(NONE,),
    ),
    "ik-en-mijn-man": Phrasing(
        "Ik: 1 ja 2 ja 3 ja\nMijn man: 2 nee", ("ja", U, "ja"), also=(NONE,)
    ),
    "wij-allebei-ja-2-papa-niet": Phrasing(
        "Wij zeggen allebei ja voor 1 en 3. Voor 2 zegt papa nee.", ("ja", U, "ja"), also=(NONE,)
    ),
    # -- a copied list, the refused items deleted ----------------------------------------------------
    "lijst-gekopieerd-ja-voor-deze": Phrasing(
        "Ja voor deze:\nOnderdeel 1: Begeleiding naar werk\nOnderdeel 3: Volgen na school (RMC)",
        ("ja", U, "ja"),
        also=(JNJ, NONE),
    ),
    "lijst-gekopieerd-zonder-woord": Phrasing(
        "Onderdeel 1: Begeleiding naar werk\nOnderdeel 3: Volgen na school (RMC)", NONE
    ),
    "lijst-gekopieerd-2-weggehaald": Phrasing(
        "Onderdeel 1: Begeleiding naar werk\nOnderdeel 3: Volgen na school (RMC)\n\n"
        "Nummer 2 heb ik weggehaald, die niet.",
        ("ja", "nee", "ja"),
        also=((U, "nee", U), NONE),
    ),
    # -- an older request's list after a reminder ---------------------------------------------------
    "zoals-vorige-keer": Phrasing("Zelfde antwoord als vorige keer", NONE),
    "vorige-mail-vier": Phrasing("Mijn antwoord op de eerste mail: 1 ja, 2 ja, 3 nee, 4 ja", NONE),
    "herinnering-al-ja": Phrasing("Ik had op de eerste mail al ja gezegd", NONE),
}
