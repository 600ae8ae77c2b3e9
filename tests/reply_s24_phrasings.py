"""Reply reading, reply24's round (round 16, session 20): parents who answer in the language of
the request they got — the language layer sends it in English or Arabic, and parents who read
Turkish or Polish answer in their own words (toestemming/locales, usecases/request_languages) —
or mix it with Dutch. What the reader does not understand is unclear, never a yes; what it
claims to read is right.

Notation as in tests/reply_s22_phrasings.py ("?" must not be recorded, ("geen",) nothing
recordable, `also` other readings a careful worker could equally write down).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U
from reply_s22_phrasings import JNJ

JNU = ("ja", "nee", U)
UNU = (U, "nee", U)
SAFE_2 = (("ja", U, "ja"), NONE)  # "all but 2" not understood: 2 unclear (or everything)

PHRASINGS: dict[str, Phrasing] = {
    # -- English (the request went out in English) -------------------------------------------
    "en-yes-1-not-2": Phrasing("yes for 1, not 2, 3 yes", JNJ, "en"),
    "en-all-except": Phrasing("Yes to all except 2", JNJ, "en"),
    "en-all-but-number": Phrasing("yes to everything but number 2", JNJ, "en"),
    "en-all-bar": Phrasing("All yes bar 2", JNJ, "en", also=SAFE_2),
    "en-all-save": Phrasing("all yes save 2", JNJ, "en", also=SAFE_2),
    "en-all-wo": Phrasing("All yes w/o 2", JNJ, "en", also=SAFE_2),
    "en-agree-not": Phrasing("I agree to 1 and 3 but not 2", JNJ, "en"),
    "en-rest-fine": Phrasing("I don't agree to 2, the rest is fine", JNJ, "en"),
    "en-not-sure-2": Phrasing("Not sure about 2, 1 and 3 yes", ("ja", U, "ja"), "en"),
    "en-2-excluded": Phrasing("2 excluded, all yes", JNJ, "en", also=SAFE_2),
    # -- Arabic ---------------------------------------------------------------------------------
    "ar-all-except-ma-ada": Phrasing("نعم للكل ما عدا 2", JNJ),
    "ar-all-except-illa": Phrasing("نعم للكل إلا 2", JNJ),
    "ar-all-except-bistithna": Phrasing("نعم للكل باستثناء 2", JNJ),
    "ar-all-except-siwa": Phrasing("نعم للكل سوى 2", JNJ, also=SAFE_2),
    "ar-per-item": Phrasing("1 نعم 2 لا 3 نعم", JNJ),
    "ar-indic-digits": Phrasing("١ نعم ٢ لا ٣ نعم", JNJ),
    "ar-all-no": Phrasing("لا للكل", ALL_NO),
    "ar-all-yes": Phrasing("نعم للكل", ALL_YES),
    "ar-agree": Phrasing("موافق", ALL_YES, also=(NONE,)),
    "ar-agree-1-3-not-2": Phrasing("موافق على 1 و 3 وغير موافق على 2", JNJ, also=(NONE, UNU)),
    "ar-yes-1-3-no-2": Phrasing("نعم 1 و 3، لا 2", JNJ, also=((U, "nee", "ja"), UNU)),
    "ar-no-2-rest-yes": Phrasing("2 لا، الباقي نعم", JNJ, also=(NONE, UNU)),
    "ar-not-agree-2": Phrasing("لا أوافق على 2", UNU, also=(NONE,)),
    # "and no" written as one word (و + لا) and "for" as a prefix: 2 got the yes before
    "ar-wa-la": Phrasing("نعم لـ 1 و 3 ولا لـ 2", JNJ, also=(UNU, NONE)),
    "ar-wa-la-attached": Phrasing("نعم ل1 و3 ولا ل2", JNJ, also=(UNU, NONE)),
    "ar-but-not": Phrasing("نعم للكل لكن ليس 2", JNJ, also=SAFE_2),
    "ar-rest-yes": Phrasing("لا أوافق على 2، الباقي نعم", JNJ, also=SAFE_2),
    "ar-dont-know": Phrasing("1 نعم 2 لا أعرف 3 نعم", ("ja", U, "ja"), also=(NONE,)),
    "ar-maybe": Phrasing("1 نعم 2 ربما 3 نعم", ("ja", U, "ja"), also=(NONE,)),
    # -- Turkish --------------------------------------------------------------------------------
    "tr-per-item": Phrasing("1 evet 2 hayır 3 evet", JNJ),
    "tr-per-item-ascii": Phrasing("1 evet 2 hayir 3 evet", JNJ),
    "tr-except-after": Phrasing("2 hariç hepsi evet", JNJ, also=SAFE_2),
    "tr-all-then-except": Phrasing("Hepsine evet, 2 hariç", JNJ, also=SAFE_2),
    "tr-disinda": Phrasing("hepsi evet 2 dışında", JNJ, also=SAFE_2),
    "tr-two-except": Phrasing("2 ve 3 hariç hepsi evet", ("ja", "nee", "nee"), also=(NONE,)),
    "tr-and": Phrasing("1 ve 3 evet, 2 hayır", JNJ, also=(UNU,)),
    "tr-accept": Phrasing("kabul ediyorum", ALL_YES, also=(NONE,)),
    "tr-all-yes": Phrasing("hepsi evet", ALL_YES, also=(NONE,)),
    "tr-others-yes": Phrasing("2 hayır, diğerleri evet", JNJ, also=(NONE, UNU)),
    "tr-but": Phrasing("hepsi evet ama 2 hayır", JNJ, also=(NONE,)),
    "tr-dont-know": Phrasing("1 evet 2 bilmiyorum 3 evet", ("ja", U, "ja"), also=(NONE,)),
    "tr-not-sure": Phrasing("1 evet 2 emin değilim 3 evet", ("ja", U, "ja"), also=(NONE,)),
    "tr-tamam-unknown": Phrasing("1 tamam 2 hayır 3 tamam", (U, "nee", U), also=(NONE,)),
    # -- Polish ---------------------------------------------------------------------------------
    "pl-per-item": Phrasing("1 tak 2 nie 3 tak", JNJ),
    "pl-tak-dla": Phrasing("tak dla 1, nie dla 2, tak dla 3", JNJ, also=(UNU,)),
    "pl-all-except": Phrasing("Tak na wszystko oprócz 2", JNJ, also=SAFE_2),
    "pl-agree-not": Phrasing("zgadzam się na 1 i 3, nie na 2", JNJ, also=(UNU, NONE)),
    "pl-dont-know": Phrasing("1 tak, 2 nie wiem, 3 tak", ("ja", U, "ja"), also=(NONE,)),
    "pl-maybe": Phrasing("1 tak 2 może 3 tak", ("ja", U, "ja"), also=(NONE,)),
    "pl-not-sure": Phrasing("1 tak 2 nie jestem pewna 3 tak", ("ja", U, "ja"), also=(NONE,)),
    "pl-but-not": Phrasing("Tak na wszystko ale nie 2", JNJ, also=SAFE_2),
    "pl-rest": Phrasing("nie dla 2, reszta tak", JNJ, also=(UNU,)),
    # -- mixed with Dutch, and languages we do not read: never a yes -----------------------------
    "mix-nl-en": Phrasing("1 ja 2 no 3 yes", JNJ),
    "mix-en-nl": Phrasing("1 yes 2 nee 3 ja", JNJ),
    "mix-except-en": Phrasing("Ja voor alles except 2", JNJ),
    "mix-uitgezonderd-first": Phrasing("2 uitgezonderd, alles ja", JNJ, also=SAFE_2),
    "mix-uitgezonderd-after": Phrasing("alles ja 2 uitgezonderd", JNJ, also=SAFE_2),
    "mix-sauf": Phrasing("alles ja sauf 2", JNJ, also=SAFE_2),
    "mix-ausser": Phrasing("alles ja außer 2", JNJ, also=SAFE_2),
    "mix-unknown-word": Phrasing("2 xyz alles ja", NONE, also=SAFE_2),
    "es-unread": Phrasing("1 si 2 no 3 si", NONE, also=((U, "nee", U),)),
    # (reply26 reads French oui/non/tout — "tout oui sauf 2" — so this is read right now)
    "fr-unread": Phrasing("1 oui 2 non 3 oui", NONE, also=(JNJ,)),
    "ru-unread": Phrasing("1 да 2 нет 3 да", NONE),
    "fa-unread": Phrasing("1 بله 2 نه 3 بله", NONE),
    "so-unread": Phrasing("1 haa 2 maya 3 haa", NONE),
}
