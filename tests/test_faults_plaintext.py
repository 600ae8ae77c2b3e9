"""No personal data in plain text anywhere: after a session with marker names, grep the database
and its -wal/-shm (while open and after closing), the backup, the restored copy, every file
the session left in the temp folder, the captured stdout/stderr/logging, and the output of the
command line → 0 hits. (UTF-8, case-folded and UTF-16 forms of every marker.)"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from records_support import MARKERS, hits, populate

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[1]


def _grep_tree(root: Path) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {}
    for path in sorted(root.rglob("*")):
        try:
            if path.is_file() and not path.is_symlink():
                bad = hits(path.read_bytes())
                if bad:
                    found[str(path)] = bad
        except OSError:  # another process's file vanished while we looked
            continue
    return found


def _temp_entries() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


def test_no_plaintext_anywhere(
    tmp_path: Path,
    clock: FixedClock,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    temp_before = _temp_entries()
    vault = tmp_path / "kluis.tvault"
    svc, _ = Service.create(vault, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    populate(svc)
    assert svc.people.search(MARKERS["family"][:6])  # the data is really there

    # While open: the -wal and -shm exist and hold the latest writes, encrypted.
    assert Path(f"{vault}-wal").stat().st_size > 0
    assert _grep_tree(tmp_path) == {}

    backup = svc.backups.create(tmp_path / "kopie.tbackup").path
    assert svc.health().ok
    svc.close()
    restored = tmp_path / "terug" / "kluis.tvault"
    restored.parent.mkdir()
    Service.restore_backup(backup, restored, PASS)
    again = Service.open(restored, PASS, clock=clock, check=True)
    assert again.people.youth(1).given_name == MARKERS["given"]
    again.close()

    env = {**os.environ, "TOESTEMMING_PASSPHRASE": PASS}
    cli_out = ""
    for args in (
        ["check", "--vault", str(vault)],
        ["backup", "--vault", str(vault), "--out", str(tmp_path / "cli.tbackup")],
        ["restore", str(tmp_path / "cli.tbackup"), "--to", str(tmp_path / "cli.tvault")],
    ):
        out = subprocess.run(
            [sys.executable, "-m", "toestemming", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        cli_out += out.stdout + out.stderr

    assert _grep_tree(tmp_path) == {}
    new_temp = _temp_entries() - temp_before
    for name in sorted(new_temp):
        entry = Path(tempfile.gettempdir()) / name
        if entry.is_dir():
            assert _grep_tree(entry) == {}, name
        elif entry.is_file():
            assert hits(entry.read_bytes()) == [], name
    captured = capfd.readouterr()
    for text in (captured.out, captured.err, caplog.text, cli_out):
        assert hits(text.encode("utf-8")) == []
