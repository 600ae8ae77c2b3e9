"""Reply reading, reply21's round (session 17): answers as real parents type them, beside
numbers that are no item numbers, recipients named instead of numbers, doubts typed inside a
list, and the leftovers of the rounds before ("3…1 ja", "1-2-3 ja").

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

PHRASINGS: dict[str, Phrasing] = {
    # -- the leftovers: a list written as one word, a range written downwards -------------------
    "1-2-3-ja": Phrasing("1-2-3 ja", ALL_YES),
    "1/2/3-ja": Phrasing("1/2/3 ja", ALL_YES),
    "3…1-ja": Phrasing("3…1 ja", ALL_YES, also=(NONE,)),
    "3-tm-1-ja": Phrasing("3 t/m 1 ja", ALL_YES, also=(NONE,)),
    "1-2-3-4-ja": Phrasing("1-2-3-4 ja", NONE),
    # -- numbers that are no item numbers ---------------------------------------------------------
    "tel-spaced-dash": Phrasing("1 ja 2 nee 3 ja\n\nBereikbaar op 06 - 123 456 78", JNJ),
    "tel-plus31-0": Phrasing("1 ja 2 nee 3 ja\nTel: +31 (0)6 1234 5678", JNJ),
    "tel-area-brackets": Phrasing("1 ja, 2 nee, 3 ja\nTel: (06) 1234 5678", JNJ),
    "tel-en-dash": Phrasing("Ja voor 1 en 3, nee voor 2\n06 – 12 34 56 78", JNJ),
    "tel-landline": Phrasing("1 ja 2 ja 3 nee\nTel. 020 - 123 45 67", ("ja", "ja", "nee")),
    "tel-in-answer": Phrasing("Ja voor 1 en 2, 3 nee. Mijn nummer is 0612345678",
                              ("ja", "ja", "nee")),
    "datum-december": Phrasing("Ik kom op 3 december langs. 1 ja 2 nee", ("ja", "nee", U)),
    "datum-3-12": Phrasing("1 ja 2 ja, 3 bespreken we op 3-12", ("ja", "ja", U)),
    "tijd-uur": Phrasing("1 ja, 2 ja. Ik ben er om 3 uur", ("ja", "ja", U)),
    "huisnummer": Phrasing("1 en 2 ja. Ik woon op nummer 3", ("ja", "ja", U)),
    "adres-signature": Phrasing("1 ja 2 nee 3 ja\n--\nMarieke\nHoofdstraat 12\n1234 AB Amsterdam",
                                JNJ),
    "groep-8": Phrasing("Ja voor 1, 2 en 3.\nNiels (vader van Sam, groep 8)", ALL_YES),
    "klas-2": Phrasing("Ja voor 1 en 3. Sam zit in klas 2", JUJ),
    "2-havo": Phrasing("Ja voor 1 en 3. Sam zit in 2 havo", JUJ),
    "2-dagen-ziek": Phrasing("Ja voor 1. Hij is 2 dagen ziek geweest", ("ja", U, U)),
    "op-2-december": Phrasing("1 ja, 3 ja. Op 2 december ben ik er", JUJ),
    "bedrag": Phrasing("1 ja. Kost dat 3 euro?", ("ja", U, U), also=(NONE,)),
    "datum-glued-list": Phrasing("1 ja. Ik ben op 1-2-2026 jarig", ("ja", U, U)),
    # -- recipients and data named instead of numbers ------------------------------------------
    "ja-school-niet-uwv": Phrasing("Ja voor school, niet voor UWV", ("nee", U, U), also=(NONE,)),
    "ja-huisarts-niet-uwv": Phrasing("Ja voor de huisarts, niet voor UWV", ("nee", U, U),
                                     also=(NONE,)),
    "ja-school-niet-1": Phrasing("Ja voor school, niet voor 1", ("nee", U, U), also=(NONE,)),
    "ja-gemeente-niet-bakkerij": Phrasing("Ja voor de gemeente, niet voor de bakkerij",
                                          (U, "nee", U), also=(NONE,)),
    "ja-mentor-maar-niet": Phrasing("Ja voor de mentor, maar niet voor de bakkerij",
                                    (U, "nee", U), also=(NONE,)),
    "wel-school-maar-niet": Phrasing("Wel voor school maar niet voor UWV", ("nee", U, U),
                                     also=(NONE,)),
    "ok-school-niet-uwv": Phrasing("Ok voor school, niet voor het UWV", ("nee", U, U),
                                   also=(NONE,)),
    "akkoord-school-niet": Phrasing("Akkoord voor school, niet voor UWV", ("nee", U, U),
                                    also=(NONE,)),
    "intern-gebruik": Phrasing("Ja voor intern gebruik, niet voor UWV", ("nee", U, U),
                               also=(NONE,)),
    "zorgcoordinator": Phrasing("ja voor de zorgcoördinator, niet voor UWV", ("nee", U, U),
                                also=(NONE,)),
    "en-school-not-uwv": Phrasing("Yes for the school, not for UWV", ("nee", U, U), lang="en",
                                  also=(NONE,)),
    "niet-werkgever-rest-ja": Phrasing("Niet voor de werkgever, de rest ja", NONE),
    "niet-werkgever-punt-rest": Phrasing("Niet voor de werkgever. De rest ja", NONE),
    "uwv-ja-bakkerij-nee": Phrasing("Ja voor het UWV, nee voor de bakkerij", ("ja", "nee", U)),
    "rmc-niet-uwv": Phrasing("Ja voor het RMC, niet voor UWV", ("nee", U, "ja")),
    "niet-uwv-rest-mag": Phrasing("Niet voor UWV, de rest mag wel", ("nee", "ja", "ja")),
    "ja-maar-niet-uwv": Phrasing("Ja, maar niet voor UWV", ("nee", "ja", "ja")),
    # the recipient named again beside the number, in brackets
    "haakjes-na-antwoord": Phrasing("1 ja (UWV), 2 nee (bakkerij), 3 ja (RBL)", JNJ),
    "haakjes-voor-antwoord": Phrasing("1 (UWV) ja, 2 (bakkerij) nee, 3 (RBL) ja", JNJ),
    "haakjes-in-lijst": Phrasing("ja voor 1 (UWV) en 3 (RBL), 2 nee", JNJ),
    "haakjes-komma-lijst": Phrasing("ja voor 1 (UWV), 3 (RBL), 2 nee", JNJ),
    "haakjes-1-open": Phrasing("1 ja (UWV), 2 nee", ("ja", "nee", U)),
    "naam-daarna-nee": Phrasing("1 ja, UWV en bakkerij nee", (U, "nee", U), also=(NONE,)),
    # something that is no item taken out of a list of yeses
    "behalve-bsn": Phrasing("1 ja 2 ja 3 ja behalve zijn BSN", NONE),
    "behalve-bsn-1-2": Phrasing("Ja voor 1 en 2 behalve zijn BSN", NONE),
    "behalve-bsn-nee-blijft": Phrasing("1 ja 2 nee 3 ja behalve zijn BSN", (U, "nee", U),
                                       also=(NONE,)),
    "behalve-gevoelig-blijft": Phrasing("1 ja 2 ja 3 ja behalve de gevoelige gegevens", ALL_YES,
                                        also=(NONE,)),
    # -- doubts and conditions inside a list typed without commas ---------------------------------
    "2-misschien": Phrasing("1 ja 2 misschien 3 ja", JUJ, also=(NONE,)),
    "2-voorlopig-niet": Phrasing("1 ja 2 voorlopig niet 3 ja", JUJ, also=(NONE, JNJ)),
    "2-nog-niet": Phrasing("1 ja 2 nog niet 3 ja", JUJ, also=(NONE, JNJ)),
    "2-weet-nog-niet": Phrasing("1 ja 2 weet ik nog niet 3 ja", JUJ, also=(NONE,)),
    "2-twijfel": Phrasing("1 ja 2 twijfel ik over 3 ja", JUJ, also=(NONE,)),
    "2-ja-als-moet": Phrasing("1 ja 2 ja als het moet 3 ja", JUJ, also=(NONE, (U, U, "ja"))),
    "1-ja-als-2-ja": Phrasing("1 ja als 2 ja", NONE),
    "3-vader-overleggen": Phrasing("1 ja 2 ja 3 moet ik met zijn vader overleggen",
                                   ("ja", "ja", U), also=(NONE,)),
    "3-moet-ik-overleggen": Phrasing("1 ja 2 ja, 3 moet ik nog overleggen", ("ja", "ja", U),
                                     also=(NONE,)),
    "2-wil-ik-eerst-weten": Phrasing("1 ja, 3 ja, 2 wil ik eerst meer over weten", JUJ,
                                     also=(NONE,)),
    "mits-contact": Phrasing("ja, mits het alleen contactgegevens zijn", NONE),
    "als-jaar": Phrasing("ja als het niet langer dan een jaar is", NONE),
    "voorlopig-niet": Phrasing("voorlopig niet", NONE, also=(ALL_NO,)),
    "weet-nog-niet": Phrasing("weet ik nog niet", NONE),
    "overleggen-vader": Phrasing("moet ik nog overleggen met zijn vader", NONE),
    # -- a question after answers ----------------------------------------------------------------
    "wat-houdt-2-in": Phrasing("1 ja, wat houdt 2 in?", ("ja", U, U), also=(NONE,)),
    "wat-betekent-2": Phrasing("1 ja 3 ja, wat betekent 2?", JUJ, also=(NONE,)),
    "maar-wat-is-2": Phrasing("Ja voor 1 en 3, maar wat is 2 precies?", JUJ, also=(NONE,)),
    "wat-is-3-na-2": Phrasing("1 ja, 2 ja, wat is 3?", ("ja", "ja", U), also=(NONE,)),
    "alleen-vraag": Phrasing("wat houdt 2 in?", NONE),
    "ja-wat-houdt-2": Phrasing("Ja, wat houdt 2 in?", NONE),
    # -- answer words per item, negated -------------------------------------------------------
    "niet-akkoord-lijst": Phrasing("1 akkoord 2 niet akkoord 3 akkoord", JNJ, also=(NONE,)),
    "mag-niet-lijst": Phrasing("1 mag 2 mag niet 3 mag", JNJ, also=(NONE,)),
    "niet-goed-lijst": Phrasing("1 goed 2 niet goed 3 goed", JNJ, also=(NONE,)),
    "mag-niet-wel-lijst": Phrasing("1 mag niet 2 mag wel 3 mag niet", ("nee", "ja", "nee"),
                                   also=(NONE,)),
    "bezwaar-lijst": Phrasing("1 geen bezwaar 2 wel bezwaar 3 geen bezwaar", JNJ, also=(NONE,)),
    # -- typos, capitals, emoji, informal words ----------------------------------------------------
    "caps": Phrasing("1 JA, 2 NEE, 3 JA!!", JNJ),
    "jaa-neej": Phrasing("1 jaa 2 neej 3 jaa", JNJ),
    "jup-nope": Phrasing("1 jup 2 nope 3 jup", JNJ),
    "vinkjes": Phrasing("1: ✅\n2: ❌\n3: ✅", JNJ),
    "duim-kruis": Phrasing("1 👍 2 ❌ 3 👍", JNJ),
    "alle-drie-akkoord": Phrasing("Alle drie akkoord", ALL_YES),
    "ja-hoor-alle-drie": Phrasing("ja hoor, alle drie", ALL_YES),
    "de-eerste-twee": Phrasing("de eerste twee ja, de derde niet", ("ja", "ja", "nee")),
    "1-prima-2-liever-niet": Phrasing("1 prima 2 liever niet 3 prima", JNJ),
    "duim-ok-groet": Phrasing("👍 groetjes", NONE),
    "oke-alleen": Phrasing("oké", NONE),
    "prima-hoor-dank": Phrasing("prima hoor, dank je", NONE, also=(ALL_YES,)),
    "jup-alleen": Phrasing("jup", NONE),
    "ja-ja-ja-komma": Phrasing("Ja, ja en ja", NONE, also=(ALL_YES,)),
    "ja-nee-ja-regels": Phrasing("Ja\nNee\nJa hoor", NONE, also=(JNJ,)),
    # -- other languages, the request quoted in Dutch: unclear is fine, a yes only when certain
    "tr-evet-hayir-komma": Phrasing("1 evet, 2 hayır, 3 evet", NONE, also=(JNJ,)),
    "tr-evet-hepsi": Phrasing("evet hepsi", NONE, also=(ALL_YES,)),
    "pl-tak-nie": Phrasing("1 tak 2 nie 3 tak", NONE, also=(JNJ,)),
    "pl-tak-wszystko": Phrasing("tak na wszystko", NONE, also=(ALL_YES,)),
    "ar-naam-la-regels": Phrasing("1: نعم\n2: لا\n3: نعم", JNJ, also=(NONE,)),
    "fr-oui-non": Phrasing("1 oui 2 non 3 oui", NONE, also=(JNJ,)),
    "de-ja-nein": Phrasing("1 ja 2 nein 3 ja", JNJ, also=(NONE,)),
    "en-yep-nah": Phrasing("1 yep 2 nah 3 yep", JNJ, lang="en", also=(NONE,)),
}  # fmt: skip
