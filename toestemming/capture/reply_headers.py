"""A received message's headers, read fast and defensively: each header class made once,
each header parsed once, ASCII headers taken as written, never an exception (split out of
replies.py; one job: headers)."""

from __future__ import annotations

import email.parser
import re
from datetime import UTC, datetime
from email import headerregistry, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from .reply_html import CONTROL


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


class ReceivedMessage(EmailMessage):
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


POLICY = policy.default.clone(header_factory=_HeaderClasses(), message_factory=ReceivedMessage)


def safe_header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # malformed header: the stdlib parser may raise on access
        return ""
    if value is None:
        return ""
    try:
        return CONTROL.sub(" ", str(value))[:2000]
    except Exception:
        return ""


_FOLD = re.compile(r"\r?\n(?=[ \t])")


def plain_header(msg: Message, name: str) -> str:
    """A header whose ASCII text is all that is needed (ids, date, addresses, a subject
    without encoded words), taken as written: policy.default's header objects cost more than
    all the rest of reading a reply. Anything else goes the standard way."""
    try:
        raw = next((v for k, v in msg.raw_items() if k.lower() == name), None)
    except Exception:
        return safe_header(msg, name)
    if raw is None:
        return ""
    if not isinstance(raw, str) or not raw.isascii() or "=?" in raw:
        return safe_header(msg, name)
    return _unfolded(raw, 2000)


def _unfolded(raw: str, limit: int) -> str:
    """A raw header value on one line, control characters blanked, at most `limit` long."""
    return CONTROL.sub(" ", _FOLD.sub("", raw)).strip()[:limit]


def all_plain(msg: Message, name: str, limit: int = 50) -> tuple[str, ...]:
    """Every header `name`, unfolded, as written (ASCII; others are left out: a server's
    results are ASCII), at most `limit` of them."""
    try:
        values = [v for k, v in msg.raw_items() if k.lower() == name][:limit]
    except Exception:
        return ()
    return tuple(_unfolded(v, 8000) for v in values if isinstance(v, str) and v.isascii())


def addresses(raw: str) -> list[str]:
    try:
        pairs = getaddresses([raw])
    except Exception:
        return []
    return [addr.strip().lower() for _name, addr in pairs if "@" in addr]


def msgids(raw: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(re.findall(r"<[^<>\s]{1,250}>", raw)))


def sender_name(raw: bytes) -> str:
    """The display name in the From header ("Sam" in "Sam <sam@…>"), as written: untrusted
    text (it may contain markup), for showing as plain text only. "" when absent."""
    try:
        head = email.parser.BytesHeaderParser(policy=POLICY).parsebytes(
            raw[:64_000], headersonly=True
        )
        pairs = getaddresses([safe_header(head, "from")])
    except Exception:  # a hostile header must never break the import
        return ""
    return " ".join(pairs[0][0].split())[:200] if len(pairs) == 1 else ""


def moment(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
        # In UTC the last hours of year 9999 west of Greenwich are outside
        # datetime's range: a hostile Date is no moment, never an OverflowError (review30).
        return moment.astimezone(UTC) if moment.tzinfo is not None else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def received_moment(msg: Message) -> datetime | None:
    """When the last mail server — ours, the one that put it in the mailbox — received the
    message: the date after the ";" of the topmost Received header. Headers further down
    were written before it reached us (by the sender's side too), so they are not used."""
    top = all_plain(msg, "received", 1)
    if not top or ";" not in top[0]:
        return None
    return moment(top[0].rpartition(";")[2].strip())
