"""Settings for consent at a distance: the SMTP account and the organisation's remote policy.

Both are stored as JSON in the vault's `meta` table, so the SMTP password lives inside the
encrypted database and never in a file of its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from .. import validation as v
from ..errors import ValidationError
from ..phone import to_e164

SMTP_META_KEY = "smtp"
REMOTE_META_KEY = "remote"


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # only for a relay on this computer; never with a login


_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-.]{0,251}[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$")
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    username: str
    password: str
    from_address: str
    from_name: str = ""
    # An organisation running its own CA puts its certificate here (PEM); empty: system CAs.
    ca_file: str = ""
    timeout_seconds: int = 30

    def validated(self) -> SmtpSettings:
        host = self.host.strip() if isinstance(self.host, str) else ""
        if not host or not _HOST.match(host):
            raise ValidationError("De naam van de mailserver is niet geldig.", field="host")
        if (
            isinstance(self.port, bool)
            or not isinstance(self.port, int)
            or not 1 <= self.port <= 65535
        ):
            raise ValidationError("De poort moet een getal tussen 1 en 65535 zijn.", field="port")
        try:
            sec = Security(self.security)
        except ValueError:
            raise ValidationError(
                "Kies STARTTLS, SSL of geen beveiliging.", field="security"
            ) from None
        user = v.name(self.username, "Gebruikersnaam", "username", required=False)
        if not isinstance(self.password, str) or len(self.password) > 1024:
            raise ValidationError("Het wachtwoord is niet geldig.", field="password")
        if sec == Security.NONE and (user or host.lower() not in _LOCAL_HOSTS):
            # A password or personal data in clear text over the network is never acceptable.
            raise ValidationError(
                "Zonder versleuteling kan alleen een mailserver op deze computer, zonder "
                "inloggen. Kies STARTTLS of SSL.",
                field="security",
            )
        sender = v.email(self.from_address, "from_address")
        if not sender:
            raise ValidationError("Het afzenderadres is verplicht.", field="from_address")
        name = v.name(self.from_name, "Naam afzender", "from_name", required=False)
        ca = v.text(self.ca_file, "Certificaatbestand", "ca_file", required=False, max_len=1000)
        if not 5 <= self.timeout_seconds <= 300:
            raise ValidationError("De wachttijd moet tussen 5 en 300 seconden liggen.")
        return replace(
            self,
            host=host,
            security=sec,
            username=user,
            from_address=sender,
            from_name=name,
            ca_file=ca,
        )

    def to_json(self) -> str:
        data = asdict(self)
        data["security"] = str(self.security)
        return json.dumps(data, sort_keys=True)

    @staticmethod
    def from_json(raw: str) -> SmtpSettings:
        data: dict[str, Any] = json.loads(raw)
        data["security"] = Security(data["security"])
        return SmtpSettings(**data)

    def public(self) -> dict[str, Any]:
        """What may enter the audit log: no password, no account name."""
        return {"host": self.host, "port": self.port, "security": str(self.security)}


@dataclass(frozen=True)
class RemoteSettings:
    """The organisation's choices for requests at a distance."""

    expiry_days: int = 14  # a remote request nobody answered expires after this many days
    reminder_after_days: int = 5  # a reminder is suggested after this many days
    reply_address: str = ""  # where replies go (mailto: in the QR code); default the sender
    app_number: str = ""  # the organisation's SMS/WhatsApp number (+31…)
    contact_text: str = ""  # how to reach the organisation, printed in every message
    contact_text_en: str = ""  # the same for messages in English; empty: contact_text

    def contact_for(self, language: str) -> str:
        return (self.contact_text_en if language == "en" else "") or self.contact_text

    def validated(self) -> RemoteSettings:
        for value, label in (
            (self.expiry_days, "verlopen"),
            (self.reminder_after_days, "herinnering"),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365:
                raise ValidationError(
                    f"Het aantal dagen voor {label} moet tussen 1 en 365 liggen.", field=label
                )
        if self.reminder_after_days >= self.expiry_days:
            raise ValidationError(
                "De herinnering moet vóór het verlopen van het verzoek komen.",
                field="reminder_after_days",
            )
        number = v.phone(self.app_number, "app_number")
        if number and (not to_e164(number) or len(phone_digits(number)) < 10):
            raise ValidationError(
                "Geef het app-nummer volledig, met landnummer (bijvoorbeeld +31 6 …).",
                field="app_number",
            )
        return replace(
            self,
            reply_address=v.email(self.reply_address, "reply_address"),
            app_number=number,
            contact_text=v.text(
                self.contact_text, "Contactgegevens", "contact_text", required=False, max_len=500
            ),
            contact_text_en=v.text(
                self.contact_text_en,
                "Contactgegevens in het Engels",
                "contact_text_en",
                required=False,
                max_len=500,
            ),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @staticmethod
    def from_json(raw: str) -> RemoteSettings:
        return RemoteSettings(**json.loads(raw))


def phone_digits(number: str) -> str:
    """International digits without '+': '06-1234 5678' and '+31 (0)6 1234 5678' →
    '31612345678' (Dutch default; libphonenumber, toestemming/phone.py). Something that cannot
    be a phone number keeps its plain digits, so two equal inputs still compare equal."""
    e164 = to_e164(number)
    if e164:
        return e164[1:]
    return "".join(ch for ch in number if ch.isdigit())
