"""Answering by app: pre-filled reply links for a QR code, and received app messages.

The youth scans the code with their own phone; it opens a reply in mail, SMS or WhatsApp with
the reference code and one line per item ("1: ja / nee") to edit. An unedited line reads as
both yes and no, so a message sent without choosing records nothing.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

import qrcode
import qrcode.constants

from ..clock import to_iso
from ..language import text
from ..model import ConsentRequest
from .settings import phone_digits

# A QR code is read at arm's length from a screen or paper: medium error correction keeps
# the symbol small enough for a dozen items while surviving a smudge or glare.
_ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_M


@dataclass(frozen=True)
class AppLinks:
    mailto: str
    sms: str
    whatsapp: str
    text: str  # the pre-filled message itself


def reply_template(request: ConsentRequest) -> str:
    lines = [f"Code {request.reference_code}"]
    lines += [text(request.language, "app-answer", position=i.position) for i in request.items]
    if any(i.has_special_categories for i in request.items):
        lines.append(text(request.language, "app-special"))
    return "\n".join(lines)


def _q(text: str) -> str:
    # RFC 6068/5724: percent-encode everything but unreserved characters; newline as %0A.
    return quote(text, safe="")


def app_links(
    request: ConsentRequest, subject: str, reply_address: str, app_number: str
) -> AppLinks:
    text = reply_template(request)
    mailto = (
        f"mailto:{reply_address}?subject={_q(subject)}&body={_q(text)}" if reply_address else ""
    )
    digits = phone_digits(app_number) if app_number else ""
    sms = f"sms:+{digits}?body={_q(text)}" if digits else ""
    whatsapp = f"https://wa.me/{digits}?text={_q(text)}" if digits else ""
    return AppLinks(mailto, sms, whatsapp, text)


def mailto_link(to: str, subject: str, body: str) -> str:
    """Hands a composed message to the default mail client (long bodies may be cut by some
    clients; the worker sees the message before sending)."""
    return f"mailto:{quote(to, safe='@')}?subject={_q(subject)}&body={_q(body)}"


def qr_png(data: str, box_size: int = 8) -> bytes:
    qr = qrcode.QRCode(error_correction=_ERROR_CORRECTION, box_size=box_size, border=4)
    qr.add_data(data.encode("utf-8"))
    qr.make(fit=True)
    image = qr.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class AppMessage:
    """A message received on the organisation's phone, typed or pasted in by the worker."""

    sender_number: str
    received_at: datetime
    text: str
    channel_label: str = "app"  # "sms", "whatsapp", "signal", …
    screenshot_sha256: str = ""
    screenshot_media_type: str = ""

    def record_bytes(self) -> bytes:
        """The evidence record: canonical JSON; the screenshot enters through its hash."""
        return json.dumps(
            {
                "type": "app-message",
                "sender_number": self.sender_number,
                "received_at": to_iso(self.received_at),
                "channel": self.channel_label,
                "text": self.text,
                "screenshot_sha256": self.screenshot_sha256,
                "screenshot_media_type": self.screenshot_media_type,
            },
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
