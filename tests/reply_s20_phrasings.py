"""Round 13 of issue 19 (reply20, from review20): a yes restricted or taken back after it
was typed — the restriction of one item after a list of yeses ("1 ja, 2 ja, 3 ja maar 3
alleen dit schooljaar", in Dutch and English), a condition opening the clause after the
yeses ("alleen voor nu 3 nee"), and the whole message taken back with spoken particles in
and after the phrase ("Ik heb me toch bedacht", "Laat het maar zitten hoor"), at the end or
the start, with emoji. Beside them what must stay as it is ("maar 3 ook", "laat maar weten").

The items are those of tests/reply_table.ITEMS. "?" = must not be recorded; ("geen",) =
nothing recordable; `also` = other readings a careful worker could equally write down
(never one with a yes the text does not give).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U

PHRASINGS: dict[str, Phrasing] = {
    # -- a restriction of one item after a list of yeses ---------------------------------------
    "3-schooljaar-komma": Phrasing("1 ja, 2 ja, 3 ja, maar 3 alleen voor dit schooljaar",
                                   ("ja", "ja", U), also=(NONE,)),
    "1-als-nodig": Phrasing("1 ja 2 ja 3 ja maar 1 alleen als het echt nodig is",
                            (U, "ja", "ja"), also=(NONE,)),
    "2-zomervakantie": Phrasing("Ja voor 1, 2 en 3, maar 2 alleen tot de zomervakantie",
                                ("ja", U, "ja"), also=(NONE,)),
    "3-adres": Phrasing("1, 2 en 3 ja, maar 3 alleen zijn adres", ("ja", "ja", U),
                        also=(NONE,)),
    "2-wel-dit-jaar": Phrasing("1 ja, 2 ja, 3 ja maar 2 wel alleen dit jaar", ("ja", U, "ja"),
                               also=(NONE,)),
    "3-half-jaar": Phrasing("1 ja, 2 ja, 3 ja maar 3 alleen voor een half jaar",
                            ("ja", "ja", U), also=(NONE,)),
    "regels-3-schooljaar": Phrasing("1 ja\n2 ja\n3 ja maar 3 alleen dit schooljaar",
                                    ("ja", "ja", U), also=(NONE,)),
    "onderdeel-2-mits": Phrasing(
        "Onderdeel 1 ja, onderdeel 2 ja, onderdeel 3 ja, maar onderdeel 2 alleen als ik het "
        "eerst weet", ("ja", U, "ja"), also=(NONE,)),
    "nee-en-3-beperkt": Phrasing("1 ja 2 nee 3 ja maar 3 alleen dit schooljaar",
                                 ("ja", "nee", U), also=(NONE, (U, "nee", U))),
    "1-2-3-komma-maar-1": Phrasing("1,2,3 ja, maar 1 alleen contactgegevens", (U, "ja", "ja"),
                                   also=(NONE,)),
    "en-3-school-year": Phrasing("1 yes, 2 yes, 3 yes but 3 only for this school year",
                                 ("ja", "ja", U), lang="en", also=(NONE,)),
    "en-2-summer": Phrasing("Yes to 1, 2 and 3, but 2 only until the summer", ("ja", U, "ja"),
                            lang="en", also=(NONE,)),
    "en-1-if-needed": Phrasing("1 yes 2 yes 3 yes, but 1 only if really necessary",
                               (U, "ja", "ja"), lang="en", also=(NONE,)),
    "en-3-contact": Phrasing("1,2,3 yes but 3 only contact details", ("ja", "ja", U),
                             lang="en", also=(NONE,)),
    # -- a time restriction opening the clause after the yeses ----------------------------------
    "alleen-voor-nu-komma": Phrasing("1 ja, 2 ja, alleen voor nu 3 nee", (U, U, "nee"),
                                     also=(NONE,)),
    "maar-even-voor-nu": Phrasing("1 ja 2 ja, maar alleen voor nu, 3 nee", (U, U, "nee"),
                                  also=(NONE, (U, U, U))),
    "en-only-for-now": Phrasing("1 yes 2 yes, only for now 3 no", (U, U, "nee"), lang="en",
                                also=(NONE,)),
    "voor-het-moment": Phrasing("1 ja 2 ja, alleen voor het moment 3 nee", (U, U, "nee"),
                                also=(NONE,)),
    # -- the whole message taken back, particles inside and after --------------------------------
    "bedacht-toch": Phrasing("1 ja 2 ja 3 ja.\n\nIk heb me toch bedacht.", NONE),
    "bedacht-eigenlijk-hoor": Phrasing("Ja voor alles.\nIk heb me eigenlijk toch bedacht hoor",
                                       NONE),
    "bedacht-mij-gewoon": Phrasing("Alles ja.\nHeb mij gewoon bedacht, sorry", NONE),
    "laat-maar-zitten-hoor": Phrasing("Alles ja. Laat maar zitten hoor", NONE),
    "laat-het-toch-maar": Phrasing("1 ja 2 nee 3 ja\nLaat het toch maar zitten", NONE,
                                   also=((U, "nee", U),)),
    "laat-ook-maar": Phrasing("Ja voor alles.\n\nNou, laat ook maar.", NONE),
    "vergeet-het-maar-hoor": Phrasing("Ja voor alles. Vergeet het maar hoor", NONE),
    "laat-maar-emoji": Phrasing("Ja voor alles 👍\nLaat maar zitten 🙈", NONE),
    "gedachten-toch": Phrasing("Ja voor alles. Ik ben toch van gedachten veranderd.", NONE),
    "bedenk-me": Phrasing("1 ja, 2 ja, 3 ja\nIk bedenk me, laat maar even", NONE),
    "en-changed-mind": Phrasing("Yes to all. Actually, I changed my mind.", NONE, lang="en"),
    "en-actually-changed": Phrasing("1 yes 2 yes 3 yes. I've actually changed my mind 🙏", NONE,
                                    lang="en"),
    "en-forget-it": Phrasing("Yes to everything.\nNever mind, forget it", NONE, lang="en"),
    # at the start: an earlier answer taken back, then a new one (a no to all is safe; a yes
    # after it may be that new answer, or not: the worker may ask)
    "start-bedacht-alles-nee": Phrasing("Ik heb me toch bedacht. Alles nee.", ALL_NO,
                                        also=(NONE,)),
    "start-laat-maar-ja": Phrasing("Laat maar zitten hoor. 1 ja 2 ja 3 ja", NONE,
                                   also=(ALL_YES,)),
    "start-en-changed-mind": Phrasing("I changed my mind 😅 yes to all", NONE, lang="en",
                                      also=(ALL_YES,)),
    # -- what stays as it was ---------------------------------------------------------------------
    "maar-3-ook": Phrasing("1 ja, 2 ja, maar 3 ook ja", ALL_YES),
    "laat-maar-weten": Phrasing("Ja voor alles. Laat het maar weten, groetjes", ALL_YES),
    "voor-1-niet-2": Phrasing("Voor 1 en 3 wel, maar niet voor 2", ("ja", "nee", "ja")),
    "nee-alleen-dit-jaar-blijft": Phrasing("1 nee 2 nee, alleen voor nu 3 ja", ("nee", "nee", U),
                                           also=(NONE,)),
}  # fmt: skip
