"""The words around the stored texts in signing mode, in the signer's language.

The signer switches language on the tablet independently of the worker's program language,
so these few labels live here per language (Dutch and English, the languages the B1 item
texts exist in) instead of in the app-wide Qt Linguist translation. The item texts
themselves are never here: they come verbatim from the vault with their hash."""

from __future__ import annotations

from toestemming.model import ROLE_LABELS, ROLE_LABELS_EN

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "who": "Wie ben jij?",
        "who_hint": "Tik op je naam. Iedereen die beslist, doet dat apart.",
        "about": "Dit gaat over: {youth}",
        "done_before": "al ingevuld",
        "nothing_open": "Er is bij dit verzoek niets meer te beantwoorden.",
        "withdraw_start": "Toestemming intrekken",
        "item_of": "Onderdeel {n} van {total}",
        "to": "Aan: {name} ({kind})",
        "yes": "Ja, dat mag",
        "no": "Nee",
        "special_tick": "Ja, ik geef apart toestemming voor deze gevoelige gegevens: {names}.",
        "special_needed": "Zet eerst het vinkje hierboven als je ja zegt.",
        "choose": "Kies Ja of Nee.",
        "back": "Vorige",
        "next": "Volgende",
        "summary": "Klopt dit?",
        "summary_hint": "Je kunt nog alles veranderen. Daarna zet je je handtekening.",
        "change": "Wijzigen",
        "to_sign": "Verder naar handtekening",
        "sign": "Zet hier je handtekening",
        "sign_hint": "Met je vinger, de pen of de muis.",
        "again": "Opnieuw",
        "confirm": "Bevestigen",
        "thanks": "Dank je wel!",
        "thanks_hint": "Je keuzes zijn opgeslagen. Geef de tablet terug aan je begeleider.",
        "agreed": "Dit heb je gekozen:",
        "withdrawn": "Ingetrokken:",
        "receipt": "Ontvangstbewijs (afdrukken of opslaan)…",
        "mail": "E-mail sturen",
        "mail_sending": "Bezig met versturen naar {address}…",
        "mail_sent": "Het ontvangstbewijs is gemaild naar {address}.",
        "mail_failed": "Niet verstuurd: {reason}",
        "next_person": "Volgende persoon",
        "text_smaller": "A−",
        "text_larger": "A+",
        "read_aloud": "Voorlezen",
        "staff": "Begeleider",
        "withdraw_who": "Wie trekt de toestemming in?",
        "withdraw_pick": "Wat wil je intrekken?",
        "withdraw_hint": (
            "Dat mag altijd, zonder reden. Wat al gedeeld is, blijft gedeeld; daarna delen we "
            "niets meer."
        ),
        "withdraw_none": "Er is geen toestemming die je kunt intrekken.",
        "withdraw_choose": "Kies minstens één onderdeel.",
        "withdraw_sign": "Zet je handtekening om in te trekken",
        "withdraw_done": "De toestemming is ingetrokken.",
        "to_start": "Naar het begin",
        "saving_failed": "Niet opgeslagen: {reason}",
    },
    "en": {
        "who": "Who are you?",
        "who_hint": "Tap your name. Everyone who decides does so separately.",
        "about": "This is about: {youth}",
        "done_before": "already answered",
        "nothing_open": "There is nothing left to answer in this request.",
        "withdraw_start": "Withdraw consent",
        "item_of": "Part {n} of {total}",
        "to": "To: {name} ({kind})",
        "yes": "Yes, that's fine",
        "no": "No",
        "special_tick": "Yes, I separately agree to sharing this sensitive information: {names}.",
        "special_needed": "If you say yes, tick the box above first.",
        "choose": "Choose Yes or No.",
        "back": "Back",
        "next": "Next",
        "summary": "Is this right?",
        "summary_hint": "You can still change anything. Then you sign.",
        "change": "Change",
        "to_sign": "Continue to signature",
        "sign": "Sign here",
        "sign_hint": "With your finger, the pen or the mouse.",
        "again": "Start again",
        "confirm": "Confirm",
        "thanks": "Thank you!",
        "thanks_hint": "Your choices have been saved. Please hand the tablet back.",
        "agreed": "Your choices:",
        "withdrawn": "Withdrawn:",
        "receipt": "Receipt (print or save)…",
        "mail": "Send by e-mail",
        "mail_sending": "Sending to {address}…",
        "mail_sent": "The receipt was e-mailed to {address}.",
        "mail_failed": "Not sent: {reason}",
        "next_person": "Next person",
        "text_smaller": "A−",
        "text_larger": "A+",
        "read_aloud": "Read aloud",
        "staff": "Staff",
        "withdraw_who": "Who is withdrawing consent?",
        "withdraw_pick": "What do you want to withdraw?",
        "withdraw_hint": (
            "You may always do this, without a reason. What was shared stays shared; after "
            "this, nothing more is shared."
        ),
        "withdraw_none": "There is no consent you can withdraw.",
        "withdraw_choose": "Choose at least one part.",
        "withdraw_sign": "Sign to withdraw",
        "withdraw_done": "The consent has been withdrawn.",
        "to_start": "Back to the start",
        "saving_failed": "Not saved: {reason}",
    },
}

ROLE_WORDS = {"nl": ROLE_LABELS, "en": ROLE_LABELS_EN}  # the same words as on the receipt
LANGUAGE_BUTTONS = {"nl": "Nederlands", "en": "English"}


def word(language: str, key: str, **values: object) -> str:
    table = WORDS.get(language, WORDS["nl"])
    return table[key].format(**values) if values else table[key]
