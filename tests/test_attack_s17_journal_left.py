"""A `-journal` left beside the vault by a killed process that wrote in rollback-journal mode
(an older version, or an SQLite tool someone pointed at the vault) — session 17.

The killed writer's half transaction is partly in the vault file; the journal beside it holds
the pages as they were, and the next writer rolls it back (a normal open: nothing lost).
Before: `check` and a read-only window opened the file `immutable` (no -wal: "closed cleanly")
and read the half transaction as if it were the vault — `check` said "Kluis NIET in orde"
(with advice to restore a backup, which would throw sound work away) or showed names that were
never committed. Now a read-only opener that finds a live journal reads nothing and says what
to do in Dutch: open the vault normally once (that rolls it back), then check again."""

from __future__ import annotations

import base64
import os
import pickle
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from zip_craft import cli_command

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"

# The older writer: rollback journal, a tiny page cache (so the half transaction spills into
# the vault file), a youth's name changed, then held until it is killed.
OLDER_WRITER = r"""
import base64, pickle, sys
import sqlcipher3
from toestemming.store.db_connect import apply_profile
path, key, profile = sys.argv[1], sys.argv[2], pickle.loads(base64.b64decode(sys.argv[3]))
conn = sqlcipher3.connect(path, isolation_level=None)
conn.execute(f"PRAGMA key = \"x'{key}'\"")
apply_profile(conn, profile)
conn.execute("PRAGMA journal_mode = DELETE").fetchone()
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE youths SET family_name = 'HALF'")
for i in range(6000):
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"x{i}", "y" * 500))
print("ready", flush=True)
sys.stdin.read()
"""


def _killed_mid_write(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    clock = FixedClock(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Sam", family_name="Vries", birth_date="01-01-2010")
        key, profile = svc.vault.current_data_key(), svc.vault.db.profile
    finally:
        svc.close()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            OLDER_WRITER,
            str(path),
            key.hex(),
            base64.b64encode(pickle.dumps(profile)).decode(),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready", (
        writer.stderr.read() if writer.stderr else ""
    )
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=60)
    assert Path(f"{path}-journal").stat().st_size > 0
    return path


def _names(svc: Service) -> list[str]:
    return [str(r[0]) for r in svc.vault.db.query("SELECT family_name FROM youths")]


def test_check_reads_no_half_transaction_and_says_what_to_do(tmp_path: Path) -> None:
    path = _killed_mid_write(tmp_path)
    files = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    run = subprocess.run(
        [*cli_command(), "check", "--vault", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": ANNA},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    said = run.stdout + run.stderr
    assert "NIET in orde" not in said and "reservekopie" not in said, said
    assert "-journal" in said and "open de kluis" in said.lower(), said
    assert run.returncode == 2, said  # not checked (not: damaged)
    assert "Traceback" not in said
    # Nothing written: the journal and the file as the killed writer left them.
    assert (
        sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
        == files
    )


def test_a_read_only_window_shows_no_name_that_was_never_committed(tmp_path: Path) -> None:
    path = _killed_mid_write(tmp_path)
    with pytest.raises(ToestemmingError) as refused:  # (it showed the name "HALF")
        Service.open(path, ANNA, read_only=True).close()
    assert "-journal" in str(refused.value)
    # The way out: a normal open rolls the half transaction back; then all is in order.
    svc = Service.open(path, ANNA)
    try:
        assert _names(svc) == ["Vries"]
        assert svc.vault.db.integrity_problems() == []
    finally:
        svc.close()
    assert not Path(f"{path}-journal").exists()
    check = Service.open(path, ANNA, check_only=True)
    try:
        assert _names(check) == ["Vries"]
    finally:
        check.close()
