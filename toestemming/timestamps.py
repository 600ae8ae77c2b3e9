"""Trusted time (RFC 3161): ask a timestamp authority (TSA) to sign "this message existed at
this moment", and check such a token offline.

The vault's own times come from the organisation's computer clock, which the organisation
controls; a TSA token is signed by a third party, so a checkpoint or a proof PDF cannot be
backdated without the TSA's help. pyHanko does the protocol (request, nonce, response) and
validates the CMS signature; this module adds only what Toestemming needs: one request
function that either returns a checked token or raises `TimestampUnavailable`, and one check
that says in Dutch what is wrong.

A token is trusted here as far as its own embedded TSA certificate goes: offline we cannot ask
whether that TSA is one the reader trusts, so the report names the TSA and the SHA-256 of its
certificate, and the reader judges that (as with any PDF reader's "timestamp by …" line)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from .errors import ValidationError

log = logging.getLogger(__name__)

# Short: a TSA that does not answer must not hold up closing the vault or an export.
TIMEOUT_SECONDS = 5.0
STRONG_DIGESTS = ("sha256", "sha384", "sha512")
MAX_URL = 500


class TimestampUnavailable(Exception):
    """The TSA could not be reached or gave no usable token. The message is a short technical
    reason without personal data (safe to log)."""


@dataclass(frozen=True)
class TokenCheck:
    problem: str | None  # Dutch; None when the token is intact and over the expected message
    time: datetime | None = None  # the TSA's genTime
    tsa: str = ""  # the TSA certificate's subject, human-friendly
    tsa_certificate_sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalise_url(url: str) -> str:
    """A TSA address as stored: http(s), a host, no user or password in it (the URL ends up in
    the log and in every proof package), not absurdly long."""
    value = url.strip()
    try:  # (urlsplit and .port raise ValueError: "http://[::1", "http://host:99999", NFKC)
        parts = urlsplit(value)
        parts.port  # noqa: B018 — read for its check
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.password is not None
        or len(value) > MAX_URL
        or any(c.isspace() for c in value)
    ):
        raise ValidationError(
            message_id="error-timestamp-give-address-time-stamp",
            field="tsa_url",
        )
    return value


def request_token(url: str, message: bytes, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """A DER-encoded RFC 3161 TimeStampToken over SHA-256(message), checked before it is
    returned (a TSA that answers with something else is treated as unavailable)."""
    from pyhanko.sign.timestamps import HTTPTimeStamper

    stamper = HTTPTimeStamper(url, timeout=timeout)
    digest = hashlib.sha256(message).digest()
    try:
        token = asyncio.run(stamper.async_timestamp(digest, "sha256"))
        der = bytes(token.dump())
    except Exception as exc:  # network, HTTP, refused request, bad nonce: all "not available"
        raise TimestampUnavailable(type(exc).__name__) from None
    check = check_token(der, message)
    if check.problem is not None:
        raise TimestampUnavailable("invalid token")
    return der


def check_token(token: bytes, message: bytes) -> TokenCheck:
    """Is `token` an intact RFC 3161 token over SHA-256/384/512 of `message`?"""
    try:
        signed_data, tst_info, certs = _parse(token)
        algorithm = str(tst_info["message_imprint"]["hash_algorithm"]["algorithm"].native)
        gen_time: datetime = tst_info["gen_time"].native
    except Exception:  # asn1crypto raises many types for malformed DER
        return TokenCheck("de tijdstempel is onleesbaar of geen RFC 3161-tijdstempel.")
    if algorithm not in STRONG_DIGESTS:
        return TokenCheck(f"de tijdstempel gebruikt een te zwakke hashfunctie ({algorithm}).")
    try:
        status = asyncio.run(_validate(signed_data, certs, gen_time, message))
    except Exception:
        return TokenCheck("de handtekening van de tijdstempeldienst kan niet worden gecontroleerd.")
    signer = status.get("signing_cert")
    tsa = tsa_name(signer)
    fingerprint = hashlib.sha256(signer.dump()).hexdigest() if signer is not None else ""
    if not status.get("intact"):
        return TokenCheck(
            "de tijdstempel hoort niet bij deze gegevens (de vingerafdruk erin is een andere).",
            gen_time,
            tsa,
            fingerprint,
        )
    trusted = status.get("trust_problem_indic") is None and status.get("validation_path")
    if not status.get("valid") or not trusted:
        return TokenCheck(
            "de handtekening van de tijdstempeldienst is ongeldig.", gen_time, tsa, fingerprint
        )
    unfit = tsa_certificate_problem(signer, gen_time)
    if unfit is not None:
        return TokenCheck(unfit, gen_time, tsa, fingerprint)
    return TokenCheck(None, gen_time, tsa, fingerprint)


def tsa_certificate_problem(cert: Any, gen_time: datetime | None) -> str | None:
    """Why the certificate that signed a token is not a TSA's certificate at the token's
    moment (Dutch), or None. The token's own certificate is its trust root here (see the
    module docstring), and a trust root's validity and purpose are not checked by the
    validator: so a token from a certificate made for a web server, or one signed with an
    expired (or not yet valid) certificate under a chosen genTime, passed as trusted time.
    RFC 3161 §2.3: exactly one extended key usage, id-kp-timeStamping, marked critical."""
    if cert is None or gen_time is None:
        return "de tijdstempel noemt geen certificaat van een tijdstempeldienst."
    try:
        extensions = cert["tbs_certificate"]["extensions"]
        usages = [e for e in extensions if e["extn_id"].native == "extended_key_usage"]
        validity = cert["tbs_certificate"]["validity"]
        start, end = validity["not_before"].native, validity["not_after"].native
    except (KeyError, TypeError, ValueError, AttributeError):
        return "het certificaat van de tijdstempeldienst is onleesbaar."
    if (
        len(usages) != 1
        or not usages[0]["critical"].native
        or list(usages[0]["extn_value"].parsed.native) != ["time_stamping"]
    ):
        return (
            "de tijdstempel is ondertekend met een certificaat dat niet voor tijdstempels "
            "bedoeld is."
        )
    if not start <= gen_time <= end:
        return (
            "het certificaat van de tijdstempeldienst was niet geldig op het moment van de "
            "tijdstempel."
        )
    return None


def tsa_name(cert: Any) -> str:
    """The TSA's common name (or its whole subject) from an asn1crypto certificate."""
    if cert is None:
        return ""
    subject = cert.subject.native
    return str(subject.get("common_name") or cert.subject.human_friendly)


def token_tsa(token: bytes) -> str:
    """The name of the TSA that signed `token` (parsing only; check_token checks it)."""
    try:
        signed_data, _info, certs = _parse(token)
        sid = signed_data["signer_infos"][0]["sid"].chosen
        for cert in certs:
            if (cert.issuer, cert.serial_number) == (sid["issuer"], sid["serial_number"].native):
                return tsa_name(cert)
    except Exception:  # malformed DER: no name
        return ""
    return ""


def _parse(token: bytes) -> tuple[Any, Any, list[Any]]:
    from asn1crypto import cms, tsp  # type: ignore[import-untyped]

    info = cms.ContentInfo.load(token)
    if info["content_type"].native != "signed_data":
        raise ValueError("not SignedData")
    signed_data = info["content"]
    tst_info = signed_data["encap_content_info"]["content"].parsed
    if not isinstance(tst_info, tsp.TSTInfo):
        raise ValueError("not a TSTInfo")
    certs = [c.chosen for c in signed_data["certificates"] if c.name == "certificate"]
    return signed_data, tst_info, certs


async def _validate(
    signed_data: Any, certs: list[Any], gen_time: datetime, message: bytes
) -> dict[str, Any]:
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    # The TSA's own certificate is the trust root (see the module docstring), judged at the
    # moment it stamped, so an expired TSA certificate years later does not break old proofs.
    context = ValidationContext(trust_roots=certs, moment=gen_time, allow_fetching=False)

    def imprint(algorithm: str) -> bytes:
        return hashlib.new(algorithm, message).digest()

    result: dict[str, Any] = await validate_tst_signed_data(signed_data, context, imprint)
    return result
