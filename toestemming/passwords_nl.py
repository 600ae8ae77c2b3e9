"""Dutch words people put in passwords, most common first (zxcvbn's own lists are English).

Given to zxcvbn as extra dictionary words (toestemming/passwords.py): a phrase made of these
counts as a few guesses per word, not as random letters. Kept short on purpose: the everyday
words, seasons, months, days, places, clubs and the words of this app's own field."""

from __future__ import annotations

DUTCH_COMMON_WORDS: tuple[str, ...] = (
    "wachtwoord", "welkom", "geheim", "hallo", "toegang", "inloggen", "wachtwoordzin",
    "liefde", "schat", "lieverd", "schatje", "mama", "papa", "oma", "opa", "kinderen",
    "zomer", "winter", "lente", "herfst", "voorjaar", "najaar",
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "nederland", "holland", "amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven",
    "groningen", "tilburg", "almere", "breda", "nijmegen", "arnhem", "haarlem", "zwolle",
    "ajax", "feyenoord", "psv", "oranje", "voetbal", "hockey",
    "kaas", "fiets", "huis", "tuin", "hond", "kat", "poes", "paard", "konijn",
    "zon", "maan", "ster", "regen", "water", "vuur", "bloem", "boom",
    "rood", "blauw", "groen", "geel", "zwart", "wit", "oranje",
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "school", "werk", "kantoor", "gemeente", "jeugd", "jongere", "jongeren", "jongerenwerk",
    "jeugdzorg", "toestemming", "kluis", "begeleider", "begeleiding", "trajectbegeleider",
    "leerplicht", "uwv", "wijkteam", "zorg", "balie", "medewerker", "stagiair", "stage",
    "ikke", "niks", "niemand", "iedereen", "vandaag", "morgen", "gisteren",
)
