"""Reading a package for `verify`: the zip (or an unpacked folder) within PROOF_LIMITS, the
signed manifest, and that the files are exactly the ones it lists with their SHA-256 and
size."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import safejson
from ..audit import verify_checkpoint_signature
from ..safefolder import read_folder
from ..safezip import PROOF_LIMITS, PROOF_PACKAGE, SafeZip, ZipRefused
from .package import CERT, FORMAT, MANIFEST, PUBKEY, SIGNATURE
from .verify_report import VerifyReport
from .youth import YOUTH_FORMAT

_SIGNATURE_FILE = re.compile(rb"[0-9a-f]{128}\n")  # exactly as written: hex + newline
# manifest.json is parsed before its signature is checked (the key is inside it): 2000
# members of ~120 bytes each fit many times over.
MANIFEST_BYTES = 1 << 20


def read_package(path: Path, report: VerifyReport) -> dict[str, bytes] | None:
    # A package comes from outside: sizes, names and member count are checked before anything
    # is unpacked, and nothing is unpacked past what the zip declares (safezip.py).
    # Nothing there, not a file, not a zip at all or not readable: the input, not the package,
    # is the problem (EXIT_UNREADABLE). A zip that is refused is a package not in order.
    try:
        if path.is_dir():
            return read_folder(path, PROOF_LIMITS, PROOF_PACKAGE)
        if not path.exists():
            report.problems.append(f"Het pakket {_shown_name(path)} bestaat niet.")
        elif not path.is_file():
            report.problems.append(
                f"{_shown_name(path)} is geen bestand (maar bijvoorbeeld een apparaat)."
            )
        else:
            with SafeZip.open(path, PROOF_LIMITS, PROOF_PACKAGE) as z:
                return z.read_all()
    except ZipRefused as exc:
        report.problems.append(exc.message)
        if path.is_dir() or zipfile.is_zipfile(path):
            return None
    except OSError:
        report.problems.append(f"{_shown_name(path)} kon niet worden gelezen (geen toegang?).")
    report.unreadable = True
    return None


def _shown_name(path: Path) -> str:
    # The user's own file name, but never control characters on their terminal.
    return "".join(c if c.isprintable() else "?" for c in path.name) or str(path)


def read_manifest(files: Mapping[str, bytes], report: VerifyReport) -> dict[str, Any] | None:
    for name in (MANIFEST, SIGNATURE):
        if name not in files:
            report.problems.append(f"{name} ontbreekt: dit is geen (volledig) bewijspakket.")
            return None
    try:
        manifest: dict[str, Any] = safejson.loads(files[MANIFEST], max_bytes=MANIFEST_BYTES)
        public_key = str(manifest["public_key"])
        if not _SIGNATURE_FILE.fullmatch(files[SIGNATURE]):
            raise ValueError("signature file")
        signature = bytes.fromhex(files[SIGNATURE].decode("ascii"))
        if manifest.get("format") not in (FORMAT, YOUTH_FORMAT) or not isinstance(
            manifest.get("files"), dict
        ):
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        report.problems.append(
            f"{MANIFEST} of {SIGNATURE} is beschadigd of gewijzigd (niet meer leesbaar)."
        )
        return None
    if not verify_checkpoint_signature(public_key, files[MANIFEST], signature):
        report.problems.append(
            f"De handtekening in {SIGNATURE} klopt niet bij {MANIFEST}: de inhoudsopgave of de "
            "handtekening is na export gewijzigd."
        )
        return None
    return manifest


def file_hashes(
    files: Mapping[str, bytes], manifest: Mapping[str, Any], report: VerifyReport
) -> None:
    listed_files(files, manifest["files"], report)
    # The two key files exactly as the program writes them (atk31): read loosely (the first
    # certificate of a PEM, the key with whitespace stripped), a re-signed file could hold a
    # second certificate, words or a private key that verify never looked at but a
    # certificate viewer or a text editor shows.
    if PUBKEY in files and files[PUBKEY] != f"{manifest['public_key']}\n".encode():
        report.problems.append(f"{PUBKEY} hoort niet bij de sleutel in {MANIFEST}.")
    if CERT in files and not _one_certificate(files[CERT]):
        report.problems.append(
            f"{CERT} bevat meer of iets anders dan het ene certificaat dat dit programma erin "
            "schrijft: het bestand is na export gewijzigd."
        )


def _one_certificate(data: bytes) -> bool:
    """One X.509 certificate in the PEM form the program writes, and nothing else."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        return x509.load_pem_x509_certificate(data).public_bytes(Encoding.PEM) == data
    except ValueError:
        return False


def listed_files(
    files: Mapping[str, bytes], listed: Mapping[str, Any], report: VerifyReport
) -> None:
    """Every file the signed manifest lists is there with its SHA-256, and nothing else."""
    for name, entry in listed.items():
        if name not in files:
            report.problems.append(f"{name} ontbreekt in het pakket.")
        elif hashlib.sha256(files[name]).hexdigest() != entry.get("sha256"):
            report.problems.append(f"{name} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}.")
        elif type(entry.get("size")) is not int or entry["size"] != len(files[name]):
            # A reader that compares the size the manifest gives (it is signed) would call the
            # package changed where verify, comparing the hash only, said it was in order.
            report.problems.append(f"{name}: de grootte klopt niet met {MANIFEST}.")
    for name in files:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            report.problems.append(f"{name} staat niet in {MANIFEST}: toegevoegd na export.")
