"""Round 8 of issue 19: what parents really type back, to go into the client envelopes of
tests/reply_s14_mails.py — short yeses with a greeting, "Ja voor 1 en 3, 2 liever niet",
"alles behalve …", "nee tenzij …", "ok", 👍, numbers spelled out (één, twee, drie) and
item names instead of numbers, ë/é/ï in names, signatures with phone numbers.

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school (RMC)/RBL (leerplicht). "?" = must not be recorded;
("geen",) = nothing recordable; ("intrekken", *items) = a withdrawal; `also` = other
readings a careful worker could equally write down (never one with a yes the text does
not give). A bare "ja" (with no item and no "alles") is no yes to every item: the reader
asks the worker (rule of answers.py), so its expectation is ("geen",).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U

PHRASINGS: dict[str, Phrasing] = {
    # -- a yes with nothing said of the items: the worker asks (never a guessed yes) ---------
    "ja-met-plezier": Phrasing("Ja met plezier", NONE, also=(ALL_YES,)),
    "ja-hoor-groet": Phrasing("ja hoor, groet Jan", NONE, also=(ALL_YES,)),
    "ja-uitroep": Phrasing("Ja!", NONE, also=(ALL_YES,)),
    "jazeker": Phrasing("Jazeker", NONE, also=(ALL_YES,)),
    "ja-prima": Phrasing("Ja, prima", NONE, also=(ALL_YES,)),
    "prima-hoor": Phrasing("Prima hoor", NONE, also=(ALL_YES,)),
    "is-goed": Phrasing("Is goed", NONE, also=(ALL_YES,)),
    "dat-mag": Phrasing("Dat mag", NONE, also=(ALL_YES,)),
    "ok": Phrasing("ok", NONE),
    "ok-caps": Phrasing("OK", NONE),
    "thumb": Phrasing("👍", NONE),
    "thumb-ja": Phrasing("Ja 👍", NONE, also=(ALL_YES,)),
    "check-emoji": Phrasing("✅", NONE),
    "thumb-down": Phrasing("👎", NONE, also=(ALL_NO,)),
    "ja-ja-ja": Phrasing("Ja ja ja", NONE, also=(ALL_YES,)),
    "ja-nee-ja-bare": Phrasing("ja nee ja", NONE),
    # -- a yes to everything, said so ----------------------------------------------------------
    "akkoord": Phrasing("Akkoord", ALL_YES),
    "akkoord-groet": Phrasing("Akkoord.\n\nMet vriendelijke groet,\nRené Smeets", ALL_YES),
    "geen-bezwaar": Phrasing("Ik heb geen bezwaar", ALL_YES),
    "geen-probleem": Phrasing("Geen probleem", ALL_YES, also=(NONE,)),
    "ja-voor-alles-plezier": Phrasing("Ja voor alles, met plezier!", ALL_YES),
    "alle-drie": Phrasing("Ja voor alle drie", ALL_YES),
    "alle-3-digit": Phrasing("Is prima voor alle 3", ALL_YES, also=(NONE,)),
    "alle-3-nee": Phrasing("Nee voor alle 3", ALL_NO),
    "toestemming-alles": Phrasing("Hierbij geef ik toestemming voor alle onderdelen", ALL_YES),
    "mag-allemaal": Phrasing("Mag allemaal", ALL_YES, also=(NONE,)),
    "ja-caps-alles": Phrasing("JA VOOR ALLES", ALL_YES),
    "ik-geef-toestemming": Phrasing("Ik geef toestemming", ALL_YES, also=(NONE,)),
    "mijn-man-en-ik": Phrasing("Mijn man en ik gaan akkoord", ALL_YES, also=(NONE,)),
    "1-tm-3": Phrasing("Ja voor 1 t/m 3", ALL_YES),
    # -- a no --------------------------------------------------------------------------------
    "nee": Phrasing("Nee", ALL_NO),
    "nee-hoor": Phrasing("Nee hoor", ALL_NO),
    "liever-niet": Phrasing("Liever niet", ALL_NO),
    "geen-toestemming": Phrasing("Ik geef geen toestemming.", ALL_NO),
    "nee-waarom": Phrasing("Nee. Waarom zouden jullie dat willen?", ALL_NO, also=(NONE,)),
    "nee-voor-alles-caps": Phrasing("NEE VOOR ALLES", ALL_NO),
    # -- per item, numbers ---------------------------------------------------------------------
    "ja-1-3-liever-niet": Phrasing("Ja voor 1 en 3, 2 liever niet", JNJ),
    "prima-niet-2": Phrasing("prima maar niet voor 2", JNJ, also=(NONE,)),
    "ja-maar-2-niet": Phrasing("Ja, maar 2 niet", JNJ, also=(NONE,)),
    "niet-2-wel-1-3": Phrasing("Niet voor 2, wel voor 1 en 3", JNJ),
    "nee-2-rest-mag": Phrasing("Nee voor 2, de rest mag", JNJ),
    "akkoord-behalve-2": Phrasing("Akkoord, behalve 2", JNJ, also=(NONE,)),
    "geen-bezwaar-behalve-2": Phrasing(
        "Geen bezwaar, behalve tegen 2", JNJ, also=(NONE, (U, "nee", U))
    ),
    "list-colon": Phrasing("1: ja\n2: nee\n3: ja", JNJ),
    "list-dots": Phrasing("1. Ja\n2. Nee\n3. Ja", JNJ),
    "list-emoji": Phrasing("1 ✅ 2 ❌ 3 ✅", JNJ),
    "plus": Phrasing("1+3 ja, 2 nee", JNJ),
    "slash": Phrasing("1 & 3 ja / 2 nee", JNJ),
    "brackets": Phrasing("Ja (1), nee (2), ja (3)", JNJ),
    "only-1": Phrasing("Alleen 1 ja", ("ja", "nee", "nee"), also=(("ja", U, U),)),
    "niet-voor-2": Phrasing("Niet voor 2", (U, "nee", U)),
    "three-later": Phrasing("Ja voor 1 en 2. 3 weet ik nog niet", ("ja", "ja", U)),
    "three-misschien": Phrasing("1 ja 2 ja 3 misschien", ("ja", "ja", U)),
    "toestemming-1-3": Phrasing("Toestemming voor 1 en 3", ("ja", U, "ja")),
    "punt": Phrasing("Ja voor punt 1 en 3", ("ja", U, "ja")),
    "lines-and-signature": Phrasing(
        "Ja voor 1 en 3.\nNee voor 2.\n\nMet vriendelijke groet,\nJoëlle de Vries", JNJ
    ),
    "story-then-list": Phrasing(
        "Beste mevrouw Bakker,\n\nDank voor uw mail. Sam heeft het er thuis over gehad. "
        "Wij vinden 1 en 3 goed, 2 liever niet omdat hij daar al eens weg is gegaan.\n\n"
        "Groet, Joëlle",
        JNJ,
        also=(NONE,),
    ),
    # -- numbers spelled out -----------------------------------------------------------------
    "een-drie-ja-twee-nee": Phrasing("één en drie ja, twee nee", JNJ, also=(NONE,)),
    "Een-drie-ja-twee-nee": Phrasing("Eén en drie ja, twee nee", JNJ, also=(NONE,)),
    "een-plain-drie": Phrasing("Een en drie ja, twee nee", JNJ, also=(NONE,)),
    "twee-drie-nee-een-ja": Phrasing(
        "Twee en drie nee, één ja", ("ja", "nee", "nee"), also=(NONE,)
    ),
    "ja-voor-een-drie": Phrasing("ja voor één en drie", ("ja", U, "ja"), also=(NONE,)),
    "nummer-twee-niet": Phrasing("Nummer twee niet, de andere wel", JNJ, also=(NONE,)),
    "eerste-derde": Phrasing("Eerste en derde ja, tweede nee", JNJ, also=(NONE,)),
    "de-eerste-twee": Phrasing(
        "De eerste twee ja, de laatste nee", ("ja", "ja", "nee"), also=(NONE,)
    ),
    "een-ja-twee-nee": Phrasing("Eén ja, twee nee, drie ja", JNJ, also=(NONE,)),
    # -- item names instead of numbers -----------------------------------------------------------
    "names-three": Phrasing("UWV ja, bakkerij nee, leerplicht ja", JNJ),
    # "School" names item 3 ("Volgen na school") only beside the other items' names
    "names-lines": Phrasing("Werk: ja\nStage: nee\nSchool: ja", ("ja", "nee", U), also=(NONE, JNJ)),
    "names-alles-behalve-stage": Phrasing("Alles mag behalve de stage", JNJ, also=(NONE,)),
    "names-behalve-bakkerij": Phrasing("Mag allemaal behalve de bakkerij", JNJ, also=(NONE,)),
    "names-niet-leerplicht": Phrasing("Ja, maar niet voor de leerplicht", ("ja", "ja", "nee")),
    "names-uwv-bakkerij": Phrasing(
        "Ja voor het UWV en de bakkerij, niet voor leerplicht", ("ja", "ja", "nee")
    ),
    "names-stage-only": Phrasing("Ja voor de stage", (U, "ja", U), also=(NONE,)),
    "names-liever-niet-bakkerij": Phrasing(
        "Ik wil liever niet dat de bakkerij iets krijgt, de rest is prima",
        JNJ,
        also=(("ja", U, "ja"), NONE),
    ),
    "names-alleen-uwv": Phrasing("Alleen voor het UWV", NONE, also=(("ja", "nee", "nee"),)),
    # the school is our side: "alles behalve de school" names no item for sure
    "alles-behalve-school": Phrasing(
        "alles behalve de school", ("ja", "ja", U), also=(NONE, ("ja", "ja", "nee"))
    ),
    # -- someone who is no recipient ------------------------------------------------------------
    "ja-niet-huisarts": Phrasing("Ja. Maar niet aan de huisarts", NONE, also=(ALL_YES,)),
    "huisarts-rest": Phrasing("Nee voor de huisarts, ja voor de rest", ALL_YES, also=(NONE,)),
    "prima-niet-opa": Phrasing("Prima, maar niet aan opa en oma vertellen", NONE),
    # -- conditions and doubt: never a plain answer -------------------------------------------
    "nee-tenzij": Phrasing("nee tenzij het echt nodig is", NONE),
    "nee-tenzij-sam": Phrasing("Nee, tenzij Sam het zelf wil", NONE),
    "ja-als": Phrasing("Ja als Sam het zelf ook goed vindt", NONE),
    "ja-mits": Phrasing("Ja, mits u mij op de hoogte houdt", NONE, also=(ALL_YES,)),
    "eerst-bellen": Phrasing("Ja voor 1. Over 2 en 3 wil ik eerst praten", ("ja", U, U)),
    "weet-niet": Phrasing("Ik weet het nog niet, ik bel u morgen", NONE),
    "vraag": Phrasing("Wat gebeurt er als ik nee zeg?", NONE),
    # -- withdrawals ---------------------------------------------------------------------------
    "trek-in": Phrasing("Ik trek mijn toestemming in.", ("intrekken",)),
    "trek-in-bakkerij": Phrasing(
        "Ik wil de toestemming voor de bakkerij intrekken", ("intrekken", "2")
    ),
    "trek-niets-in": Phrasing("Ik trek niets in, ja voor alles", ALL_YES),
    # -- accents in the words themselves -------------------------------------------------------
    "accent-ja": Phrasing("Jà voor alles", ALL_YES, also=(NONE,)),
    "accent-name": Phrasing("1 ja, 2 nee, 3 ja. Groetjes, Loïs en Noël", JNJ),
    "accent-cafe": Phrasing("Ja voor alles. Ik werk zelf in een café, dus ik snap het.", ALL_YES),
    # -- the other parent's answer, told: not the sender's (round 8 found these wrong) -------
    "man-akkoord-ik-niet": Phrasing("Mijn man gaat akkoord, ik niet", NONE),
    "ex-niet-ik-wel": Phrasing("Mijn ex gaat niet akkoord, ik wel", NONE),
    "man-niet-maar-ik-wel": Phrasing("Mijn man gaat niet akkoord, maar ik wel", NONE),
    "vader-van-sam-oneens": Phrasing(
        "De vader van Sam is het er niet mee eens", NONE, also=(ALL_NO,)
    ),
    "husband-agrees": Phrasing("My husband agrees, I don't", NONE, lang="en"),
    "man-en-ik": Phrasing("Mijn man en ik gaan akkoord", ALL_YES, also=(NONE,)),
    "ja-man-ook": Phrasing("Ja voor alles. Mijn man gaat ook akkoord.", ALL_YES, also=(NONE,)),
    # -- Dutch idioms for "no problem" ---------------------------------------------------------
    "natuurlijk-niet-erg": Phrasing("Nee, natuurlijk niet erg!", NONE, also=(ALL_YES,)),
    "geen-punt": Phrasing("Geen punt hoor", ALL_YES, also=(NONE,)),
    "geen-punt-2": Phrasing("Ja voor alles, geen punt 2", JNJ, also=(NONE, ("ja", U, "ja"))),
    "nee-hoor-prima": Phrasing("Nee hoor, prima", NONE),
    "niets-op-tegen": Phrasing("Heb er niks op tegen", ALL_YES, also=(NONE,)),
    # -- numbers that are no items -------------------------------------------------------------
    "klas-3": Phrasing("Sam zit in klas 3. Ja voor alles", ALL_YES, also=(("ja", "ja", U), NONE)),
    "twee-jaar-uwv": Phrasing("Ja voor 1, want ik heb 2 jaar bij het UWV gewerkt", ("ja", U, U)),
    "phone-number": Phrasing("Nee voor alles. Mijn nummer: 0612345678", ALL_NO),
    "al-eens": Phrasing(
        "1 en 3 goed, 2 liever niet omdat hij daar al eens is geweest.",
        JNJ,
        also=(("ja", U, "ja"),),
    ),
    # -- the sender is a school: "school" alone names no item ("Volgen na school") -----------
    "school-ja": Phrasing("Ja voor school", NONE),
    "school-caps": Phrasing("School ja", NONE),
    "school-nee": Phrasing("Nee voor school", NONE, also=((U, U, "nee"),)),
    # -- a work mail's footer under the answer: "denk" in it is no doubt -----------------------
    "milieu-footer": Phrasing(
        "1 ja 2 nee 3 ja\n\nDenk aan het milieu voordat u deze e-mail print.", JNJ
    ),
    "environment-footer": Phrasing(
        "Ja voor alles\n\nPlease consider the environment before printing this e-mail.", ALL_YES
    ),
    "milieu-with-answer": Phrasing("Denk aan het milieu, nee voor alles", NONE, also=(ALL_NO,)),
    # -- reluctance about one item beside a yes to all: no plain yes for it -----------------
    "wat-minder": Phrasing(
        "Ja voor alles, alleen de bakkerij vind ik wat minder", NONE, also=(("ja", U, "ja"),)
    ),
    "minder-leuk": Phrasing("Ja voor 1 en 3, 2 vind ik minder leuk", ("ja", U, "ja"), also=(JNJ,)),
    # -- an exception that holds something no item is and an item ---------------------------
    # (the item after the unknown word was left to "ja voor alles": a yes for 2)
    "behalve-huisarts-en-2": Phrasing(
        "Ja voor alles behalve de huisarts en 2", NONE, also=((U, "nee", U),)
    ),
    "behalve-2-en-huisarts": Phrasing(
        "Ja voor alles behalve 2 en de huisarts", NONE, also=((U, "nee", U), JNJ)
    ),
    "behalve-oma-en-bakkerij": Phrasing(
        "Alles mag, behalve oma en de bakkerij", NONE, also=((U, "nee", U),)
    ),
}
