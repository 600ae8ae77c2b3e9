"""Reply reading, reply25's round (round 17, session 21): replies written on a phone in a
hurry — autocorrect ("nit" for "niet"), voice dictation (numbers as words, no digits, no
commas), numbers as words in Dutch, English, Turkish, Polish and Arabic, emoji answers.
What the reader does not understand is unclear, never a yes; what it claims to read is right.

Notation as in tests/reply_s22_phrasings.py ("?" must not be recorded, ("geen",) nothing
recordable, `also` other readings a careful worker could equally write down).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U
from reply_s22_phrasings import JNJ

UNU = (U, "nee", U)
JUJ = ("ja", U, "ja")

PHRASINGS: dict[str, Phrasing] = {
    # -- autocorrect -----------------------------------------------------------------------------
    "ac-nit": Phrasing("Ja voor 1 en 3, nit 2", JNJ, also=(JUJ, NONE)),
    "ac-niey": Phrasing("ja voor 1 en 3 niey voor 2", JNJ, also=(JUJ, NONE)),
    "ac-nie": Phrasing("1 en 3 ja, 2 nie", JNJ, also=(JUJ, NONE)),
    "ac-jaa": Phrasing("Jaa voor 1 en 3, 2 nee", JNJ),
    "ac-nee-nerd": Phrasing("1 ja 2 nerd 3 ja", JUJ, also=(NONE,)),
    "ac-neen": Phrasing("1 ja 2 neen 3 ja", JNJ),
    # -- voice dictation -------------------------------------------------------------------------
    "vd-words": Phrasing("ja voor één en drie niet voor twee", JNJ, also=(JUJ, NONE)),
    "vd-words-no-accent": Phrasing("ja voor een en drie niet voor twee", JNJ, also=(JUJ, NONE)),
    "vd-nummer": Phrasing("nummer een ja nummer twee nee nummer drie ja", JNJ, also=(NONE,)),
    "vd-onderdeel": Phrasing(
        "onderdeel één ja onderdeel twee nee onderdeel drie ja", JNJ, also=(NONE,)
    ),
    "vd-punt": Phrasing("Een punt ja. Twee punt nee. Drie punt ja.", JNJ, also=(NONE,)),
    "vd-alles-behalve-twee": Phrasing("ja voor alles behalve twee", JNJ, also=(NONE,)),
    "vd-de-eerste": Phrasing("de eerste en de derde ja de tweede niet", JNJ, also=(NONE, JUJ)),
    "vd-en-words": Phrasing("yes to one and three no to two", JNJ, "en", also=(NONE, JUJ)),
    "vd-en-except": Phrasing("yes to all except number two", JNJ, "en", also=(NONE,)),
    # number words of the request's other languages: read nothing before (clear left unclear)
    "vd-tr-words": Phrasing("bir evet iki hayır üç evet", JNJ),
    "vd-pl-words": Phrasing("jeden tak dwa nie trzy tak", JNJ),
    "vd-ar-words": Phrasing("واحد نعم اثنان لا ثلاثة نعم", JNJ),
    # a number word before a noun or as an article is no item
    "vd-tr-bir-article": Phrasing("Bir sorum var: 2 hayır", UNU, also=(NONE,)),
    "vd-pl-dwa-noun": Phrasing("dwa tygodnie temu powiedziałem 2 nie", UNU, also=(NONE,)),
    "vd-tr-iki-noun": Phrasing("iki hafta sonra 3 evet", (U, U, "ja"), also=(NONE,)),
    "vd-mixed-digits-words": Phrasing("1 evet iki hayır 3 evet", JNJ),
    # -- emoji -----------------------------------------------------------------------------------
    "em-thumb-all": Phrasing("👍", ALL_YES, also=(NONE,)),
    "em-thumb-per-item": Phrasing("👍 1 👎 2 👍 3", JNJ, also=(NONE,)),
    "em-item-thumb": Phrasing("1 👍 2 👎 3 👍", JNJ, also=(NONE,)),
    "em-check-cross": Phrasing("1 ✅ 2 ❌ 3 ✅", JNJ, also=(NONE,)),
    "em-down": Phrasing("👎", ALL_NO, also=(NONE,)),
    "em-skin-tone": Phrasing("1 👍🏽 2 👎🏽 3 👍🏽", JNJ, also=(NONE,)),
    "em-yes-with-smiley": Phrasing("Ja hoor 😊 voor alles", ALL_YES),
    "em-thumb-but-2": Phrasing("👍 maar 2 niet", JNJ, also=(NONE, UNU)),
    "em-cross-only-2": Phrasing("2 ❌", UNU, also=(NONE,)),
    "em-thinking": Phrasing("1 ja 2 🤔 3 ja", JUJ, also=(NONE,)),
}
