"""Sending over SMTP with the organisation's account: STARTTLS or SSL, certificate checked.

Errors become `SendError` with a Dutch message that names the kind of problem (server not
reachable, login refused, certificate not trusted) and never the addresses or the content.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from ..errors import ToestemmingError
from .oauth import SignInAgain, xoauth2_string
from .settings import Provider, Security, SmtpSettings


class SendError(ToestemmingError):
    """The message could not be handed to the mail server; nothing was logged as sent."""

    code = "verzenden"

    def __init__(self, message: str, kind: str = "server") -> None:
        super().__init__(message)
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
            raise SendError(
                "De mailserver weigerde de ontvanger; er is niets verzonden.", "recipient"
            )


@contextmanager
def smtp_session(
    settings: SmtpSettings, context: ssl.SSLContext | None = None, *, access_token: str = ""
) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP connection (TLS checked, login done); errors as in send_message."""
    s = settings.validated()
    oauth = s.auth != Provider.PASSWORD
    if oauth and not access_token:
        raise SignInAgain("Meld eerst aan bij de mailbox (Instellingen e-mail, 'Aanmelden').")
    try:
        ctx = context or tls_context(s)
    except (OSError, ssl.SSLError):
        raise SendError(
            "Het certificaatbestand in de instellingen kon niet worden gelezen; er is niets "
            "verzonden.",
            "tls",
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
                        "De mailserver biedt geen STARTTLS aan; er is niets verzonden. Kies SSL "
                        "of vraag de beheerder.",
                        "tls",
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
            raise SignInAgain(
                "De mailserver weigerde de aanmelding. Meld opnieuw aan via Instellingen "
                "e-mail; staat het daarna nog zo, vraag de ICT-afdeling of SMTP-verzending "
                "voor deze mailbox aan staat. Er is niets verzonden en niets verloren."
            ) from None
        raise SendError(
            "Inloggen bij de mailserver lukte niet. Controleer gebruikersnaam en wachtwoord.",
            "auth",
        ) from None
    except smtplib.SMTPSenderRefused:
        raise SendError(
            "De mailserver staat dit account niet toe te versturen vanaf dit afzenderadres "
            "(geen rechten). Vraag de ICT-afdeling; er is niets verzonden.",
            "permission",
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise SendError(
            "De mailserver weigerde het e-mailadres van de ontvanger.", "recipient"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise SendError(
            "De mailserver ondersteunt deze manier van inloggen niet.", "auth"
        ) from None
    except ssl.SSLCertVerificationError:
        raise SendError(
            "Het certificaat van de mailserver wordt niet vertrouwd; er is niets verzonden.", "tls"
        ) from None
    except ssl.SSLError:
        raise SendError("De beveiligde verbinding met de mailserver mislukte.", "tls") from None
    except TimeoutError:
        raise SendError("De mailserver antwoordde niet op tijd.", "timeout") from None
    except socket.gaierror:
        raise SendError(
            "De naam van de mailserver is niet gevonden (DNS). Controleer de servernaam en "
            "het netwerk.",
            "dns",
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        # smtplib turns a read timeout into "Connection unexpectedly closed: timed out".
        if "timed out" in str(exc):
            raise SendError("De mailserver antwoordde niet op tijd.", "timeout") from None
        raise SendError(
            "De mailserver verbrak de verbinding; er is niets verzonden.", "connect"
        ) from None
    except smtplib.SMTPException:
        raise SendError("De mailserver gaf een fout; er is niets verzonden.") from None
    except OSError:
        raise SendError(
            "De mailserver is niet bereikbaar. Controleer de servernaam, de poort en het netwerk.",
            "connect",
        ) from None
