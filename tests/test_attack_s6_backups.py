"""Backups attacked the way proof packages were (issue 20, s6): a manifest or key header nested
past Python's recursion limit (a RecursionError is no ValueError: it escaped as a traceback),
a zip comment, a second zip pasted in front, a member marked as a link. Through
`toestemming-cli restore` in a child process: exit 2, one Dutch line, nothing written at the
target, and no traceback. Pruning leaves such a file alone (it never counts as this vault's)."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from test_backup_restore_attacks import backup  # noqa: F401 -- the genuine backup fixture
from zip_craft import build, members, run_cli, stored

from toestemming.backup import DB_MEMBER, KEYS_MEMBER, MANIFEST, SEAL
from toestemming.backup_file import read_manifest
from toestemming.errors import ToestemmingError


def rebuilt(real: dict[str, bytes], **replaced: bytes) -> bytes:
    names = {"manifest": MANIFEST, "seal": SEAL, "keys": KEYS_MEMBER, "copy": DB_MEMBER}
    parts = {**real, **{names[k]: v for k, v in replaced.items()}}
    return build([stored(n, parts[n]) for n in (MANIFEST, SEAL, KEYS_MEMBER, DB_MEMBER)])


def as_link(data: bytes, name: str) -> bytes:
    """The same zip with `name` marked as a symbolic link (what `unzip` would create)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            dst.writestr(info, src.read(info))
    return out.getvalue()


def test_hostile_backups_are_refused_in_dutch_and_leave_nothing(
    backup: Path,  # noqa: F811 -- the imported fixture
    tmp_path: Path,
) -> None:
    real = members(backup)
    genuine = backup.read_bytes()
    other = build([stored("LEESMIJ.txt", b"Niets aan de hand.\n")])
    cases = {
        "manifest nested": rebuilt(real, manifest=b"[" * 60_000),
        "key header nested": rebuilt(real, keys=b"[" * 900_000),
        "zip comment": genuine[:-2] + b"\x07\x00in orde!",
        "a second zip in front": other + genuine,
        "the key header as a link": as_link(genuine, KEYS_MEMBER),
    }
    target = tmp_path / "doel"
    target.mkdir()
    for n, (what, data) in enumerate(cases.items()):
        path = tmp_path / f"geval-{n}.tbackup"
        path.write_bytes(data)
        with pytest.raises(ToestemmingError):
            read_manifest(path)  # what pruning and the restore dialog read first
        run = run_cli(["restore", str(path), "--to", str(target / "terug.tvault")], PASSPHRASE)
        assert run.returncode == 2, (what, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr, (what, run.stderr)
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Fout: "), (what, lines)
        assert "reservekopie" in lines[0].lower() or "sleutelbestand" in lines[0].lower(), (
            what,
            lines,
        )
        assert list(target.iterdir()) == [], what
