"""Round 6 of issue 19: answers the earlier rounds did not think of — items named the way
parents name them (the recipient's short name, a person, the purpose in their own words,
English names for our Dutch items), answers inside long stories, complaints and questions,
answers after a signature-like line, mixed languages in one reply, partial answers,
contradictions, corrections ("1 nee, sorry ik bedoel ja"), "idem" and "zie boven".

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school/RBL (leerplicht). "?" = must not be recorded for that item;
("geen",) = nothing recordable; ("intrekken", *items) = a withdrawal; `also` = other readings
a careful worker could equally write down (never one with a yes the text does not give).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing

JNJ = ("ja", "nee", "ja")
NONE = ("geen",)
ALL_NO = ("nee", "nee", "nee")
ALL_YES = ("ja", "ja", "ja")
U = "?"

PHRASINGS: dict[str, Phrasing] = {
    # -- items by the parent's names --------------------------------------------------------
    "names-bakkerij-rest": Phrasing("nee voor de bakkerij, de rest is prima", JNJ, also=(NONE,)),
    "names-three": Phrasing("UWV mag, bakkerij niet, leerplicht ook niet", ("ja", "nee", "nee")),
    "names-leerplicht-caps": Phrasing(
        "Leerplicht absoluut niet!!! De rest ja", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "names-stage-werk": Phrasing(
        "ja voor de stage, nee voor werk zoeken", ("nee", "ja", U), also=((U, "ja", U), NONE)
    ),
    "names-juf": Phrasing(
        "ja voor de juf, niet voor meneer Jansen van het UWV", NONE, also=(("nee", U, U),)
    ),
    "names-gemeente": Phrasing("De gemeente mag het niet weten, verder ja", NONE),
    "names-english-bakery": Phrasing(
        "yes for the bakery, no for UWV", ("nee", "ja", U), also=(("nee", U, U), NONE)
    ),
    "names-english-except": Phrasing("yes to all except the bakery", JNJ, lang="en", also=(NONE,)),
    "names-behalve-stage": Phrasing("Ja hoor doe maar, behalve die stage", JNJ, also=(NONE,)),
    "names-ok-werk-geen-stage": Phrasing(
        "ok voor werk, geen stage", ("ja", "nee", U), also=((U, "nee", U), NONE)
    ),
    "names-uwv-story": Phrasing(
        "Het UWV heeft ons vorig jaar heel slecht geholpen, dus daar geef ik geen toestemming "
        "voor. De bakkerij is prima.",
        ("nee", "ja", U),
        also=(NONE, ("nee", U, U), (U, "ja", U)),
    ),
    "names-rbl-question": Phrasing(
        "Wat is RBL? Als dat leerplicht is dan nee. 1 en 2 ja",
        ("ja", "ja", U),
        also=(("ja", "ja", "nee"),),
    ),
    "names-op-na": Phrasing("Ja voor alle onderdelen, op de bakkerij na", JNJ, also=(NONE,)),
    "op-2-na": Phrasing("Ja hoor, voor alles op 2 na", JNJ, also=(NONE, ("ja", U, "ja"))),
    "op-nummer-3-na": Phrasing(
        "Akkoord, op nummer 3 na", ("ja", "ja", "nee"), also=(NONE, ("ja", "ja", U))
    ),
    "op-na-date": Phrasing("Ik kom op 2 december na school langs. 1 ja 2 nee 3 ja", JNJ),
    "min-2": Phrasing("Ja voor alles min 2", JNJ, also=(NONE, ("ja", U, "ja"))),
    "en-besides": Phrasing(
        "Everything is fine besides 2", JNJ, lang="en", also=(NONE, ("ja", U, "ja"))
    ),
    "exclusief-bakkerij": Phrasing(
        "Ja voor alles exclusief de bakkerij", JNJ, also=(NONE, ("ja", U, "ja"))
    ),
    "min-of-meer": Phrasing("Ja min of meer", NONE),
    # -- stories, complaints, questions -----------------------------------------------------
    "story-then-answer": Phrasing(
        "Ik heb een vraag: waarom wil de school dit weten? Ik vind het raar. Maar goed, 1 ja.",
        ("ja", U, U),
    ),
    "story-long-complaint": Phrasing(
        "Goedendag,\n\nIk wil eerst zeggen dat ik heel boos ben over hoe het vorige week ging "
        "met Sam op school. Niemand belde ons terug en Sam zat drie dagen thuis. Ik hoop dat "
        "dat nu beter gaat.\n\nOver uw vraag: 1 en 3 mag, 2 niet want die bakkerij is te ver "
        "weg.\n\nGroet, Marja",
        JNJ,
    ),
    "story-question-only": Phrasing(
        "Moet ik dit echt invullen? Wat gebeurt er als ik niks doe?", NONE
    ),
    "story-bellen": Phrasing(
        "Ja natuurlijk! Wel graag eerst bellen voor 2.", ("ja", U, "ja"), also=(NONE,)
    ),
    "story-hoezo-nee": Phrasing("Hoezo moet dat? Nee.", ALL_NO, also=(NONE,)),
    "story-zoon-wil-niet": Phrasing(
        "Mijn zoon wil niet naar die bakkerij dus nee", (U, "nee", U), also=(NONE, ALL_NO)
    ),
    # -- answers after a signature-like line ------------------------------------------------
    "after-signature": Phrasing(
        "Hallo,\n\nMet vriendelijke groet,\nMarja de Vries\n\n1 ja 2 nee 3 ja", JNJ, also=(NONE,)
    ),
    "after-verzonden": Phrasing(
        "Verzonden vanaf mijn iPhone\n\nOh ja vergeten: 1 ja 2 nee 3 ja", JNJ, also=(NONE,)
    ),
    "ja-then-signature-then-no": Phrasing(
        "Ja\n\nMet vriendelijke groet,\nMarja\n\n1 nee", NONE, also=(("nee", U, U),)
    ),
    "ps-after-name": Phrasing(
        "Ja voor alles.\n\nMvg Marja\n\nPS 2 toch maar niet", JNJ, also=(("ja", U, "ja"), NONE)
    ),
    "ps-after-name-block": Phrasing(
        "Ja voor alles.\n\nMet vriendelijke groet,\n\nMarja de Vries\n\nP.S. 2 toch maar niet",
        JNJ,
        also=(("ja", U, "ja"), NONE),
    ),
    "ps-after-name-nee": Phrasing(
        "Ja voor alles.\n\nGroetjes Marja\n\nPS 3 nee",
        ("ja", "ja", "nee"),
        also=(("ja", "ja", U), NONE),
    ),
    "named-apart-hmm": Phrasing(
        "Ja voor alles. 2 toch maar niet.", JNJ, also=(("ja", U, "ja"), NONE)
    ),
    "named-apart-dan-niet": Phrasing(
        "Akkoord met alles. Nummer 3 dan liever niet",
        ("ja", "ja", "nee"),
        also=(("ja", "ja", U), NONE),
    ),
    "named-apart-lastig": Phrasing(
        "Ja voor alles. 2 vind ik lastig", ("ja", U, "ja"), also=(NONE,)
    ),
    "named-apart-dead-body": Phrasing(
        "Akkoord. Punt 2: over my dead body", ("ja", "nee", "ja"), also=(("ja", U, "ja"), NONE)
    ),
    "tr-alles-hayir": Phrasing(
        "Ja voor alles, 2 hayır", ("ja", "nee", "ja"), also=(("ja", U, "ja"), NONE)
    ),
    # -- mixed languages --------------------------------------------------------------------
    "tr-evet-only": Phrasing("evet", NONE),
    "tr-mixed": Phrasing("Ja, evet, hepsi tamam", NONE, also=(ALL_YES,)),
    "tr-hayir-2": Phrasing("1 ja 3 ja, 2 hayır", JNJ, also=(("ja", U, "ja"), NONE)),
    "pl-mixed": Phrasing("Tak, zgadzam się na 1 i 3. 2 nie.", JNJ, also=(NONE, (U, "nee", U))),
    "ar-mixed": Phrasing(
        "na'am voor 1, la voor 2 en 3", ("ja", "nee", "nee"), also=(NONE, NONE, (U, "nee", "nee"))
    ),
    "ti-mixed": Phrasing("eway 1 ja, 2 aykonen nee, 3 ja", JNJ, also=(NONE,)),
    "en-nl-mixed": Phrasing("Yes for 1 and 3. Voor 2 no thanks", JNJ, also=(NONE,)),
    "en-ok-all": Phrasing("OK for all", ALL_YES, also=(NONE,)),
    "tr-insallah": Phrasing("İnşallah ja voor alles", NONE, also=(ALL_YES,)),
    # -- partial answers --------------------------------------------------------------------
    "partial-1": Phrasing("1 ja", ("ja", U, U)),
    "partial-2-punt": Phrasing("Punt 2 liever niet", (U, "nee", U)),
    "partial-weet-niet": Phrasing("ja voor 1, 2 weet ik nog niet, 3 nee", ("ja", U, "nee")),
    "partial-rest-later": Phrasing("1 ja, de rest laat ik nog weten", ("ja", U, U)),
    "partial-rest-overleg": Phrasing(
        "3 nee. Over de andere moet ik nog met mijn man praten", (U, U, "nee")
    ),
    # -- contradictions ---------------------------------------------------------------------
    "contra-alles-2-nee": Phrasing("ja voor alles, 2 nee", JNJ),
    "contra-nee-behalve-2": Phrasing("nee voor alles behalve 2", ("nee", "ja", "nee")),
    "contra-ja-nee-same": Phrasing("1 ja 2 nee 3 ja. 2 ja", NONE, also=(("ja", U, "ja"),)),
    "contra-alles-nee-then-1": Phrasing(
        "Alles nee. 1 mag wel.", ("ja", "nee", "nee"), also=((U, "nee", "nee"), NONE)
    ),
    # -- corrections ------------------------------------------------------------------------
    "corr-bedoel-ja": Phrasing("1 nee, sorry ik bedoel ja", NONE, also=(("ja", U, U),)),
    "corr-wacht": Phrasing("2 ja. Oh nee wacht, 2 nee", (U, "nee", U), also=(NONE,)),
    "corr-behalve": Phrasing(
        "Alles ja behalve 3. Nee sorry, behalve 2.", JNJ, also=(NONE, ("ja", U, U), NONE)
    ),
    "corr-verkeerd": Phrasing(
        "1 ja 2 ja 3 ja\nSorry verkeerd getypt, 2 moet nee zijn",
        JNJ,
        also=(NONE, ("ja", U, "ja")),
    ),
    "corr-vergist": Phrasing(
        "Ik had ja gezegd voor alles maar ik heb me vergist, 3 nee",
        ("ja", "ja", "nee"),
        also=(NONE, (U, U, "nee")),
    ),
    "corr-oeps": Phrasing("1 ja 2 ja oeps 2 nee bedoel ik 3 ja", JNJ, also=(NONE, ("ja", U, "ja"))),
    "corr-english": Phrasing(
        "1 yes 2 yes, sorry I meant 2 no, 3 yes", JNJ, lang="en", also=(NONE, ("ja", U, "ja"))
    ),
    "corr-andersom": Phrasing("1 ja, 2 nee. Of eigenlijk andersom.", NONE),
    "corr-omgekeerd": Phrasing("1 nee 2 ja 3 nee, omgekeerd bedoel ik", NONE),
    "corr-other-way": Phrasing("1 yes 2 no 3 yes, or the other way round", NONE, lang="en"),
    # -- idem, zie boven --------------------------------------------------------------------
    "idem-list": Phrasing("1 ja\n2 idem\n3 nee", ("ja", "ja", "nee"), also=(("ja", U, "nee"),)),
    "idem-alone": Phrasing("idem", NONE),
    "zie-boven": Phrasing("zie boven", NONE),
    "zie-1": Phrasing(
        "1: ja 2: zie 1 3: nee", ("ja", "ja", "nee"), also=(("ja", U, "nee"), (U, U, "nee"))
    ),
    "zelfde-als-vorige-keer": Phrasing("Zelfde als vorige keer", NONE),
    "zie-mail-man": Phrasing("Zie de mail van mijn man, ik ben het met hem eens", NONE),
    # -- symbols, layouts -------------------------------------------------------------------
    "x-marks": Phrasing("1 x 2 x 3", NONE),
    "checks": Phrasing("1 ✓ 2 ✗ 3 ✓", JNJ, also=(NONE,)),
    "eq-signs": Phrasing("1=ja 2=nee 3=ja", JNJ),
    "table-form": Phrasing("Onderdeel | ja/nee\n1 | ja\n2 | nee\n3 | ja", JNJ, also=(NONE,)),
    "ja-nee-columns": Phrasing("1. ja / nee\n2. ja / nee\n3. ja / nee", NONE),
    "ja-nee-struck": Phrasing("1. ja\n2. nee\n3. ja / nee", ("ja", "nee", U)),
    # -- replying to the reminder or the receipt --------------------------------------------
    "reminder-sorry-late": Phrasing("Sorry voor de late reactie! 1 ja 2 nee 3 ja", JNJ),
    "reminder-al-gestuurd": Phrasing("Ik heb toch al geantwoord? Vorige week al ja gezegd.", NONE),
    "reminder-nog-steeds-nee": Phrasing("Nog steeds nee.", ALL_NO, also=(NONE,)),
    "receipt-klopt": Phrasing("Klopt, dank u", NONE),
    "receipt-bedankt": Phrasing("Bedankt, goed ontvangen", NONE),
    "receipt-klopt-niet": Phrasing(
        "Dit klopt niet, ik heb nee gezegd op de tablet", NONE, also=(ALL_NO,)
    ),
    "receipt-toch-niet": Phrasing(
        "Ik wil het toch niet meer, stop ermee", ("intrekken",), also=(NONE,)
    ),
    "receipt-intrekken-2": Phrasing(
        "Graag de stage intrekken", ("intrekken", "2"), also=(NONE, ("intrekken",))
    ),
}
