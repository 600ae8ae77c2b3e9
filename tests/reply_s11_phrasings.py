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

JNN = ("ja", "nee", "nee")
WITHDRAW = ("intrekken",)

# A second batch, written after the first was read in full (each a variant of a class the
# first batch found, typed the way someone else would).
PHRASINGS.update(
    {
        "nt2-geen-probleem": Phrasing("Ik heb geen probleem met nummer 1 en 3. Nummer 2 nee.", JNJ),
        "nt2-oke-per-item": Phrasing(
            "nummer 1 oke, nummer 2 nee, nummer 3 oke", JNJ, also=(("?", "nee", "?"),)
        ),
        "nt2-fam": Phrasing("1 ja 2 nee 3 ja  mvg fam. Yilmaz", JNJ),
        "nt2-nr-spaces": Phrasing("ja voor nr 1 en nr 3 , nee nr 2", JNJ),
        "equals-no-space": Phrasing("1=ja 2=nee 3=ja", JNJ),
        "mother-writes": Phrasing(
            "Beste meneer, ik ben de moeder van Sam. Wij geven toestemming voor 1 en 3. "
            "Voor 2 niet.",
            JNJ,
        ),
        "son-is-14": Phrasing("Mijn zoon is 14, ik geef toestemming voor alles", ALL_YES),
        "sam-is-15": Phrasing("Sam is 15 en wij zijn akkoord", ALL_YES),
        "dictation-nummer-digits": Phrasing("ja voor nummer 1 en nummer 3 nee voor nummer 2", JNJ),
        "dictation-een-ja": Phrasing("een ja twee nee drie ja", JNJ),
        "dictation-eerste": Phrasing("eerste ja tweede nee derde ja", JNJ),
        "dictation-laatste": Phrasing("ja voor de eerste en de laatste niet voor de tweede", JNJ),
        "dictation-een-en-twee": Phrasing("ja voor een en twee", ("ja", "ja", "?")),
        "emoji-before-each": Phrasing("✅ 1 ✅ 3 ❌ 2", JNJ, also=(NONE,)),
        "emoji-glued": Phrasing("1👍2👎3👍", JNJ),
        "emoji-heart-all": Phrasing("❤️ ja voor alles", ALL_YES),
        "caps-nee": Phrasing("NEE", ALL_NO),
        "caps-list": Phrasing("JA VOOR 1 EN 3 NIET VOOR 2", JNJ),
        "hierbij": Phrasing("Hierbij mijn antwoord: 1 ja 2 nee 3 ja", JNJ),
        "both-parents-all": Phrasing(
            "Wij (vader en moeder) geven allebei toestemming voor alles", ALL_YES
        ),
        "parents-disagree": Phrasing("Ik wel, mijn vrouw twijfelt nog", NONE),
        "vader-moeder-lines": Phrasing(
            "Vader: ja voor alles\nMoeder: nee voor 2",
            NONE,
            also=(("?", "nee", "?"), ("ja", "nee", "ja")),
        ),
        "zolang": Phrasing("ja, zolang het alleen over werk gaat", NONE),
        "mits": Phrasing("ja mits ze mij eerst informeren", NONE),
        "tot-zomervakantie": Phrasing("Ja tot de zomervakantie", NONE),
        "tot-eind-jaar": Phrasing("Ja, maar alleen tot het eind van dit jaar", NONE),
        "voorlopig": Phrasing("Voorlopig ja", NONE),
        "tot-1-januari": Phrasing("Akkoord tot 1 januari", NONE),
        "komende-2-jaar": Phrasing("Ja, voor de komende 2 jaar", NONE),
        "3-maanden-dan-opnieuw": Phrasing("Ja voor 3 maanden, dan opnieuw vragen", NONE),
        "tot-mijn-18e": Phrasing("Ik ga akkoord tot mijn 18e", NONE),
        "question-tekenen": Phrasing(
            "Moet ik voor 2 ook iets tekenen? 1 en 3 ja", ("ja", "?", "ja")
        ),
        "question-what-if": Phrasing("Wat als ik nee zeg bij 2?", NONE),
        "question-verplicht": Phrasing("Is 2 verplicht?", NONE),
        "question-mag-ik": Phrasing(
            "Mag ik ja zeggen voor 1 en nee voor 2 en 3?", NONE, also=(JNN,)
        ),
        "question-waarom-rest-goed": Phrasing(
            "Waarom willen jullie 2 delen? De rest is goed.", ("ja", "?", "ja")
        ),
        "youth-15-father": Phrasing(
            "Ik ben 15 maar mijn ouders zijn gescheiden en mijn vader zegt ja", NONE
        ),
        "youth-en-14": Phrasing("im 14 so yes to all", NONE, "en"),
        "youth-nog-geen-16": Phrasing("ik ben nog geen 16 maar ja voor alles", NONE),
        "en-ampersand": Phrasing("Yes to 1 & 3, 2 no", JNJ, "en"),
        "en-happy-for": Phrasing("Happy for 1 and 3, not 2", JNJ, "en"),
        "en-parts-only": Phrasing("I give permission for parts 1 and 3 only", JNJ, "en"),
        "en-number-two": Phrasing("No to number two", ("?", "nee", "?"), "en"),
        "en-number-words": Phrasing("Yes for one and three, no for two", JNJ, "en"),
        # "bakery" is no word of the item's name (Bakkerij De Korenschoof): unclear is right
        "en-except-bakery": Phrasing(
            "I'm fine with everything except the bakery", JNJ, "en", also=(NONE,)
        ),
        "en-dont-share": Phrasing("Please don't share anything", ALL_NO, "en", also=(NONE,)),
        "withdraw-meedoen": Phrasing("Ik wil niet meer meedoen", WITHDRAW, also=(ALL_NO,)),
        "withdraw-bakkerij": Phrasing(
            "Ik trek mijn toestemming in voor de bakkerij", ("intrekken", "2")
        ),
        "withdraw-graag-alles": Phrasing("Graag alles intrekken", WITHDRAW),
        "withdraw-polite-question": Phrasing(
            "Kunt u mijn toestemming voor 1 intrekken?", ("intrekken", "1"), also=(NONE,)
        ),
        "not-withdraw-bedoelde": Phrasing(
            "Niet intrekken, ik bedoelde 1 ja 2 nee 3 ja", JNJ, also=(NONE,)
        ),
        "samsung-sig": Phrasing(
            "ja voor alles\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", ALL_YES
        ),
        "outlook-ios-sig": Phrasing("ja voor alles\n\nDownload Outlook voor iOS", ALL_YES),
        "emoji-skin-leading": Phrasing("👍🏻 voor 1 en 3, 👎🏻 voor 2", JNJ),
        # undoing the consent itself, in words the reader did not know: never the yes of
        # the word "toestemming" (all read as ja ja ja on main)
        "undo-neem-terug": Phrasing("Ik neem mijn toestemming terug", WITHDRAW),
        "undo-vervalt": Phrasing("Mijn toestemming vervalt per direct", WITHDRAW),
        "undo-verwijder-2": Phrasing(
            "Verwijder mijn toestemming voor 2", ("intrekken", "2"), also=(("?", "nee", "?"),)
        ),
        "undo-zeg-op": Phrasing("Ik zeg mijn toestemming op", WITHDRAW),
        "undo-stopzetten": Phrasing("Toestemming stopzetten aub", WITHDRAW),
        "undo-geldt-niet-meer": Phrasing("Mijn toestemming geldt niet meer", WITHDRAW),
        "undo-en-remove": Phrasing("Please remove my consent", WITHDRAW, "en"),
        "undo-en-take-back": Phrasing("I take back my consent", WITHDRAW, "en"),
        "undo-en-opt-out": Phrasing("I want to opt out", WITHDRAW, "en", also=(ALL_NO,)),
        "undo-negated": Phrasing("Ik wil mijn toestemming niet verwijderen", NONE),
        # the word "toestemming" as the topic of another sentence (all ja ja ja on main)
        "topic-vraag-over": Phrasing("Ik heb een vraag over de toestemming", NONE),
        "topic-ontvangen": Phrasing("Ik heb de toestemming ontvangen", NONE),
        "topic-mail-over": Phrasing("Ik heb uw mail over toestemming gelezen", NONE),
        "topic-formulier": Phrasing("Hierbij het formulier voor toestemming", NONE),
        "topic-ex-moet": Phrasing("Mijn ex moet ook toestemming geven", NONE),
        "topic-moet-mijn-ex": Phrasing("De toestemming moet mijn ex geven", NONE),
        "topic-vorig-jaar": Phrasing("Ik heb vorig jaar al toestemming gegeven", NONE),
        "topic-en-question-about": Phrasing("I have a question about the consent", NONE, "en"),
        "topic-en-asking-for": Phrasing("Thanks for asking for my consent", NONE, "en"),
        "topic-en-ex-husband": Phrasing("My ex-husband has to give consent too", NONE, "en"),
        "topic-en-form-received": Phrasing("Consent form received", NONE, "en"),
        "topic-en-last-year": Phrasing("I gave consent last year", NONE, "en"),
        "topic-en-already": Phrasing("I already gave consent", NONE, "en"),
        "topic-vader-moet": Phrasing("Vader moet ook toestemming geven", NONE),
        "other-parent-cannot-mail": Phrasing(
            "Mijn vrouw kan niet mailen, ik zeg ja voor alles", ALL_YES, also=(NONE,)
        ),
        # stopping or cancelling something else (a withdrawal on main)
        "stop-bellen": Phrasing("Stop maar met bellen, 1 ja 2 ja 3 ja", ALL_YES),
        "en-stop-calling": Phrasing("Please stop calling me. Yes to all", ALL_YES, "en"),
        "afspraak-annuleren": Phrasing(
            "Ik wil de afspraak annuleren, verder 1 ja 2 ja 3 ja", ALL_YES
        ),
        "stop-met-delen-still": Phrasing("Stop met delen", WITHDRAW),
        "giving-om-te-delen": Phrasing(
            "Ik geef jullie toestemming om de gegevens te delen", ALL_YES
        ),
        "giving-mail-ontvangen": Phrasing("Ik heb uw mail ontvangen en ga akkoord", ALL_YES),
    }
)
