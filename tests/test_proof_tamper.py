"""A proof package must survive a challenge: any changed byte in any file, an edited
receipt.json, an added or removed file, a damaged zip or a package re-signed with another key
makes `verify` fail, with a message that says which file and what is wrong."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from forms_scenario import build

from toestemming.audit import key_fingerprint, key_id, new_signing_key
from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE
from toestemming.proof.pdfsign import check_pdf_signature
from toestemming.service import Service

Files = dict[str, bytes]


@pytest.fixture
def exported(service: Service, clock: FixedClock, tmp_path: Path) -> tuple[Path, Files, str]:
    scenario = build(service, clock)
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "bewijs.zip")
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    return path, files, service.public_key


def write(tmp: Path, files: Files, name: str = "gewijzigd.zip") -> Path:
    path = tmp / name
    with zipfile.ZipFile(path, "w") as z:
        for n, data in files.items():
            z.writestr(n, data)
    return path


def flipped(data: bytes, at: int) -> bytes:
    b = bytearray(data)
    b[at] ^= 0x01
    return bytes(b)


def test_flipping_any_byte_of_any_file_fails_and_names_the_file(
    exported: tuple[Path, Files, str], tmp_path: Path
) -> None:
    _, files, _ = exported
    for name, data in files.items():
        for at in sorted({0, len(data) // 2, len(data) - 1}):
            report = verify(write(tmp_path, {**files, name: flipped(data, at)}))
            assert not report.ok, (name, at)
            first = report.problems[0]
            if name in (MANIFEST, SIGNATURE):
                assert MANIFEST in first, (name, at, first)
            else:
                assert first.startswith(f"{name} is gewijzigd"), (name, at, first)


def test_an_edited_receipt_fails_even_with_a_recomputed_checksum(
    exported: tuple[Path, Files, str], tmp_path: Path
) -> None:
    _, files, _ = exported
    receipt = json.loads(files[RECEIPT])
    receipt["consents"][2]["events"][1]["answer"] = "yes"  # refused → "given"
    edited = json.dumps(receipt, indent=2, ensure_ascii=False).encode() + b"\n"
    report = verify(write(tmp_path, {**files, RECEIPT: edited}))
    assert report.problems == [f"{RECEIPT} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}."]
    manifest = json.loads(files[MANIFEST])
    manifest["files"][RECEIPT]["sha256"] = hashlib.sha256(edited).hexdigest()
    report = verify(
        write(tmp_path, {**files, RECEIPT: edited, MANIFEST: json.dumps(manifest).encode()})
    )
    assert not report.ok and "De handtekening in manifest.sig klopt niet" in report.problems[0]


def resign(files: Files, change: Callable[[Files], None]) -> tuple[Files, str]:
    """Someone with a key of their own rewrites the package and signs the manifest again."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    priv, pub = new_signing_key()
    out = dict(files)
    change(out)
    out[PUBKEY] = (pub + "\n").encode()
    manifest = json.loads(out[MANIFEST])
    manifest["public_key"], manifest["key_id"] = pub, key_id(pub)
    manifest["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in out.items()
        if n not in (MANIFEST, SIGNATURE)
    }
    body = json.dumps(manifest).encode()
    out[MANIFEST] = body
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(priv))
    out[SIGNATURE] = (signer.sign(body).hex() + "\n").encode()
    return out, pub


def test_a_package_re_signed_with_another_key_is_caught(
    exported: tuple[Path, Files, str], tmp_path: Path
) -> None:
    _, files, real_key = exported

    def edit_receipt(f: Files) -> None:
        f[RECEIPT] = f[RECEIPT].replace(b'"answer": "no"', b'"answer": "yes"')

    forged, _ = resign(files, edit_receipt)
    report = verify(write(tmp_path, forged))
    # The audit checkpoint is still signed with the organisation's key, not the forger's.
    assert not report.ok and "andere sleutel" in report.problems[0]
    # Pinning the organisation's published fingerprint catches it at once, too.
    pinned = verify(write(tmp_path, forged, "b.zip"), expected_key=key_fingerprint(real_key))
    assert "niet met de verwachte sleutel" in pinned.problems[0]
    assert verify(exported[0], expected_key=key_fingerprint(real_key)).ok


def test_added_and_removed_files_are_named(
    exported: tuple[Path, Files, str], tmp_path: Path
) -> None:
    _, files, _ = exported
    report = verify(write(tmp_path, {**files, "bewijsstukken/extra.png": b"\x89PNG"}))
    assert report.problems == [
        f"bewijsstukken/extra.png staat niet in {MANIFEST}: toegevoegd na export."
    ]
    missing = {n: d for n, d in files.items() if n != PDF}
    assert verify(write(tmp_path, missing)).problems == [f"{PDF} ontbreekt in het pakket."]
    no_manifest = {n: d for n, d in files.items() if n != MANIFEST}
    assert MANIFEST in verify(write(tmp_path, no_manifest)).problems[0]


def test_a_damaged_zip_fails_with_a_clear_message(
    exported: tuple[Path, Files, str], tmp_path: Path
) -> None:
    path, _, _ = exported
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(RECEIPT)
    # A byte inside the stored data of receipt.json: the zip's CRC check catches it.
    damaged = tmp_path / "kapot.zip"
    damaged.write_bytes(flipped(raw, info.header_offset + 30 + len(RECEIPT) + 5))
    report = verify(damaged)
    assert not report.ok and RECEIPT in report.problems[0]
    truncated = tmp_path / "half.zip"
    truncated.write_bytes(raw[: len(raw) // 2])
    assert "geen leesbaar zip-bestand" in verify(truncated).problems[0]
    assert "bestaat niet" in verify(tmp_path / "nergens.zip").problems[0]


def test_pdf_signature_check_names_what_changed(exported: tuple[Path, Files, str]) -> None:
    _, files, _ = exported
    pdf, cert = files[PDF], files["sleutels/organisatie-certificaat.pem"]
    assert check_pdf_signature(pdf, cert, PDF) is None
    assert "toegevoegd" in (check_pdf_signature(pdf + b"\n%extra\n", cert, PDF) or "")
    middle = flipped(pdf, len(pdf) // 3)
    assert "niet intact" in (check_pdf_signature(middle, cert, PDF) or "")
    assert "ander certificaat" in (check_pdf_signature(pdf, other_certificate(), PDF) or "")


def other_certificate() -> bytes:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Iemand anders")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)
