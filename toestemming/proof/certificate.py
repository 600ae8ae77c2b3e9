"""The organisation's X.509 certificate for PAdES signatures on proof PDFs.

A self-signed certificate (ECDSA P-256, 10 years) is made at first use; the organisation can
replace it with its own (PKCS#12, or PEM certificate + key). Key and certificate live in the
vault's `meta` table, inside the encrypted database; the certificate can be exported so that
verifiers can pin it."""

from __future__ import annotations

import hashlib
import stringprep
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..errors import ValidationError
from ..usecases.context import Context

KEY_META = "org_signing_key_pem"
CERT_META = "org_certificate_pem"
VALID_YEARS = 10


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    fingerprint_sha256: str
    not_before: datetime
    not_after: datetime
    self_signed: bool


def describe(cert_pem: bytes) -> CertificateInfo:
    cert = x509.load_pem_x509_certificate(cert_pem)
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.issuer == cert.subject,
    )


class OrgCertificate:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def key_and_certificate(self) -> tuple[bytes, bytes]:
        """(private key PEM, certificate PEM); made on first use."""
        key, cert = self._ctx.meta(KEY_META), self._ctx.meta(CERT_META)
        if key and cert:
            return key.encode("ascii"), cert.encode("ascii")
        return self._create()

    def signing_pair(self) -> tuple[bytes, bytes]:
        """(key, certificate) to sign a proof PDF with now. `verify` refuses a signature made
        while the certificate was not valid (pdfsign), so a package signed with an expired one
        would fail every check: the certificate this program made (10 years) is made anew; one
        the organisation imported is refused with the reason (they import their new one)."""
        key, cert = self.key_and_certificate()
        info = describe(cert)
        now = self._ctx.clock.now()
        # A minute's margin: the PDF is signed a moment after this check.
        if info.not_before <= now and now + timedelta(minutes=1) <= info.not_after:
            return key, cert
        latest = self._ctx.db.scalar(
            "SELECT kind FROM events WHERE kind IN ('org_certificate.created', "
            "'org_certificate.imported') ORDER BY seq DESC LIMIT 1"
        )
        if latest == "org_certificate.created":
            return self._create()
        raise ValidationError(
            message_id="error-certificate-not-valid-for-proof", field="certificate"
        )

    def certificate_pem(self) -> bytes:
        return self.key_and_certificate()[1]

    def info(self) -> CertificateInfo:
        return describe(self.certificate_pem())

    def _create(self) -> tuple[bytes, bytes]:
        now = self._ctx.clock.now()
        org = self._ctx.organisation or "Toestemming"
        key = ec.generate_private_key(ec.SECP256R1())
        common = f"{org} – bewijs van toestemming"
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, _fit(_one_direction(common, org))),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(_one_direction(org, org))),
                x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            # A day of slack: a verifier whose clock is slightly behind still accepts it.
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=VALID_YEARS * 365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        cert_pem = cert.public_bytes(serialization.Encoding.PEM)
        self._store(key_pem, cert_pem, "org_certificate.created")
        return key_pem, cert_pem

    def import_certificate(
        self, data: bytes, key_pem: bytes | None = None, password: str | None = None
    ) -> CertificateInfo:
        """The organisation's own certificate: a PKCS#12 file (with `password`), or a PEM
        certificate plus `key_pem`. The key must belong to the certificate and the certificate
        must be valid today."""
        try:
            if key_pem is None:
                key, cert, _chain = pkcs12.load_key_and_certificates(
                    data, password.encode("utf-8") if password else None
                )
            else:
                cert = x509.load_pem_x509_certificate(data)
                loaded = serialization.load_pem_private_key(
                    key_pem, password.encode("utf-8") if password else None
                )
                key = loaded
        except (ValueError, TypeError):
            raise ValidationError(
                message_id="error-certificate-unreadable",
                field="certificate",
            ) from None
        if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise ValidationError(message_id="error-certificate-rsa-or-ec", field="certificate")
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        enc = serialization.Encoding.DER
        if key.public_key().public_bytes(enc, spki) != cert.public_key().public_bytes(enc, spki):
            raise ValidationError(message_id="error-certificate-key-mismatch", field="certificate")
        now = self._ctx.clock.now()
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            raise ValidationError(
                message_id="error-certificate-not-valid-today", field="certificate"
            )
        key_out = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        cert_out = cert.public_bytes(serialization.Encoding.PEM)
        self._store(key_out, cert_out, "org_certificate.imported")
        return describe(cert_out)

    def _store(self, key_pem: bytes, cert_pem: bytes, kind: str) -> None:
        info = describe(cert_pem)
        with self._ctx.db.transaction():
            self._ctx.set_meta(KEY_META, key_pem.decode("ascii"))
            self._ctx.set_meta(CERT_META, cert_pem.decode("ascii"))
            self._ctx.event(
                kind,
                {
                    "fingerprint_sha256": info.fingerprint_sha256,
                    "subject_sha256": hashlib.sha256(info.subject.encode()).hexdigest(),
                    "not_after": info.not_after.isoformat(),
                },
            )


def _one_direction(text: str, org: str) -> str:
    """`text` as an X.509 name may hold it (RFC 4518 → RFC 3454 §6, which pyHanko's reader
    applies): with a right-to-left letter, no left-to-right one, and one at each end. An
    organisation named "Stichting النور" (or "مدرسة النور", with " – bewijs van toestemming"
    after it) could export no proof at all — signing raised "malformed bidirectional
    sequence". Then the name in the certificate is the organisation's right-to-left name on
    its own when that is allowed, else its left-to-right words; the proof itself (PDF,
    manifest, receipt) keeps the full name."""
    if _bidi_allowed(text):
        return text
    if _bidi_allowed(org.strip()):
        return org.strip()
    latin = " ".join("".join(" " if stringprep.in_table_d1(c) else c for c in org).split())
    return latin if _bidi_allowed(latin) and latin.strip(" -–()") else "Toestemming"


def _bidi_allowed(text: str) -> bool:
    rtl = [stringprep.in_table_d1(c) for c in text]
    if not any(rtl):
        return True
    return not any(stringprep.in_table_d2(c) for c in text) and rtl[0] and rtl[-1]


def _fit(text: str, limit: int = 64) -> str:
    """X.509 caps these names at 64 bytes of UTF-8, not 64 characters: an organisation name
    of 53 characters plus the en dash and an ë once made creating a vault fail."""
    while len(text.encode("utf-8")) > limit:
        text = text[:-1]
    return text.rstrip()
