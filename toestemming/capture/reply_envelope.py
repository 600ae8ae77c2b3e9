"""The envelopes of modern mail around a reply: S/MIME and PGP, Outlook's winmail.dat.

- S/MIME opaque-signed (application/pkcs7-mime; smime-type=signed-data, a "smime.p7m"): the
  reply is inside the signature's DER/BER structure. It is taken out (the signature is not
  checked — a clear-signed multipart/signed reply is read the same way) and read as the message.
  Before, it was "Het bericht heeft geen tekst." with the parent's clear answer inside.
- Encrypted (S/MIME enveloped-data, PGP/MIME multipart/encrypted, an armored PGP MESSAGE) and
  Outlook's TNEF (winmail.dat) with no text beside it: nothing can be read here, and the worker
  is told why ("versleuteld", "winmail.dat") instead of "geen tekst".

Never raises: a broken structure gives None (the message is read as it is).
"""

from __future__ import annotations

import email
from email.errors import MessageError
from email.message import Message

from .reply_headers import POLICY, ReceivedMessage

_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
_MAX_DEPTH = 12
_PKCS7 = ("application/pkcs7-mime", "application/x-pkcs7-mime")
_SEALED = ("enveloped-data", "authenveloped-data")


class _Bad(Exception):
    pass


# What Python's email package raises on hostile input, where reading it here asks (found by
# fuzzing content types, parameters and whole messages, s25): IndexError from the header
# parser on a cut RFC 2231 parameter ("name*0*", a lone "*0*"), RecursionError from a message
# nested a few thousand levels deep. ValueError (and UnicodeError), LookupError (a charset
# nobody knows) and MessageError (HeaderParseError) are what the package documents or raises
# for a damaged header. Anything else is a bug of ours and is not hidden here.
EMAIL_ERRORS = (IndexError, RecursionError, ValueError, LookupError, MessageError)


def _tlv(data: bytes, pos: int, end: int) -> tuple[int, int, int, int]:
    """(tag byte, content start, content end, next position) of one BER element; an
    indefinite length ends at its 00 00 (content end before it)."""
    if pos + 2 > end:
        raise _Bad
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise _Bad  # high tag numbers: not in a SignedData we read
    first = data[pos + 1]
    pos += 2
    if first == 0x80:
        if not tag & 0x20:
            raise _Bad
        start, p = pos, pos
        while True:
            if p + 2 > end:
                raise _Bad
            if data[p] == 0 and data[p + 1] == 0:
                return tag, start, p, p + 2
            p = _tlv(data, p, end)[3]
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4 or pos + n > end:
            raise _Bad
        length = int.from_bytes(data[pos : pos + n], "big")
        pos += n
    else:
        length = first
    if pos + length > end:
        raise _Bad
    return tag, pos, pos + length, pos + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out, p = [], start
    while p < end:
        tag, s, e, p = _tlv(data, p, end)
        out.append((tag, s, e))
    return out


def _octets(data: bytes, tag: int, start: int, end: int, depth: int = 0) -> bytes:
    """An OCTET STRING's bytes, constructed (BER chunks) or not."""
    if depth > _MAX_DEPTH:
        raise _Bad
    if tag == 0x04:
        return data[start:end]
    if tag == 0x24:
        return b"".join(
            _octets(data, t, s, e, depth + 1) for t, s, e in _children(data, start, end)
        )
    raise _Bad


def signed_content(der: bytes) -> bytes | None:
    """The content an opaque S/MIME signature carries (the MIME entity signed), or None."""
    try:
        tag, s, e, _ = _tlv(der, 0, len(der))
        if tag != 0x30:
            return None
        info = _children(der, s, e)
        if len(info) < 2 or der[info[0][1] : info[0][2]] != _SIGNED_DATA or info[1][0] != 0xA0:
            return None
        (t, s, e), *_ = _children(der, info[1][1], info[1][2])
        if t != 0x30:
            return None
        fields = _children(der, s, e)
        encap = fields[2] if len(fields) > 2 and fields[2][0] == 0x30 else None
        if encap is None:
            return None
        inner = _children(der, encap[1], encap[2])
        if len(inner) < 2 or inner[1][0] != 0xA0:
            return None
        (t, s, e), *_ = _children(der, inner[1][1], inner[1][2])
        return _octets(der, t, s, e)
    except (_Bad, IndexError, ValueError):
        return None


def _ctype(part: Message) -> str:
    try:
        return part.get_content_type()
    except EMAIL_ERRORS:
        return ""


def _param(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except EMAIL_ERRORS:
        return ""
    return value.strip().lower() if isinstance(value, str) else ""


def opened(msg: Message) -> Message | None:
    """The message inside an opaque S/MIME signature, or None (not one, or unreadable)."""
    if _ctype(msg) not in _PKCS7 or _param(msg, "smime-type") in _SEALED:
        return None
    try:
        der = msg.get_payload(decode=True)
    except EMAIL_ERRORS:
        return None
    if not isinstance(der, bytes):
        return None
    content = signed_content(der)
    if content is None:
        return None
    try:
        inner: Message = email.message_from_bytes(content, _class=ReceivedMessage, policy=POLICY)
    except EMAIL_ERRORS:
        return None
    # the signed entity has the body's headers only; the envelope's headers stay the outer's
    return inner


def sealed(msg: Message) -> str:
    """Why a message without readable text cannot be read: "encrypted", "tnef", or ""."""
    try:
        parts = list(msg.walk())
    except EMAIL_ERRORS:
        return ""
    for part in parts:
        ctype = _ctype(part)
        if ctype == "multipart/encrypted" or ctype == "application/pgp-encrypted":
            return "encrypted"
        if ctype in _PKCS7:
            return "encrypted"
        if ctype == "application/ms-tnef":
            return "tnef"
        if ctype == "application/octet-stream":
            try:
                name = (part.get_filename() or "").lower()
            except EMAIL_ERRORS:
                name = ""
            if name == "winmail.dat":
                return "tnef"
            if name.endswith(".p7m"):
                return "encrypted"
    return ""


def armored_message(text: str) -> bool:
    """An inline PGP-encrypted body ("-----BEGIN PGP MESSAGE-----"): no words to read."""
    return "-----BEGIN PGP MESSAGE-----" in text
