"""Connection profiles for the team server: where it is, who logs in, how TLS is checked.

A profile holds host, port, database, the worker's login role, the organisation's label and
the TLS files: always `sslmode=verify-full` against a CA file the IT department hands out (a
profile without one cannot be saved: without it the app could not tell the real server from
someone in between), optionally a client certificate + key instead of a password.

Profiles are JSON in the app's settings folder; the password never is. It goes to the OS
keyring (`keyring`: Windows Credential Manager, macOS Keychain, Secret Service) under
SERVICE_NAME and the profile's `key()`, and is read back at connect. `conninfo()` is the libpq
URL without a password: psycopg gets the password as a separate argument.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .errors import ToestemmingError, ValidationError, field_label
from .safejson import loads as loads_bounded

log = logging.getLogger(__name__)

SERVICE_NAME = "Toestemming teamserver"
PROFILES_FILE = "teamserver-profielen.json"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10  # an unreachable server says so after this, instead of hanging
MAX_PROFILES = 50
MAX_FILE_BYTES = 256 * 1024
_FORMAT = 1
# Role names the app makes and accepts: what PostgreSQL takes unquoted, lower case, so the
# name the IT department types, the certificate's CN and pg_hba.conf all agree.
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_PEM_CERT = b"-----BEGIN CERTIFICATE-----"


class KeyringUnavailable(ToestemmingError):
    """The OS keyring could not be used (none on this computer, locked, refused)."""

    code = "sleutelbos"


@dataclass(frozen=True)
class TeamProfile:
    host: str
    port: int
    database: str
    user: str
    organisation: str
    ca_file: Path
    client_cert: Path | None = None
    client_key: Path | None = None

    @property
    def uses_certificate(self) -> bool:
        return self.client_cert is not None

    def key(self) -> str:
        """The profile's name in the list and in the keyring: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def conninfo(self) -> str:
        """The libpq URL: TLS verified against the CA file, never a password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        params = [
            ("sslmode", "verify-full"),
            ("sslrootcert", str(self.ca_file)),
            ("connect_timeout", str(CONNECT_TIMEOUT_S)),
            ("application_name", "toestemming"),
        ]
        if self.client_cert is not None and self.client_key is not None:
            params += [("sslcert", str(self.client_cert)), ("sslkey", str(self.client_key))]
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
        user, db = quote(self.user, safe=""), quote(self.database, safe="")
        return f"postgresql://{user}@{host}:{self.port}/{db}?{query}"

    def to_json(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
            "organisation": self.organisation,
            "ca_file": str(self.ca_file),
            "client_cert": str(self.client_cert) if self.client_cert else None,
            "client_key": str(self.client_key) if self.client_key else None,
        }


def _invalid(label: str, field: str) -> ValidationError:
    return ValidationError(
        message_id="error-validation-invalid", params={"label": field_label(label)}, field=field
    )


def _text(value: object, label: str, field: str, max_len: int) -> str:
    """validation.text (text, NFC, required, no control characters), and stricter for what
    goes into a connection string: the limit in bytes (PostgreSQL counts bytes: 63 for a
    name) and no tab, line break or other separator than a plain space either."""
    # Imported on use: validation pulls in the rules and the model (~30 ms), and the unlock
    # window reads the saved profiles before the worker has typed anything (GUI start budget).
    from .validation import text

    cleaned = text(value, label, field, max_len=max_len)
    if len(cleaned.encode()) > max_len:
        raise ValidationError(
            message_id="error-validation-too-long-max",
            params={"label": field_label(label), "max_len": max_len},
            field=field,
        )
    if any(unicodedata.category(ch)[0] in "CZ" and ch != " " for ch in cleaned):
        raise ValidationError(
            message_id="error-validation-characters-not-allowed",
            params={"label": field_label(label)},
            field=field,
        )
    return cleaned


def host_name(value: object) -> str:
    host = _text(value, "Server", "host", 253).lower()
    with contextlib.suppress(ValueError):
        return str(ipaddress.ip_address(host.strip("[]")))
    if not all(_HOST_LABEL.match(part) for part in host.rstrip(".").split(".")):
        raise ValidationError(message_id="error-team-host-invalid", field="host")
    return host.rstrip(".")


def role_name(value: object, label: str = "Gebruikersnaam", field: str = "user") -> str:
    """A login role as the app makes them: a-z, 0-9 and _, starting with a letter or _."""
    name = _text(value, label, field, 63)
    if not ROLE_NAME.match(name) or name.startswith("pg_"):
        raise ValidationError(message_id="error-team-role-invalid", field=field)
    return name


def port_number(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValidationError(message_id="error-team-port-invalid", field="port")
    return value


def _pem_file(value: object, label: str, field: str, *, certificate: bool) -> Path:
    text = _text(str(value) if isinstance(value, Path) else value, label, field, 4096)
    path = Path(text).expanduser()
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        raise ValidationError(
            message_id="error-team-file-unreadable",
            params={"label": field_label(label)},
            field=field,
        ) from None
    if certificate and _PEM_CERT not in head:
        raise ValidationError(
            message_id="error-team-file-not-certificate",
            params={"label": field_label(label)},
            field=field,
        )
    if not certificate and b"PRIVATE KEY-----" not in head:
        raise ValidationError(message_id="error-team-file-not-key", field=field)
    return path.resolve()


def make_profile(
    *,
    host: object,
    port: object = DEFAULT_PORT,
    database: object,
    user: object,
    organisation: object,
    ca_file: object,
    client_cert: object = None,
    client_key: object = None,
) -> TeamProfile:
    """A checked profile, or ValidationError naming the field (never echoing the value).
    Fields are checked in the order of the form, so the first wrong one is named."""
    checked_host = host_name(host)
    checked_port = port_number(port)
    checked_database = _text(database, "Database", "database", 63)
    checked_user = role_name(user)
    checked_organisation = _text(organisation, "Organisatie", "organisation", 120)
    if ca_file is None or (isinstance(ca_file, str) and not ca_file.strip()):
        raise ValidationError(message_id="error-team-ca-required", field="ca_file")
    ca = _pem_file(ca_file, "CA-certificaat", "ca_file", certificate=True)
    has_cert = client_cert not in (None, "")
    has_key = client_key not in (None, "")
    if has_cert != has_key:
        raise ValidationError(message_id="error-team-cert-and-key", field="client_cert")
    cert = (
        _pem_file(client_cert, "Certificaat", "client_cert", certificate=True) if has_cert else None
    )
    key = _pem_file(client_key, "Sleutel", "client_key", certificate=False) if has_key else None
    return TeamProfile(
        host=checked_host,
        port=checked_port,
        database=checked_database,
        user=checked_user,
        organisation=checked_organisation,
        ca_file=ca,
        client_cert=cert,
        client_key=key,
    )


def settings_folder() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("Toestemming", appauthor=False))


class ProfileStore:
    """The saved profiles (one JSON file, current user only). No password is ever in it."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else settings_folder()

    @property
    def path(self) -> Path:
        return self.folder / PROFILES_FILE

    def load_all(self) -> list[TeamProfile]:
        """Every saved profile that still checks out; one that does not (a CA file moved away,
        an edited file) is left out and logged by position only."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError:
            log.warning("team-server profiles could not be read")
            return []
        try:
            data = loads_bounded(raw, max_bytes=MAX_FILE_BYTES)
        except ValueError:
            log.warning("team-server profiles file is not valid JSON; ignored")
            return []
        entries = data.get("profiles") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        profiles: list[TeamProfile] = []
        for index, entry in enumerate(entries[:MAX_PROFILES]):
            if not isinstance(entry, dict):
                continue
            try:
                profiles.append(make_profile(**{k: entry.get(k) for k in _FIELDS}))
            except ToestemmingError:
                log.warning("team-server profile %d no longer checks out; skipped", index)
        return profiles

    def find(self, key: str) -> TeamProfile | None:
        return next((p for p in self.load_all() if p.key() == key), None)

    def save(self, profile: TeamProfile) -> None:
        """Add the profile, or replace the one with the same key (in its place in the list)."""
        profiles = self.load_all()
        keys = [p.key() for p in profiles]
        if profile.key() in keys:
            profiles[keys.index(profile.key())] = profile
        elif len(profiles) >= MAX_PROFILES:
            raise ValidationError(
                message_id="error-team-too-many-profiles", params={"max": MAX_PROFILES}
            )
        else:
            profiles.append(profile)
        self._write(profiles)

    def delete(self, profile: TeamProfile) -> None:
        """Remove the profile and its remembered password."""
        self._write([p for p in self.load_all() if p.key() != profile.key()])
        forget_password(profile)

    def _write(self, profiles: list[TeamProfile]) -> None:
        # Here, not at the top: the unlock window imports this module at start-up, and
        # private_files pulls in subprocess (~10 ms) that only a save needs.
        from .private_files import write_private

        self.folder.mkdir(parents=True, exist_ok=True)
        body = {"format": _FORMAT, "profiles": [p.to_json() for p in profiles]}
        write_private(
            self.path, json.dumps(body, indent=2, ensure_ascii=False).encode(), replace=True
        )


_FIELDS = (
    "host",
    "port",
    "database",
    "user",
    "organisation",
    "ca_file",
    "client_cert",
    "client_key",
)


# -- the password, in the OS keyring only ----------------------------------------------------
def remember_password(profile: TeamProfile, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE_NAME, profile.key(), password)
    except (KeyringError, RuntimeError, OSError):
        log.warning("the OS keyring refused to store a team-server password")
        raise KeyringUnavailable(message_id="error-team-keyring-unavailable") from None


def stored_password(profile: TeamProfile) -> str | None:
    """The remembered password, or None (none stored, or no keyring here: then the worker
    types it, which is not an error)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE_NAME, profile.key())
    except (KeyringError, RuntimeError, OSError):
        log.warning("the OS keyring could not be read")
        return None


def forget_password(profile: TeamProfile) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE_NAME, profile.key())
    except PasswordDeleteError:
        pass  # nothing was remembered
    except (KeyringError, RuntimeError, OSError):
        log.warning("the OS keyring could not forget a team-server password")
