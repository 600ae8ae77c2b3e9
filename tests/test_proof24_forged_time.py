"""Trusted time forged as the validator would (proof24), on a package stamped by a real TSA on
127.0.0.1: the PDF's PAdES B-T timestamp stripped (B-B left, the signature itself intact), the
checkpoint's RFC 3161 token swapped for one of the same TSA over another hash, or over the same
checkpoint at another time. The insider signs the manifest anew each time; each is refused
with a Dutch sentence, exit 1 (each was already; these pin it)."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta
from pathlib import Path

from asn1crypto import cms
from test_attack_s10_trusted_time import STAMPS as TIME_STAMPING
from test_attack_s10_trusted_time import (  # noqa: F401 (the fixture)
    Files,
    checkpoint_of,
    credentials,
    exported,
    pack,
    token,
)
from test_trusted_time import resign_manifest
from tsa_support import TSA_TIME
from zip_craft import run_cli

from toestemming.proof.package import AUDIT, PDF
from toestemming.proof.pdfsign import check_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service


def _without_signature_timestamp(pdf: bytes) -> bytes:
    """The signed PDF with the RFC 3161 token taken out of its CMS (PAdES B-T → B-B): the
    /Contents hex string lies outside the bytes the signature covers, so the signature over
    the document stays intact; the string is padded back to its length."""
    match = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", pdf)
    assert match is not None
    hex_ = match.group(1)
    signed_data = cms.ContentInfo.load(bytes.fromhex(hex_.decode()).rstrip(b"\0"))
    signer = signed_data["content"]["signer_infos"][0]
    unsigned = [
        a for a in signer["unsigned_attrs"] if a["type"].native != "signature_time_stamp_token"
    ]
    assert len(unsigned) < len(signer["unsigned_attrs"])
    kept = {k: signer[k] for k, _, _ in cms.SignerInfo._fields if signer[k].native is not None}
    kept.pop("unsigned_attrs")
    if unsigned:
        kept["unsigned_attrs"] = cms.CMSAttributes(unsigned)
    signed_data["content"]["signer_infos"] = cms.SignerInfos([cms.SignerInfo(kept)])
    new = signed_data.dump(force=True).hex().encode()
    new += b"0" * (len(hex_) - len(new))
    return pdf[: match.start(1)] + new + pdf[match.end(1) :]


def _verify(service: Service, files: Files, signing_key: str, path: Path) -> tuple[int, str]:
    run = run_cli(
        [
            "verify",
            "--expect-key",
            service.public_key,
            str(pack(resign_manifest(files, signing_key), path)),
        ]
    )
    assert "Traceback" not in run.stderr
    return run.returncode, run.stdout + run.stderr


def test_the_genuine_stamped_package_re_signed_is_authentic(
    exported: tuple[Files, str, Service],  # noqa: F811
    tmp_path: Path,
) -> None:
    files, signing_key, service = exported
    code, said = _verify(service, files, signing_key, tmp_path / "echt.zip")
    assert code == EXIT_AUTHENTIC, said


def test_the_pdf_signature_timestamp_stripped_leaving_b_b_is_refused(
    exported: tuple[Files, str, Service],  # noqa: F811
    tmp_path: Path,
) -> None:
    files, signing_key, service = exported
    stripped = _without_signature_timestamp(files[PDF])
    cert = files["sleutels/organisatie-certificaat.pem"]
    assert check_pdf(files[PDF], cert, PDF).timestamp is not None
    check = check_pdf(stripped, cert, PDF)
    assert check.problem is None and check.timestamp is None  # intact, B-B
    code, said = _verify(service, {**files, PDF: stripped}, signing_key, tmp_path / "bb.zip")
    assert code == EXIT_NOT_INTACT, said
    assert "digitale handtekening een tijdstempel draagt, maar die is er niet" in said, said


def _with_checkpoint_token(files: Files, forged: bytes) -> Files:
    doc, _ = checkpoint_of(files)
    doc["checkpoint"]["timestamp"]["rfc3161_token"] = base64.b64encode(forged).decode()
    return {**files, AUDIT: json.dumps(doc).encode()}


def test_a_checkpoint_token_of_another_hash_is_refused(
    exported: tuple[Files, str, Service],  # noqa: F811
    tmp_path: Path,
) -> None:
    files, signing_key, service = exported
    _, message = checkpoint_of(files)
    other = token(credentials(TIME_STAMPING), message + b" (een ander controlepunt)", TSA_TIME)
    code, said = _verify(
        service, _with_checkpoint_token(files, other), signing_key, tmp_path / "h.zip"
    )
    assert code == EXIT_NOT_INTACT, said
    assert f"{AUDIT}: controlepunt: " in said, said


def test_a_checkpoint_token_of_another_time_is_refused(
    exported: tuple[Files, str, Service],  # noqa: F811
    tmp_path: Path,
) -> None:
    """A TSA's genuine-looking token over the very checkpoint, a day earlier than the one the
    PDF prints (an insider who made a timestamping certificate of their own)."""
    files, signing_key, service = exported
    _, message = checkpoint_of(files)
    earlier = token(credentials(TIME_STAMPING), message, TSA_TIME - timedelta(hours=3))
    code, said = _verify(
        service, _with_checkpoint_token(files, earlier), signing_key, tmp_path / "t.zip"
    )
    assert code == EXIT_NOT_INTACT, said
