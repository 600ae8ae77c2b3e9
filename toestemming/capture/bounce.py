"""Delivery reports (bounces, RFC 3464): which addresses a returned message could not reach.

A bounce is already known to be a machine's message (reply_auto.py): nothing is read from it
as an answer. What the worker needs besides is *that the request never arrived, and where*:
a mistyped parent's address otherwise waits in silence until the request expires. Read from
the report's own fields (`Final-Recipient` with `Action: failed`) and the `X-Failed-Recipients`
header Exim and Gmail write; never from the free text, which any sender can write.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import HeaderParser

MAX_ADDRESSES = 5  # a report about more is not about one of our requests
_MAX_PARTS = 10  # a report has three parts; a hostile one with 500 is not walked
_MSGID = re.compile(r"^<[^<>\s]{1,250}>$")
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]{1,64}@[^@\s<>\"(),;:]{1,190}$")


@dataclass(frozen=True)
class Bounce:
    failed: tuple[str, ...]  # lower case, at most MAX_ADDRESSES
    # The Message-ID of the returned message (its headers come back in the report): which
    # request bounced when the Subject lost the code (Postfix writes its own).
    returned_ids: tuple[str, ...] = ()


def read_bounce(raw: bytes) -> Bounce | None:
    """What a delivery report says failed; None for anything else, and for anything
    unreadable (never raises)."""
    try:
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        found = _header_addresses(msg) + _report_addresses(msg)
        returned = _returned_ids(msg)
    except Exception:  # a hostile message must not break reading the inbox
        return None
    out: list[str] = []
    for address in found:
        address = address.strip().strip("<>").lower()
        if _ADDRESS.match(address) and address not in out:
            out.append(address)
    return Bounce(tuple(out[:MAX_ADDRESSES]), returned) if out else None


def _returned_ids(msg: Message) -> tuple[str, ...]:
    if msg.get_content_type() != "multipart/report":
        return ()
    parts = msg.get_payload()
    ids: list[str] = []
    for part in parts[:_MAX_PARTS] if isinstance(parts, list) else []:
        head = _returned_head(part) if isinstance(part, Message) else None
        value = str(head.get("Message-ID", "")).strip() if head is not None else ""
        if _MSGID.match(value):
            ids.append(value)
    return tuple(ids[:MAX_ADDRESSES])


def _returned_head(part: Message) -> Message | None:
    """The returned message's headers: a text/rfc822-headers part or a message/rfc822."""
    kind = part.get_content_type()
    if kind == "text/rfc822-headers":
        body = part.get_payload(decode=True)
        text = body.decode("ascii", "replace") if isinstance(body, bytes) else ""
        return HeaderParser().parsestr(text[:20000])
    inner = part.get_payload() if kind == "message/rfc822" else None
    if isinstance(inner, list) and inner and isinstance(inner[0], Message):
        return inner[0]
    return None


def _header_addresses(msg: Message) -> list[str]:
    values = msg.get_all("X-Failed-Recipients") or []
    return [a for v in values[:3] for a in re.split(r"[,\s]+", str(v)) if a]


def _report_addresses(msg: Message) -> list[str]:
    if msg.get_content_type() != "multipart/report":
        return []
    parts = msg.get_payload()
    if not isinstance(parts, list):
        return []
    found: list[str] = []
    for part in parts[:_MAX_PARTS]:
        if not isinstance(part, Message) or part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        # The first block is about the reporting server; each further one about a recipient.
        for block in blocks[:_MAX_PARTS]:
            if not isinstance(block, Message):
                continue
            action = str(block.get("Action", "")).strip().lower()
            recipient = str(block.get("Final-Recipient", ""))
            kind, _, address = recipient.partition(";")
            if action == "failed" and kind.strip().lower() == "rfc822":
                found.append(address)
    return found
