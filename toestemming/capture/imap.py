"""The connection to the organisation's mailbox over IMAP (imapclient): TLS, login with a
password or OAuth, errors in Dutch. What is searched and fetched: imap_search.py. Nothing is
ever deleted, moved or flagged: the folder is opened read-only.

Errors become `MailConnectionError` with a `kind` (dns, tls, auth, permission, timeout,
connect, folder) and a Dutch message, never a traceback, an address or a server's own text.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from ..errors import Param, ToestemmingError
from .oauth import SignInAgain
from .settings import ImapSettings, Provider, Security

_log = logging.getLogger(__name__)


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
