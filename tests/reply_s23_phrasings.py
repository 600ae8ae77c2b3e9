"""Reply reading, reply23's round (round 15, session 19): answers with times and conditions,
answers that point to an earlier mail, replies to a reminder (sorry for being late), emoji per
line, spelling the way people type on a phone ("jah", "neej", "oke", "Prima hoor!"), item
numbers written as words, ranges ("1 t/m 3 ja", "1-3 ja behalve 2"), a question instead of an
answer, and comparisons ("net als vorig jaar").

Items and notation as in tests/reply_s22_phrasings.py ("?" must not be recorded, ("geen",)
nothing recordable, `also` other readings a careful worker could equally write down).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U
from reply_s22_phrasings import JNJ, JUJ

JJN = ("ja", "ja", "nee")

PHRASINGS: dict[str, Phrasing] = {
    # -- times and conditions: never a plain yes ------------------------------------------------
    "na-de-zomer-alles": Phrasing("Ja voor alles, maar pas na de zomer", NONE),
    "2-na-de-zomer": Phrasing("1 ja, 2 pas na de zomer, 3 ja", JUJ),
    "tot-augustus-achteraan": Phrasing(
        "1 ja 2 nee 3 ja tot 1 augustus", NONE, also=(("ja", "nee", U), (U, "nee", U))
    ),
    "1-tot-augustus": Phrasing("Voor 1 ja tot 1 augustus, 2 nee, 3 ja", (U, "nee", "ja")),
    "zomervakantie-beperkt": Phrasing("1 en 3 ja, maar alleen tot de zomervakantie", NONE),
    "einde-schooljaar": Phrasing("Ja voor alles tot het einde van het schooljaar", NONE),
    "2-vanaf-september": Phrasing("Voor 2 pas vanaf september, de rest ja", JUJ),
    "als-sam-wil": Phrasing("1 ja, 2 ja als Sam het zelf ook wil, 3 nee", ("ja", U, "nee")),
    "3-eerst-overleggen": Phrasing("1 ja 2 nee 3 eerst overleggen", ("ja", "nee", U)),
    "3-mits-bellen": Phrasing("3 ja mits ze me eerst bellen, 1 en 2 nee", ("nee", "nee", U)),
    "voorlopig-ja": Phrasing("1 voorlopig ja, 2 nee, 3 ja", (U, "nee", "ja")),
    "2-voorlopig-niet": Phrasing("Alles ja, behalve 2 voorlopig niet", JNJ, also=(NONE,)),
    "pas-volgend-jaar": Phrasing("Nee, misschien volgend jaar", NONE, also=(ALL_NO,)),
    # -- pointing to an earlier mail: nothing unless the answer is written here -----------------
    "zelfde-vorige-keer": Phrasing("Zelfde antwoord als de vorige keer hoor", NONE),
    "vorige-mail-antwoord": Phrasing("Hetzelfde antwoord als in mijn vorige mail", NONE),
    "al-eerder-schreef": Phrasing("Zoals ik al eerder schreef: 1 ja 2 nee 3 ja", JNJ),
    "eerder-gezegd-2": Phrasing("Zoals eerder gezegd, 2 niet", (U, "nee", U)),
    "mail-van-gisteren": Phrasing("Zie mijn mail van gisteren", NONE),
    "nogmaals-alles": Phrasing("Ik had al geantwoord, maar nogmaals: ja voor alles", ALL_YES),
    "nogmaals-lijst": Phrasing("Nogmaals: 1 en 3 ja, 2 nee", JNJ),
    "nog-steeds-hetzelfde": Phrasing("Mijn antwoord is nog steeds hetzelfde", NONE),
    "net-als-vorig-jaar": Phrasing("Net als vorig jaar: 1 ja 2 ja 3 nee", JJN),
    "net-als-vorige-keer": Phrasing("Net als vorige keer: ja voor alles", ALL_YES),
    "zelfde-als-vorig-jaar": Phrasing("Zelfde als vorig jaar: 1 ja 2 nee 3 ja", JNJ),
    "net-als-broer": Phrasing("Ja voor alles, net als bij zijn broer", ALL_YES),
    # -- a reply to a reminder: sorry for being late --------------------------------------------
    "late-reactie": Phrasing("Sorry voor mijn late reactie, druk gehad. 1 ja 2 nee 3 ja", JNJ),
    "excuses-vergeten": Phrasing("Excuses, vergeten. Ja voor alles behalve 2", JNJ),
    "oeps-nog-niet-gedaan": Phrasing("Oeps, nog niet gedaan. 1 ja, 2 nee, 3 ja. Groetjes", JNJ),
    "niet-aan-toegekomen": Phrasing("Sorry, nog niet aan toegekomen. 1 ja 2 nee 3 ja", JNJ),
    "had-nog-niet-gedaan": Phrasing("Had ik nog niet gedaan, sorry. Ja voor alles", ALL_YES),
    "herinnering-bedankt": Phrasing("Bedankt voor de herinnering, 1 en 2 ja, 3 nee", JJN),
    "niet-gezien": Phrasing("Ik had de eerste mail niet gezien. 1 ja 2 nee 3 ja", JNJ),
    "niet-gelukt": Phrasing(
        "Het is nog niet gelukt om te antwoorden. 1 ja 2 nee", ("ja", "nee", U)
    ),
    "2-nog-niet-gedaan": Phrasing("1 ja 2 nog niet gedaan 3 ja", JUJ),
    "helemaal-vergeten": Phrasing("Sorry, was het helemaal vergeten. 1 ja 2 nee 3 ja", JNJ),
    # -- emoji per line -------------------------------------------------------------------------
    "duim-dubbele-punt": Phrasing("1: 👍\n2: 👎\n3: 👍", JNJ),
    "duim-voor-nummer": Phrasing("👍 1\n👎 2\n👍 3", JNJ, also=(NONE,)),
    "vink-kruis-nr": Phrasing("nr 1 ✅\nnr 2 ❌\nnr 3 ✅", JNJ),
    "drie-duimen": Phrasing("👍👍👎", NONE),
    "duim-vast": Phrasing("1👍 2👎 3👍", JNJ),
    "duim-voor-1-en-3": Phrasing("👍 voor nummer 1 en 3, 👎 voor nummer 2", JNJ, also=(NONE,)),
    "duim-alleen": Phrasing("👍🏽", NONE),
    # -- spelling as typed on a phone -----------------------------------------------------------
    "jah-neej": Phrasing("1 jah 2 neej 3 jah", JNJ),
    "jaa-nee-jaa": Phrasing("1 jaa 2 nee 3 jaa", JNJ),
    "jawel-nee-hoor": Phrasing("1 jawel 2 nee hoor 3 jawel", JNJ),
    "ja-hoor-per-item": Phrasing("1 ja hoor 2 nee hoor 3 ja hoor", JNJ),
    "oke-per-item": Phrasing("1 oke 2 nee 3 oke", JNJ, also=((U, "nee", U),)),
    "jaaa-neeee": Phrasing("1 jaaa 2 neeee 3 jaaa", JNJ),
    "yes-jep": Phrasing("1 yes 2 nee 3 jep", JNJ),
    "een-twee-drie": Phrasing("een jah twee neej drie jah", JNJ, also=(NONE,)),
    "hoor-groetjes": Phrasing("1 ja 2 nee 3 ja hoor groetjes", JNJ),
    "tuurlijk-alles": Phrasing("tuurlijk voor alles", ALL_YES, also=(NONE,)),
    "goed-alle-drie": Phrasing("is goed voor alle drie", ALL_YES),
    "liever-nie": Phrasing("1 is goed 2 liever nie 3 is goed", JNJ),
    "neeh": Phrasing("1 ja 2 neeh 3 ja", JNJ),
    "neej-jaa": Phrasing("1 ja 2 neej 3 jaa", JNJ),
    "prima-hoor-alleen": Phrasing("Prima hoor!", NONE),
    "oke-doe-maar": Phrasing("oke doe maar", NONE, also=(ALL_YES,)),
    "ja-hoor-alleen": Phrasing("jah hoor", NONE),
    # -- item numbers written as words ----------------------------------------------------------
    "tweede-niet-rest-wel": Phrasing("De tweede niet, de rest wel", JNJ),
    "drie-wel-andere-niet": Phrasing(
        "Nummer drie wel, de andere twee niet", ("nee", "nee", "ja"), also=((U, U, "ja"),)
    ),
    "nummer-een-en-drie": Phrasing("Nummer een en drie ja, nummer twee nee", JNJ),
    "eerste-en-derde": Phrasing("De eerste en de derde ja, de tweede nee", JNJ),
    "alleen-tweede-niet": Phrasing("Alleen de tweede niet", JNJ, also=((U, "nee", U),)),
    "laatste-niet": Phrasing("De laatste niet, de rest ja", JJN),
    "punten-een-drie": Phrasing("Punt twee nee, punten een en drie ja", JNJ),
    "onderdelen-woorden": Phrasing("Onderdeel twee: nee. Onderdelen een en drie: ja", JNJ),
    "eerste-tweede-derde": Phrasing("Eerste: ja. Tweede: nee. Derde: ja.", JNJ),
    "eerste-twee": Phrasing("Ja voor de eerste twee, nee voor de derde", JJN, also=(NONE,)),
    # -- ranges ---------------------------------------------------------------------------------
    "tm-ja": Phrasing("1 t/m 3 ja", ALL_YES),
    "streep-ja": Phrasing("1-3 jah", ALL_YES),
    "streep-behalve": Phrasing("1-3 ja behalve 2", JNJ),
    "tm-komma-behalve": Phrasing("1 t/m 3 oke, behalve 2", JNJ),
    "tm-nee": Phrasing("1 tm 3 neej", ALL_NO),
    "tm-2-ja-3-nee": Phrasing("1 t/m 2 ja 3 nee", JJN),
    "tot-en-met-dubbele-punt": Phrasing("1 tot en met 3: jaa", ALL_YES),
    "streep-spaties": Phrasing("1 - 3 ja", ALL_YES, also=(NONE,)),
    "tm-akkoord-behalve": Phrasing("1 t/m 3 akkoord behalve 2", JNJ),
    "van-tot-en-met": Phrasing("Van 1 tot en met 3 ja", ALL_YES),
    "tm-5": Phrasing("1 t/m 5 ja", NONE),
    "tot-3": Phrasing("1 tot 3 ja", NONE, also=(("ja", "ja", U),)),
    # -- a question instead of an answer: never a yes -------------------------------------------
    "waarom-2": Phrasing("Waarom moet 2?", NONE),
    "waarom-nodig": Phrasing("Waarom is 2 nodig?", NONE),
    "wat-houdt-in": Phrasing("Wat houdt 2 precies in?", NONE),
    "ja-en-waarom-2": Phrasing("1 ja, 3 ja. Waarom moet 2?", JUJ),
    "moet-2-echt": Phrasing("Ja voor 1 en 3. Moet 2 echt?", JUJ),
    "ja-voor-alles-vraag": Phrasing("Ja voor alles?", NONE),
    "2-verplicht": Phrasing("Is nummer 2 verplicht dan?", NONE),
    "moet-ik-ja-zeggen": Phrasing("Moet ik voor 2 ja zeggen?", NONE),
    "waarom-zou-ik": Phrasing("Waarom zou ik ja zeggen op 2?", NONE),
    "later-intrekken": Phrasing("Kan ik 2 later nog intrekken?", NONE),
    "mag-ik-ja-en-nee": Phrasing("Mag ik ja zeggen op 1 en nee op 2?", NONE),
    "2-ja-vraagtekens": Phrasing("2 ja??", NONE),
    "alles-ja-waarom-2": Phrasing("Ja voor alles, maar waarom moet 2?", NONE, also=(JUJ,)),
    # not understanding is no answer ("2 snap ik niet" was a no for 2 nobody gave)
    "snap-ik-niet-rest": Phrasing("Nummer 2 snap ik niet, de rest ja", JUJ),
    "begrijp-ik-niet-verder": Phrasing("Nummer 2 begrijp ik niet, verder ja", JUJ),
    "2-snap-ik-niet": Phrasing("2 snap ik niet", NONE),
    "stage-snapte-niet": Phrasing(
        "De stage snapte ik niet helemaal. UWV en RBL ja", JUJ, also=(NONE,)
    ),
    "2-ook-vraag": Phrasing("Ja voor 1 en 3, 2 ook?", JUJ, also=(NONE,)),
    "mag-2-nee": Phrasing("Mag 2 ook nee zijn? Dan 1 ja 3 ja", JUJ, also=(NONE,)),
    "duim-denk": Phrasing("1 👍 2 🤔 3 👍", JUJ, also=(NONE,)),
    "jein": Phrasing("1 ja 2 jein 3 ja", JUJ, also=(NONE,)),
    "wie-ziet-dat": Phrasing(
        "Wie ziet die gegevens bij de bakkerij? Verder 1 en 3 ja", JUJ, also=(NONE,)
    ),
}
