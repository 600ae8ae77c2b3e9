"""Round 9 of issue 19: a yes with a restriction the reader cannot place on items, and a
count that is not the request's — to go into the client envelopes of tests/reply_s14_mails.py.

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school (RMC)/RBL (leerplicht). An item is decided as a whole, so a
yes "without his diagnosis", "only his grades", "not to his father", "if it is anonymous" or
"from after the summer" is no yes to any item as it stands: the worker asks (("geen",) or
"?"; a no beside it stays a no). "alle 2" or "beide" with three items: which ones? Unclear.
Beside them, the ones that must stay clear (a yes that adds, "alle drie", a dual with the
items named, the other parent "allebei").
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U

_KINDS: dict[str, Phrasing] = {
    # -- a kind of data -----------------------------------------------------------------------
    "geen-medische-info": Phrasing("Ja voor alles, maar geen medische informatie", NONE),
    "geen-medische-gegevens": Phrasing("Ja voor alles maar geen medische gegevens", NONE),
    "niks-diagnose": Phrasing("Ja, maar niks over zijn diagnose", NONE),
    "alleen-cijfers": Phrasing("Ja voor alles, alleen zijn cijfers", NONE),
    "alleen-de-cijfers": Phrasing("Akkoord, maar alleen de cijfers graag", NONE),
    "zonder-psycholoog": Phrasing("Akkoord, maar zonder het verslag van de psycholoog", NONE),
    "zonder-psycholoog-no-comma": Phrasing(
        "Ja voor alles zonder het verslag van de psycholoog", NONE
    ),
    "1-3-geen-medisch": Phrasing("Ja voor 1 en 3, maar geen medische gegevens", NONE),
    "list-niets-diagnose": Phrasing(
        "1 ja 2 nee 3 ja, maar niets over zijn diagnose", (U, "nee", U), also=(NONE,)
    ),
    "sentence-geen-medisch": Phrasing("Ja voor alles. Geen medische gegevens graag.", NONE),
    "sentence-niet-diagnose": Phrasing("Ja voor alles. Niet zijn diagnose.", NONE),
    "lines-geen-medisch": Phrasing("1 ja\n2 ja\n3 ja\nGeen medische gegevens.", NONE),
    "lines-alleen-cijfers": Phrasing(
        "1 ja\n2 nee\n3 ja\n\nAlleen zijn cijfers.", (U, "nee", U), also=(NONE,)
    ),
    "adres-telefoon": Phrasing("Ja hoor, maar alleen zijn adres en telefoonnummer", NONE),
    "1-zonder-cijfers": Phrasing("Ja voor 1, maar zonder zijn cijfers", NONE),
    "2-3-zonder-diagnose": Phrasing("Ja voor 2 en 3, zonder zijn diagnose", NONE),
    "diagnose-prive": Phrasing("Geen bezwaar, maar zijn diagnose blijft privé", NONE),
    "diagnose-erbuiten": Phrasing("Alles ja, maar hou zijn diagnose erbuiten", NONE),
    "dossier-niet": Phrasing("Ja voor alles, zijn dossier niet", NONE),
    "behalve-medisch-dossier": Phrasing("Ja voor alles, behalve zijn medische dossier", NONE),
    "niet-adhd": Phrasing("Ja, maar niet over zijn ADHD", NONE),
    "zolang-diagnose": Phrasing("Prima, zolang zijn diagnose er niet in staat", NONE),
    "alleen-voornaam": Phrasing("Akkoord voor alles, maar alleen met zijn voornaam", NONE),
    "niet-medisch-comma": Phrasing("Ja voor alles, niet de medische gegevens", NONE),
    "zonder-medische-info": Phrasing("1 ja, 2 ja, 3 ja maar zonder medische info", NONE),
    "geen-thuissituatie": Phrasing(
        "Wij gaan akkoord, maar niets over de thuissituatie alstublieft", NONE
    ),
    "uwv-geen-medicijnen": Phrasing(
        "UWV ja, bakkerij ja, leerplicht ja. Niks over zijn medicijnen.", NONE
    ),
    "stageverslag": Phrasing("Akkoord, maar alleen zijn stageverslag", NONE),
    "rapportcijfers": Phrasing("Ja voor alles, maar niet zijn rapportcijfers", NONE),
    "alle-drie-eindcijfers": Phrasing("Ja voor alle drie, maar zonder de eindcijfers", NONE),
    "niks-scheiding": Phrasing("Ja, alle 3, maar niks over de scheiding", NONE),
    "ps-thuissituatie": Phrasing("1 ja, 2 ja, 3 ja. P.S. niks over de thuissituatie", NONE),
    "geen-fotos": Phrasing("Ja voor alles, alleen geen foto's", NONE),
    "jeugdarts-niet": Phrasing("Akkoord. Het verslag van de jeugdarts niet meesturen.", NONE),
    "no-medical-en": Phrasing("Yes to all, but no medical information", NONE, lang="en"),
    "only-grades-en": Phrasing("Yes to all, but only his grades", NONE, lang="en"),
    "without-report-en": Phrasing(
        "I agree, but without the psychologist's report", NONE, lang="en"
    ),
}

_CONDITIONS: dict[str, Phrasing] = {
    # -- a condition, a time ------------------------------------------------------------------
    "mits-bellen": Phrasing("Ja, mits ze mij eerst bellen", NONE),
    "als-anoniem": Phrasing("Ja als het anoniem is", NONE),
    "anoniem-graag": Phrasing("Ja voor alles maar anoniem graag", NONE),
    "als-anoniem-blijft": Phrasing("Akkoord, als het anoniem blijft", NONE),
    "dit-schooljaar": Phrasing("Ja voor alles, alleen dit schooljaar", NONE),
    "sentence-dit-schooljaar": Phrasing("Ja voor alles. Alleen dit schooljaar.", NONE),
    "tot-de-zomer": Phrasing("Ja tot de zomer", NONE),
    "sentence-tot-de-zomer": Phrasing("Ja voor alles. Tot de zomer.", NONE),
    "pas-na-de-zomer": Phrasing("Ja, pas na de zomer", NONE),
    "sentence-pas-na-zomer": Phrasing("Ja voor alles. Pas na de zomer.", NONE),
    "wel-eerst-bellen": Phrasing("Ja voor alles, wel eerst even bellen", NONE),
    "sentence-eerst-bellen": Phrasing("Ja voor alles. Wel eerst even bellen.", NONE),
    "lines-eerst-overleg": Phrasing("1 ja\n2 ja\n3 ja\nWel eerst even met mij overleggen", NONE),
    "sentence-als-anoniem": Phrasing("Ja voor alles. Als het anoniem is.", NONE),
    "half-jaar": Phrasing("Ja voor alles, maar alleen het komende half jaar", NONE),
    "tot-18": Phrasing("Ja, maar alleen tot hij 18 is", NONE),
    "niet-voordat-sam": Phrasing("Ja voor alles maar niet voordat ik met Sam heb gesproken", NONE),
    "only-anonymous-en": Phrasing("Yes, but only anonymously", NONE, lang="en"),
    "until-summer-en": Phrasing("Yes to all until the summer", NONE, lang="en"),
}

_PEOPLE: dict[str, Phrasing] = {
    # -- a person or body who is no recipient --------------------------------------------------
    "niet-aan-vader": Phrasing("Ja voor alles, maar niet aan zijn vader", NONE),
    "sentence-niet-aan-vader": Phrasing("Ja voor alles. Niet aan zijn vader.", NONE),
    "vader-mag-niet-weten": Phrasing("Ja, maar zijn vader mag het niet weten", NONE),
    "sentence-vader-niet-weten": Phrasing("Ja voor alles. Zijn vader mag het niet weten.", NONE),
    "niet-naar-oom": Phrasing("Ja voor alles, niet naar zijn oom", NONE),
    "niet-father-en": Phrasing("Yes to all but not to his father", NONE, lang="en"),
    "1-3-niet-aan-opa": Phrasing(
        "Ja voor 1 en 3, nee voor 2. Niets aan opa en oma vertellen.",
        (U, "nee", U),
        also=(NONE,),
    ),
}

_COUNTS: dict[str, Phrasing] = {
    # -- a count that is not the request's (three items) ---------------------------------------
    "alle-2": Phrasing("Ja voor alle 2", NONE),
    "alle-twee": Phrasing("Akkoord voor alle twee", NONE),
    "nee-alle-2": Phrasing("Nee voor alle 2", NONE, also=(ALL_NO,)),
    "beide": Phrasing("Ja voor beide", NONE),
    "allebei": Phrasing("Ja voor allebei", NONE),
    "allebei-prima": Phrasing("Allebei prima hoor", NONE),
    "beide-onderdelen": Phrasing("Ik geef toestemming voor beide onderdelen", NONE),
    "alle-4": Phrasing("Ja voor alle 4 onderdelen", NONE),
    "both-en": Phrasing("Yes to both", NONE, lang="en"),
    "all-two-en": Phrasing("Yes for all 2", NONE, lang="en"),
}

_CLEAR: dict[str, Phrasing] = {
    # -- must stay clear -----------------------------------------------------------------------
    "alle-drie": Phrasing("Ja voor alle drie", ALL_YES),
    "alle-3": Phrasing("Akkoord voor alle 3 onderdelen", ALL_YES),
    "ook-cijfers": Phrasing("Ja voor alles, ook zijn cijfers mogen gedeeld worden", ALL_YES),
    "1-3-allebei": Phrasing("1 en 3 allebei ja, 2 nee", JNJ, also=(NONE,)),
    "ouders-allebei": Phrasing(
        "Wij (vader en moeder) geven allebei toestemming voor alles", ALL_YES
    ),
    "nee-huisarts": Phrasing("1 ja, 2 nee, 3 ja, nee voor de huisarts", JNJ, also=(NONE,)),
    "ook-medisch": Phrasing("Ja voor alles, ook de medische gegevens", ALL_YES),
    "nee-geen-medisch": Phrasing("Nee, ook geen medische gegevens", ALL_NO, also=(NONE,)),
}

PHRASINGS: dict[str, Phrasing] = {**_KINDS, **_CONDITIONS, **_PEOPLE, **_COUNTS, **_CLEAR}
RESTRICTED = {k: v for k, v in PHRASINGS.items() if k not in _CLEAR}
