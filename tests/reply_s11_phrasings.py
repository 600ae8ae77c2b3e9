"""Round 5 of issue 19: answers as real people type them that round 4 did not have — Dutch as a
second language, voice dictation without punctuation, number words, emoji, all caps, a
WhatsApp or SMS paste, two parents in one mail, conditions and time limits, questions, a
young person under 16 answering instead of the parent — each with the reading a careful
worker would write down for the three items of tests/reply_table.ITEMS
(1 UWV/werk, 2 bakkerij/stage, 3 leerplicht/RBL).

"?" = must not be recorded for that item; ("geen",) = nothing recordable at all;
("intrekken", *items) = a withdrawal. `also` lists other outcomes a careful human could
equally write down (never one with a yes the text does not give).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrasing:
    text: str
    expect: tuple[str, ...]
    lang: str = "nl"
    also: tuple[tuple[str, ...], ...] = ()


JNJ = ("ja", "nee", "ja")
NONE = ("geen",)
ALL_NO = ("nee", "nee", "nee")
ALL_YES = ("ja", "ja", "ja")

PHRASINGS: dict[str, Phrasing] = {
    # -- Dutch as a second language ----------------------------------------------------------
    "nt2-nummer": Phrasing("ik geef toesteming nummer 1 en 3, 2 nee", JNJ),
    "nt2-maar-2-niet": Phrasing("Ik geef toestemming voor nummer 1 en 3 maar 2 niet", JNJ),
    "nt2-is-goed": Phrasing("1 is goed. 3 ook goed. 2 is niet goed", JNJ),
    "nt2-ik-wil-niet": Phrasing("nummer 2 ik wil niet. andere is goed", JNJ),
    "nt2-akkord": Phrasing("ik akkord met 1 en 3, met 2 ik niet akkord", JNJ),
    "nt2-geen-2": Phrasing("Goedemiddag, 1 ja 3 ja, geen 2. Dank u wel", JNJ),
    # -- voice dictation, number words -------------------------------------------------------
    "dictation-een-drie": Phrasing("ja voor een en drie nee voor twee", JNJ),
    "dictation-nummer": Phrasing(
        "ja voor nummer een en nummer drie en nee voor nummer twee punt", JNJ
    ),
    "dictation-onderdeel": Phrasing("onderdeel een ja onderdeel twee nee onderdeel drie ja", JNJ),
    "number-words-comma": Phrasing("Eén ja, twee nee, drie ja", JNJ),
    "ordinals": Phrasing("De eerste en de derde ja, de tweede niet", JNJ),
    "de-andere-twee": Phrasing("Voor 2 geef ik geen toestemming, voor de andere twee wel", JNJ),
    # -- all caps, emoji ---------------------------------------------------------------------
    "caps-niet-akkoord": Phrasing("IK GA NIET AKKOORD", ALL_NO),
    "caps-rest-ja": Phrasing("NEE VOOR 2 REST JA", JNJ),
    "caps-items": Phrasing("1 JA 2 NEE 3 JA", JNJ),
    "emoji-voor": Phrasing("👍 voor 1 en 3, 👎 voor 2", JNJ),
    "emoji-after-list": Phrasing("1 en 3 👍 2 👎", JNJ),
    "emoji-decorated": Phrasing("1 ja 👍 2 nee 👎 3 ja 😊", JNJ),
    "emoji-heavy-check": Phrasing("✔️ 1 en 3\n✖️ 2", JNJ),
    "emoji-angry-no": Phrasing("😡 nee", ALL_NO),
    # -- a paste from WhatsApp or an SMS -----------------------------------------------------
    "whatsapp-own-paste": Phrasing(
        "Zie mijn appje:\n[03-12-2026 19:40] Sam de Vries: 1 ja 2 nee 3 ja", JNJ, also=(NONE,)
    ),
    "whatsapp-mother-paste": Phrasing(
        "Mijn moeder appte dit:\n[3-12-26 19:40:12] Mama: ja voor alles", NONE
    ),
    "sms-forward": Phrasing(
        "Doorgestuurd sms van mijn vader (06-12345678) 3 dec. 18:55:\nNee, niet voor 2", NONE
    ),
    # -- two parents in one mail -------------------------------------------------------------
    "two-parents-split": Phrasing("ik ja, mijn man niet", NONE),
    "two-parents-split-items": Phrasing("Ik zeg ja voor alles maar mijn vrouw wil niet", NONE),
    "two-parents-together": Phrasing(
        "Mijn vrouw en ik geven toestemming voor 1 en 3, niet voor 2", JNJ
    ),
    "two-parents-he-no-2": Phrasing("1 en 3 ja. Mijn man zegt nee voor 2", ("ja", "?", "ja")),
    # -- conditions and time limits ----------------------------------------------------------
    "na-de-zomer": Phrasing("ja maar pas na de zomer", NONE),
    "tot-december": Phrasing("ja tot december", NONE),
    "voor-1-jaar": Phrasing("Ja, voor 1 jaar", NONE),
    "voor-2-maanden": Phrasing("Akkoord voor 2 maanden", NONE),
    "dit-schooljaar": Phrasing("Ja, maar alleen dit schooljaar", NONE),
    "vanaf-januari": Phrasing("Ja vanaf januari", NONE),
    "3-keer": Phrasing("Ze mogen 3 keer bellen, verder nee", NONE, also=(ALL_NO,)),
    # -- questions ---------------------------------------------------------------------------
    "question-mentor": Phrasing("mag 2 ook alleen naar de mentor?", NONE),
    "question-with-answers": Phrasing(
        "1 en 3 ja. Mag 2 ook alleen naar de mentor?", ("ja", "?", "ja")
    ),
    "question-what-is-2": Phrasing("Wat houdt 2 precies in? 1 en 3 is goed", ("ja", "?", "ja")),
    "question-withdraw-later": Phrasing("Kan ik later nog intrekken? 1 ja, 2 nee, 3 ja", JNJ),
    # -- a young person under 16 instead of the parent ---------------------------------------
    "youth-14": Phrasing("Ik ben 14 en mijn moeder heeft geen mail, van mij mag het: ja", NONE),
    "youth-13-items": Phrasing(
        "Hoi ik ben Sam (13), mama is er niet. 1 ja 2 nee 3 ja", NONE, also=(("?", "nee", "?"),)
    ),
    # -- times, amounts and dates next to answers --------------------------------------------
    "time-after": Phrasing("1 ja 2 nee 3 ja. Ik ben bereikbaar na 15:30", JNJ),
    # "ik bel" is a hedge of its own (she wants to talk first): unclear is as right
    "call-at-2": Phrasing("Ik bel morgen om 2 uur. 1 ja", ("ja", "?", "?"), also=(NONE,)),
    # -- more ways to say yes and no ---------------------------------------------------------
    "weet-3-niet": Phrasing("1 ja 2 nee 3 weet ik nog niet", ("ja", "nee", "?")),
    "eerst-bellen-3": Phrasing(
        "Ja voor 1 en 2. Over 3 wil ik eerst even bellen.", ("ja", "ja", "?")
    ),
    "nee-behalve-1": Phrasing("Nee tegen alles behalve 1", ("ja", "nee", "nee")),
    "ja-nee-ja-unnamed": Phrasing("ja, nee, ja", NONE),
    "2-hoeft-niet-meer": Phrasing(
        "Ik werk niet meer bij de bakkerij dus 2 hoeft niet",
        ("?", "nee", "?"),
        also=(NONE,),
    ),
    "liever-niet-rest-prima": Phrasing("2 liever niet, de rest prima", JNJ),
    # -- English -----------------------------------------------------------------------------
    "en-yes-for": Phrasing("Yes for 1 and 3, no for 2", JNJ, "en"),
    "en-consent-but-not": Phrasing("I consent to 1 and 3 but not 2", JNJ, "en"),
    "en-go-ahead-all": Phrasing("Sure, go ahead with all of them", ALL_YES, "en"),
    "en-not-2-others-yes": Phrasing("Not 2, but the others yes", JNJ, "en"),
    "en-until-summer": Phrasing("Yes, but only until the summer", NONE, "en"),
    "en-husband": Phrasing("I say yes, my husband says no", NONE, "en"),
    "en-for-one-year": Phrasing("OK for 1 year", NONE, "en"),
    # -- withdrawals -------------------------------------------------------------------------
    "withdraw-nummer-2": Phrasing(
        "ik wil mijn toestemming intrekken voor nummer 2", ("intrekken", "2")
    ),
    "withdraw-stop-delen": Phrasing("Stop met delen aub", ("intrekken",)),
    "withdraw-en": Phrasing("I withdraw my consent", ("intrekken",), "en"),
    "withdraw-caps": Phrasing("IK TREK ALLES IN", ("intrekken",)),
    "withdraw-twee": Phrasing("ik trek twee in", ("intrekken", "2")),
    "not-withdraw-yes": Phrasing("Intrekken hoeft niet, 1 ja 2 ja 3 ja", ALL_YES),
}
