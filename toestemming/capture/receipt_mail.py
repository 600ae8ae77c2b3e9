"""The receipt e-mail after signing on the tablet: a short message in the signer's language
(any language with a catalog, else Dutch) with the receipt PDF attached. Built here, sent with capture.smtp, stored
as evidence by usecases/signing.py."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from ..language import resolve, text
from .compose import ComposedMail, Sender, new_message


@dataclass(frozen=True)
class ReceiptAddressee:
    name: str
    email: str
    is_youth: bool  # the youth is addressed with "je", a parent or guardian with "u"
    language: str  # the language the signer used on the tablet


def _addressee(who: ReceiptAddressee) -> str:
    return "youth" if who.is_youth else "representative"


def receipt_subject(
    language: str, organisation: str, code: str, withdrawal: bool, addressee: str
) -> str:
    """`addressee`: "youth" or "representative", the catalog's voice for the reader (Dutch:
    "je" or "u"), in the subject as in the body."""
    args = {
        "withdrawal": "yes" if withdrawal else "no",
        "organisation": organisation,
        "addressee": addressee,
    }
    if code:
        return text(language, "receipt-subject-code", code=code, **args)
    return text(language, "receipt-subject", **args)


def _body(who: ReceiptAddressee, sender: Sender, code: str, withdrawal: bool) -> str:
    t = functools.partial(text, who.language)
    addressee = _addressee(who)
    code_part = t("receipt-code-part", code=code) if code else ""
    what = t(
        "receipt-what",
        withdrawal="yes" if withdrawal else "no",
        addressee=addressee,
        organisation=sender.organisation,
        code_part=code_part,
    )
    lines = [
        t("mail-greeting", name=who.name),
        what + " " + t("receipt-keep", addressee=addressee),
        t("receipt-withdraw", addressee=addressee),
        "\n".join([t("mail-closing"), sender.worker_name, sender.organisation]),
    ]
    if sender.contact_text:
        lines[-1] += "\n" + sender.contact_text
    return "\n\n".join(lines) + "\n"


def compose_receipt(
    who: ReceiptAddressee,
    sender: Sender,
    reference_code: str,
    pdf: bytes,
    filename: str,
    now: datetime,
    *,
    withdrawal: bool = False,
) -> ComposedMail:
    """Build the message; nothing is sent or stored here."""
    lang = resolve(who.language)
    subject = receipt_subject(
        lang, sender.organisation, reference_code, withdrawal, _addressee(who)
    )
    plain = _body(who, sender, reference_code, withdrawal)
    msg, message_id = new_message(sender, who.name, who.email, subject, now, "toestemming-receipt")
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    # After add_attachment: making the message multipart moves Content-* headers to the text.
    msg["Content-Language"] = lang
    return ComposedMail(msg, message_id, subject, plain, "", who.email)
