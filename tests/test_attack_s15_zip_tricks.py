"""The zip tricks a forger without the key tries on a genuine proof package, one after the other
(session 15): each keeps every byte the signed manifest hashes and changes only what the zip
says about them, so that another unzip tool (or a file system) would show something else than
`verify` checked. Each must be refused: exit 1, a Dutch sentence, no traceback. And what an
insider with the key signs in — a member of 0 bytes where JSON is expected — is a sentence
too, never a traceback."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from test_attack_s6_packages import Exported, exported  # noqa: F401
from test_attack_s8_packages import Insider, insider, refused, signed  # noqa: F401
from zip_craft import Entry, build, deflated, run_cli, stored

from toestemming.proof.package import AUDIT, MANIFEST, RECEIPT
from toestemming.proof.verify import EXIT_NOT_INTACT

LOCAL_NAME = "receipt.json"


def _entries(files: dict[str, bytes]) -> list[Entry]:
    return [deflated(name, data) for name, data in files.items()]


def _renamed(files: dict[str, bytes], old: str, new: str) -> list[Entry]:
    return [deflated(new if n == old else n, d) for n, d in files.items()]


def _case_twin(files: dict[str, bytes]) -> list[Entry]:
    # "Receipt.json" beside "receipt.json": one file on Windows and macOS, the last one wins.
    return [*_entries(files), deflated("Receipt.json", b'{"consents": []}')]


def _nfd_twin(files: dict[str, bytes]) -> list[Entry]:
    # The same name in NFC and NFD: one file on macOS, two for zipfile.
    nfc = unicodedata.normalize("NFC", "bewijsstukken/3-é.txt")
    nfd = unicodedata.normalize("NFD", nfc)
    return [*_entries(files), deflated(nfc, b"a"), deflated(nfd, b"b")]


def _folder_twin(files: dict[str, bytes]) -> list[Entry]:
    return [*_entries(files), stored(RECEIPT + "/", b"")]


def _bad_crc(files: dict[str, bytes]) -> list[Entry]:
    out = _entries(files)
    for e in out:
        if e.name == RECEIPT:
            e.crc ^= 1
            e.local["crc"] = e.crc
    return out


def _descriptor_stored(files: dict[str, bytes]) -> list[Entry]:
    out = [stored(n, d) for n, d in files.items()]
    for e in out:
        if e.name == RECEIPT:
            e.flags |= 0x8
            e.local.update(crc=0, csize=0, size=0)
    return out


def _local_name(files: dict[str, bytes]) -> list[Entry]:
    out = _entries(files)
    for e in out:
        if e.name == "teksten/onderdeel-1.txt":
            e.local["name"] = b"teksten/onderdeel-3.txt"
    return out


def _local_encrypted(files: dict[str, bytes]) -> list[Entry]:
    out = _entries(files)
    for e in out:
        if e.name == RECEIPT:
            e.local["flags"] = 0x1
    return out


def _method_mismatch(files: dict[str, bytes]) -> list[Entry]:
    out = _entries(files)
    for e in out:
        if e.name == RECEIPT:
            e.local["method"] = 0  # the local header says stored, the directory deflated
    return out


def _local_sizes_lie(files: dict[str, bytes]) -> list[Entry]:
    out = _entries(files)
    for e in out:
        if e.name == RECEIPT:
            e.local["size"] = e.size - 1
    return out


def _zero_bytes(files: dict[str, bytes]) -> list[Entry]:
    return [stored(n, b"") if n == RECEIPT else deflated(n, d) for n, d in files.items()]


CASES: dict[str, Callable[[dict[str, bytes]], list[Entry]]] = {
    "hoofdletters": _case_twin,
    "nfc-nfd": _nfd_twin,
    "map-met-bestandsnaam": _folder_twin,
    "crc": _bad_crc,
    "descriptor-bij-stored": _descriptor_stored,
    "lokale-naam": _local_name,
    "lokaal-versleuteld": _local_encrypted,
    "methode": _method_mismatch,
    "lokale-grootte": _local_sizes_lie,
    "nul-bytes": _zero_bytes,
}


@pytest.mark.parametrize("what", sorted(CASES))
def test_a_zip_trick_on_a_genuine_package_is_refused(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
    what: str,
) -> None:
    path = tmp_path / f"{what}.tbewijs"
    path.write_bytes(build(CASES[what](dict(exported.files))))
    run = run_cli(["verify", str(path)])
    assert run.returncode == EXIT_NOT_INTACT, (what, run.returncode, run.stdout, run.stderr)
    assert run.stderr.startswith("NIET in orde:"), run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("extra", [b"%PDF-1.7\n%polyglot\n", b"PK\x05\x06" + bytes(18)])
def test_bytes_before_the_first_member_are_refused(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
    extra: bytes,
) -> None:
    """A polyglot: a PDF (or a second zip's end record) in front, the package behind it."""
    path = tmp_path / "voor.tbewijs"
    path.write_bytes(extra + build(_entries(dict(exported.files))))
    run = run_cli(["verify", str(path)])
    assert run.returncode == EXIT_NOT_INTACT, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr


def test_the_genuine_package_rebuilt_byte_by_byte_verifies(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The control case: zip_craft's rebuild alone is not what the cases are refused for."""
    path = tmp_path / "echt.tbewijs"
    path.write_bytes(build(_entries(dict(exported.files))))
    run = run_cli(["verify", str(path)])
    assert run.returncode == 3, (run.stdout, run.stderr)


@pytest.mark.parametrize("name", [RECEIPT, AUDIT, MANIFEST, "fhir/consent-onderdeel-1.json"])
def test_an_insider_signing_in_a_json_file_of_0_bytes(insider: Insider, name: str) -> None:  # noqa: F811
    files = {**insider.later, name: b""}
    if name == MANIFEST:
        refused(insider, files, "leeg-manifest.tbewijs", MANIFEST)
        return
    refused(insider, signed(files, insider.signing_key), f"leeg-{name.replace('/', '-')}.tbewijs")
