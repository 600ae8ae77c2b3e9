"""Sending over SMTP with the organisation's account: STARTTLS or SSL, certificate checked.

Errors become `SendError` with a Dutch message that names the kind of problem (server not
reachable, login refused, certificate not trusted) and never the addresses or the content.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from ..errors import ToestemmingError
from .settings import Security, SmtpSettings


class SendError(ToestemmingError):
    """The message could not be handed to the mail server; nothing was logged as sent."""

    code = "verzenden"


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file or None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send_message(
    settings: SmtpSettings, message: EmailMessage, context: ssl.SSLContext | None = None
) -> None:
    """Hand one message to the server; raises SendError with a Dutch message on failure."""
    s = settings.validated()
    try:
        ctx = context or tls_context(s)
    except (OSError, ssl.SSLError):
        raise SendError(
            "Het certificaatbestand in de instellingen kon niet worden gelezen; er is niets "
            "verzonden."
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
                        "of vraag de beheerder."
                    )
                client.starttls(context=ctx)
                client.ehlo()
            if s.username:
                client.login(s.username, s.password)
            refused = client.send_message(message)
            if refused:
                raise SendError("De mailserver weigerde de ontvanger; er is niets verzonden.")
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError:
        raise SendError(
            "Inloggen bij de mailserver lukte niet. Controleer gebruikersnaam en wachtwoord."
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise SendError("De mailserver weigerde het e-mailadres van de ontvanger.") from None
    except smtplib.SMTPNotSupportedError:
        raise SendError("De mailserver ondersteunt deze manier van inloggen niet.") from None
    except ssl.SSLCertVerificationError:
        raise SendError(
            "Het certificaat van de mailserver wordt niet vertrouwd; er is niets verzonden."
        ) from None
    except ssl.SSLError:
        raise SendError("De beveiligde verbinding met de mailserver mislukte.") from None
    except TimeoutError:
        raise SendError("De mailserver antwoordde niet op tijd.") from None
    except smtplib.SMTPException:
        raise SendError("De mailserver gaf een fout; er is niets verzonden.") from None
    except OSError:
        raise SendError(
            "De mailserver is niet bereikbaar. Controleer de servernaam, de poort en het netwerk."
        ) from None
