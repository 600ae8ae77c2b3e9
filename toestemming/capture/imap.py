"""Looking for replies in the organisation's mailbox over IMAP (imapclient).

Only header SEARCH runs over the whole folder (the server does it, without sending us
anything); only messages that match a reference code in the Subject or our Message-ID in
In-Reply-To are fetched, with BODY.PEEK so they stay unread for the people who
share the mailbox. Nothing is ever deleted, moved or flagged: the folder is opened read-only.

Errors become `MailConnectionError` with a `kind` (dns, tls, auth, permission, timeout,
connect, folder) and a Dutch message, never a traceback, an address or a server's own text.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from ..errors import Param, ToestemmingError
from .oauth import SignInAgain
from .settings import ImapSettings, Provider, Security

_log = logging.getLogger(__name__)

# Keys per SEARCH: long OR chains are fine for servers, but not unbounded.
SEARCH_CHUNK = 40
MAX_FETCH_BYTES = 25 * 1024 * 1024  # one reply (with attachments) as evidence at most
# Matches fetched in one check; the rest come with the next one. Someone mailing the
# organisation a thousand messages with a known code in the subject fills nothing at once.
MAX_PER_CHECK = 100


class MailConnectionError(ToestemmingError):
    """The mailbox could not be reached or opened; `kind` says which step failed."""

    code = "mailbox"

    def __init__(
        self,
        kind: str,
        message: str = "",
        *,
        message_id: str = "",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)
        self.kind = kind


@dataclass(frozen=True)
class Account:
    """Who logs in: a password, or the mailbox address + an OAuth access token."""

    username: str
    password: str = ""
    access_token: str = ""
    provider: Provider = Provider.PASSWORD

    def __repr__(self) -> str:
        return f"Account(provider={self.provider!s})"


@dataclass(frozen=True)
class Found:
    uid: int
    raw: bytes


@dataclass(frozen=True)
class SearchResult:
    uidvalidity: int
    highest_uid: int  # the highest UID in the folder now (the next check starts above it)
    found: tuple[Found, ...]
    skipped_too_large: int = 0


def _context(ca_file: str) -> ssl.SSLContext:
    try:
        ctx = ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError):
        raise MailConnectionError(
            "tls", message_id="error-imap-certificate-file-settings-could"
        ) from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@contextmanager
def imap_session(
    settings: ImapSettings,
    account: Account,
    *,
    ca_file: str = "",
    timeout: float = 30.0,
    context: ssl.SSLContext | None = None,
) -> Iterator[IMAPClient]:
    """A logged-in IMAP connection; every failure is a MailConnectionError."""
    s = settings.validated()
    ctx = context or _context(ca_file)
    client: IMAPClient | None = None
    try:
        client = IMAPClient(
            s.host, port=s.port, ssl=s.security == Security.SSL, ssl_context=ctx, timeout=timeout
        )
        if s.security == Security.STARTTLS:
            # A server (or someone in between) that leaves STARTTLS out: no login in the
            # clear, and the worker is told it is the secure connection that is missing.
            if not client.has_capability("STARTTLS"):
                raise MailConnectionError("tls", message_id="error-imap-no-starttls")
            client.starttls(ctx)
        if account.provider == Provider.PASSWORD:
            client.login(account.username, account.password)
        else:
            if not account.access_token:
                raise SignInAgain(message_id="error-imap-sign-mailbox-mail-settings")
            client.oauth2_login(account.username, account.access_token)
        yield client
    except ToestemmingError:  # ours (also from the caller's block): already Dutch
        raise
    except Exception as exc:  # Ctrl+C and exit pass through unchanged
        raise _classify(exc, account.provider) from None
    finally:
        if client is not None:
            try:
                client.logout()
            except Exception:  # already broken; the socket is closed below anyway
                try:
                    client.shutdown()
                except Exception:
                    _log.debug("IMAP connection already closed")


def _classify(exc: BaseException, provider: Provider) -> BaseException:
    """Which step failed, in Dutch. KeyboardInterrupt and the like pass unchanged."""
    if not isinstance(exc, Exception):
        return exc
    _log.info("IMAP failed: %s", type(exc).__name__)
    text = str(exc).upper()
    if isinstance(exc, LoginError):
        if provider != Provider.PASSWORD:
            return SignInAgain(message_id="error-imap-mailbox-refused-sign-sign")
        return MailConnectionError("auth", message_id="error-imap-login-failed")
    if isinstance(exc, socket.gaierror):
        return MailConnectionError("dns", message_id="error-imap-dns")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailConnectionError("tls", message_id="error-imap-certificate-not-trusted")
    if isinstance(exc, ssl.SSLError):
        return MailConnectionError("tls", message_id="error-imap-secure-connection-tls-incoming")
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailConnectionError("timeout", message_id="error-imap-no-answer")
    if "NONEXISTENT" in text or ("MAILBOX" in text and "SELECT" in text):
        return MailConnectionError("folder", message_id="error-imap-folder-missing")
    if "NOPERM" in text or "AUTHORIZATIONFAILED" in text or "NOT ALLOWED" in text:
        return MailConnectionError(
            "permission", message_id="error-imap-account-rights-chosen-folder"
        )
    if isinstance(exc, ConnectionRefusedError | ConnectionResetError | OSError):
        return MailConnectionError(
            "connect",
            message_id="error-imap-unreachable",
        )
    if isinstance(exc, IMAPClientError):
        return MailConnectionError("server", message_id="error-imap-incoming-mail-server-gave")
    return MailConnectionError("server", message_id="error-imap-fetching-incoming-mail-failed")


def search_keys(codes: Sequence[str], message_ids: Sequence[str]) -> list[list[object]]:
    """OR chains of header keys, at most SEARCH_CHUNK keys each: the code in the Subject, or
    our Message-ID in In-Reply-To (a reply whose subject was changed). References is not
    searched: it repeats In-Reply-To for a direct reply and each key costs the server a pass."""
    keys: list[list[object]] = [["SUBJECT", c] for c in codes]
    keys.extend(["HEADER", "In-Reply-To", msgid] for msgid in message_ids)
    chunks = []
    for start in range(0, len(keys), SEARCH_CHUNK):
        part = keys[start : start + SEARCH_CHUNK]
        criteria: list[object] = list(part[-1])
        for key in reversed(part[:-1]):
            criteria = ["OR", *key, *criteria]
        chunks.append(criteria)
    return chunks


def _returned(
    client: IMAPClient, since: int, matched: set[int], message_ids: Sequence[str]
) -> set[int]:
    """Bounces of our requests whose Subject lost the code (Postfix: "Undelivered Mail
    Returned to Sender", no In-Reply-To): delivery reports (a header SEARCH, new UIDs only)
    whose returned headers hold one of our Message-IDs. The body is searched only within
    those few reports, never the folder; the worker learns the address did not work."""
    if not message_ids:
        return set()
    reports = client.search(["UID", f"{since + 1}:*", "HEADER", "Content-Type", "report"])
    candidates = sorted(int(u) for u in reports if int(u) > since and int(u) not in matched)
    found: set[int] = set()
    # Every candidate (read receipts are reports too, a mailbox may hold thousands): in
    # portions, so the UID set in one command stays short; the server does the reading.
    for first in range(0, len(candidates), 500):
        uids = ",".join(str(u) for u in candidates[first : first + 500])
        for start in range(0, len(message_ids), SEARCH_CHUNK):
            keys = [["BODY", m] for m in message_ids[start : start + SEARCH_CHUNK]]
            criteria: list[object] = list(keys[-1])
            for key in reversed(keys[:-1]):
                criteria = ["OR", *key, *criteria]
            found.update(int(u) for u in client.search(["UID", uids, *criteria]))
    return found & set(candidates)


def find_replies(
    client: IMAPClient,
    folder: str,
    codes: Sequence[str],
    message_ids: Sequence[str],
    *,
    after_uid: int,
    uidvalidity: int,
    skip: frozenset[int] = frozenset(),
) -> SearchResult:
    """Search the folder's headers for the codes/Message-IDs and fetch only the matches.
    `after_uid`/`uidvalidity` are what the previous check saw: with the same UIDVALIDITY only
    newer UIDs are searched; a changed one means the server renumbered, so all are."""
    try:
        info = client.select_folder(folder, readonly=True)
        current = int(info.get(b"UIDVALIDITY", 0))
        since = after_uid if current == uidvalidity else 0
        uidnext = int(info.get(b"UIDNEXT", 0))
        matched: set[int] = set()
        if codes or message_ids:
            for criteria in search_keys(codes, message_ids):
                query = ["UID", f"{since + 1}:*", *criteria]
                matched.update(int(u) for u in client.search(query))
        matched.update(_returned(client, since, matched, message_ids))
        # "n:*" always includes the highest UID, even when it is below n (RFC 3501).
        wanted = sorted(u for u in matched if u > since and u not in skip)
        # Stop below the first match left for next time, so it is searched again then.
        limit = wanted[MAX_PER_CHECK] - 1 if len(wanted) > MAX_PER_CHECK else None
        wanted = wanted[:MAX_PER_CHECK]
        found: list[Found] = []
        too_large = 0
        if wanted:
            sizes = client.fetch(wanted, ["RFC822.SIZE"])
            small = [
                u for u in wanted if int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) <= MAX_FETCH_BYTES
            ]
            too_large = len(wanted) - len(small)
            if small:
                bodies = client.fetch(small, ["BODY.PEEK[]"])
                for uid in small:
                    raw = bodies.get(uid, {}).get(b"BODY[]")
                    if isinstance(raw, bytes):
                        found.append(Found(uid, raw))
        highest = max([since, *matched, uidnext - 1 if uidnext else 0])
        if limit is not None:
            highest = limit
        return SearchResult(current, highest, tuple(found), too_large)
    except (MailConnectionError, SignInAgain):
        raise
    except Exception as exc:
        raise _classify(exc, Provider.PASSWORD) from None
