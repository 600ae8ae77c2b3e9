"""Reply reading, reply22's round (session 18): answers spread over lines and sentences, an
answer then a correction, negation far from the number, double negatives, "alles behalve",
"alleen", "nee tenzij", bullets, tables and hand-edited checkbox lines, the young person
himself or both parents or two children in one mail, voice dictation, and the leftovers of
session 17 (Polish and Turkish answer words, "Ja voor Sam, niet voor 2").

The items are those of tests/reply_table.ITEMS (1 UWV – Werkbedrijf "Begeleiding naar werk",
2 Bakkerij De Korenschoof "Stage regelen", 3 RBL "Volgen na school (RMC)"). "?" = must not be
recorded; ("geen",) = nothing recordable; `also` = other readings a careful worker could
equally write down (never one with a yes the text does not give).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U

JNJ = ("ja", "nee", "ja")
JUJ = ("ja", U, "ja")
NNJ = ("nee", "nee", "ja")

PHRASINGS: dict[str, Phrasing] = {
    # -- spread over several lines and sentences -------------------------------------------------
    "regels-zinnen": Phrasing("Voor 1 is het goed.\nVoor 2 niet.\nEn 3 ook goed.", JNJ),
    "punt-alinea": Phrasing("Dag meneer,\n\nVoor punt 1 geven we toestemming.\n\nPunt 2 liever "
                            "niet.\n\nPunt 3 is prima.\n\nGroet", JNJ),
    "en-2-ook": Phrasing("1 is goed\nen 2 ook\nmaar 3 niet", ("ja", "ja", "nee")),
    "nagedacht": Phrasing("1 ja.\nIk heb nog even nagedacht.\n2 toch niet.\n3 ja.", JNJ,
                          also=(JUJ,)),
    "nummer-een-regels": Phrasing("Nummer een: ja.\nNummer twee: nee.\nNummer drie: ja.", JNJ),
    "3-los-nee": Phrasing("1 ja 2 ja\n3\nnee", ("ja", "ja", "nee"), also=(NONE, ("ja", "ja", U))),
    "weet-niet-alinea": Phrasing("1 ja.\n\n2 weet ik niet.\n\n3 ja.", JUJ),
    # -- an answer, then a correction ----------------------------------------------------------
    "oh-nee-wacht": Phrasing("1 ja. Oh nee wacht, 1 toch niet", ("nee", U, U), also=(NONE,)),
    "wacht-2-toch-niet": Phrasing("1 ja 2 ja 3 ja. Oh nee wacht, 2 toch niet", JNJ,
                                  also=(JUJ,)),
    "oh-wacht-3": Phrasing("1 ja\n2 nee\n3 ja\n\nOh wacht, 3 toch niet", ("ja", "nee", "nee"),
                           also=(("ja", "nee", U),)),
    "correctie-2-nee": Phrasing("1 ja, 2 ja, 3 ja. Correctie: 2 nee", JNJ, also=(JUJ,)),
    "sorry-moet-nee": Phrasing("1 ja\n2 ja\n3 ja\nsorry 2 moet nee zijn", JNJ, also=(JUJ,)),
    "of-nee-3-ook": Phrasing("1 ja 2 nee 3 ja. Of nee, 3 ook nee", ("ja", "nee", "nee"),
                             also=(("ja", "nee", U),)),
    "ik-bedoel": Phrasing("1 ja 2 nee 3 ja. Sorry ik bedoel 2 ja en 3 nee", ("ja", "ja", "nee"),
                          also=(("ja", U, U),)),
    "nee-wacht-voor-1": Phrasing("Ja voor 1. Nee wacht, voor 1 toch niet.", ("nee", U, U),
                                 also=(NONE,)),
    "nee-toch-wel-ja": Phrasing("1 nee, nee toch wel ja", ("ja", U, U), also=(NONE,)),
    # -- per recipient name or purpose title, quoted back in part -------------------------------
    "titel-regels": Phrasing("Begeleiding naar werk: ja\nStage regelen: nee\nVolgen na school: ja",
                             JNJ),
    "titel-komma": Phrasing("Begeleiding naar werk ja, Stage regelen nee, Volgen na school ja",
                            JNJ),
    "titel-alleen-3": Phrasing("Volgen na school: ja", (U, U, "ja"), also=(NONE,)),
    "titel-rest": Phrasing("Stage regelen nee, de rest ja", JNJ),
    "ontvanger-voluit": Phrasing("Voor UWV – Werkbedrijf: ja. Voor Bakkerij De Korenschoof: nee. "
                                 "Voor het RBL: ja.", JNJ),
    "korenschoof-voor": Phrasing("Voor de Korenschoof nee, voor het UWV en RBL ja", JNJ),
    "werkbedrijf-mag": Phrasing("Het Werkbedrijf mag, de bakkerij niet, leerplicht mag", JNJ),
    "werk-stage-rmc": Phrasing("Werk ja, stage nee, RMC ja", JNJ),
    # -- negation far from the number -----------------------------------------------------------
    "2-geef-ik-geen": Phrasing("voor 2 geef ik geen toestemming", (U, "nee", U)),
    "2-geven-wij-geen": Phrasing("Voor nummer 2 geven wij geen toestemming. 1 en 3 is akkoord.",
                                 JNJ),
    "1-3-goed-2-geen": Phrasing("1 en 3 zijn goed. Voor 2 geef ik geen toestemming.", JNJ),
    "liever-van-niet": Phrasing("2: liever van niet, 3 prima", (U, "nee", "ja")),
    "liever-niet-andere": Phrasing("2 liever van niet, de andere twee prima", JNJ),
    "vind-2-niet-goed": Phrasing("ik vind 2 niet goed", (U, "nee", U)),
    "2-geen-goed-idee": Phrasing("2 vind ik geen goed idee", (U, "nee", U), also=(NONE,)),
    "niet-akkoord-met-2": Phrasing("Ik ga niet akkoord met 2", (U, "nee", U)),
    "wil-niet-dat-2": Phrasing("Ik wil niet dat 2 gebeurt, de rest wel", JNJ, also=(NONE,)),
    # -- double negatives -----------------------------------------------------------------------
    "geen-bezwaar-1": Phrasing("ik heb geen bezwaar tegen 1", ("ja", U, U)),
    "geen-bezwaar-1-3": Phrasing("Ik heb geen bezwaar tegen 1 en 3", JUJ),
    "geen-bezwaar-wel-2": Phrasing("ik heb geen bezwaar tegen 1 en 3, wel tegen 2", JNJ),
    "wel-bezwaar-2": Phrasing("Tegen 2 heb ik wel bezwaar", (U, "nee", U)),
    "geen-bezwaar-behalve": Phrasing("Geen bezwaar hoor, behalve voor 2", JNJ),
    "geen-bezwaar-maar-niet": Phrasing("Ik heb geen bezwaar, maar niet voor 2", JNJ,
                                       also=(NONE,)),
    "geen-reden-weigeren": Phrasing("Ik zie geen reden om 2 te weigeren", (U, "ja", U),
                                    also=(NONE,)),
    "niet-geen-toestemming": Phrasing("Niet geen toestemming voor 2", NONE, also=((U, "ja", U),)),
    "niet-oneens-1": Phrasing("Ik ben het niet oneens met 1", ("ja", U, U), also=(NONE,)),
    # -- alles behalve, alleen, allemaal, nee tenzij ---------------------------------------------
    "alles-behalve-2": Phrasing("alles behalve 2", JNJ, also=(NONE,)),
    "alles-behalve-2-goed": Phrasing("alles behalve 2 is goed", JNJ),
    "akkoord-behalve-met-2": Phrasing("Ik ga akkoord behalve met 2", JNJ),
    "alles-goed-behalve-2-3": Phrasing("Alles goed behalve 2 en 3", ("ja", "nee", "nee")),
    "alles-goed-behalve-nr": Phrasing("Alles goed behalve nummer 2", JNJ),
    "alles-goed-vraag": Phrasing("Hoi, alles goed? 1 ja 2 nee 3 ja", JNJ),
    "alles-behalve-bakkerij": Phrasing("Alles is goed behalve de stage", JNJ),
    "alleen-3-ja": Phrasing("alleen 3 ja", NNJ, also=((U, U, "ja"),)),
    "alleen-3-mag": Phrasing("Alleen 3 mag", NNJ, also=((U, U, "ja"),)),
    "alleen-3-rest-niet": Phrasing("Alleen nummer 3, de rest niet", NNJ,
                                   also=(("nee", "nee", U), NONE)),
    "alleen-3-kaal": Phrasing("alleen 3", NONE, also=(NNJ, (U, U, "ja"))),
    "allemaal-goed": Phrasing("allemaal goed", ALL_YES),
    "allemaal-prima-hoor": Phrasing("Allemaal prima hoor", ALL_YES),
    "nee-tenzij-nodig": Phrasing("nee, tenzij het echt nodig is voor zijn stage", NONE),
    "nee-tenzij-bellen": Phrasing("Nee, tenzij u mij eerst belt", NONE),
    "nee-alles-tenzij": Phrasing("Nee voor alles tenzij het verplicht is", NONE),
    # -- bullets, tables, checkbox lines edited by hand -----------------------------------------
    "bullets-streep": Phrasing("– 1: ja\n– 2: nee\n– 3: ja", JNJ),
    "bullets-punt": Phrasing("• Onderdeel 1: ja\n• Onderdeel 2: nee\n• Onderdeel 3: ja", JNJ),
    "bullets-ster": Phrasing("* 1 ja\n* 2 nee\n* 3 ja", JNJ),
    "haakje-lijst": Phrasing("1) ja\n2) nee\n3) ja", JNJ),
    "tabel-pipes": Phrasing("| 1 | ja |\n| 2 | nee |\n| 3 | ja |", JNJ),
    "tabel-kop": Phrasing("Onderdeel | Antwoord\n1 | ja\n2 | nee\n3 | ja", JNJ),
    "tabel-tabs": Phrasing("Onderdeel\tJa\tNee\n1\tx\t\n2\t\tx\n3\tx\t", NONE, also=(JNJ,)),
    "vinkjes-x-ja-nee": Phrasing("1. [x] ja  [ ] nee\n2. [ ] ja  [x] nee\n3. [x] ja  [ ] nee",
                                 JNJ, also=(NONE,)),
    "vinkjes-X-hoofd": Phrasing("Onderdeel 1: [X] ja [ ] nee\nOnderdeel 2: [ ] ja [X] nee\n"
                                "Onderdeel 3: [X] ja [ ] nee", JNJ, also=(NONE,)),
    "vinkjes-alleen-nummer": Phrasing("[v] 1\n[ ] 2\n[v] 3", JUJ, also=(NONE, JNJ)),
    "vinkjes-ja-eerst": Phrasing("Ja [x] Nee [ ] voor 1\nJa [ ] Nee [x] voor 2", ("ja", "nee", U),
                                 also=(NONE,)),
    "vinkjes-alles": Phrasing("[ ] ja voor alles\n[x] nee voor alles", ALL_NO, also=(NONE,)),
    "vinkjes-leeg-alles": Phrasing("[ ] ja voor alles", NONE),
    "vinkjes-1-open": Phrasing("1 [ ] ja [ ] nee\n2 [x] ja [ ] nee\n3 [ ] ja [x] nee",
                               (U, "ja", "nee"), also=(NONE,)),
    "vinkjes-achteraf": Phrasing("1 ja [x] nee [ ]\n2 ja [ ] nee [x]", NONE,
                                 also=(("ja", "nee", U),)),
    "vinkjes-leeg-ja": Phrasing("1 ja [ ]\n2 nee [ ]\n3 ja [ ]", NONE,
                                also=(JNJ, (U, U, U))),
    # -- the young person himself, both parents, two children ----------------------------------
    "sam-16-zelf": Phrasing("Ik ben Sam, ik ben 16 en ik zeg 1 ja 2 nee 3 ja", JNJ),
    "sam-17-behalve": Phrasing("Hoi, hier Sam. Ik ben 17. Alles mag behalve 2.", JNJ),
    "moeder-vader-zelfde": Phrasing("Van mij (moeder) 1 ja 2 nee 3 ja. Van zijn vader hetzelfde.",
                                    JNJ),
    "namens-ons-allebei": Phrasing("Namens ons allebei: 1 ja 2 nee 3 ja", JNJ),
    "wij-allebei-eens": Phrasing("Wij zijn het allebei eens: 1 ja 2 nee 3 ja", JNJ),
    "man-en-ik-allebei": Phrasing("Mijn man en ik geven allebei toestemming voor 1 en 3, niet "
                                  "voor 2", JNJ),
    "wij-beiden": Phrasing("Wij beiden gaan akkoord met 1 en 3, niet met 2", JNJ),
    "beide-kinderen": Phrasing("Voor beide kinderen: 1 ja 2 nee 3 ja", JNJ),
    "twee-kinderen": Phrasing("Voor mijn twee kinderen geldt: 1 ja 2 nee 3 ja", JNJ),
    "sam-en-lisa-allebei": Phrasing("Voor Sam en Lisa allebei: ja voor alles", ALL_YES),
    "ja-voor-sam-niet-2": Phrasing("Ja voor Sam, niet voor 2", JNJ, also=((U, "nee", U),)),
    "sam-15-ja": Phrasing("Sam (15) 1 ja", ("ja", U, U), also=(NONE,)),
    # -- voice dictation ----------------------------------------------------------------------------
    "dictee-punt-groetjes": Phrasing("ja voor 1 en drie nee voor twee punt groetjes", JNJ),
    "dictee-komma": Phrasing("1 ja twee nee 3 ja komma", JNJ),
    "dictee-neen": Phrasing("een ja twee neen drie ja", JNJ),
    "dictee-uitroepteken": Phrasing("één Ja 2 nee drie ja uitroepteken", JNJ),
    "dictee-nieuwe-regel": Phrasing("1 ja 2 nee 3 ja nieuwe regel met vriendelijke groet", JNJ),
    "typo-mee-komma": Phrasing("1 ja, 2 mee, 3 ja", JUJ, also=(NONE, JNJ)),
    "typo-mee-regels": Phrasing("1 ja\n2 mee\n3 ja", JUJ, also=(NONE, JNJ)),
    # -- one line where earlier rounds typed several ------------------------------------------
    "idem-een-regel": Phrasing("1: ja 2: idem 3: nee", ("ja", "ja", "nee"),
                               also=(("ja", U, "nee"),)),
    "ook-een-regel": Phrasing("1 nee 2 ook 3 ja", NNJ, also=(("nee", U, "ja"),)),
    "vink-punt-een-regel": Phrasing("1. ✔️ 2. ✖️ 3. ✔️", JNJ, also=(NONE,)),
    "zomer-maar-een-regel": Phrasing("1 ja 2 ja, maar alleen tot de zomervakantie 3 ja", JUJ,
                                     also=(NONE,)),
    "dictee-jaap": Phrasing("1 jaap 2 nee 3 jaap", NONE, also=((U, "nee", U),)),
    "dictee-twee-nee-drie": Phrasing("ja voor een en drie en nee voor twee", JNJ),
    # -- Polish and Turkish answer words (the leftovers) -----------------------------------------
    "pl-tak-komma": Phrasing("1. tak 2. nie 3. tak", JNJ, also=((U, "nee", U), NONE)),
    "pl-tak-nie-regels": Phrasing("1 - tak\n2 - nie\n3 - tak", JNJ, also=(NONE,)),
    "pl-zgadzam": Phrasing("Tak, zgadzam się na wszystko", ALL_YES, also=(NONE,)),
    "tr-evet-hayir": Phrasing("1 evet 2 hayır 3 hayır", ("ja", "nee", "nee"), also=(NONE,)),
    "tr-hayir-ascii": Phrasing("1 evet 2 hayir 3 evet", JNJ, also=(NONE,)),
    "tr-hepsi-evet": Phrasing("Hepsi evet", ALL_YES, also=(NONE,)),
    "tr-onay": Phrasing("Evet, hepsine onay veriyorum", ALL_YES, also=(NONE,)),
    # -- no nobody gave, yes nobody gave: what must stay unclear -------------------------------
    "1-en-2-geen-3-wel": Phrasing("Voor 1 en 2 geef ik geen toestemming, 3 wel", NNJ),
    "nee-toch-niet-3": Phrasing("1 ja. 2 ja. 3 ja. Nee toch niet 3", ("ja", "ja", "nee"),
                                also=(("ja", "ja", U),)),
    "liever-niet-dat-2": Phrasing("Ik heb liever niet dat 2 doorgaat", (U, "nee", U),
                                  also=(NONE,)),
    "tegen-2-niets": Phrasing("Tegen 2 heb ik niets", (U, "ja", U), also=(NONE,)),
    "ja-uitroep-behalve": Phrasing("Ja! Behalve 2.", JNJ),
    "alles-punt-behalve": Phrasing("Ja voor alles. Behalve 2.", JNJ, also=(JUJ,)),
    "akkoord-punt-behalve-met": Phrasing("Ik ga akkoord. Behalve met 2.", JNJ),
    "2-niet-kaal": Phrasing("2 niet", (U, "nee", U)),
    "nee-voor-2-verder": Phrasing("Nee voor 2. Verder alles ja", JNJ),
    "alles-nee-behalve": Phrasing("Alles nee behalve 3", NNJ, also=(("nee", "nee", U),)),
    "niet-voor-2-ook-niet-3": Phrasing("Niet voor 2, en ook niet voor 3. 1 is goed",
                                       ("ja", "nee", "nee")),
    "geen-enkel-bezwaar": Phrasing("Ik heb geen enkel bezwaar", ALL_YES),
    "nooit-nee": Phrasing("Ik zeg nooit nee tegen hulp, dus 1 ja", ("ja", U, U), also=(NONE,)),
}  # fmt: skip
