"""The request e-mail: plain text and HTML, Dutch or English, built from a stored request.

The numbered item texts are copied verbatim from the request (whose SHA-256 is in the audit
log), so the message proves what the person was told: which data, to whom, why, until when,
that no has no consequences and how to withdraw. The reference code is in the subject and the
body, where the reply reader finds it again.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from ..model import ConsentItem, ConsentRequest
from ..validation import mail_address_ascii

# Lines of our own message that the reply reader treats as the start of the quoted original:
# an answer is never read from below them (the example "1 ja, 2 nee" stands under them).
CODE_LINE_NL = "Referentiecode:"
CODE_LINE_EN = "Reference code:"
SENTINELS = (CODE_LINE_NL, CODE_LINE_EN)


@dataclass(frozen=True)
class Addressee:
    """Who the message is for: the youth, or a representative deciding about the youth."""

    name: str
    email: str
    is_youth: bool
    youth_given_name: str  # used in the representative's introduction
    role_label: str = ""  # "ouder met gezag", "voogd", … (representatives only)


@dataclass(frozen=True)
class Sender:
    organisation: str
    worker_name: str
    address: str
    display_name: str = ""
    reply_to: str = ""
    contact_text: str = ""
    expiry_days: int = 14


@dataclass(frozen=True)
class ComposedMail:
    message: EmailMessage
    message_id: str
    subject: str
    plain: str
    html: str
    to: str

    def as_bytes(self) -> bytes:
        return self.message.as_bytes()

    def as_draft(self) -> bytes:
        """For the user's own mail program: `X-Unsent: 1` makes Outlook (and others) open
        the .eml as a draft with a Send button instead of as a received message."""
        draft = copy.deepcopy(self.message)
        draft["X-Unsent"] = "1"
        return draft.as_bytes()


def subject_for(request: ConsentRequest, organisation: str, reminder: bool) -> str:
    if request.language == "en":
        head = "Reminder: request for consent" if reminder else "Request for consent"
    else:
        head = "Herinnering: vraag om toestemming" if reminder else "Vraag om toestemming"
    return f"{head} – {organisation} – code {request.reference_code}"


def _special_positions(items: Sequence[ConsentItem]) -> list[int]:
    return [i.position for i in items if i.has_special_categories]


def _dutch(request: ConsentRequest, who: Addressee, sender: Sender, reminder: bool) -> list[str]:
    """Paragraphs of the Dutch message; item texts are inserted where the marker stands."""
    code = request.reference_code
    if who.is_youth:
        intro = (
            "We vragen of we gegevens over jou mogen delen met andere organisaties. Hieronder "
            "staat per onderdeel welke gegevens, met wie, waarom en hoe lang. Je beslist zelf, "
            "per onderdeel: ja of nee."
        )
    else:
        intro = (
            f"Deze vraag gaat over {who.youth_given_name}. U beslist als {who.role_label or 'wettelijk vertegenwoordiger'}, "
            f"per onderdeel: ja of nee. Waar hieronder 'je' staat, is {who.youth_given_name} bedoeld."
        )
    if reminder:
        intro = "We hebben nog geen antwoord ontvangen op onze vraag. " + intro
    how = [
        "Hoe geeft u antwoord?" if not who.is_youth else "Hoe geef je antwoord?",
        "Beantwoord deze e-mail en schrijf per onderdeel ja of nee, bijvoorbeeld: "
        "1 ja, 2 nee. Of schrijf: ja voor alles, of: nee voor alles. "
        f"Laat de code {code} in het onderwerp of in het bericht staan.",
    ]
    specials = _special_positions(request.items)
    if specials:
        nums = ", ".join(str(p) for p in specials)
        how.append(
            f"Onderdeel {nums} gaat over gevoelige gegevens. Die delen we alleen als dat "
            f"uitdrukkelijk in het antwoord staat, bijvoorbeeld: {specials[0]} ja, ook gevoelige "
            "gegevens."
        )
    paragraphs = [
        f"Beste {who.name},",
        intro,
        f"{CODE_LINE_NL} {code}",
        "\x00items",
        "\n".join(how),
        "Nee zeggen mag altijd. Dat heeft geen gevolgen voor school of opleiding. Zonder antwoord "
        "delen we niets.",
        "Intrekken kan altijd, zonder reden: stuur een bericht met de code en het woord "
        "intrekken (of bijvoorbeeld: intrekken 2, voor één onderdeel), of zeg het tegen de "
        "begeleider. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.",
        f"Dit verzoek geldt tot en met {request.valid_until:%d-%m-%Y}. Komt er binnen "
        f"{sender.expiry_days} dagen geen antwoord, dan vervalt de vraag.",
        _signature(sender, "Met vriendelijke groet,"),
    ]
    return paragraphs


def _english(request: ConsentRequest, who: Addressee, sender: Sender, reminder: bool) -> list[str]:
    code = request.reference_code
    if who.is_youth:
        intro = (
            "We are asking whether we may share information about you with other organisations. "
            "Below you find, per part, which information, with whom, why and for how long. You "
            "decide yourself, per part: yes or no."
        )
    else:
        intro = (
            f"This request is about {who.youth_given_name}. As {who.role_label or 'legal representative'} "
            f"you decide per part: yes or no. Where the text says 'you', it means {who.youth_given_name}."
        )
    if reminder:
        intro = "We have not yet received an answer to our request. " + intro
    how = [
        "How to answer",
        "Reply to this e-mail and write yes or no for each part, for example: 1 yes, 2 no. Or "
        f"write: yes to all, or: no to all. Keep the code {code} in the subject or the message.",
    ]
    specials = _special_positions(request.items)
    if specials:
        nums = ", ".join(str(p) for p in specials)
        how.append(
            f"Part {nums} concerns sensitive information. We only share it if your answer says "
            f"so explicitly, for example: {specials[0]} yes, including sensitive information."
        )
    return [
        f"Dear {who.name},",
        intro,
        f"{CODE_LINE_EN} {code}",
        "\x00items",
        "\n".join(how),
        "Saying no is always fine. It has no consequences for school or training. Without an "
        "answer we share nothing.",
        "You can withdraw at any time, without a reason: send a message with the code and the "
        "word withdraw (or e.g. withdraw 2, for one part), or tell your counsellor. What was "
        "already shared stays shared; after that nothing more is shared.",
        f"This request is valid until {request.valid_until:%d-%m-%Y}. If we have no answer within "
        f"{sender.expiry_days} days, the request lapses.",
        _signature(sender, "Kind regards,"),
    ]


def _signature(sender: Sender, closing: str) -> str:
    lines = [closing, sender.worker_name, sender.organisation]
    if sender.contact_text:
        lines.append(sender.contact_text)
    lines.append(sender.reply_to or sender.address)
    return "\n".join(lines)


def _plain(paragraphs: list[str], items: Sequence[ConsentItem]) -> str:
    out: list[str] = []
    for p in paragraphs:
        if p == "\x00items":
            out.extend(i.text for i in items)
        else:
            out.append(p)
    return "\n\n".join(out) + "\n"


def _html(paragraphs: list[str], items: Sequence[ConsentItem], code: str, lang: str) -> str:
    def para(text: str) -> str:
        escaped = html.escape(text).replace("\n", "<br>\n")
        return (
            f"<p>{escaped.replace(html.escape(code), f'<strong>{html.escape(code)}</strong>')}</p>"
        )

    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>',
        '<body style="font-family: Arial, sans-serif; font-size: 15px; line-height: 1.45; '
        'color: #1a1a1a; max-width: 42em">',
    ]
    for p in paragraphs:
        if p != "\x00items":
            parts.append(para(p))
            continue
        parts.append('<ol style="padding-left: 0; list-style: none">')
        for item in items:
            first, _, rest = item.text.partition("\n")
            body = html.escape(rest).replace("\n", "<br>\n")
            parts.append(
                '<li style="border-left: 4px solid #2a6db0; padding: 4px 12px; margin: 12px 0">'
                f"<strong>{html.escape(first)}</strong><br>\n{body}</li>"
            )
        parts.append("</ol>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def new_message(
    sender: Sender, to_name: str, to_email: str, subject: str, now: datetime, idstring: str
) -> tuple[EmailMessage, str]:
    """A message with the organisation's headers (From, To, Reply-To, Date, Message-ID);
    returns it with its Message-ID, which is logged with the sent message."""
    domain = sender.address.rpartition("@")[2] or "toestemming.invalid"
    message_id = make_msgid(idstring=idstring, domain=domain)
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = Address(
        sender.display_name or sender.organisation, addr_spec=mail_address_ascii(sender.address)
    )
    msg["To"] = Address(to_name, addr_spec=mail_address_ascii(to_email))
    if sender.reply_to and sender.reply_to != sender.address:
        msg["Reply-To"] = sender.reply_to
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    return msg, message_id


def compose_request(
    request: ConsentRequest,
    who: Addressee,
    sender: Sender,
    now: datetime,
    *,
    reminder: bool = False,
) -> ComposedMail:
    """Build the message; nothing is sent or stored here."""
    lang = "en" if request.language == "en" else "nl"
    paragraphs = (_english if lang == "en" else _dutch)(request, who, sender, reminder)
    plain = _plain(paragraphs, request.items)
    rich = _html(paragraphs, request.items, request.reference_code, lang)
    subject = subject_for(request, sender.organisation, reminder)
    msg, message_id = new_message(sender, who.name, who.email, subject, now, "toestemming")
    msg["Content-Language"] = lang
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rich, subtype="html", charset="utf-8", cte="quoted-printable")
    return ComposedMail(msg, message_id, subject, plain, rich, who.email)
