"""Reading a reply (.eml) the way mail clients really write them.

Parsed with the standard library (`email.policy.default`) but defensively: every header and
every part is read inside a guard, so a truncated, huge, wrongly encoded or hostile file gives
a `ParsedReply` with problems, never an exception and never a guess. The text the person wrote
("own text") is separated from the quoted original, because our own request contains the
example "1 ja, 2 nee" and must never be read as the answer.
"""

from __future__ import annotations

import email
import email.parser
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors as mail_errors
from email import headerregistry, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from ..errors import Said
from ..refcode import find_reference_codes
from .reply_armor import unarmor
from .reply_auto import is_automatic, is_recall, says_automatic
from .reply_flowed import unflow
from .reply_layout import own_text
from .reply_parts import parts_differ

MAX_REPLY_BYTES = 25 * 1024 * 1024  # the evidence limit
MAX_TEXT_CHARS = 200_000  # shown and searched; a real reply is far shorter
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _HeaderClasses(headerregistry.HeaderRegistry):
    """The standard registry makes a new class for every header it parses (a `type()` call
    each time, most of the time of reading a reply); making each once parses exactly the
    same, several times faster."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type[headerregistry.BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[headerregistry.BaseHeader]:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


_NOT_CACHED = object()


class _Message(EmailMessage):
    """A received message, read only: each header is parsed once (the stdlib parses it again
    on every access, and a content type is asked for many times while reading one reply)."""

    def get(self, name: str, failobj: Any = None) -> Any:
        cache: dict[str, Any] = self.__dict__.setdefault("_parsed", {})
        key = name.lower()
        value = cache.get(key, _NOT_CACHED)
        if value is _NOT_CACHED:
            value = super().get(name, _NOT_CACHED)
            cache[key] = value
        return failobj if value is _NOT_CACHED else value

    def set_raw(self, name: str, value: Any) -> None:
        self.__dict__.pop("_parsed", None)
        super().set_raw(name, value)

    def __setitem__(self, name: str, val: Any) -> None:
        self.__dict__.pop("_parsed", None)
        super().__setitem__(name, val)

    def __delitem__(self, name: str) -> None:
        self.__dict__.pop("_parsed", None)
        super().__delitem__(name)


_POLICY = policy.default.clone(header_factory=_HeaderClasses(), message_factory=_Message)


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
    automatic: bool = False  # an out-of-office or other machine reply (reply_auto.py)
    problems: list[str] = field(default_factory=list)
    # Authentication-Results headers as written (sender_auth.py decides whose to believe).
    authentication_results: tuple[str, ...] = ()


def _safe_header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # malformed header: the stdlib parser may raise on access
        return ""
    if value is None:
        return ""
    try:
        return _CONTROL.sub(" ", str(value))[:2000]
    except Exception:
        return ""


_FOLD = re.compile(r"\r?\n(?=[ \t])")


def _plain_header(msg: Message, name: str) -> str:
    """A header whose ASCII text is all that is needed (ids, date, addresses, a subject
    without encoded words), taken as written: policy.default's header objects cost more than
    all the rest of reading a reply. Anything else goes the standard way."""
    try:
        raw = next((v for k, v in msg.raw_items() if k.lower() == name), None)
    except Exception:
        return _safe_header(msg, name)
    if raw is None:
        return ""
    if not isinstance(raw, str) or not raw.isascii() or "=?" in raw:
        return _safe_header(msg, name)
    return _unfolded(raw, 2000)


def _unfolded(raw: str, limit: int) -> str:
    """A raw header value on one line, control characters blanked, at most `limit` long."""
    return _CONTROL.sub(" ", _FOLD.sub("", raw)).strip()[:limit]


def _all_plain(msg: Message, name: str, limit: int = 50) -> tuple[str, ...]:
    """Every header `name`, unfolded, as written (ASCII; others are left out: a server's
    results are ASCII), at most `limit` of them."""
    try:
        values = [v for k, v in msg.raw_items() if k.lower() == name][:limit]
    except Exception:
        return ()
    return tuple(_unfolded(v, 8000) for v in values if isinstance(v, str) and v.isascii())


def _addresses(raw: str) -> list[str]:
    try:
        pairs = getaddresses([raw])
    except Exception:
        return []
    return [addr.strip().lower() for _name, addr in pairs if "@" in addr]


def _msgids(raw: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(re.findall(r"<[^<>\s]{1,250}>", raw)))


def sender_name(raw: bytes) -> str:
    """The display name in the From header ("Sam" in "Sam <sam@…>"), as written: untrusted
    text (it may contain markup), for showing as plain text only. "" when absent."""
    try:
        head = email.parser.BytesHeaderParser(policy=_POLICY).parsebytes(
            raw[:64_000], headersonly=True
        )
        pairs = getaddresses([_safe_header(head, "from")])
    except Exception:  # a hostile header must never break the import
        return ""
    return " ".join(pairs[0][0].split())[:200] if len(pairs) == 1 else ""


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
    for candidate in (charset, "utf-8"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", errors="replace")


class _HtmlText(HTMLParser):
    """HTML → text the way a mail client shows it as plain text: what sits inside a quote
    (blockquote, Outlook's block after the reply header) gets "> " before each line, so the
    same reading of quotes and inline answers applies as for a text/plain message."""

    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol", "hr"}
    )
    # Gmail's and Thunderbird's quotes are blockquotes; their "Op … schreef:" line stays text
    # (it is recognised as a quote header), so answers typed between blockquotes are read.
    _QUOTE_MARKERS = (
        "divrplyfwdmsg",
        "appendonsend",
        "yahoo_quoted",
        "outlookmessageheader",
        "mailoriginal",
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[str, int]] = []  # (text, quote depth)
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, opened a quote, strikes through)
        self._quote_depth = 0
        self._quoted_after = False  # Outlook puts the original after a marker, not inside it
        self._skip = 0
        self._pre = 0
        self._had_pre = False
        self._line_start = True  # nothing but spaces since the last line break
        self._soft_p: list[bool] = []  # per open <p>: Outlook's MsoNormal (no margins)
        # Outlook on the web / Outlook.com: "P {margin-top:0;margin-bottom:0;}" in the head,
        # every typed line a <p>: lines, not paragraphs ("Ja" / "maar niet voor 2" is one answer)
        self._p_margin_free = False
        # per open list: the next number of an <ol>'s item (None: a <ul>). Gmail and Apple
        # Mail turn a typed "1. ja" into <ol><li>ja</li>: without the number no item is named.
        self._lists: list[int | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
            self._stack.append((tag, False, False))
            return
        names = " ".join((v or "") for k, v in attrs if k in ("class", "id", "type")).lower()
        quote = tag == "blockquote" or any(m in names for m in self._QUOTE_MARKERS)
        if any(m in names for m in ("divrplyfwdmsg", "appendonsend", "outlookmessageheader")):
            self._quoted_after = True
        style = "".join((v or "") for k, v in attrs if k == "style").lower().replace(" ", "")
        soft_p = tag == "p" and ("msonormal" in names or self._p_margin_free or _margin_free(style))
        if tag in self._BLOCK:
            self._block_break(tag, "msonormal" if soft_p else names)
        if tag in ("ol", "ul"):
            self._lists.append(_list_start(attrs) if tag == "ol" else None)
        elif tag == "li" and self._lists and self._lists[-1] is not None and not self._skip:
            self._text(f"{self._lists[-1]}. ")
            self._lists[-1] += 1
        elif tag in ("td", "th") and not self._line_start:
            self._text(" ")  # cells side by side: "1" and "ja" are two words
        if tag in _VOID:
            if tag == "hr":
                self._quoted_after = self._quoted_after or not self._quote_depth
            return
        self._stack.append((tag, quote, tag in ("s", "strike", "del") or "line-through" in style))
        if tag == "p":
            self._soft_p.append(soft_p)
        if quote:
            self._quote_depth += 1
        if tag in ("pre", "textarea", "plaintext"):
            self._pre += 1
            self._had_pre = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>" (GMX, web.de, XHTML) is one line break, not a start and an end tag with a
        # break each: the default would turn every line of a header block into a paragraph.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag; browsers are forgiving and so are we.
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for t, q, _ in self._stack[i:]:
                    if q:
                        self._quote_depth -= 1
                    if t in ("pre", "textarea", "plaintext"):
                        self._pre -= 1
                    if t in ("script", "style", "head", "title"):
                        self._skip -= 1
                del self._stack[i:]
                break
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        if tag in self._BLOCK:
            self._block_break(tag, "msonormal" if tag == "p" and self._pop_soft_p() else "")

    def _block_break(self, tag: str, names: str) -> None:
        """A <div> (and Outlook's margin-less MsoNormal paragraph) starts a new line, as a
        browser shows it: two divs in a row are two lines, not two paragraphs ("Ja" and
        "maar niet voor 2" typed on two lines stay one answer). <br> always breaks, so an
        empty line (<div><br></div>) stays empty; other blocks keep their blank line."""
        soft = tag == "div" or (tag == "p" and "msonormal" in names)
        if soft and self._line_start:
            return
        self._text("\n")

    def _pop_soft_p(self) -> bool:
        return self._soft_p.pop() if self._soft_p else False

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self._stack and self._stack[-1][0] == "style" and _P_NO_MARGIN.search(data):
                self._p_margin_free = True
            return
        # A line break in the HTML source is a space, as a browser shows it (Outlook writes
        # "maar niet\r\nvoor 2" inside one paragraph); only <pre> keeps its lines.
        text = data if self._pre else _HTML_SPACE.sub(" ", data)
        if any(struck for _, _, struck in self._stack):
            # Struck-through text is shown struck through (a combining stroke after each
            # character), and the reader never takes it for the word: "ja / <s>nee</s>".
            text = "".join(c if c.isspace() else c + "\u0336" for c in text)
        self._text(text)

    def _text(self, data: str) -> None:
        self.chunks.append((data, self._quote_depth + (1 if self._quoted_after else 0)))
        if data.strip(" "):  # the source's line breaks between tags are spaces
            self._line_start = data.rstrip(" ").endswith("\n")

    def lines(self) -> str:
        out: list[str] = []
        parts: list[str] = []
        depth = 0
        # A browser shows no space at the start of a line (the source's line breaks between
        # tags are spaces); only <pre> keeps its indentation.
        lead = "" if self._had_pre else " "
        for data, d in self.chunks:
            pieces = data.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    out.append(_quoted("".join(parts).lstrip(lead), depth))
                    parts, depth = [], 0
                parts.append(piece)
                if piece.strip():
                    depth = max(depth, d)
        out.append(_quoted("".join(parts).lstrip(lead), depth))
        return "\n".join(out)


def _list_start(attrs: list[tuple[str, str | None]]) -> int:
    """An <ol>'s first number (start="3"), 1 when absent or not a small number."""
    value = next((v for k, v in attrs if k == "start"), None) or "1"
    return int(value) if value.isdigit() and len(value) <= 4 else 1


def _margin_free(style: str) -> bool:
    """An inline style without a paragraph's gap below: "margin-bottom:0", "margin:0"."""
    return bool(re.search(r"margin(?:-bottom)?:0(?:px|pt|cm|em)?(?:;|$)", style))


_P_NO_MARGIN = re.compile(r"(?:^|[\s,}])p\s*\{[^}]*margin-bottom\s*:\s*0", re.IGNORECASE)
_VOID = frozenset({"br", "hr", "img", "meta", "input", "wbr"})
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # not \s: a no-break space stays what it is


def _quoted(line: str, depth: int) -> str:
    if not depth or not line.strip():
        return line
    return "> " * min(depth, 8) + line.strip()


def html_to_text(markup: str) -> tuple[str, str]:
    """(whole text with quoted lines marked "> ", the sender's own words)."""
    parser = _HtmlText()
    try:
        parser.feed(markup[: MAX_TEXT_CHARS * 4])
        parser.close()
    except Exception:  # HTMLParser is lenient, but hostile markup must never crash the import
        pass
    whole = _tidy(parser.lines())
    return whole, own_text_of(whole)


def _tidy(text: str) -> str:
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return "\n".join(out).strip()[:MAX_TEXT_CHARS]


def own_text_of(plain: str) -> str:
    """The sender's own words: above, below or between the quoted lines of the original,
    without signatures and disclaimers (see reply_layout)."""
    return own_text(plain)


def _leaves(msg: Message, depth: int = 0) -> list[Message]:
    """Non-multipart parts in order, not descending into attached messages (message/rfc822
    stays one leaf: its text is someone else's, read only for the reference code)."""
    if depth > 20:
        return []
    try:
        if msg.get_content_type() != "message/rfc822" and msg.is_multipart():
            payload = msg.get_payload()
            out: list[Message] = []
            for sub in payload if isinstance(payload, list) else []:
                if isinstance(sub, Message):
                    out.extend(_leaves(sub, depth + 1))
                if len(out) > MAX_PARTS:
                    break
            return out
    except Exception:
        return []
    return [msg]


def _walk(
    msg: Message, reply: ParsedReply, quoted_texts: list[str], depth: int = 0
) -> tuple[str, str]:
    """(plain body, html body) of the main message; texts of attached messages go to
    `quoted_texts` (a forward as attachment still carries the reference code)."""
    plain, markup = "", ""
    parts = _leaves(msg)
    if len(parts) > MAX_PARTS:
        reply.problems.append(Said("reply-too-many-parts"))
        parts = parts[:MAX_PARTS]
    for part in parts:
        try:
            ctype = part.get_content_type()
            disposition = part.get_content_disposition()
        except Exception:
            continue
        if ctype == "message/rfc822":
            if depth == 0:
                reply.attachments.append(Attachment("doorgestuurd bericht", ctype, 0))
            inner = part.get_payload()
            if depth < 3 and isinstance(inner, list) and inner and isinstance(inner[0], Message):
                p, h = _walk(inner[0], reply, quoted_texts, depth + 1)
                quoted_texts.append(
                    _safe_header(inner[0], "subject") + "\n" + (p or html_to_text(h)[0])
                )
            continue
        if disposition == "attachment" or not ctype.startswith("text/"):
            try:
                name = part.get_filename() or ""
                payload = part.get_payload(decode=True)
            except Exception:
                name, payload = "", None
            size = len(payload) if isinstance(payload, bytes) else 0
            if depth == 0:
                reply.attachments.append(Attachment(_CONTROL.sub(" ", name)[:200], ctype, size))
            if ctype.startswith("text/") and depth < 3:
                quoted_texts.append(decode_part(part)[:MAX_TEXT_CHARS])
            continue
        if ctype == "text/plain" and not plain:
            plain = decode_part(part)[:MAX_TEXT_CHARS]
            if _param(part, "format") == "flowed":
                plain = unflow(plain, _param(part, "delsp") == "yes")
            plain = unarmor(plain)
        elif ctype == "text/html" and not markup:
            markup = decode_part(part)[: MAX_TEXT_CHARS * 4]
    return plain, markup


def _param(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:  # a malformed Content-Type must not break reading
        return ""
    return value.strip().lower() if isinstance(value, str) else ""


def _damaged(msg: Message) -> bool:
    try:
        for part in [msg, *_leaves(msg)]:
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


def _moment(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _received_moment(msg: Message) -> datetime | None:
    """When the last mail server — ours, the one that put it in the mailbox — received the
    message: the date after the ";" of the topmost Received header. Headers further down
    were written before it reached us (by the sender's side too), so they are not used."""
    top = _all_plain(msg, "received", 1)
    if not top or ";" not in top[0]:
        return None
    return _moment(top[0].rpartition(";")[2].strip())


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
        msg = email.message_from_bytes(raw, _class=_Message, policy=_POLICY)
    except Exception:
        reply.problems.append(Said("reply-not-a-message"))
        return reply
    reply.message_id = (_msgids(_plain_header(msg, "message-id")) or ("",))[0]
    reply.refers_to = _msgids(
        _plain_header(msg, "in-reply-to") + " " + _plain_header(msg, "references")
    )
    reply.authentication_results = _all_plain(msg, "authentication-results")
    senders = _addresses(_plain_header(msg, "from"))
    if len(senders) == 1:
        reply.from_address = senders[0]
    reply.subject = " ".join(_plain_header(msg, "subject").split())[:500]
    date_raw = _plain_header(msg, "date")
    if date_raw:
        reply.sent_at = _moment(date_raw)
    reply.received_at = _received_moment(msg)
    if reply.sent_at is None:
        reply.sent_at = reply.received_at
        reply.date_from = "server" if reply.sent_at is not None else ""
    if is_automatic(msg, reply.subject):
        reply.automatic = True
        reply.problems.append(Said("reply-automatic"))
    quoted_texts: list[str] = []
    try:
        plain, markup = _walk(msg, reply, quoted_texts)
    except Exception:
        plain, markup = "", ""
        reply.problems.append(Said("reply-part-damaged"))
    if _damaged(msg):
        reply.problems.append(Said("reply-message-damaged"))
    if plain.strip():
        reply.text = _tidy(plain)
        reply.own_text = own_text_of(reply.text)
        if markup.strip() and parts_differ((reply.text, reply.own_text), html_to_text(markup)):
            reply.problems.append(Said("reply-parts-differ"))
    elif markup.strip():
        reply.html_only = True
        reply.text, reply.own_text = html_to_text(markup)
    if not reply.text.strip():
        reply.problems.append(Said("reply-no-text"))
    elif not reply.automatic and (
        is_recall(reply.subject, reply.text) or says_automatic(reply.own_text)
    ):
        reply.automatic = True
        reply.problems.append(Said("reply-automatic"))
    own_codes = find_reference_codes(reply.subject + "\n" + reply.own_text)
    reply.codes_own = own_codes
    rest = find_reference_codes(reply.text + "\n" + "\n".join(quoted_texts)[:MAX_TEXT_CHARS])
    reply.codes_quoted = [c for c in rest if c not in own_codes]
    return reply
