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
OAUTH_APP_META_KEY = "oauth_app"
OAUTH_TOKEN_META_KEY = "oauth_token"  # the refresh token: only ever inside the vault
IMAP_META_KEY = "imap"
DEFAULT_TENANT = "organizations"  # any Microsoft 365 organisation; IT may fill in its own


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # only for a relay on this computer; never with a login


class Provider(StrEnum):
    """How the app signs in to the mailbox (SMTP and IMAP alike)."""

    PASSWORD = "password"  # user name + password (stored in the vault)
    MICROSOFT = "microsoft"  # Microsoft 365: OAuth 2.0 through msal, XOAUTH2
    GOOGLE = "google"  # Google Workspace / Gmail: OAuth 2.0, XOAUTH2


_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-.]{0,251}[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$")
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
# An authserv-id as servers write it: a host name (RFC 8601 allows any token; real ones are).
_AUTHSERV = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-._]{0,251}[A-Za-z0-9])?$")
MAX_SENDER_CHECKERS = 5


def _host_and_port(host: object, port: object, server: str, prefix: str = "") -> tuple[str, int]:
    """A server name and port as typed, or ValidationError naming the field. `server`: "smtp" or
    "imap", which the message names (in the reader's language)."""
    name = host.strip() if isinstance(host, str) else ""
    if not name or not _HOST.match(name):
        raise ValidationError(
            message_id="error-settings-server-name-invalid",
            params={"server": server},
            field=prefix + "host",
        )
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValidationError(
            message_id="error-settings-port-number-between-1", field=prefix + "port"
        )
    return name, port


def _from_json(cls: type[Any], raw: str, enums: dict[str, type[StrEnum]]) -> Any:
    """A settings dataclass from its JSON (StrEnum fields are written as their value)."""
    data: dict[str, Any] = json.loads(raw)
    for key, enum in enums.items():
        if key in data:
            data[key] = enum(data[key])
    return cls(**data)


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
    # PASSWORD: log in with username/password; MICROSOFT/GOOGLE: XOAUTH2 with the token of
    # the sign-in (the username is then the mailbox address, the password stays empty).
    auth: Provider = Provider.PASSWORD

    def validated(self) -> SmtpSettings:
        host, _port = _host_and_port(self.host, self.port, "smtp")
        try:
            sec = Security(self.security)
        except ValueError:
            raise ValidationError(
                message_id="error-settings-choose-starttls-ssl-security", field="security"
            ) from None
        user = v.name(self.username, "Gebruikersnaam", "username", required=False)
        if not isinstance(self.password, str) or len(self.password) > 1024:
            raise ValidationError(message_id="error-settings-password-invalid", field="password")
        if sec == Security.NONE and (user or host.lower() not in _LOCAL_HOSTS):
            # A password or personal data in clear text over the network is never acceptable.
            raise ValidationError(
                message_id="error-settings-without-encryption-only-mail",
                field="security",
            )
        sender = v.email(self.from_address, "from_address")
        if not sender:
            raise ValidationError(
                message_id="error-settings-sender-address-required", field="from_address"
            )
        name = v.name(self.from_name, "Naam afzender", "from_name", required=False)
        ca = v.text(self.ca_file, "Certificaatbestand", "ca_file", required=False, max_len=1000)
        if not 5 <= self.timeout_seconds <= 300:
            raise ValidationError(message_id="error-settings-waiting-time-between-5")
        try:
            auth = Provider(self.auth)
        except ValueError:
            raise ValidationError(
                message_id="error-settings-choose-how-app-signs", field="auth"
            ) from None
        if auth != Provider.PASSWORD and sec == Security.NONE:
            raise ValidationError(message_id="error-settings-signing-microsoft-google-only")
        if auth != Provider.PASSWORD and not user:
            raise ValidationError(
                message_id="error-settings-fill-mailbox-address-user",
                field="username",
            )
        return replace(
            self,
            auth=auth,
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
        data["auth"] = str(self.auth)
        return json.dumps(data, sort_keys=True)

    @staticmethod
    def from_json(raw: str) -> SmtpSettings:
        data: dict[str, Any] = json.loads(raw)
        data["security"] = Security(data["security"])
        data["auth"] = Provider(data.get("auth", "password"))  # older vaults: password
        return SmtpSettings(**data)

    def public(self) -> dict[str, Any]:
        """What may enter the audit log: no password, no account name."""
        return {
            "host": self.host,
            "port": self.port,
            "security": str(self.security),
            "auth": str(self.auth),
        }


_CLIENT_ID = re.compile(r"^[A-Za-z0-9._\-]{1,200}$")
_TENANT = re.compile(r"^[A-Za-z0-9.\-]{1,100}$")


@dataclass(frozen=True)
class OAuthApp:
    """The app registration the school's IT department made (README: "E-mail met Microsoft
    365 of Google"). Not secret: a public client has no secret (Google's desktop "secret" is
    documented as not confidential)."""

    provider: Provider = Provider.MICROSOFT
    client_id: str = ""
    tenant: str = DEFAULT_TENANT  # Microsoft: the school's tenant id/domain, or "organizations"
    client_secret: str = ""  # Google desktop clients only
    # Empty: Microsoft's/Google's own sign-in server. Set only for a national cloud (or tests).
    authority_host: str = ""

    def validated(self) -> OAuthApp:
        try:
            provider = Provider(self.provider)
        except ValueError:
            raise ValidationError(
                message_id="error-settings-choose-microsoft-365-google", field="provider"
            ) from None
        if provider == Provider.PASSWORD:
            raise ValidationError(
                message_id="error-settings-choose-microsoft-365-google", field="provider"
            )
        client = self.client_id.strip() if isinstance(self.client_id, str) else ""
        if not _CLIENT_ID.match(client):
            raise ValidationError(
                message_id="error-settings-client-id-invalid",
                field="client_id",
            )
        tenant = (self.tenant.strip() if isinstance(self.tenant, str) else "") or DEFAULT_TENANT
        if not _TENANT.match(tenant):
            raise ValidationError(message_id="error-settings-tenant-invalid", field="tenant")
        secret = self.client_secret.strip() if isinstance(self.client_secret, str) else ""
        if len(secret) > 200 or any(ch.isspace() for ch in secret):
            raise ValidationError(
                message_id="error-settings-client-secret-invalid", field="client_secret"
            )
        host = (
            self.authority_host.strip().rstrip("/") if isinstance(self.authority_host, str) else ""
        )
        if host and not re.match(r"^https://[A-Za-z0-9.\-]+(:\d{1,5})?$", host):
            raise ValidationError(
                message_id="error-settings-address-sign-server-start",
                field="authority_host",
            )
        return OAuthApp(provider, client, tenant, secret, host)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)  # a StrEnum is written as its value

    @staticmethod
    def from_json(raw: str) -> OAuthApp:
        app: OAuthApp = _from_json(OAuthApp, raw, {"provider": Provider})
        return app


@dataclass(frozen=True)
class ImapSettings:
    """Where replies arrive. The account (user name, password or sign-in) is the SMTP one's
    unless a user name/password is given here."""

    host: str
    port: int = 993
    security: Security = Security.SSL
    folder: str = "INBOX"
    username: str = ""  # empty: the SMTP user name
    password: str = ""  # empty: the SMTP password (not used with Microsoft/Google sign-in)
    # How often the app looks for new replies while it is open; 0: only with the button.
    interval_minutes: int = 10
    # The organisation's receiving mail server(s) whose sender check (DKIM/DMARC, written in
    # Authentication-Results) the reply reader believes: their authserv-ids, space separated,
    # e.g. "mx.google.com". Empty: replies' senders are not checked (capture/sender_auth.py).
    sender_checked_by: str = ""

    def validated(self) -> ImapSettings:
        host, _port = _host_and_port(self.host, self.port, "imap", "imap_")
        try:
            sec = Security(self.security)
        except ValueError:
            raise ValidationError(
                message_id="error-settings-choose-starttls-ssl", field="imap_security"
            ) from None
        if sec == Security.NONE:
            raise ValidationError(
                message_id="error-settings-incoming-mail-only-fetched",
                field="imap_security",
            )
        folder = v.text(self.folder or "INBOX", "Map", "imap_folder", max_len=200)
        if any(ord(ch) < 32 or ch in '"\\' for ch in folder):
            raise ValidationError(
                message_id="error-settings-folder-name-invalid", field="imap_folder"
            )
        user = v.name(self.username, "Gebruikersnaam", "imap_username", required=False)
        if not isinstance(self.password, str) or len(self.password) > 1024:
            raise ValidationError(
                message_id="error-settings-password-invalid", field="imap_password"
            )
        minutes = self.interval_minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 1440:
            raise ValidationError(
                message_id="error-settings-choose-how-often-minutes",
                field="interval_minutes",
            )
        checkers = self.sender_checked_by if isinstance(self.sender_checked_by, str) else None
        names = (checkers or "").replace(",", " ").split()
        if (
            checkers is None
            or len(names) > MAX_SENDER_CHECKERS
            or not all(_AUTHSERV.match(n) for n in names)
        ):
            raise ValidationError(
                message_id="error-settings-sender-checker-invalid", field="imap_sender_checked_by"
            )
        return replace(
            self,
            host=host,
            security=sec,
            folder=folder,
            username=user,
            sender_checked_by=" ".join(n.lower() for n in names),
        )

    def trusted_checkers(self) -> tuple[str, ...]:
        return tuple(self.sender_checked_by.split())

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)  # a StrEnum is written as its value

    @staticmethod
    def from_json(raw: str) -> ImapSettings:
        imap: ImapSettings = _from_json(ImapSettings, raw, {"security": Security})
        return imap


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
        # One extra line per language is a setting today for English only (Instellingen).
        return {"en": self.contact_text_en}.get(language, "") or self.contact_text

    def validated(self) -> RemoteSettings:
        for value, label in (
            (self.expiry_days, "verlopen"),
            (self.reminder_after_days, "herinnering"),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365:
                raise ValidationError(
                    message_id="error-settings-days-between-1-365",
                    params={"label": label},
                    field=label,
                )
        if self.reminder_after_days >= self.expiry_days:
            raise ValidationError(
                message_id="error-settings-reminder-come-before-request",
                field="reminder_after_days",
            )
        number = v.phone(self.app_number, "app_number")
        if number and (not to_e164(number) or len(phone_digits(number)) < 10):
            raise ValidationError(
                message_id="error-settings-give-full-app-number",
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
        """As stored; a value of another type (a hand edit: `check` names the day counts,
        replay_settings.py) reads as the default, never as a traceback at the
        next expiry (s30, atk30)."""
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return RemoteSettings()
        default = asdict(RemoteSettings())
        kept = {k: data[k] for k in default if type(data.get(k)) is type(default[k])}
        try:
            return RemoteSettings(**kept).validated()
        except ValidationError:
            return RemoteSettings(**{k: v for k, v in kept.items() if not k.endswith("_days")})


def phone_digits(number: str) -> str:
    """International digits without '+': '06-1234 5678' and '+31 (0)6 1234 5678' →
    '31612345678' (Dutch default; libphonenumber, toestemming/phone.py). Something that cannot
    be a phone number keeps its plain digits, so two equal inputs still compare equal."""
    e164 = to_e164(number)
    if e164:
        return e164[1:]
    return "".join(ch for ch in number if ch.isdigit())
