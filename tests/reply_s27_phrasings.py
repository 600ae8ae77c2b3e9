"""Reply reading, reply27's round (round 19, session 23): the shapes of a parent's conditions
and limits, items named the way people name them, changes of mind, and someone else's answer —
in Dutch, English, Turkish, Polish, French and Arabic, typed in a hurry on a phone.

A condition the form cannot record ("ja, maar alleen voor school", "evet, şartıyla") is never a
plain yes: unclear, with the reason. Notation as in tests/reply_s22_phrasings.py ("?" must not
be recorded, ("geen",) nothing recordable, `also` other readings a careful worker could write).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U
from reply_s22_phrasings import JNJ

UNU = (U, "nee", U)
JNN = ("ja", "nee", "nee")
JJN = ("ja", "ja", "nee")
UNN = (U, "nee", "nee")

PHRASINGS: dict[str, Phrasing] = {
    # -- a yes limited to a field of the person's own: which of our items is "school"? ------------
    # (before: "alles wat met school te maken heeft" a yes to every item)
    "nl-alles-wat-school": Phrasing("ja voor alles wat met school te maken heeft", NONE),
    "nl-alles-wat-school-2": Phrasing("Akkoord met alles wat te maken heeft met school", NONE),
    "en-related-to-school": Phrasing("yes to everything related to school", NONE, "en"),
    "en-to-do-with-school": Phrasing("Yes for all of it that has to do with school", NONE, "en"),
    "nl-alleen-school": Phrasing("ja, maar alleen voor school", NONE),
    "en-only-school": Phrasing("yes but only for school", NONE, "en"),
    "tr-sadece-okul": Phrasing("evet ama sadece okul için", NONE),
    "fr-seulement-ecole": Phrasing("oui mais seulement pour l'école", NONE),
    "ar-faqat-madrasa": Phrasing("نعم لكن فقط للمدرسة", NONE),
    # -- conditions in the request's languages -------------------------------------------------------
    "nl-mits-bespreken": Phrasing("ja mits jullie het eerst met mij bespreken", NONE),
    "nl-onder-voorbehoud": Phrasing("ja, onder voorbehoud", NONE),
    "nl-onder-voorwaarde": Phrasing("akkoord onder voorwaarde dat ik een kopie krijg", NONE),
    "en-with-conditions": Phrasing("yes, with conditions", NONE, "en"),
    "en-on-condition": Phrasing("yes on condition that it stays anonymous", NONE, "en"),
    "en-subject-to": Phrasing("yes subject to my approval", NONE, "en"),
    "tr-sartiyla": Phrasing("evet, şartıyla", NONE),
    "tr-kosuluyla": Phrasing("Evet, beni önceden aramanız koşuluyla", NONE),
    "pl-pod-warunkiem": Phrasing("tak, pod warunkiem że zadzwonicie", NONE),
    "fr-a-condition": Phrasing("oui à condition de me prévenir", NONE),
    "ar-bishart": Phrasing("نعم بشرط أن تتصلوا بي أولا", NONE),
    "nl-eerst-bellen": Phrasing("Ja hoor. Wel graag eerst even bellen.", NONE),
    "nl-tot-de-zomer": Phrasing("ja tot de zomer", NONE),
    "nl-1-mits": Phrasing("ja voor 1 mits anoniem, 2 nee, 3 ja", (U, "nee", "ja"), also=(NONE,)),
    # -- "the rest" after the items named (before: a no for 1 and 3 nobody gave) -----------------
    "nl-alleen-en-verder-niks": Phrasing("alleen 1 en 3 en verder niks", UNU, also=(JNJ, NONE)),
    "nl-alleen-en-de-rest-niks": Phrasing("alleen 1 en 3 en de rest niks", UNU, also=(JNJ, NONE)),
    "nl-alleen-en-de-rest-niet": Phrasing("alleen 1 en 3 en de rest niet", UNU, also=(JNJ, NONE)),
    "nl-list-verder-niks": Phrasing("1 en 3, verder niks", UNU, also=(JNJ, NONE)),
    "nl-list-de-rest-niet": Phrasing("1 en 3, de rest niet", UNU, also=(JNJ, NONE)),
    "en-only-nothing-else": Phrasing("only 1 and 3, nothing else", UNU, "en", also=(JNJ, NONE)),
    "en-only-and-nothing-else": Phrasing(
        "only 1 and 3 and nothing else", UNU, "en", also=(JNJ, NONE)
    ),
    "nl-ja-verder-niks": Phrasing("ja voor 1 en 3 en verder niks", JNJ),
    "nl-ja-verder-niets": Phrasing("1 en 3 ja, verder niets", JNJ),
    "nl-ja-anders-niks": Phrasing("1 en 3 ja, anders niks", JNJ),
    "nl-ja-niets-anders": Phrasing("1 en 3 ja, niets anders", JNJ),
    "en-yes-nothing-else": Phrasing("1 and 3 yes, nothing else", JNJ, "en"),
    "nl-ja-en-de-rest-niet": Phrasing("1 en 3 ja en de rest niet", JNJ),
    "nl-verder-niks-te-melden": Phrasing("Ja voor alles. Verder niks te melden.", ALL_YES),
    # -- ranges ------------------------------------------------------------------------------------
    # (before: "2-4" a date, the "nee" a no for item 1 too)
    "nl-2-4-nee": Phrasing("2-4 nee", UNN, also=(NONE,)),
    "nl-1-ja-2-4-nee": Phrasing("1 ja, 2-4 nee", JNN, also=(NONE, (U, "nee", "nee"))),
    "nl-op-datum": Phrasing("op 3-12 heb ik het gelezen, ja voor alles", ALL_YES, also=(NONE,)),
    "nl-2-3-nee": Phrasing("ja voor 1, 2-3 nee", JNN),
    "nl-2-tm-3": Phrasing("2 t/m 3 nee, 1 ja", JNN),
    # -- items named the way people name them --------------------------------------------------------
    "nl-nr": Phrasing("nr 2 nee, de rest ja", JNJ),
    "nl-punt-twee": Phrasing("punt twee nee, de rest ja", JNJ),
    "nl-de-tweede": Phrasing("de tweede niet, de rest wel", JNJ),
    "nl-de-laatste": Phrasing("de laatste niet, de rest ja", JJN),
    "nl-de-bovenste": Phrasing("de bovenste ja, de rest nee", JNN, also=(NONE,)),
    "nl-de-onderste": Phrasing("de onderste niet, de rest wel", JJN, also=(NONE,)),
    "nl-recipient": Phrasing("UWV ja, bakkerij nee, RMC ja", JNJ),
    "nl-purpose": Phrasing("die over de stage niet, de rest wel", JNJ),
    "nl-keycaps": Phrasing("1️⃣ ja 2️⃣ nee 3️⃣ ja", JNJ),
    "nl-hash": Phrasing("#1 ja #2 nee #3 ja", JNJ),
    "nl-behalve-eerste-twee": Phrasing("ja, behalve de eerste twee", ("nee", "nee", "ja")),
    "tr-ikinci": Phrasing("ikinci hayır, diğerleri evet", JNJ, also=(NONE,)),
    "tr-ordinals": Phrasing("birinci evet, ikinci hayır, üçüncü evet", JNJ, also=(NONE,)),
    "pl-ordinals": Phrasing("pierwszy tak, drugi nie, trzeci tak", JNJ, also=(NONE,)),
    "fr-le-deuxieme": Phrasing("le deuxième non, le reste oui", JNJ, also=(NONE,)),
    "fr-les-autres": Phrasing("la deuxième non, les autres oui", JNJ, also=(NONE,)),
    "fr-ordinals": Phrasing("la première oui, la deuxième non, la troisième oui", JNJ),
    "fr-premiere-fois": Phrasing(
        "pour la première fois je réponds: oui pour tout", ALL_YES, also=(NONE,)
    ),
    "ar-al-thani": Phrasing("الثاني لا والباقي نعم", JNJ, also=(NONE,)),
    "ar-ordinals": Phrasing("الأول نعم الثاني لا الثالث نعم", JNJ, also=(NONE,)),
    "roman": Phrasing("I ja II nee III ja", NONE, also=(JNJ,)),
    # -- changes of mind ---------------------------------------------------------------------------
    "nl-edit": Phrasing("1 ja 2 ja 3 ja\nEDIT: 2 nee", JNJ, also=(("ja", U, "ja"),)),
    "nl-update": Phrasing("1 ja 2 ja 3 ja\n\nUpdate: 2 toch nee", JNJ, also=(("ja", U, "ja"),)),
    "nl-nee-wacht": Phrasing("ja voor alles. Nee wacht, 2 niet", JNJ),
    "nl-ps-liever-niet": Phrasing("ja voor alles\n\nPS: 2 liever niet", JNJ),
    "nl-bij-nader-inzien": Phrasing("ja voor alles. bij nader inzien 2 niet", JNJ),
    "nl-sorry-bedoelde-nee": Phrasing("Ja (sorry, bedoelde nee)", NONE, also=(ALL_NO,)),
    "nl-toch-maar-niet": Phrasing("Ja. Toch maar niet.", NONE, also=(ALL_NO,)),
    "en-actually": Phrasing("yes to all. Actually, no to 2.", JNJ, "en"),
    "tr-aslinda": Phrasing("evet hepsine. Aslında 2 hayır.", JNJ, also=(NONE,)),
    "fr-en-fait": Phrasing("oui pour tout. En fait non pour 2.", JNJ, also=(NONE,)),
    # -- someone else's answer, told (before: tr/pl/fr/ar read as the sender's own no) ---------------
    "nl-man-zegt-nee": Phrasing("mijn man zegt nee", NONE),
    "en-husband-says": Phrasing("my husband says no", NONE, "en"),
    "tr-esim-diyor": Phrasing("eşim hayır diyor", NONE),
    "tr-esim-dedi": Phrasing("Eşim hayır dedi, ben evet diyorum", NONE),
    "pl-maz-mowi": Phrasing("mój mąż mówi nie", NONE),
    "fr-mari-dit": Phrasing("mon mari dit non", NONE),
    "fr-mari-ne-veut": Phrasing("mon mari ne veut pas", NONE),
    "ar-zawji-yaqul": Phrasing("زوجي يقول لا", NONE),
    "ar-zawjati-taqul": Phrasing("زوجتي تقول نعم", NONE),
    # -- someone who does not decide writes from the parent's address (before: a yes to all) ------
    "nl-oma": Phrasing("Ik ben de oma van Sam. Ja voor alles.", NONE),
    "nl-dit-is-oma": Phrasing("dit is oma, ja hoor, 1 ja 2 nee 3 ja", NONE),
    "en-grandmother": Phrasing("Hello, I'm his grandmother. Yes to all.", NONE, "en"),
    "tr-babaanne": Phrasing("Ben babaannesiyim, hepsine evet", NONE),
    "pl-babcia": Phrasing("Jestem jego babcią. 1 tak 2 nie 3 tak", NONE),
    "fr-grand-mere": Phrasing("Je suis sa grand-mère, oui pour tout", NONE),
    "ar-jaddatuhu": Phrasing("أنا جدته. نعم للكل", NONE),
    "nl-oma-zegt-hoi": Phrasing("Ja voor alles. Oma zegt hoi!", ALL_YES, also=(NONE,)),
    "nl-ik-ben-de-moeder": Phrasing("Ja voor alles, ik ben de moeder van Sam", ALL_YES),
}
