"""PAdES (B-B) signature on a PDF with the organisation certificate, and its offline check.

pyHanko takes its signing time from the system clock; the subclass below hands it the moment
from the injected clock instead, so tests and exports agree on time."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

FIELD = "Organisatiehandtekening"


def _cert(pem: bytes) -> asn1_x509.Certificate:
    return next(iter(load_certs_from_pemder_data(pem)))


class _ClockedPdfSigner(signers.PdfSigner):
    def __init__(self, at: datetime, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._at = at

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        session.system_time = self._at
        return session


def sign_pdf(pdf: bytes, key_pem: bytes, cert_pem: bytes, at: datetime, reason: str) -> bytes:
    cert = _cert(cert_pem)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(key_pem, passphrase=None),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        reason=reason,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = _ClockedPdfSigner(at, meta, signer).sign_pdf(writer, output=io.BytesIO())
    return bytes(out.getvalue())


def check_pdf_signature(pdf: bytes, cert_pem: bytes, name: str) -> str | None:
    """None when the PDF carries one intact signature over the whole file by `cert_pem`;
    otherwise a Dutch sentence saying what is wrong (`name` is the file's name)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = reader.embedded_signatures
    except Exception:  # pyHanko raises many types for broken PDFs; all mean the same here
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if len(sigs) != 1:
        return f"{name}: er hoort precies één digitale handtekening in te staan, er zijn er {len(sigs)}."
    sig = sigs[0]
    try:
        expected = _cert(cert_pem)
    except Exception:
        return f"{name}: het certificaat van de organisatie in het pakket is onleesbaar."
    if sig.signer_cert is None or sig.signer_cert.dump() != expected.dump():
        return f"{name}: ondertekend met een ander certificaat dan dat van de organisatie in het pakket."
    try:
        moment = sig.self_reported_timestamp
        vc = ValidationContext(trust_roots=[expected], moment=moment, allow_fetching=False)
        status = validate_pdf_signature(sig, vc)
    except (SignatureValidationError, SigningError, ValueError):
        return f"{name}: de digitale handtekening kan niet worden gecontroleerd."
    if not status.intact:
        return f"{name}: de digitale handtekening is niet intact: het document is na ondertekening gewijzigd."
    if not status.valid:
        return f"{name}: de digitale handtekening is wiskundig ongeldig."
    if status.coverage is None or status.coverage.name != "ENTIRE_FILE":
        return f"{name}: na de handtekening is er iets aan het document toegevoegd."
    return None


def signer_subject(pdf: bytes) -> str:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    cert = reader.embedded_signatures[0].signer_cert
    return "" if cert is None else str(cert.subject.human_friendly)
