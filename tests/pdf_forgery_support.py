"""A genuine request package and the insider who forges its bewijs.pdf (proof18's tests of
updates after signing and of fonts): the organisation's keys and certificate, the PDF before
its signature, and the package re-signed around another PDF."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conftest import PASSPHRASE, START
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from forms_scenario import build as build_scenario
from zip_craft import run_cli

from toestemming.clock import FixedClock
from toestemming.proof.package import MANIFEST, PDF, SIGNATURE
from toestemming.proof.pdfsign import sign_pdf
from toestemming.service import Service
from toestemming.store.header import KdfParams

Files = dict[str, bytes]


@dataclass(frozen=True)
class Insider:
    files: Files  # the genuine package's members
    trust: Path  # the organisation's trust file
    signing_key: str
    key_pem: bytes
    cert_pem: bytes
    folder: Path


def genuine_package(tmp: Path) -> Insider:
    """A request's package exported by the forms scenario's vault, and its keys."""
    clock = FixedClock(START)
    svc, _ = Service.create(
        tmp / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build_scenario(svc, clock)
        path = svc.forms.proof.export_request(scenario.request.id, tmp / "echt.tbewijs")
        trust = svc.forms.proof.export_trust(tmp / "vertrouwen.json")
        signing_key, _ = svc.forms.proof._keys()
        key_pem, cert_pem = svc.forms.proof.certificate.key_and_certificate()
    finally:
        svc.close()
    with zipfile.ZipFile(path) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    return Insider(files, trust, signing_key, key_pem, cert_pem, tmp)


def unsigned(pdf: bytes) -> bytes:
    """The PDF before its signature (pyHanko signs in an incremental update)."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[: end + 1] if pdf[end : end + 1] == b"\n" else pdf[:end]


def signed(insider: Insider, pdf: bytes) -> bytes:
    """`pdf` signed with the organisation's certificate, at the export's moment."""
    return sign_pdf(pdf, insider.key_pem, insider.cert_pem, START, "Bewijs van toestemming")


def resigned(insider: Insider, pdf: bytes, name: str) -> Path:
    """The package with `pdf`: the FHIR resources' hash of the PDF, every file's hash and the
    manifest's signature made anew with the organisation's key."""
    out = {n: d for n, d in insider.files.items() if n not in (MANIFEST, SIGNATURE)}
    out[PDF] = pdf
    sha1 = base64.b64encode(hashlib.sha1(pdf).digest()).decode()
    for n in [n for n in out if n.startswith("fhir/")]:
        doc: dict[str, Any] = json.loads(out[n])
        for attachment in doc.get("sourceAttachment", []):
            if attachment.get("url") == PDF:
                attachment["hash"] = sha1
        out[n] = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
    manifest_doc = json.loads(insider.files[MANIFEST])
    manifest_doc["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(out.items())
    }
    manifest = (json.dumps(manifest_doc, indent=2, ensure_ascii=False) + "\n").encode()
    sig = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(insider.signing_key)).sign(manifest)
    path = insider.folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in {MANIFEST: manifest, SIGNATURE: (sig.hex() + "\n").encode(), **out}.items():
            z.writestr(n, d)
    return path


def verify_cli(insider: Insider, path: Path) -> tuple[int, str, str]:
    """`toestemming verify --trust` in a child process: exit code, stdout, stderr (never a
    traceback)."""
    run = run_cli(["verify", "--trust", str(insider.trust), str(path)])
    assert "Traceback" not in run.stderr, run.stderr
    return run.returncode, run.stdout, run.stderr
