"""The organisation certificate for PAdES: made once when the vault is created and kept inside the
encrypted vault; exportable; replaceable by the organisation's own (PKCS#12 or PEM)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from forms_scenario import build
from pyhanko.pdf_utils.reader import PdfFileReader

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.proof import verify
from toestemming.proof.package import CERT, PDF
from toestemming.service import Service


def own_certificate(
    now: datetime, days: int = 365, cn: str = "Stichting Ünïcode Onderwijs"
) -> tuple[Any, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now - timedelta(days=1 if days > 0 else 30))
        .not_valid_after(now + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def events_of(service: Service, kind: str) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events WHERE kind = ?", (kind,)))


def test_made_once_at_creation_and_kept_in_the_vault(service: Service, clock: FixedClock) -> None:
    assert events_of(service, "org_certificate.created") == 1
    first = service.forms.certificate.certificate_pem()
    again = service.forms.certificate.certificate_pem()
    assert first == again and events_of(service, "org_certificate.created") == 1
    info = service.forms.certificate.info()
    assert "Testschool" in info.subject and info.self_signed
    assert info.not_after - clock.now() > timedelta(days=9 * 365)
    cert = x509.load_pem_x509_certificate(first)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    # Stored in the encrypted meta table, never beside the vault.
    assert (
        service.vault.db.scalar(
            "SELECT count(*) FROM meta WHERE key IN ('org_signing_key_pem', 'org_certificate_pem')"
        )
        == 2
    )


def test_the_organisations_own_pkcs12_signs_later_exports(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    scenario = build(service, clock)
    key, cert = own_certificate(clock.now())
    p12 = pkcs12.serialize_key_and_certificates(
        b"org", key, cert, None, serialization.BestAvailableEncryption(b"geheim wachtwoord")
    )
    info = service.forms.certificate.import_certificate(p12, password="geheim wachtwoord")
    assert "Stichting Ünïcode Onderwijs" in info.subject
    assert events_of(service, "org_certificate.imported") == 1
    path = service.forms.proof.export_request(scenario.request.id, tmp_path)
    assert verify(path).ok
    with zipfile.ZipFile(path) as z:
        pdf, pem = z.read(PDF), z.read(CERT)
    assert x509.load_pem_x509_certificate(pem) == cert
    signer = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0].signer_cert
    assert "Stichting Ünïcode Onderwijs" in signer.subject.human_friendly


def test_pem_certificate_with_its_key(service: Service, clock: FixedClock) -> None:
    key, cert = own_certificate(clock.now())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    service.forms.certificate.import_certificate(
        cert.public_bytes(serialization.Encoding.PEM), key_pem
    )
    assert x509.load_pem_x509_certificate(service.forms.certificate.certificate_pem()) == cert


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("wrong_key", "hoort niet bij dit certificaat"),
        ("expired", "vandaag niet geldig"),
        ("wrong_password", "kan niet worden gelezen"),
        ("garbage", "kan niet worden gelezen"),
    ],
)
def test_bad_imports_are_refused_and_nothing_changes(
    service: Service, clock: FixedClock, case: str, message: str
) -> None:
    before = service.forms.certificate.certificate_pem()
    events = int(service.vault.db.scalar("SELECT count(*) FROM events"))
    key, cert = own_certificate(clock.now(), days=-2 if case == "expired" else 365)
    other, _ = own_certificate(clock.now())
    pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = (other if case == "wrong_key" else key).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValidationError, match=message):
        if case == "wrong_password":
            p12 = pkcs12.serialize_key_and_certificates(
                b"org", key, cert, None, serialization.BestAvailableEncryption(b"juist")
            )
            service.forms.certificate.import_certificate(p12, password="fout")
        elif case == "garbage":
            service.forms.certificate.import_certificate(b"geen certificaat", password="x")
        else:
            service.forms.certificate.import_certificate(pem, key_pem)
    assert service.forms.certificate.certificate_pem() == before
    assert int(service.vault.db.scalar("SELECT count(*) FROM events")) == events


@pytest.mark.parametrize(
    "organisation",
    [
        "Stichting Samenwerkingsverband Voortgezet Onderwijs Zuid",  # 56 characters
        "Coöperatie Jeugdhulp en Onderwijs Midden-Nederland Oost-Veluwë Regio",
        "ك" * 100,  # two bytes each in UTF-8
    ],
)
def test_a_long_organisation_name_still_makes_a_vault_and_its_certificate(
    tmp_path: Path, clock: FixedClock, organisation: str
) -> None:
    """X.509 counts 64 bytes, not characters: a 53+ character name once crashed creation."""
    from conftest import PASSPHRASE

    from toestemming.store.header import KdfParams

    svc, _ = Service.create(
        tmp_path / "lang.tvault", organisation, "Anna de Tester", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        cert = x509.load_pem_x509_certificate(svc.forms.certificate.certificate_pem())
        (org,) = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        assert organisation.startswith(str(org.value)) and len(str(org.value).encode()) <= 64
        (common,) = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        assert len(str(common.value).encode()) <= 64
    finally:
        svc.close()
