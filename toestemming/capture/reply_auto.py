"""Whether a message was sent by a machine, not typed by a person: an out-of-office reply, a
vacation notice, a delivery report. Such a message never answers a consent request, whatever
words it holds ("Ik ben afwezig … Is het dringend? Prima, bel dan …").

The signs are the ones mail servers and clients set (RFC 3834 Auto-Submitted, Exchange's
X-Auto-Response-Suppress is NOT one: Outlook sets it on ordinary mail too) and the subject
lines that Outlook, Gmail and Exchange write for automatic replies — also behind a tag the
organisation's mail server puts in front ("[EXTERN] Automatisch antwoord: …").
"""

from __future__ import annotations

import re
from email.message import Message

_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]{1,40}\]\s*)*(?:automatisch antwoord|automatische? (?:reactie|melding)|automatic reply|auto(?:matic)?"
    r"[- ]?(?:reply|response)|out of (?:the )?office|afwezig(?:heidsmelding)?|niet aanwezig|"
    r"vakantie(?:melding)?|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|"
    r"respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica|odpowied[źz] "
    r"automatyczna|niet (?:bezorgd|afgeleverd|bezorgbaar)|bezorging (?:is )?mislukt|kan niet "
    r"worden bezorgd|unzustellbar|undeliverable|onbestelbaar|delivery status "
    r"notification|mail delivery (?:failed|failure)|failure notice|returned mail|undelivered mail|"
    r"delivery (?:failure|has failed)|otomatik (?:yan[ıi]t|cevap)|ofis d[ıi][şs][ıi]nda|"
    r"ontvangstbevestiging|return receipt|read receipt|رد تلقائي|الرد التلقائي|خارج المكتب)"
    r"(?!\w)"
    # Read receipts (MDN) as Outlook and others title them: "Gelezen: <our subject>".
    r"|^\s*(?:\[[^\]]{1,40}\]\s*)*(?:gelezen|niet gelezen|read|not read|gelesen|ungelesen|lu|"
    r"okundu|okunmad[ıi])\s*:"
    # Delivery receipts: "Bezorgd: <our subject>" ("bezorgd" alone is also "worried").
    r"|^\s*(?:\[[^\]]{1,40}\]\s*)*(?:bezorgd|delivered|zugestellt)\s*:\s*(?:(?:re|antw|aw)\s*:\s*)?"
    r"(?:vraag om toestemming|herinnering|request for consent|reminder)",
    re.IGNORECASE,
)
# Bounces come from the mail system itself (RFC 5321 null sender, shown as MAILER-DAEMON).
_SYSTEM_SENDER = re.compile(r"(?:^|[<\s\"])(?:mailer-daemon|postmaster)@", re.IGNORECASE)


def _header(msg: Message, name: str) -> str:
    try:
        value = next((v for k, v in msg.raw_items() if k.lower() == name), None)
    except Exception:  # a hostile header must not break reading
        return ""
    return str(value).strip().lower() if value is not None else ""


def is_automatic(msg: Message, subject: str) -> bool:
    auto = _header(msg, "auto-submitted")
    if auto and auto != "no":
        return True
    if _header(msg, "x-autoreply") or _header(msg, "x-autorespond"):
        return True
    if _header(msg, "precedence") in ("auto_reply", "auto-reply"):
        return True
    if _header(msg, "x-failed-recipients") or _SYSTEM_SENDER.search(_header(msg, "from")):
        return True
    try:
        if msg.get_content_type() == "multipart/report":
            return True
    except Exception:
        return False
    return bool(_SUBJECT.match(subject))


# Outlook's message recall, as it reaches someone outside the organisation: an ordinary
# message "Intrekken: <subject>" / "Recall: <subject>" whose machine-written text says the
# sender "wil het bericht … intrekken" — it recalls a mail, it withdraws no consent (and its
# word "intrekken" must never be read as a withdrawal).
_RECALL_SUBJECT = re.compile(r"^\s*(?:intrekken|recall|rückruf|terughalen)\s*:", re.IGNORECASE)
_RECALL_TEXT = re.compile(
    r"\bwil het bericht\b.{1,400}\bintrekken\b|\bwould like to recall the message\b|"
    r"\bmöchte die nachricht\b.{1,400}\bzurückrufen\b",
    re.IGNORECASE | re.DOTALL,
)


# Helpdesk and provider auto-replies that set no header and keep the "Re:" subject, but say
# what they are in their first words. Only at the very start: a person who writes "ik kreeg
# een automatisch antwoord, maar: ja" is answering.
_AUTO_TEXT = re.compile(
    r"^\W*(?:dit is een automatisch(?:e)? (?:gegenereerd(?:e)? )?(?:antwoord|bericht|reactie|"
    r"e-?mail)|automatisch (?:antwoord|bericht)\b|this is an? (?:automatic|automated|"
    r"auto-?generated) (?:reply|response|message|e-?mail)|automatic reply\b|auto-?reply\b)",
    re.IGNORECASE,
)


# An out-of-office text that sets no header and keeps "Re:": it says the person is away in its
# first sentences AND speaks of the mail itself the way only such notices do ("uw e-mail wordt
# niet doorgestuurd", "voor dringende zaken", "na mijn terugkomst"). A parent who writes "Ik
# ben afwezig tot maandag, maar alvast: 1 ja 2 nee" is answering (no notice phrase).
_AWAY = re.compile(
    r"\b(?:ik ben|ben ik|i am|i'm|ik zit|zit ik)\b[^.!?\n]{0,60}?\b(?:afwezig|niet aanwezig|niet (?:op kantoor|"
    r"bereikbaar|beschikbaar)|met (?:vakantie|verlof)|op vakantie|met zwangerschapsverlof|"
    r"out of (?:the )?office|away|on (?:leave|holiday|vacation)|not in the office)\b"
    r"(?![^.!?\n]{0,30}\b(?:geweest|been)\b)",  # "ik ben met vakantie geweest": back now
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"\b(?:voor dringende (?:zaken|vragen)|in dringende gevallen|bij dringende|(?:uw|je|jouw) "
    r"(?:e-?mail|mail|bericht) (?:wordt|is|zal)|na mijn terugkomst|(?:zodra|wanneer) ik (?:weer )?"
    r"terug ben|lees (?:mijn|geen|de) (?:e-?)?mail|(?:e-?)?mail(?:s)? (?:wordt|worden) niet|"
    r"beantwoord(?:en)? (?:ik|wordt)|neem (?:dan )?contact op met|kunt u (?:contact opnemen|"
    r"mailen|bellen)|urgent (?:matters|enquiries|requests)|limited access to (?:e-?mail|my "
    r"e-?mail)|(?:upon|on|after) my return|will (?:not be )?(?:respond|reply|forwarded)|"
    r"please contact|(?:no|limited|geen|beperkte?) (?:access|toegang)|(?:bedankt|dank) voor (?:uw|je|jouw) (?:e-?mail|mail|bericht)|thank you for "
    r"your (?:e-?mail|message))\b",
    re.IGNORECASE,
)
# A read or delivery receipt flattened to plain text by a relay: "Uw bericht … is gelezen op".
_RECEIPT_TEXT = re.compile(
    r"^\W*(?:uw bericht|your message)\b.{0,400}?\b(?:is|werd|was) (?:gelezen|bezorgd|"
    r"afgeleverd|read|delivered)\b",
    re.IGNORECASE | re.DOTALL,
)


def says_automatic(own_text: str) -> bool:
    head = own_text[:600]
    if _AUTO_TEXT.match(head[:300]) or _RECEIPT_TEXT.match(head):
        return True
    away = _AWAY.search(head[:300])
    return away is not None and _NOTICE.search(head) is not None


def is_recall(subject: str, text: str) -> bool:
    return bool(_RECALL_SUBJECT.match(subject)) and bool(_RECALL_TEXT.search(text[:2000]))
