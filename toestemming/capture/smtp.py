"""Sending over SMTP with the organisation's account: STARTTLS or SSL, certificate checked.

Errors become `SendError` with a Dutch message that names the kind of problem (server not
reachable, login refused, certificate not trusted) and never the addresses or the content.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from email.message import EmailMessage

from ..errors import Param, ToestemmingError
from .oauth import SignInAgain, xoauth2_string
from .settings import Provider, Security, SmtpSettings


class SendError(ToestemmingError):
    """The message could not be handed to the mail server; nothing was logged as sent."""

    code = "verzenden"

    def __init__(
        self,
        message: str = "",
        kind: str = "server",
        *,
        message_id: str = "",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)
        self.kind = kind  # dns, tls, auth, permission, timeout, connect, recipient, server


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file or None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send_message(
    settings: SmtpSettings,
    message: EmailMessage,
    context: ssl.SSLContext | None = None,
    *,
    access_token: str = "",
) -> None:
    """Hand one message to the server; raises SendError with a Dutch message on failure.
    With Microsoft/Google sign-in `access_token` is used (SASL XOAUTH2); a refused token
    raises SignInAgain (the caller keeps the message: nothing is lost)."""
    with smtp_session(settings, context, access_token=access_token) as client:
        refused = client.send_message(message)
        if refused:
            raise SendError(message_id="error-smtp-mail-server-refused-recipient", kind="recipient")


@contextmanager
def smtp_session(
    settings: SmtpSettings, context: ssl.SSLContext | None = None, *, access_token: str = ""
) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP connection (TLS checked, login done); errors as in send_message."""
    s = settings.validated()
    oauth = s.auth != Provider.PASSWORD
    if oauth and not access_token:
        raise SignInAgain(message_id="error-smtp-sign-mailbox-mail-settings")
    try:
        ctx = context or tls_context(s)
    except (OSError, ssl.SSLError):
        raise SendError(
            message_id="error-smtp-certificate-file-settings-could",
            kind="tls",
        ) from None
    try:
        client: smtplib.SMTP
        if s.security == Security.SSL:
            client = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=ctx)
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        with client:
            client.ehlo()
            if s.security == Security.STARTTLS:
                if not client.has_extn("starttls"):
                    raise SendError(
                        message_id="error-smtp-mail-server-offer-starttls",
                        kind="tls",
                    )
                client.starttls(context=ctx)
                client.ehlo()
            if oauth:
                # smtplib base64-encodes the initial response; no challenge round trip.
                client.auth(
                    "XOAUTH2",
                    lambda challenge=None: xoauth2_string(s.username, access_token),
                    initial_response_ok=True,
                )
            elif s.username:
                client.login(s.username, s.password)
            yield client
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError:
        if oauth:
            raise SignInAgain(message_id="error-smtp-mail-server-refused-sign") from None
        raise SendError(
            message_id="error-smtp-login-failed",
            kind="auth",
        ) from None
    except smtplib.SMTPSenderRefused:
        raise SendError(
            message_id="error-smtp-sender-not-allowed",
            kind="permission",
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise SendError(
            message_id="error-smtp-mail-server-refused-recipient-2", kind="recipient"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise SendError(message_id="error-smtp-login-method-unsupported", kind="auth") from None
    except ssl.SSLCertVerificationError:
        raise SendError(message_id="error-smtp-certificate-not-trusted", kind="tls") from None
    except ssl.SSLError:
        raise SendError(message_id="error-smtp-secure-connection-mail-server", kind="tls") from None
    except TimeoutError:
        raise SendError(message_id="error-smtp-timeout", kind="timeout") from None
    except socket.gaierror:
        raise SendError(
            message_id="error-smtp-dns",
            kind="dns",
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        # smtplib turns a read timeout into "Connection unexpectedly closed: timed out".
        if "timed out" in str(exc):
            raise SendError(message_id="error-smtp-timeout", kind="timeout") from None
        raise SendError(
            message_id="error-smtp-mail-server-closed-connection", kind="connect"
        ) from None
    except smtplib.SMTPException:
        raise SendError(message_id="error-smtp-mail-server-gave-error") from None
    except OSError:
        raise SendError(
            message_id="error-smtp-unreachable",
            kind="connect",
        ) from None
