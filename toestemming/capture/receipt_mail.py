"""The receipt e-mail after signing on the tablet: a short message in the signer's language
(Dutch or English) with the receipt PDF attached. Built here, sent with capture.smtp, stored
as evidence by usecases/signing.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .compose import ComposedMail, Sender, new_message


@dataclass(frozen=True)
class ReceiptAddressee:
    name: str
    email: str
    is_youth: bool  # the youth is addressed with "je", a parent or guardian with "u"
    language: str  # the language the signer used on the tablet


def receipt_subject(language: str, organisation: str, code: str, withdrawal: bool) -> str:
    if language == "en":
        head = "Confirmation of your withdrawal" if withdrawal else "Your receipt"
    else:
        head = "Bevestiging van je intrekking" if withdrawal else "Je ontvangstbewijs"
    return f"{head} – {organisation}" + (f" – code {code}" if code else "")


def _body(who: ReceiptAddressee, sender: Sender, code: str, withdrawal: bool) -> str:
    code_part = f" (code {code})" if code else ""
    if who.language == "en":
        what = (
            "Attached is the confirmation of the consent you withdrew"
            if withdrawal
            else "Attached is the receipt of what you signed"
        )
        lines = [
            f"Dear {who.name},",
            f"{what} today at {sender.organisation}{code_part}. Please keep it.",
            "You can withdraw consent at any time, without a reason: tell your counsellor, or "
            "send an e-mail or app message with the code.",
            "\n".join(["Kind regards,", sender.worker_name, sender.organisation]),
        ]
    else:
        you, your = ("je", "je") if who.is_youth else ("u", "uw")
        what = (
            f"In de bijlage staat de bevestiging van de toestemming die {you} vandaag bij "
            f"{sender.organisation} hebt ingetrokken{code_part}."
            if withdrawal
            else f"In de bijlage staat het ontvangstbewijs van wat {you} vandaag bij "
            f"{sender.organisation} hebt ondertekend{code_part}."
        )
        lines = [
            f"Beste {who.name},",
            what + (" Bewaar het goed." if who.is_youth else " Bewaart u het goed?"),
            f"Intrekken kan altijd, zonder reden: zeg het tegen {your} begeleider, of stuur een "
            "mail of appje met de code.",
            "\n".join(["Met vriendelijke groet,", sender.worker_name, sender.organisation]),
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
    lang = "en" if who.language == "en" else "nl"
    subject = receipt_subject(lang, sender.organisation, reference_code, withdrawal)
    plain = _body(who, sender, reference_code, withdrawal)
    msg, message_id = new_message(sender, who.name, who.email, subject, now, "toestemming-receipt")
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    # After add_attachment: making the message multipart moves Content-* headers to the text.
    msg["Content-Language"] = lang
    return ComposedMail(msg, message_id, subject, plain, "", who.email)
