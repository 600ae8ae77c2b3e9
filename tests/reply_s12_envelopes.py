"""Round 6 of issue 19: replies whose quoted text is not the plain request of rounds 4 and 5.

Round 4's and 5's envelopes quote only our item paragraphs. A real request also carries the
how-to-answer lines ("bijvoorbeeld: 1 ja, 2 nee. Of schrijf: ja voor alles"), and people
also answer to our *reminder* (the same request with "We hebben nog geen antwoord ontvangen"
on top) and to our *receipt* mail after signing on the tablet. Here those texts are built
from the real catalog (toestemming/locales), so a wording change there is tested too, and
quoted the way clients quote them: Gmail "> " on top, Outlook with the quote lost (the
original unquoted under "-----Oorspronkelijk bericht-----"), a bottom-post under the quote
(Thunderbird), an answer typed between the quoted request and the signature, and the subject
carrying a "Re:" of the reminder.
"""

from __future__ import annotations

from collections.abc import Callable

from mail_corpus import CODE_MAIN, SAM
from reply_s10_envelopes import DATE, _head, _part, _quote
from reply_table import ITEMS, ORG, request_paragraphs

from toestemming.language import text


def _request(lang: str, reminder: bool) -> str:
    """Our request (or reminder) as compose.py writes its plain part, for a parent."""
    intro = text(
        lang, "mail-intro-representative", youth="Sam", role=text(lang, "mail-representative")
    )
    if reminder:
        intro = text(lang, "mail-reminder") + " " + intro
    how = "\n".join(
        [
            text(lang, "mail-how", addressee="representative"),
            text(lang, "mail-how-text", code=CODE_MAIN),
        ]
    )
    items = request_paragraphs(3, english=lang == "en")
    paragraphs = [
        text(lang, "mail-greeting", name="mevrouw De Vries"),
        intro,
        f"{text(lang, 'mail-code-line')} {CODE_MAIN}",
        *(p.replace("TS-1CR5-AYMZ-7", CODE_MAIN) for p in items),
        how,
        text(lang, "mail-say-no"),
        text(lang, "mail-withdraw"),
        text(lang, "mail-valid", until="23-12-2026", days=14),
        "\n".join([text(lang, "mail-closing"), "Anouk Bakker", "Testschool", ORG]),
    ]
    return "\n\n".join(paragraphs)


def _receipt(lang: str) -> str:
    """Our receipt mail after signing on the tablet (receipt_mail.py), for a parent."""
    what = text(
        lang,
        "receipt-what",
        withdrawal="no",
        addressee="representative",
        organisation="Testschool",
        code_part=text(lang, "receipt-code-part", code=CODE_MAIN),
    )
    return "\n\n".join(
        [
            text(lang, "mail-greeting", name="mevrouw De Vries"),
            what + " " + text(lang, "receipt-keep", addressee="representative"),
            text(lang, "receipt-withdraw", addressee="representative"),
            "\n".join([text(lang, "mail-closing"), "Anouk Bakker", "Testschool"]),
        ]
    )


def _gmail_attr(lang: str) -> str:
    return (
        f"Op do 3 dec 2026 om 10:12 schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On Thu, Dec 3, 2026 at 10:12 AM Testschool <{ORG}> wrote:"
    )


def _outlook_lost(lang: str, original: str) -> str:
    line = "-----Oorspronkelijk bericht-----" if lang == "nl" else "-----Original Message-----"
    if lang == "nl":
        head = f"Van: Testschool <{ORG}>\nVerzonden: donderdag 3 december 2026 10:12\nAan: "
    else:
        head = f"From: Testschool <{ORG}>\nSent: Thursday, December 3, 2026 10:12 AM\nTo: "
    subj = "Onderwerp" if lang == "nl" else "Subject"
    return f"{line}\n{head}Marja de Vries <{SAM}>\n{subj}: Toestemming Sam\n\n{original}\n"


def _on_top_gmail(original: Callable[[str], str]) -> Callable[[str, str], str]:
    """Gmail: the answer on top, the original under "Op … schreef …:" quoted with "> "."""

    def build(answer: str, lang: str) -> str:
        body = f"{answer}\n\n{_gmail_attr(lang)}\n\n{_quote(original(lang))}\n"
        return _part("text/plain", body, "UTF-8")

    return build


def _on_top_lost_quote(original: Callable[[str], str]) -> Callable[[str, str], str]:
    """Outlook: the answer on top, the original unquoted under its header block."""

    def build(answer: str, lang: str) -> str:
        return _part("text/plain", f"{answer}\n\n{_outlook_lost(lang, original(lang))}", "UTF-8")

    return build


def _reminder(lang: str) -> str:
    return _request(lang, True)


def _first_request(lang: str) -> str:
    return _request(lang, False)


def reminder_bottom_post(answer: str, lang: str) -> str:
    """Thunderbird, the answer typed under the whole quote."""
    attr = (
        "Op 03-12-2026 om 10:12 schreef Testschool:"
        if lang == "nl"
        else "On 03-12-2026 10:12, Testschool wrote:"
    )
    body = f"{attr}\n{_quote(_reminder(lang))}\n\n{answer}\n\n-- \nMarja de Vries\n"
    return _part("text/plain", body, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "reminder-gmail": _on_top_gmail(_reminder),
    "reminder-outlook-lost-quote": _on_top_lost_quote(_reminder),
    "reminder-bottom-post": reminder_bottom_post,
    "request-full-gmail": _on_top_gmail(_first_request),
    "request-full-lost-quote": _on_top_lost_quote(_first_request),
    "receipt-gmail": _on_top_gmail(_receipt),
    "receipt-outlook-lost-quote": _on_top_lost_quote(_receipt),
}


def message(envelope: str, answer: str, lang: str = "nl", sender: str = SAM) -> bytes:
    head = _head(lang, sender, extra=f"X-S12: {envelope}\n")
    raw = head + ENVELOPES[envelope](answer, lang)
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


__all__ = ["DATE", "ENVELOPES", "ITEMS", "message"]
