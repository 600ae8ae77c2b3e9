"""Reading a reply (.eml) the way mail clients really write them.

Parsed with the standard library (`email.policy.default`) but defensively: every header and
every part is read inside a guard, so a truncated, huge, wrongly encoded or hostile file gives
a `ParsedReply` with problems, never an exception and never a guess. The text the person wrote
("own text") is separated from the quoted original, because our own request contains the
example "1 ja, 2 nee" and must never be read as the answer.
"""

from __future__ import annotations

import email
import html
from dataclasses import dataclass, field
from datetime import datetime
from email import errors as mail_errors
from email.message import Message

from ..errors import Said
from ..refcode import find_reference_codes
from .reply_armor import unarmor
from .reply_attached import answer_file, attached_answer, points_to_attachment
from .reply_auto import is_automatic, is_recall, says_automatic
from .reply_envelope import EMAIL_ERRORS, armored_message, opened, sealed
from .reply_flowed import unflow
from .reply_forwarded import own_forwarded_answer
from .reply_headers import (
    POLICY,
    ReceivedMessage,
    addresses,
    all_plain,
    moment,
    msgids,
    plain_header,
    received_moment,
    safe_header,
    sender_name,
)
from .reply_html import CONTROL as _CONTROL
from .reply_html import MAX_TEXT_CHARS, html_to_text
from .reply_html import tidy as _tidy
from .reply_layout import own_text, typed_lines
from .reply_parts import parts_differ
from .reply_subject import points_to_subject, subject_answer

# Callers import these from here (the module was one before it was split by job).
__all__ = [
    "MAX_REPLY_BYTES",
    "Attachment",
    "ParsedReply",
    "html_to_text",
    "parse_reply",
    "sender_name",
]

MAX_REPLY_BYTES = 25 * 1024 * 1024  # the evidence limit
MAX_PARTS = 200

# Charsets that are in practice Windows-1252 (as every browser treats them).
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "windows-1252"}

# Defects that mean the file is cut off or damaged: an answer read from it could be a fragment.
_DAMAGE = (
    mail_errors.StartBoundaryNotFoundDefect,
    mail_errors.CloseBoundaryNotFoundDefect,
    mail_errors.MultipartInvariantViolationDefect,
    mail_errors.InvalidBase64PaddingDefect,
    mail_errors.InvalidBase64CharactersDefect,
    mail_errors.InvalidBase64LengthDefect,
)


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    size: int


@dataclass
class ParsedReply:
    message_id: str = ""
    refers_to: tuple[str, ...] = ()  # In-Reply-To and References: our sent Message-IDs
    from_address: str = ""  # lower-case addr-spec, "" when absent or unreadable
    sent_at: datetime | None = None  # the Date header (UTC), else see date_from
    # "" when sent_at is the sender's Date header; "server" when the message had none and
    # sent_at is the moment our mail server stamped on it (the topmost Received header)
    date_from: str = ""
    # Our mail server's stamp (the topmost Received header), whether or not there is a Date.
    received_at: datetime | None = None
    subject: str = ""
    text: str = ""  # the whole readable text, quotes included (shown to the worker)
    own_text: str = ""  # what the sender wrote, quotes removed (answers are read here only)
    codes_own: list[str] = field(default_factory=list)  # codes in subject and own text
    codes_quoted: list[str] = field(default_factory=list)  # codes only in quoted/forwarded text
    attachments: list[Attachment] = field(default_factory=list)
    html_only: bool = False
    reaction: bool = False  # an RFC 9078 reaction (a 👍 clicked under our mail), no answer
    answer_in_forward: bool = False  # the sender's own earlier mail, forwarded: put on top
    answer_in_html: bool = False  # the text part was only the quote; read from the HTML part
    # the answer was typed in the subject only (it is put on top of `text`, see reply_subject)
    answer_in_subject: bool = False
    # the answer was in an attached text file the body points to (put on top of `text`, see
    # reply_attached)
    answer_in_attachment: bool = False
    automatic: bool = False  # an out-of-office or other machine reply (reply_auto.py)
    problems: list[str] = field(default_factory=list)
    # Authentication-Results headers as written (sender_auth.py decides whose to believe).
    authentication_results: tuple[str, ...] = ()


def decode_part(part: Message) -> str:
    """Text of one part: transfer encoding undone, charset applied, Windows-1252 where the
    label says Latin-1 or ASCII (as browsers do), replacement characters for the rest."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = (part.get_content_charset() or "utf-8").lower()
    except Exception:
        charset = "utf-8"
    if charset in _AS_CP1252:
        charset = "cp1252"
        if not payload.isascii():
            # UTF-8 labelled Latin-1 (a webmail or a phone that sends what it has): "نعم"
            # became "Ù†Ø¹Ù…" and a clear Arabic answer nothing. Real Latin-1 text is almost
            # never valid UTF-8 as well.
            try:
                return payload.decode("utf-8").removeprefix("\ufeff")
            except UnicodeDecodeError:
                pass
    for candidate in (charset, "utf-8"):
        try:
            return payload.decode(candidate).removeprefix("\ufeff")  # a byte order mark
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", errors="replace")


def own_text_of(plain: str) -> str:
    """The sender's own words: above, below or between the quoted lines of the original,
    without signatures and disclaimers (see reply_layout)."""
    return own_text(plain)


# Where a part sits: per level, (its container is multipart/alternative, its index there).
Path = tuple[tuple[bool, int], ...]


def _leaves(msg: Message, depth: int = 0, path: Path = ()) -> list[tuple[Message, Path]]:
    """Non-multipart parts in order, each with its place in the tree, not descending into
    attached messages (message/rfc822 stays one leaf: its text is someone else's, read only
    for the reference code)."""
    if depth > 20:
        return []
    try:
        if msg.get_content_type() != "message/rfc822" and msg.is_multipart():
            payload = msg.get_payload()
            alternative = msg.get_content_type() == "multipart/alternative"
            out: list[tuple[Message, Path]] = []
            for k, sub in enumerate(payload if isinstance(payload, list) else []):
                if isinstance(sub, Message):
                    out.extend(_leaves(sub, depth + 1, (*path, (alternative, k))))
                if len(out) > MAX_PARTS:
                    break
            return out
    except Exception:
        return []
    return [(msg, path)]


def _alternatives(a: Path, b: Path) -> bool:
    """Whether two parts are two versions of one text (their nearest common container is a
    multipart/alternative), not two pieces of it (Apple Mail's text, picture, text)."""
    for x, y in zip(a, b, strict=False):
        if x != y:
            return x[0]
    return False


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except EMAIL_ERRORS:  # a cut RFC 2231 name: no name, the part is still read
        return ""


def _walk(
    msg: Message,
    reply: ParsedReply,
    quoted_texts: list[str],
    depth: int = 0,
    attached: list[str] | None = None,
) -> tuple[str, str]:
    """(plain body, html body) of the main message; texts of attached messages go to
    `quoted_texts` (a forward as attachment still carries the reference code)."""
    plain, markup = "", ""
    # Where the body's text part and HTML part were found: a later inline text part of the
    # same kind that is no alternative version of it continues the body (Apple Mail sends
    # "Ja voor alles", the photo, "behalve 2 …" as text, picture, text: only the first piece
    # was read, and item 2 got a yes nobody gave); one with a file name is an attachment.
    found: dict[str, Path] = {}
    parts = _leaves(msg)
    if len(parts) > MAX_PARTS:
        reply.problems.append(Said("reply-too-many-parts"))
        parts = parts[:MAX_PARTS]
    for part, path in parts:
        try:
            ctype = part.get_content_type()
            disposition = part.get_content_disposition()
        except Exception:
            continue
        body_at = found.get(ctype)
        piece = body_at is not None and not _alternatives(body_at, path)
        if ctype == "message/rfc822":
            if depth == 0:
                reply.attachments.append(Attachment("doorgestuurd bericht", ctype, 0))
            inner = part.get_payload()
            if depth < 3 and isinstance(inner, list) and inner and isinstance(inner[0], Message):
                p, h = _walk(inner[0], reply, quoted_texts, depth + 1)
                quoted_texts.append(
                    safe_header(inner[0], "subject") + "\n" + (p or html_to_text(h)[0])
                )
            continue
        if (
            disposition == "attachment"
            or not ctype.startswith("text/")
            or (piece and _filename(part))
        ):
            name = _filename(part)
            try:
                payload = part.get_payload(decode=True)
            except Exception:
                payload = None
            size = len(payload) if isinstance(payload, bytes) else 0
            if depth == 0:
                reply.attachments.append(Attachment(_CONTROL.sub(" ", name)[:200], ctype, size))
            if ctype.startswith("text/") and depth < 3:
                quoted_texts.append(decode_part(part)[:MAX_TEXT_CHARS])
                if depth == 0 and ctype == "text/plain" and attached is not None:
                    # a text file only (a contact card or a calendar entry is none)
                    attached.append(quoted_texts[-1] if answer_file(name) else "")
            continue
        if disposition == "reaction" and depth == 0:
            reply.reaction = True  # RFC 9078: an emoji clicked under the request
        if ctype not in ("text/plain", "text/html") or not (body_at is None or piece):
            continue
        found.setdefault(ctype, path)
        if ctype == "text/plain":
            text = decode_part(part)[:MAX_TEXT_CHARS]
            if _param(part, "format") == "flowed":
                text = unflow(text, _param(part, "delsp") == "yes")
            text = unarmor(text)
            plain = f"{plain}\n{text}"[:MAX_TEXT_CHARS] if piece else text
            shown = "<br>".join(html.escape(line) for line in text.split("\n"))
        else:
            shown = decode_part(part)[: MAX_TEXT_CHARS * 4]
            markup = f"{markup}<br>{shown}"[: MAX_TEXT_CHARS * 4] if piece else shown
            text = html_to_text(shown)[0] if piece else ""
        # A piece under a whole alternative (a footer a mail server put below it) goes on
        # under both versions: the text part and the HTML part still say the same.
        other = "text/html" if ctype == "text/plain" else "text/plain"
        if piece and other in found and not _alternatives(found[other], path):
            if other == "text/html":
                markup = f"{markup}<br>{shown}"[: MAX_TEXT_CHARS * 4]
            else:
                plain = f"{plain}\n{text}"[:MAX_TEXT_CHARS]
    return plain, markup


def _param(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:  # a malformed Content-Type must not break reading
        return ""
    return value.strip().lower() if isinstance(value, str) else ""


def _damaged(msg: Message) -> bool:
    try:
        for part in [msg, *(leaf for leaf, _ in _leaves(msg))]:
            if any(isinstance(d, _DAMAGE) for d in part.defects):
                return True
            if part.get_content_type() != "message/rfc822" and part.is_multipart():
                continue
            payload = part.get_payload(decode=True)  # decoding adds base64 defects
            if any(isinstance(d, _DAMAGE) for d in part.defects) and payload is not None:
                return True
        # A multipart's own defects are set on the container; look at every container too.
        for part in msg.walk():
            if any(isinstance(d, _DAMAGE) for d in part.defects):
                return True
    except Exception:
        return True
    return False


def parse_reply(raw: bytes) -> ParsedReply:
    """Read one message. Never raises; unreadable parts are noted in `problems`."""
    reply = ParsedReply()
    if not isinstance(raw, bytes) or not raw.strip():
        reply.problems.append(Said("reply-file-empty"))
        return reply
    if len(raw) > MAX_REPLY_BYTES:
        reply.problems.append(Said("reply-file-too-large", megabytes=MAX_REPLY_BYTES // 2**20))
        return reply
    try:
        msg = email.message_from_bytes(raw, _class=ReceivedMessage, policy=POLICY)
    except Exception:
        reply.problems.append(Said("reply-not-a-message"))
        return reply
    reply.message_id = (msgids(plain_header(msg, "message-id")) or ("",))[0]
    reply.refers_to = msgids(
        plain_header(msg, "in-reply-to") + " " + plain_header(msg, "references")
    )
    reply.authentication_results = all_plain(msg, "authentication-results")
    senders = addresses(plain_header(msg, "from"))
    if len(senders) == 1:
        reply.from_address = senders[0]
    reply.subject = " ".join(plain_header(msg, "subject").split())[:500]
    date_raw = plain_header(msg, "date")
    if date_raw:
        reply.sent_at = moment(date_raw)
    reply.received_at = received_moment(msg)
    if reply.sent_at is None:
        reply.sent_at = reply.received_at
        reply.date_from = "server" if reply.sent_at is not None else ""
    if is_automatic(msg, reply.subject):
        reply.automatic = True
        reply.problems.append(Said("reply-automatic"))
    quoted_texts: list[str] = []
    attached: list[str] = []  # the sender's own text files (not those of attached messages)
    body = opened(msg) or msg  # an opaque S/MIME signature's content
    try:
        plain, markup = _walk(body, reply, quoted_texts, attached=attached)
    except Exception:
        plain, markup = "", ""
        reply.problems.append(Said("reply-part-damaged"))
    if _damaged(msg):
        reply.problems.append(Said("reply-message-damaged"))
    if plain.strip():
        reply.text = _tidy(plain)
        reply.own_text = own_text_of(reply.text)
        html = html_to_text(markup) if markup.strip() else ("", "")
        if not reply.own_text.strip() and html[1].strip():
            # The text part is only the quoted request (a client that rebuilt it from the
            # message replied to), the HTML part the parent typed in has words of their own:
            # read those (the answer was left unread, with no word to the worker).
            reply.text, reply.own_text = html
            reply.answer_in_html = True
        elif html[1].strip() and parts_differ((reply.text, reply.own_text), html):
            reply.problems.append(Said("reply-parts-differ"))
    elif markup.strip():
        reply.html_only = True
        reply.text, reply.own_text = html_to_text(markup)
    if not reply.text.strip() or armored_message(reply.own_text):
        why = sealed(msg) or ("encrypted" if armored_message(reply.text) else "")
        reply.problems.append(Said(f"reply-{why}" if why else "reply-no-text"))
    elif not typed_lines(reply.text) and (why := sealed(body)):
        # Only our quoted request beside winmail.dat or an encrypted part, not a line typed:
        # the answer may be in what cannot be read (nothing was read, nothing was told).
        reply.problems.append(Said(f"reply-{why}"))
    elif not reply.automatic and (
        is_recall(reply.subject, reply.text) or says_automatic(reply.own_text)
    ):
        reply.automatic = True
        reply.problems.append(Said("reply-automatic"))
    if reply.reaction and not reply.automatic:
        # A 👍 clicked under the request in Gmail or Apple Mail says "seen" or "liked", not
        # which items may be shared: like an out-of-office, no item is proposed from it.
        reply.automatic = True
        reply.problems.append(Said("reply-reaction"))
    if not reply.automatic and points_to_subject(reply.own_text):
        said = subject_answer(reply.subject)
        if said:
            reply.text = f"{said}\n\n{reply.text}"
            reply.own_text = f"{said}\n\n{reply.own_text}".strip()
            reply.answer_in_subject = True
    if not reply.automatic and points_to_attachment(reply.own_text):
        said = _tidy(attached_answer(attached))
        if said:
            reply.text = f"{said}\n\n{reply.text}"
            reply.own_text = f"{said}\n\n{reply.own_text}".strip()
            reply.answer_in_attachment = True
    if not (reply.automatic or reply.answer_in_subject or reply.answer_in_attachment):
        said = own_forwarded_answer(reply.text, reply.own_text, reply.from_address)
        if said:
            reply.text = f"{said}\n\n{reply.text}"
            reply.own_text = f"{said}\n\n{reply.own_text}".strip()
            reply.answer_in_forward = True
    own_codes = find_reference_codes(reply.subject + "\n" + reply.own_text)
    reply.codes_own = own_codes
    rest = find_reference_codes(reply.text + "\n" + "\n".join(quoted_texts)[:MAX_TEXT_CHARS])
    reply.codes_quoted = [c for c in rest if c not in own_codes]
    return reply
