"""Round 11 of issue 19: what parents type back that rounds 4 to 10 did not have — answers
per item written as words ("de eerste wel, de tweede niet"), ranges ("1 t/m 3 ja", "1-3 ja
behalve 2"), "alles ja behalve …", "allemaal niet", a yes corrected in the same mail, two
parents in one mail, recipients named instead of numbers ("UWV nee, bakkerij ja"), a reply
to a reminder, an auto-reply or a forward typed as the body, and a restriction that hangs
on one item of a list ("1 ja, 2 ja maar alleen dit schooljaar, 3 nee": only 2 is unclear).

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school/RBL (leerplicht). "?" = must not be recorded; ("geen",) =
nothing recordable; `also` = other readings a careful worker could equally write down
(never one with a yes the text does not give). No text here is in an earlier round's list
(tests/test_reply_s16_corpus.py checks that).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U

PHRASINGS: dict[str, Phrasing] = {
    # -- per item, as words --------------------------------------------------------------------
    "eerste-wel-tweede-niet": Phrasing("de eerste wel, de tweede niet, de derde wel", JNJ),
    "eerste-wel-rest-niet": Phrasing("De eerste wel, de rest niet", ("ja", "nee", "nee")),
    "eerste-niet-andere-wel": Phrasing(
        "De eerste niet, de andere twee wel", ("nee", "ja", "ja"), also=(("nee", U, U),)
    ),
    "laatste-niet-rest-wel": Phrasing("De laatste niet, de rest wel", ("ja", "ja", "nee")),
    "nummer-een-wel": Phrasing("Nummer één wel, nummer twee niet, nummer drie wel", JNJ),
    "onderdeel-een-twee-drie": Phrasing(
        "Onderdeel een: ja. Onderdeel twee: nee. Onderdeel drie: ja.", JNJ
    ),
    "first-yes-second-no": Phrasing("first yes, second no, third yes", JNJ, lang="en"),
    "first-third-fine": Phrasing("The first and third are fine, not the second", JNJ, lang="en"),
    "tweede-niet-rest-prima": Phrasing("De tweede liever niet. De rest is prima.", JNJ),
    "derde-ja-eerste-twee-nee": Phrasing("De derde ja, de eerste twee nee", ("nee", "nee", "ja")),
    # -- ranges --------------------------------------------------------------------------------
    "1-tm-3-allemaal": Phrasing("1 t/m 3: allemaal ja", ALL_YES),
    "1-3-ja": Phrasing("1-3 ja", ALL_YES),
    "1-tot-en-met-3": Phrasing("1 tot en met 3: ja", ALL_YES),
    "1-tm-3-maar-2-niet": Phrasing("1 tot en met 3 ja, maar 2 niet", JNJ, also=(("ja", U, "ja"),)),
    "1-tm-3-behalve-2": Phrasing("1 t/m 3 ja, behalve 2", JNJ),
    "1-tm-3-nee": Phrasing("1 tm 3 nee", ALL_NO),
    "1-tm-2-ja-3-nee": Phrasing("1 t/m 2 ja, 3 nee", ("ja", "ja", "nee")),
    "2-tm-3-nee-1-ja": Phrasing("2 t/m 3 nee, 1 ja", ("ja", "nee", "nee")),
    "1-tm-3-akkoord": Phrasing("Akkoord met 1 t/m 3", ALL_YES),
    "yes-to-1-3": Phrasing("Yes to 1-3", ALL_YES, lang="en"),
    # "tot" alone does not say whether the last item is in it ("tot en met" does)
    "1-tot-3": Phrasing("Ja voor 1 tot 3", NONE, also=(("ja", "ja", U),)),
    "1-tot-2-3-nee": Phrasing("1 tot 2 ja, 3 nee", (U, U, "nee"), also=(("ja", U, "nee"),)),
    # -- everything but … ----------------------------------------------------------------------
    "alles-ja-behalve-nummer-2": Phrasing("Alles ja, behalve nummer 2", JNJ),
    "alles-ja-behalve-1-en-3": Phrasing("Alles ja behalve 1 en 3", ("nee", "ja", "nee")),
    "alles-akkoord-behalve-uwv": Phrasing(
        "Alles akkoord behalve het UWV", ("nee", "ja", "ja"), also=(NONE,)
    ),
    "alles-mag-behalve-leerplicht": Phrasing(
        "Alles mag, behalve leerplicht", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "allemaal-ja-uitgezonderd-2": Phrasing("Allemaal ja, uitgezonderd 2", JNJ, also=(NONE,)),
    "alles-oke-behalve-twee": Phrasing("Alles oké behalve twee", JNJ, also=(NONE,)),
    "all-good-except-2": Phrasing("All good except number 2", JNJ, lang="en", also=(NONE,)),
    "alles-nee-behalve-1": Phrasing("Alles nee behalve 1", ("ja", "nee", "nee")),
    # -- nothing at all ------------------------------------------------------------------------
    "allemaal-niet": Phrasing("allemaal niet", ALL_NO),
    "nee-allemaal-niet": Phrasing("Nee, allemaal niet", ALL_NO),
    "geen-van-allen": Phrasing("Geen van allen", ALL_NO, also=(NONE,)),
    "niks-van-dit-alles": Phrasing("Niks van dit alles", ALL_NO, also=(NONE,)),
    "none-of-them": Phrasing("None of them", ALL_NO, lang="en", also=(NONE,)),
    "alle-drie-niet": Phrasing("Alle drie niet", ALL_NO),
    "voor-niks-toestemming": Phrasing("Ik geef voor niks toestemming", ALL_NO),
    # -- a yes corrected in the same mail ------------------------------------------------------
    "ja-2-oh-wacht": Phrasing("ja voor 2. oh wacht, toch niet", NONE, also=((U, "nee", U),)),
    "3-moet-nee": Phrasing(
        "1 ja 2 ja 3 ja. Sorry, 3 moet nee zijn", ("ja", "ja", "nee"), also=(("ja", "ja", U),)
    ),
    # how much does "Nee wacht" take back? The reader cannot know: every item is asked
    "nee-wacht-3-niet": Phrasing(
        "1 en 2 ja, 3 ook ja. Nee wacht, 3 niet",
        ("ja", "ja", "nee"),
        also=(("ja", "ja", U), NONE),
    ),
    "correctie-niet-2": Phrasing(
        "Ja voor alles. Correctie: niet voor 2", JNJ, also=(("ja", U, "ja"),)
    ),
    "nader-inzien-ja": Phrasing("2 nee... bij nader inzien toch ja", (U, "ja", U), also=(NONE,)),
    "bedoelde-2-ja": Phrasing(
        "1 ja, 2 nee, 3 ja\nSorry, ik bedoelde 2 ja en 3 nee",
        ("ja", "ja", "nee"),
        also=(("ja", U, U), NONE),
    ),
    "eerst-ja-wordt-nee": Phrasing(
        "Ik had eerst ja gezegd voor 2 maar dat wordt nee", (U, "nee", U), also=(NONE,)
    ),
    # -- two parents in one mail ---------------------------------------------------------------
    "moeder-vader-allebei-ja": Phrasing(
        "Moeder: ja voor alles\nVader: ja voor alles", ALL_YES, also=(NONE,)
    ),
    "ik-ja-vrouw-nee-2": Phrasing(
        "Ik: ja voor alles. Mijn vrouw: nee voor 2", ("ja", U, "ja"), also=(NONE,)
    ),
    "namens-ons-allebei": Phrasing("Namens ons allebei: 1 en 3 ja, 2 nee", JNJ),
    "vader-ja-moeder-nee": Phrasing("Vader zegt ja, moeder zegt nee", NONE),
    "mama-papa-lijst": Phrasing(
        "Mama: 1 ja 2 nee 3 ja\nPapa: 1 ja 2 ja 3 ja", ("ja", U, "ja"), also=(NONE,)
    ),
    # -- recipients by name --------------------------------------------------------------------
    "school-ja-uwv-nee": Phrasing("school ja, UWV nee", ("nee", U, U), also=(NONE,)),
    "uwv-bakkerij-rbl": Phrasing("UWV: nee. Bakkerij: ja. RBL: ja", ("nee", "ja", "ja")),
    "korenschoof-ja": Phrasing(
        "Korenschoof ja, UWV en RBL niet", ("nee", "ja", "nee"), also=(NONE,)
    ),
    "werkbedrijf-stage-leerplicht": Phrasing(
        "Werkbedrijf ja, stage nee, leerplicht ja", JNJ, also=((U, "nee", "ja"), NONE)
    ),
    "alleen-het-uwv": Phrasing("Alleen het UWV", ("ja", "nee", "nee"), also=(("ja", U, U), NONE)),
    "korenschoof-akkoord": Phrasing("Bakkerij De Korenschoof: akkoord", (U, "ja", U), also=(NONE,)),
    "uwv-ok-leerplicht-niet-ok": Phrasing(
        "UWV ok, bakker ok, leerplicht niet ok", ("ja", "ja", "nee"), also=((U, U, "nee"), NONE)
    ),
    # "the bakery" is not how the request names item 2 (no translation of a name is guessed)
    "yes-uwv-bakery-no-rbl": Phrasing(
        "Yes for UWV and the bakery, no for RBL",
        ("ja", "ja", "nee"),
        lang="en",
        also=((U, U, "nee"), NONE),
    ),
    "rbl-mag-niet": Phrasing(
        "Het Regionaal Bureau Leerplicht mag het niet weten", (U, U, "nee"), also=(NONE,)
    ),
    "uwv-rest-niet": Phrasing(
        "Voor het UWV geef ik toestemming, voor de rest niet",
        ("ja", "nee", "nee"),
        also=(NONE,),
    ),
    "stage-werk-leerplicht-lijst": Phrasing(
        "Stage: ja\nWerk: ja\nLeerplicht: nee", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "nee-tegen-bakkerij": Phrasing("Nee tegen de bakkerij", (U, "nee", U), also=(NONE,)),
    # -- the message takes itself back after its answers ---------------------------------------
    "laat-maar": Phrasing("1 ja 2 ja 3 ja\n\nLaat maar.", NONE),
    "heb-me-bedacht": Phrasing("Ja voor alles.\n\nIk heb me bedacht", NONE),
    "vergeet-dit-bericht": Phrasing(
        "1 ja, 2 nee, 3 ja\n\nVergeet dit bericht maar, ik bel wel", NONE
    ),
    "toch-maar-even-niet": Phrasing("1 ja\n2 ja\n3 ja\n\nHmm, toch maar even niet", NONE),
    "never-mind": Phrasing("Yes to all.\n\nNever mind, I changed my mind", NONE, lang="en"),
    # -- a reply to a reminder -----------------------------------------------------------------
    "late-reactie": Phrasing("Sorry voor de late reactie! Ja voor alles", ALL_YES),
    "nogmaals": Phrasing("Ik had al geantwoord maar hier nogmaals: 1 ja, 2 nee, 3 ja", JNJ),
    "excuus-vergeten": Phrasing("Excuus, vergeten. 1 en 3 ja, 2 nee", JNJ),
    "herinnering-nee": Phrasing("Bedankt voor de herinnering. Nee voor alles.", ALL_NO),
    "alsnog-akkoord": Phrasing("Hierbij alsnog: akkoord", ALL_YES),
    "al-gereageerd": Phrasing("Ik heb al gereageerd via de app", NONE),
    # -- no answer: an out-of-office typed as the body, a forward --------------------------------
    # (one that says it is automatic is marked so: tests/test_reply_s16_corpus.py)
    "afwezig-tot": Phrasing(
        "Ik ben afwezig tot maandag 7 december. Voor dringende zaken kunt u bellen met "
        "06-12345678.",
        NONE,
    ),
    "niet-aanwezig": Phrasing(
        "Bedankt voor uw bericht. Ik ben momenteel niet aanwezig en heb beperkt toegang tot "
        "mijn e-mail.",
        NONE,
    ),
    "out-of-office": Phrasing(
        "I am out of the office until December 14 with no access to email.", NONE, lang="en"
    ),
    "afwezig-kerst": Phrasing(
        "Wegens de kerstvakantie ben ik tot 4 januari afwezig. Uw mail wordt niet doorgestuurd.",
        NONE,
    ),
    "zie-hieronder": Phrasing("Zie hieronder", NONE),
    "ter-info": Phrasing("Ter info", NONE),
    "kun-jij-invullen": Phrasing("Kun jij dit invullen?", NONE),
    "fyi": Phrasing("FYI", NONE, lang="en"),
    # -- numbers in other shapes ---------------------------------------------------------------
    "is-teken": Phrasing("1=ja, 2=nee, 3=ja", JNJ),
    "vraag-1-2-3": Phrasing("Vraag 1 ja vraag 2 nee vraag 3 ja", JNJ),
    "punt-1-en-3": Phrasing("punt 1 en 3 akkoord, punt 2 niet", JNJ),
    "nr-punt": Phrasing("nr. 1 ja, nr. 2 nee, nr. 3 ja", JNJ),
    "hekje": Phrasing("#1 ja #2 nee #3 ja", JNJ),
    "komma-123-ja": Phrasing("1,2,3 ja", ALL_YES),
    "plus-teken": Phrasing("1 + 3 ja, 2 nee", JNJ),
    "ampersand-puntkomma": Phrasing("1 & 3 ja; 2 nee", JNJ),
    "ja-blokhaken": Phrasing("Ja [1], nee [2], ja [3]", JNJ),
    "vinkjes": Phrasing("1 ✔️ 2 ❌ 3 ✔️", NONE, also=(JNJ,)),
    # -- a restriction on one item of a list -----------------------------------------------------
    "schooljaar-op-2-haakjes": Phrasing(
        "1 ja, 2 ja (maar alleen dit schooljaar), 3 nee", ("ja", U, "nee"), also=((U, U, "nee"),)
    ),
    "zelf-wil-op-2": Phrasing("1 ja, 2 ja alleen als hij het zelf wil, 3 ja", ("ja", U, "ja")),
    "cijfers-op-2": Phrasing("1 nee, 2 ja maar niet de cijfers, 3 ja", ("nee", U, "ja")),
    "zomer-op-2-regels": Phrasing(
        "1 ja\n2 ja, maar alleen tot de zomer\n3 ja", ("ja", U, "ja"), also=((U, U, U),)
    ),
    "alles-schooljaar": Phrasing("Alles ja, maar alleen dit schooljaar", NONE),
    "cijfers-op-1-en-3": Phrasing("1 en 3 ja, maar niet zijn cijfers. 2 nee", (U, "nee", U)),
    "diagnose-op-2-eerst": Phrasing(
        "2 ja maar zonder zijn diagnose, 1 en 3 ja", ("ja", U, "ja"), also=((U, U, U),)
    ),
    # no comma between 1 and 2: the time limit may be both yeses'
    "schooljaar-zonder-punt": Phrasing(
        "1 ja 2 ja, alleen dit schooljaar 3 nee", (U, U, "nee"), also=(("ja", U, "nee"),)
    ),
    "schooljaar-laatste": Phrasing(
        "1 nee, 2 nee, 3 ja maar alleen dit schooljaar", ("nee", "nee", U)
    ),
    # -- English and Dutch mixed ---------------------------------------------------------------
    "yes-voor-no-voor": Phrasing("Yes voor 1 en 3, no voor 2", JNJ),
    "1-yes-2-nee": Phrasing("1 yes 2 nee 3 yes", JNJ),
    "ok-voor-1-en-3": Phrasing("ok voor 1 en 3, niet voor 2", JNJ, also=((U, "nee", U),)),
    "fine-all-three": Phrasing("Fine by me for all three", ALL_YES, lang="en", also=(NONE,)),
    "no-to-everything": Phrasing("No to everything, sorry", ALL_NO, lang="en"),
    # -- doubts about one item -----------------------------------------------------------------
    "twijfel-over-2": Phrasing("Ja voor alles, al twijfel ik over 2", ("ja", U, "ja")),
    "2-weet-ik-nog-niet": Phrasing("1 ja, 2 weet ik nog niet, 3 ja", ("ja", U, "ja")),
    "over-2-eerst-bellen": Phrasing("1 en 3 prima, over 2 wil ik eerst bellen", ("ja", U, "ja")),
    "nog-nadenken": Phrasing("Ik moet er nog over nadenken", NONE),
    "nog-even-niet": Phrasing("Nog even niet, ik wil eerst met Sam praten", NONE, also=(ALL_NO,)),
    # -- more of round 11 ----------------------------------------------------------------------
    "eerste-twee-derde-weet-niet": Phrasing(
        "De eerste twee wel, de derde weet ik nog niet", ("ja", "ja", U)
    ),
    "uwv-bakkerij-prima": Phrasing(
        "UWV en bakkerij prima, leerplicht liever niet", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "alles-behalve-uwv-leerplicht": Phrasing(
        "Alles behalve UWV en leerplicht", ("nee", "ja", "nee"), also=(NONE,)
    ),
    "het-eerste-onderdeel": Phrasing("Het eerste onderdeel ja, het tweede nee, het derde ja", JNJ),
    "pas-na-de-zomer-op-2": Phrasing(
        "nummer 1: ja\nnummer 2: ja, maar pas na de zomer\nnummer 3: nee", ("ja", U, "nee")
    ),
    "vrouw-ja-ik-nee-2": Phrasing(
        "Mijn vrouw: ja voor alles\nIk: nee voor 2", (U, "nee", U), also=(NONE,)
    ),
    "vader-moeder-akkoord": Phrasing("Vader: akkoord. Moeder: akkoord.", NONE, also=(ALL_YES,)),
    "haakjes-namen": Phrasing("ja voor 1 (UWV) en 3 (RBL), niet 2", JNJ),
    "oh-wacht-2-toch-niet": Phrasing(
        "Ja voor alles. Oh wacht, 2 toch niet", JNJ, also=(("ja", U, "ja"),)
    ),
    # -- other everyday ways -------------------------------------------------------------------
    # a 👍 after the list is read as a thumb (an acknowledgement), which the list then holds:
    # the worker asks (as for "Ja 👍")
    "alle-drie-duim": Phrasing("Ja hoor, voor alle drie 👍", ALL_YES, also=(NONE,)),
    "alle-drie-hoor": Phrasing("Ja hoor, voor alle drie", ALL_YES),
    "alle-onderdelen-jazeker": Phrasing("Jazeker, alle onderdelen", ALL_YES, also=(NONE,)),
    "toestemming-alle-3-onderdelen": Phrasing("Toestemming voor alle 3 onderdelen", ALL_YES),
    "geen-voor-2-wel-1-3": Phrasing("Geen toestemming voor 2, wel voor 1 en 3", JNJ),
    "2-liever-niet-prima": Phrasing("2 liever niet, 1 en 3 zijn prima", JNJ),
}
