"""PAdES signature on a PDF with the organisation certificate, and its offline check: B-B,
or B-T when a timestamp authority (RFC 3161) is configured — then the TSA signs the moment the
signature existed (toestemming/timestamps.py), and the check shows that time.

pyHanko takes its signing time from the system clock; the subclass below hands it the moment
from the injected clock instead, so tests and exports agree on time."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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

from ..timestamps import (
    TIMEOUT_SECONDS,
    TimestampUnavailable,
    TokenCheck,
    tsa_certificate_problem,
    tsa_name,
)

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


def sign_pdf(
    pdf: bytes,
    key_pem: bytes,
    cert_pem: bytes,
    at: datetime,
    reason: str,
    tsa_url: str | None = None,
) -> bytes:
    """With `tsa_url`: PAdES B-T; raises TimestampUnavailable when the TSA does not answer
    (the caller then signs without, and says so on the PDF)."""
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
    timestamper = None
    if tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(tsa_url, timeout=TIMEOUT_SECONDS)
    try:
        out = _ClockedPdfSigner(at, meta, signer, timestamper=timestamper).sign_pdf(
            writer, output=io.BytesIO()
        )
    except Exception as exc:
        if timestamper is None:
            raise
        # pyHanko wraps the TSA's failure in several types; all mean "no timestamp now".
        raise TimestampUnavailable(type(exc).__name__) from None
    return bytes(out.getvalue())


@dataclass(frozen=True)
class PdfCheck:
    problem: str | None  # Dutch, naming the file; None when the signature is intact
    signer: str = ""  # the certificate's subject
    timestamp: TokenCheck | None = None  # the B-T signature timestamp, if there is one
    signed_at: datetime | None = None  # the signing time the signature claims (the org's clock)


def check_pdf_signature(pdf: bytes, cert_pem: bytes, name: str) -> str | None:
    """None when the PDF carries one intact signature over the whole file by `cert_pem`;
    otherwise a Dutch sentence saying what is wrong (`name` is the file's name)."""
    return check_pdf(pdf, cert_pem, name).problem


def check_pdf(pdf: bytes, cert_pem: bytes, name: str) -> PdfCheck:
    """The signature as check_pdf_signature, plus its RFC 3161 timestamp when it has one."""
    problem = _problem(pdf, cert_pem, name)
    if isinstance(problem, str):
        return PdfCheck(problem)
    sig, status = problem
    signer = "" if sig.signer_cert is None else str(sig.signer_cert.subject.human_friendly)
    signed_at = sig.self_reported_timestamp
    stamp = status.timestamp_validity
    expired = _not_valid_then(sig.signer_cert, signed_at, stamp.timestamp if stamp else None)
    if expired is not None:
        return PdfCheck(f"{name}: {expired}", signer, None, signed_at)
    if stamp is None:
        return PdfCheck(None, signer, None, signed_at)
    cert = stamp.signing_cert
    check = TokenCheck(
        None,
        stamp.timestamp,
        tsa_name(cert),
        "" if cert is None else hashlib.sha256(cert.dump()).hexdigest(),
    )
    if not stamp.intact:
        return PdfCheck(
            f"{name}: de tijdstempel op de digitale handtekening hoort niet bij die handtekening.",
            signer,
            check,
            signed_at,
        )
    if not stamp.trusted:
        return PdfCheck(
            f"{name}: de handtekening van de tijdstempeldienst is ongeldig.",
            signer,
            check,
            signed_at,
        )
    unfit = tsa_certificate_problem(cert, stamp.timestamp)
    if unfit is not None:
        return PdfCheck(f"{name}: {unfit}", signer, check, signed_at)
    return PdfCheck(None, signer, check, signed_at)


def _not_valid_then(cert: Any, signed_at: datetime | None, stamped: datetime | None) -> str | None:
    """The organisation's certificate is the signature's trust root, and a validator does not
    check a trust root's validity: a PDF signed with an expired (or not yet valid) certificate
    passed. It must have been valid when the signature says it was made, and already valid
    when a TSA saw the signature. Judged at those moments, never at today's: an old package
    keeps verifying after its certificate expired."""
    try:
        validity = cert["tbs_certificate"]["validity"]
        start, end = validity["not_before"].native, validity["not_after"].native
    except (KeyError, TypeError, ValueError, AttributeError):
        return "het certificaat van de organisatie is onleesbaar."
    if signed_at is None or not start <= signed_at <= end or (stamped and stamped < start):
        shown = "onbekend" if signed_at is None else f"{signed_at:%d-%m-%Y %H:%M} UTC"
        return (
            "het certificaat van de organisatie was niet geldig op het moment van ondertekening "
            f"({shown}; geldig van {start:%d-%m-%Y} t/m {end:%d-%m-%Y})."
        )
    return None


def _problem(pdf: bytes, cert_pem: bytes, name: str) -> str | tuple[Any, Any]:
    """A Dutch problem, or (the embedded signature, its validation status)."""
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
        ts_context = _timestamp_context(sig)
    except Exception:  # malformed DER inside the token: asn1crypto raises many types
        return f"{name}: de tijdstempel op de digitale handtekening is onleesbaar."
    try:
        moment = sig.self_reported_timestamp
        vc = ValidationContext(trust_roots=[expected], moment=moment, allow_fetching=False)
        with _library_quiet():
            status = validate_pdf_signature(sig, vc, ts_context)
    except (SignatureValidationError, SigningError, ValueError):
        return f"{name}: de digitale handtekening kan niet worden gecontroleerd."
    if not status.intact:
        return f"{name}: de digitale handtekening is niet intact: het document is na ondertekening gewijzigd."
    if not status.valid:
        return f"{name}: de digitale handtekening is wiskundig ongeldig."
    if status.coverage is None or status.coverage.name != "ENTIRE_FILE":
        return f"{name}: na de handtekening is er iets aan het document toegevoegd."
    return sig, status


@contextmanager
def _library_quiet() -> Iterator[None]:
    """pyHanko logs what it finds in a hostile PDF (an update after the signature: "Error in
    diff analysis" with a whole traceback) at WARNING, which the CLI's stderr showed; the
    finding is ours to say, in Dutch (the coverage check below)."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _timestamp_context(sig: Any) -> ValidationContext | None:
    """The signature timestamp's own TSA certificates as trust roots, at the TSA's moment (see
    toestemming/timestamps.py: offline, which TSA to trust is the reader's judgement)."""
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

    for tst in extract_tst_data_iter(sig.signer_info, signed=False):
        certs = [c.chosen for c in tst["certificates"] if c.name == "certificate"]
        moment = tst["encap_content_info"]["content"].parsed["gen_time"].native
        return ValidationContext(trust_roots=certs, moment=moment, allow_fetching=False)
    return None
