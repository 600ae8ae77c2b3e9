"""What the validator hands `verify` besides packages (proof24): a zip whose data descriptor lies
about a member's sizes (the local header says "see the descriptor", the descriptor says
another size than the directory), the same descriptor telling the truth (no false alarm), a
package of 0 bytes and a text file renamed .zip (not a package at all: exit 2, "Kan het pakket
NIET controleren"). Each in a child process as an officer runs it, never a traceback."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from test_attack_s6_packages import Exported, exported  # noqa: F401
from zip_craft import Entry, build, deflated, run_cli

from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_NOT_INTACT, EXIT_UNCONFIRMED, EXIT_UNREADABLE


def _with_descriptor(files: dict[str, bytes], lie: int) -> list[Entry]:
    """Every member deflated; receipt.json's local header zeroed with bit 3 set and a data
    descriptor after its data whose sizes are `lie` bytes off the directory's."""
    out = [deflated(n, d) for n, d in files.items()]
    for e in out:
        if e.name == RECEIPT:
            descriptor = struct.pack("<4sLLL", b"PK\x07\x08", e.crc, len(e.raw) + lie, e.size + lie)
            e.flags |= 0x8
            e.local.update(crc=0, csize=0, size=0)
            e.compress_size = len(e.raw)
            e.raw += descriptor  # the builder writes it right after the member's data
    return out


def _verify(path: Path) -> tuple[int, str, str]:
    run = run_cli(["verify", str(path)])
    assert "Traceback" not in run.stderr, run.stderr
    return run.returncode, run.stdout, run.stderr


def test_a_truthful_data_descriptor_verifies(exported: Exported, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "descriptor.tbewijs"
    path.write_bytes(build(_with_descriptor(dict(exported.files), 0)))
    code, out, err = _verify(path)
    assert code == EXIT_UNCONFIRMED, out + err  # intact; no trust given


@pytest.mark.parametrize("lie", [1, -1, 1 << 20])
def test_a_data_descriptor_lying_about_sizes_is_refused(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
    lie: int,
) -> None:
    path = tmp_path / "liegt.tbewijs"
    path.write_bytes(build(_with_descriptor(dict(exported.files), lie)))
    code, out, err = _verify(path)
    assert code == EXIT_NOT_INTACT, out + err
    assert err.startswith("NIET in orde:"), err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("leeg.tbewijs", b""),
        ("leeg.zip", b""),
        ("notitie.zip", b"Dit is een tekstbestand, geen bewijspakket.\n"),
        ("notitie.tbewijs", b"PK but not really\n"),
    ],
)
def test_what_is_no_package_at_all_cannot_be_checked(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _verify(path)
    assert code == EXIT_UNREADABLE, out + err
    assert "Kan het pakket NIET controleren" in out + err
    assert "geen leesbaar zip-bestand" in err, err
