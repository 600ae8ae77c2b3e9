"""Connecting to the team server: the URL's TLS rules, and libpq's failures in Dutch.

A URL given on a command line or built from a profile must verify the server (sslmode
verify-full + sslrootcert) and may not carry a password (argv is visible to every user of the
computer, and shells keep a history). libpq's messages are English and may name the host and
role; `connection_error` turns them into one of a few Dutch messages that name neither.
A desk's line (`desk_connect`, for store/pg.py) types parameters as SQLite does, and is made
again through a restart (`through_a_restart`) — not through a server gone for good.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ..errors import ValidationError, VaultError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
# A line that broke is made again for at most this long while the server is restarting (a
# restart by IT or after a power cut takes seconds): a desk's change that had not yet been
# written (its turn request was cut) then goes through instead of failing "niet bereikbaar".
RESTART_WAIT_S = 10.0
# ... but only once the server said it is coming back (it answers: starting up, in recovery).
# A port nobody listens on, or a server that is shutting down, is a server that may be gone for
# good: waited for this long only (the gap between the old server's exit and the new one's
# listening in a restart is well under a second), so a stopped server is told within ~2 s.
GONE_AFTER_S = 2.0
_COMING_BACK = (
    "the database system is starting up",
    "the database system is in recovery mode",
    "the database system is not yet accepting connections",
)
_MAYBE_GONE = (
    "connection refused",
    "the database system is shutting down",
    "server closed the connection",
    "terminating connection",
)
# (Each try of a line made again: libpq's least. A server that drops packets is not waited for
# the whole CONNECT_TIMEOUT_S each time.)
AGAIN_CONNECT_TIMEOUT_S = 2

C = TypeVar("C")


class TeamServerError(VaultError):
    """The team server could not be reached, refused the login, or gave an error."""

    code = "teamserver"


def checked_url(url: str) -> dict[str, str]:
    """The URL's parts, when it verifies the server and holds no password; else refused."""
    try:
        parts = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except psycopg.ProgrammingError:
        raise ValidationError(message_id="error-team-url-invalid", field="server") from None
    if "password" in parts:
        raise ValidationError(message_id="error-team-url-has-password", field="server")
    if parts.get("sslmode") != "verify-full" or not parts.get("sslrootcert"):
        raise ValidationError(message_id="error-team-url-needs-tls", field="server")
    if not parts.get("host") or not parts.get("user") or not parts.get("dbname"):
        raise ValidationError(message_id="error-team-url-invalid", field="server")
    return parts


def connect(url: str, password: str | None, *, autocommit: bool = True) -> psycopg.Connection:
    """A connection over verified TLS, or TeamServerError/ValidationError in Dutch."""
    parts = checked_url(url)
    parts.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    if password:
        parts["password"] = password
    try:
        return psycopg.connect(make_conninfo("", **parts), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise connection_error(exc) from None


def through_a_restart(
    attempt: Callable[[], C],
    wait_s: float = RESTART_WAIT_S,
    pause: Callable[[float], None] = time.sleep,
    now: Callable[[], float] = time.monotonic,
    gone_after_s: float = GONE_AFTER_S,
) -> C:
    """`attempt()` (a connect), tried again while the server answers that it is restarting —
    for at most `wait_s` once it said it is coming back (starting up, in recovery), for at most
    `gone_after_s` while it only refuses or shuts down (a server stopped for good is told
    quickly). Only for a line made *again*: a first connect to a wrong address should say so
    at once. Any other failure, or the wait over, is raised as it came."""
    start = now()
    deadline = start + gone_after_s
    step = 0.1
    while True:
        try:
            return attempt()
        except psycopg.OperationalError as exc:
            text = str(exc).lower()
            if any(w in text for w in _COMING_BACK):
                deadline = max(deadline, start + wait_s)
            elif not any(w in text for w in _MAYBE_GONE):
                raise
            if now() + step > deadline:
                raise
        log.info("team server restarting: the line is made again in a moment")
        pause(step)
        step = min(step * 2, 1.0)


class _LooseIntDumper(Dumper):
    """int → an untyped literal: the server types it from the context (see store/pg.py)."""

    oid = 0

    def dump(self, obj: Any) -> bytes:
        return str(int(obj)).encode()


class _IntegralNumericLoader(Loader):
    """numeric → int when whole (sum() over bigint is numeric in PostgreSQL, an integer in
    SQLite), else float (SQLite's REAL)."""

    def load(self, data: Any) -> Any:
        text = bytes(data).decode()
        if text.lstrip("-").isdigit():
            return int(text)
        return float(text)


def desk_connect(conninfo: str, password: str | None, *, again: bool = False) -> Any:
    """A psycopg connection (autocommit: transactions are explicit) or a Dutch error.
    `again`: the line made again with the password that worked for this window — refused
    now, it was changed meanwhile (IT reset it) or the account turned off by hand; not
    "geen toegang meer": a removed worker's login is refused as not permitted instead."""

    def attempt() -> Any:
        return psycopg.connect(
            conninfo,
            password=password,
            autocommit=True,
            cursor_factory=psycopg.RawCursor,
            connect_timeout=AGAIN_CONNECT_TIMEOUT_S if again else CONNECT_TIMEOUT_S,
        )

    try:  # (a line made again after a restart: waited for while the server comes back)
        conn = through_a_restart(attempt) if again else attempt()
    except psycopg.OperationalError as exc:
        if again and password_refused(exc):
            raise VaultError(message_id="error-pg-password-changed") from None
        # One reading of libpq's words for the unlock window, the CLI and this (pg_connect):
        # a removed worker hears "refused", not "unreachable"; never the host or the role.
        raise connection_error(exc) from None
    except psycopg.ProgrammingError:
        raise VaultError(message_id="error-pg-bad-address") from None
    conn.adapters.register_dumper(int, _LooseIntDumper)
    conn.adapters.register_dumper(bool, _LooseIntDumper)
    conn.adapters.register_loader("numeric", _IntegralNumericLoader)
    return conn


# libpq's words (English, also on a Dutch Windows: the app does not ship its translations)
# → our message. First match wins; the order puts the specific before the general.
_REASONS = (
    ("certificate verify failed", "error-team-certificate-mismatch"),
    ("does not match host name", "error-team-certificate-mismatch"),
    ("provider signature failure", "error-team-certificate-mismatch"),
    ("root certificate file", "error-team-certificate-mismatch"),
    ("no encryption", "error-team-no-tls"),
    ("password authentication failed", "error-team-login-failed"),
    ("certificate authentication failed", "error-team-login-failed"),
    ("is not permitted to log in", "error-team-login-failed"),
    ("no password supplied", "error-team-login-failed"),
    ("does not exist", "error-team-login-failed"),  # role or database: say no more than that
    ("permission denied for database", "error-team-login-failed"),
    # (The role's own limit: this worker has the team open in too many windows already.)
    ("too many connections for role", "error-team-too-many-windows"),
    ("too many connections", "error-team-unreachable"),
    ("connection refused", "error-team-unreachable"),
    ("could not translate host name", "error-team-unreachable"),
    ("timeout expired", "error-team-unreachable"),
    ("network is unreachable", "error-team-unreachable"),
    ("no route to host", "error-team-unreachable"),
    ("server closed the connection", "error-team-unreachable"),
    # (A server being restarted: it answers, but not yet, or no longer.)
    ("the database system is starting up", "error-team-unreachable"),
    ("the database system is shutting down", "error-team-unreachable"),
    ("the database system is in recovery mode", "error-team-unreachable"),
    ("terminating connection", "error-team-unreachable"),
)


@contextlib.contextmanager
def server_errors() -> Iterator[None]:
    """Around admin work on an open connection: a connection that breaks halfway becomes a
    Dutch message (callers outside the store never import psycopg)."""
    try:
        yield
    except psycopg.Error as exc:
        raise connection_error(exc) from None


def password_refused(exc: BaseException) -> bool:
    """libpq says the server refused the password (not: the login turned off, NOLOGIN)."""
    return "password authentication failed" in str(exc).lower()


def connection_error(exc: BaseException) -> TeamServerError:
    """What to tell the worker about a failed connection (never the host, role or database)."""
    text = str(exc).lower()
    for words, message_id in _REASONS:
        if words in text:
            log.info("team server connection failed: %s", message_id)
            return TeamServerError(message_id=message_id)
    log.warning("team server connection failed (%s)", type(exc).__name__)
    return TeamServerError(message_id="error-team-server-error")
