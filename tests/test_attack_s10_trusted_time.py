"""Trusted time attacked (issue 20, session 10): tokens an insider can get without a real TSA.

Offline, a token's own certificate is its trust root (toestemming/timestamps.py), and a
validator does not check a trust root's validity or purpose. So an insider who wanted an
earlier "trusted" time on a package made a certificate of their own — for a web server, or
one that had expired — had it sign an RFC 3161 token with any genTime over the exact
checkpoint message, put it in the audit file, signed the manifest again, and `verify --trust`
said "OK — bewijspakket in orde" with that time as the TSA's. The same for the PDF's PAdES
B-T timestamp, from a TSA on 127.0.0.1 whose certificate lacks id-kp-timeStamping.

RFC 3161 §2.3: a TSA's certificate has exactly one extended key usage, id-kp-timeStamping,
marked critical; and a token is only as good as the certificate was valid at its genTime."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import tsa_support
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from forms_scenario import Scenario, build
from pyhanko.sign.timestamps import DummyTimeStamper
from test_trusted_time import pack as pack_files
from test_trusted_time import resign_manifest, unpack
from tsa_support import TSA_TIME, local_tsa
from zip_craft import run_cli

from toestemming.audit import checkpoint_message
from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, CERT, PDF
from toestemming.proof.pdfsign import check_pdf, sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service
from toestemming.timestamps import check_token

Files = dict[str, bytes]
Credentials = tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]
NOT_FOR_STAMPS = "niet voor tijdstempels bedoeld"
NOT_VALID_THEN = "niet geldig op het moment van de tijdstempel"


def credentials(
    usage: list[x509.ObjectIdentifier] | None,
    critical: bool = True,
    valid: tuple[datetime, datetime] | None = None,
) -> Credentials:
    """A TSA-like certificate: `usage` None = no extended key usage at all."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tijd die klopt (echt waar)")])
    start, end = valid or (TSA_TIME - timedelta(days=400), TSA_TIME + timedelta(days=400))
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
    )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage(usage), critical=critical)
    cert = builder.sign(key, hashes.SHA256())
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(der_key),
    )


def token(creds: Credentials, message: bytes, at: datetime) -> bytes:
    stamper = DummyTimeStamper(tsa_cert=creds[0], tsa_key=creds[1], fixed_dt=at)
    answer = asyncio.run(stamper.async_timestamp(hashlib.sha256(message).digest(), "sha256"))
    return bytes(answer.dump())


WEB_SERVER = [ExtendedKeyUsageOID.SERVER_AUTH]
STAMPS = [ExtendedKeyUsageOID.TIME_STAMPING]
FORGED: dict[str, tuple[Any, datetime, str]] = {
    "a web server's certificate": (lambda: credentials(WEB_SERVER), TSA_TIME, NOT_FOR_STAMPS),
    "no extended key usage": (lambda: credentials(None), TSA_TIME, NOT_FOR_STAMPS),
    "time stamping, but not critical": (
        lambda: credentials(STAMPS, critical=False),
        TSA_TIME,
        NOT_FOR_STAMPS,
    ),
    "time stamping and a web server": (
        lambda: credentials([*STAMPS, *WEB_SERVER]),
        TSA_TIME,
        NOT_FOR_STAMPS,
    ),
    "expired a year before the stamp": (
        lambda: credentials(
            STAMPS, valid=(datetime(2020, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC))
        ),
        TSA_TIME,
        NOT_VALID_THEN,
    ),
    "a stamp dated before the certificate existed": (
        lambda: credentials(STAMPS, valid=(TSA_TIME, TSA_TIME + timedelta(days=400))),
        TSA_TIME - timedelta(days=200),
        NOT_VALID_THEN,
    ),
}


@pytest.fixture
def exported(service: Service, clock: FixedClock, tmp_path: Path) -> tuple[Files, str, Service]:
    scenario: Scenario = build(service, clock)
    with local_tsa() as tsa:
        service.trusted_time.set_url(tsa.url)
        path = service.forms.proof.export_request(scenario.request.id, tmp_path / "echt.zip")
    signing_key = str(service.vault.db.scalar("SELECT value FROM meta WHERE key = 'signing_key'"))
    return unpack(path), signing_key, service


def pack(files: Files, target: Path) -> Path:
    pack_files(files, target)
    return target


def checkpoint_of(files: Files) -> tuple[dict[str, Any], bytes]:
    doc = json.loads(files[AUDIT])
    cp = doc["checkpoint"]
    message = checkpoint_message(
        str(doc["vault"]),
        int(cp["tree_size"]),
        bytes.fromhex(cp["root"]),
        bytes.fromhex(cp["chain_head"]),
        str(cp["at"]),
    )
    return doc, message


def test_the_genuine_stamped_package_is_authentic(
    exported: tuple[Files, str, Service], tmp_path: Path
) -> None:
    files, _key, service = exported
    report = verify(pack(files, tmp_path / "p.zip"), expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("case", sorted(FORGED))
def test_a_checkpoint_token_from_a_certificate_no_tsa_may_use(
    exported: tuple[Files, str, Service], tmp_path: Path, case: str
) -> None:
    make, at, words = FORGED[case]
    files, signing_key, service = exported
    doc, message = checkpoint_of(files)
    forged = token(make(), message, at)
    assert check_token(forged, message).problem is not None  # the check itself
    doc["checkpoint"]["timestamp"]["rfc3161_token"] = base64.b64encode(forged).decode()
    path = pack(
        resign_manifest({**files, AUDIT: json.dumps(doc).encode()}, signing_key), tmp_path / "x.zip"
    )
    run = run_cli(["verify", "--expect-key", service.public_key, str(path)])
    assert run.returncode == EXIT_NOT_INTACT, (case, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr
    assert f"{AUDIT}: controlepunt: " in run.stderr and words in run.stderr, run.stderr


def test_a_pdf_stamped_by_a_tsa_whose_certificate_is_for_a_web_server(
    exported: tuple[Files, str, Service], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real TSA on 127.0.0.1 (real HTTP, pyHanko asks it), its certificate made for a web
    server; the insider re-signs the genuine PDF's content with it (the signature is over the
    whole new file: intact)."""
    files, signing_key, service = exported
    key_pem, cert_pem = service.forms.proof.certificate.key_and_certificate()
    monkeypatch.setattr(tsa_support, "tsa_credentials", lambda name="": credentials(WEB_SERVER))
    unsigned = _unsigned_pdf(files[PDF])
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    with local_tsa() as tsa:
        stamped = sign_pdf(unsigned, key_pem, cert_pem, at, "Bewijs", tsa.url)
    check = check_pdf(stamped, files[CERT], PDF)
    assert check.timestamp is not None and check.problem is not None
    assert NOT_FOR_STAMPS in check.problem
    path = pack(resign_manifest({**files, PDF: stamped}, signing_key), tmp_path / "pdf.zip")
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(p.startswith(f"{PDF}: ") and NOT_FOR_STAMPS in p for p in report.problems)


def test_a_stamp_far_from_the_checkpoints_own_moment_is_said(
    exported: tuple[Files, str, Service], tmp_path: Path
) -> None:
    """A genuine TSA, but its time lies hours after the moment the checkpoint claims (the
    organisation's clock; a stamp asked late): intact, and the officer is told only the TSA's
    time is independent. (A stamp before the checkpoint: tests/test_attack_s14_verify_clock.py.)"""
    files, _key, service = exported
    report = verify(pack(files, tmp_path / "p.zip"), expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC
    said = [f for f in report.facts if f.startswith("Let op: het controlepunt zegt")]
    assert len(said) == 1 and "30-11-2026 13:34" in said[0], report.facts


def _unsigned_pdf(signed: bytes) -> bytes:
    """The PDF as rendered, before the organisation signed it: reportlab writes one %%EOF,
    pyHanko appends the signature as an incremental update after it."""
    end = signed.index(b"%%EOF") + len(b"%%EOF")
    return signed[: end + 1 if signed[end : end + 1] == b"\n" else end]
