"""Helpers for the mail tests: a vault with the people and requests the reply corpus talks
about, a real SMTP server on localhost (aiosmtpd; plain, STARTTLS or SSL) and a self-signed
certificate made on the spot with `cryptography`."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from mail_corpus import CODE_MAIN, CODE_NOOR, CODE_SPECIAL, NOOR, ORG, SAM

from toestemming.capture.settings import RemoteSettings, Security, SmtpSettings
from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest, Youth
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

PASSPHRASE = "correct horse battery staple"
# The corpus replies are dated 24 Nov 2026 09:12 (+01:00); the requests are made a day before.
START = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
SMTP_USER = "balie@testschool.example"
SMTP_PASSWORD = "Zeer-geheim-wachtwoord-2026"


@dataclass
class RemoteVault:
    svc: Service
    clock: FixedClock
    sam: Youth
    noor: Youth
    main: ConsentRequest  # Sam: 1 werk/UWV (contact), 2 stage/werkgever (stagegegevens)
    special: ConsentRequest  # Sam: 1 werk/UWV, 2 zorg (gezondheid: special)
    noor_request: ConsentRequest


def build_remote_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> RemoteVault:
    clock = FixedClock(START)
    svc, _ = Service.create(path, "Testschool", "Anna de Tester", PASSPHRASE, clock, KdfParams())
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    bakker = c.add_recipient("Bakkerij De Korenschoof", "werkgever", "")
    zorg = c.add_recipient("Jeugdteam Utrecht", "zorg", "")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    stage = c.add_purpose("stage", "Stage regelen", "Zodat je stagebedrijf weet wat je nodig hebt.")
    hulp = c.add_purpose("hulp", "Hulp afstemmen", "Zodat het jeugdteam je goed kan helpen.")
    contact = c.add_category("contact", "Contactgegevens", "Naam, adres, telefoon.", "dat", False)
    stagegeg = c.add_category("stagegeg", "Stagegegevens", "Waar en hoe.", "wat", False)
    gezond = c.add_category("gezondheid", "Gezondheid", "Medische gegevens.", "wat", True)
    sam = svc.people.add_youth(
        given_name="Sam",
        family_name="de Vries",
        birth_date="2009-05-10",
        email=SAM,
        phone="06-12345678",
    )
    noor = svc.people.add_youth(
        given_name="Noor",
        family_name="Bakker",
        birth_date="2008-02-01",
        email=NOOR,
        phone="+31 6 87654321",
    )
    codes = iter([CODE_MAIN, CODE_SPECIAL, CODE_NOOR])
    monkeypatch.setattr("toestemming.usecases.consent.new_reference_code", lambda: next(codes))
    main = svc.consents.create_request(
        sam.id,
        [ItemSpec(werk.id, uwv.id, (contact.id,)), ItemSpec(stage.id, bakker.id, (stagegeg.id,))],
    )
    special = svc.consents.create_request(
        sam.id, [ItemSpec(werk.id, uwv.id, (contact.id,)), ItemSpec(hulp.id, zorg.id, (gezond.id,))]
    )
    noor_request = svc.consents.create_request(noor.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    monkeypatch.undo()
    svc.remote.set_settings(
        RemoteSettings(
            app_number="+31 6 11122233", reply_address=ORG, contact_text="Balie: 030-1234567"
        )
    )
    return RemoteVault(svc, clock, sam, noor, main, special, noor_request)


# -- certificate --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cert:
    cert: Path
    key: Path


def self_signed(directory: Path, name: str = "localhost") -> Cert:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)  # certificate validity is checked against the real clock
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(name), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / f"{name}.crt", directory / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Cert(cert_path, key_path)


# -- SMTP server --------------------------------------------------------------------------------
@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = (
        isinstance(data, LoginPassword)
        and data.login == SMTP_USER.encode()
        and data.password == SMTP_PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class Server:
    handler: Handler
    port: int
    security: Security
    cert: Cert | None

    def settings(self, **over: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "localhost",
            "port": self.port,
            "security": self.security,
            "username": SMTP_USER if self.security != Security.NONE else "",
            "password": SMTP_PASSWORD if self.security != Security.NONE else "",
            "from_address": ORG,
            "from_name": "Testschool Balie",
            "ca_file": str(self.cert.cert) if self.cert else "",
            "timeout_seconds": 10,
        }
        values.update(over)
        return SmtpSettings(**values)


@contextmanager
def smtp_server(security: Security, cert: Cert | None = None) -> Iterator[Server]:
    """A real SMTP server on 127.0.0.1. STARTTLS and SSL require a login over TLS."""
    handler = Handler()
    port = _free_port()
    kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": port}
    if security != Security.NONE:
        assert cert is not None
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert.cert, cert.key)
        kwargs.update(authenticator=_authenticator, auth_required=True)
        if security == Security.STARTTLS:
            kwargs.update(tls_context=ctx, require_starttls=True, auth_require_tls=True)
        else:
            # Implicit TLS: every byte is encrypted already, but aiosmtpd only knows about
            # STARTTLS when deciding whether to offer AUTH.
            kwargs.update(ssl_context=ctx, auth_require_tls=False)
    controller = Controller(handler, **kwargs)
    controller.start()
    try:
        yield Server(handler, port, security, cert)
    finally:
        controller.stop()


@pytest.fixture
def rv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RemoteVault]:
    """A fresh remote vault (build_remote_vault) per test, closed afterwards if still open.
    Imported by conftest.py, so every test module can ask for it."""
    v = build_remote_vault(tmp_path / "remote.tvault", monkeypatch)
    try:
        yield v
    finally:
        if v.svc.is_open:
            v.svc.close()
