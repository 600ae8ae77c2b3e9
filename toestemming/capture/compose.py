"""The request e-mail: plain text and HTML, Dutch or English, built from a stored request.

The numbered item texts are copied verbatim from the request (whose SHA-256 is in the audit
log), so the message proves what the person was told: which data, to whom, why, until when,
that no has no consequences and how to withdraw. The reference code is in the subject and the
body, where the reply reader finds it again.
"""

from __future__ import annotations

import copy
import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from ..language import date_text, languages, listing, resolve, text
from ..model import ConsentItem, ConsentRequest
from ..validation import mail_address_ascii

# Lines of our own message that the reply reader treats as the start of the quoted original:
# an answer is never read from below them (the example "1 ja, 2 nee" stands under them).
# One per language catalog.
SENTINELS = tuple(dict.fromkeys(text(code, "mail-code-line") for code in languages()))


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
    return text(
        request.language,
        "mail-subject",
        reminder="yes" if reminder else "no",
        organisation=organisation,
        code=request.reference_code,
    )


def _special_positions(items: Sequence[ConsentItem]) -> list[int]:
    return [i.position for i in items if i.has_special_categories]


def _paragraphs(
    request: ConsentRequest, who: Addressee, sender: Sender, reminder: bool
) -> list[str]:
    """Paragraphs of the message in the request's language; item texts are inserted where the
    marker stands."""
    t = functools.partial(text, request.language)
    code = request.reference_code
    if who.is_youth:
        intro = t("mail-intro-youth")
    else:
        role = who.role_label or t("mail-representative")
        intro = t("mail-intro-representative", youth=who.youth_given_name, role=role)
    if reminder:
        intro = t("mail-reminder") + " " + intro
    how = [
        t("mail-how", addressee="youth" if who.is_youth else "representative"),
        t("mail-how-text", code=code),
    ]
    specials = _special_positions(request.items)
    if specials:
        nums = listing(request.language, (str(p) for p in specials))
        how.append(t("mail-special", positions=nums, first=specials[0], count=len(specials)))
    return [
        t("mail-greeting", name=who.name),
        intro,
        f"{t('mail-code-line')} {code}",
        "\x00items",
        "\n".join(how),
        t("mail-say-no"),
        t("mail-withdraw"),
        t(
            "mail-valid",
            until=date_text(request.language, request.valid_until),
            days=sender.expiry_days,
        ),
        _signature(sender, t("mail-closing")),
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
    # The catalog says the direction (an Arabic mail reads right to left as a whole: aligned
    # right, the item bar on the right); every paragraph and item takes its own direction from
    # its first strong character (dir="auto"), so a Dutch organisation name or a Latin name at
    # the start of a line does not turn an Arabic line around, and an English line that
    # starts with an Arabic name stays left to right.
    direction = text(lang, "language-direction")
    side = "right" if direction == "rtl" else "left"

    def para(text: str) -> str:
        escaped = html.escape(text).replace("\n", "<br>\n")
        strong = escaped.replace(html.escape(code), f"<strong>{html.escape(code)}</strong>")
        return f'<p dir="auto">{strong}</p>'

    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        "</head>",
        f'<body dir="{direction}" style="font-family: Arial, sans-serif; font-size: 15px; '
        f'line-height: 1.45; color: #1a1a1a; max-width: 42em; text-align: {side}">',
    ]
    for p in paragraphs:
        if p != "\x00items":
            parts.append(para(p))
            continue
        parts.append(f'<ol style="padding-{side}: 0; list-style: none">')
        for item in items:
            first, _, rest = item.text.partition("\n")
            body = html.escape(rest).replace("\n", "<br>\n")
            parts.append(
                f'<li dir="auto" style="border-{side}: 4px solid #2a6db0; padding: 4px 12px; '
                'margin: 12px 0">'
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
    earlier: Sequence[str] = (),
) -> ComposedMail:
    """Build the message; nothing is sent or stored here. `earlier`: the Message-IDs of what
    was sent to this person about this request before, oldest first — a reminder then
    carries In-Reply-To/References, so mail programs show it in the same conversation."""
    lang = resolve(request.language)
    paragraphs = _paragraphs(request, who, sender, reminder)
    plain = _plain(paragraphs, request.items)
    rich = _html(paragraphs, request.items, request.reference_code, lang)
    subject = subject_for(request, sender.organisation, reminder)
    msg, message_id = new_message(sender, who.name, who.email, subject, now, "toestemming")
    if earlier:
        msg["In-Reply-To"] = earlier[-1]
        # RFC 5322 §3.6.4: the parent's References plus its id; the first and the last few
        # suffice (a long row of reminders must not grow the header without end).
        chain = list(dict.fromkeys(earlier))
        msg["References"] = " ".join(chain if len(chain) <= 10 else [chain[0], *chain[-9:]])
    msg["Content-Language"] = lang
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rich, subtype="html", charset="utf-8", cte="quoted-printable")
    return ComposedMail(msg, message_id, subject, plain, rich, who.email)
