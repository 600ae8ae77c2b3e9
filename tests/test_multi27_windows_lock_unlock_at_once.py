"""Multi27: two windows of one vault file lock and unlock at the same moments, over and over.

Two windows on a shared PC (two real processes): each unlocks (as the writer, or read-only
when the other is the writer — what the unlock screen offers), reads the youth list, and locks
again; both at once, many times. Whatever the interleaving, each unlock gets in — as writer or
reader, never "wrong passphrase", "damaged" or an unexplained error — the vault is whole
afterwards, and no lock is left behind that keeps the next worker out."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ROUNDS = 12
SAFETY_S = 300  # a hung child fails the test instead of hanging the run (not a measurement)

WINDOW = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, VaultInUse
from toestemming.service import Service
path, passphrase, moment, rounds = sys.argv[1:5]
clock = FixedClock(datetime.fromisoformat(moment))
assert sys.stdin.readline().strip() == "go"
for n in range(int(rounds)):
    try:
        try:
            svc = Service.open(path, passphrase, clock=clock)
            how = "writer"
        except VaultInUse:
            svc = Service.open(path, passphrase, clock=clock, read_only=True)
            how = "reader"
        try:
            count = len(svc.people.search())
            if how == "writer" and n % 3 == 0:
                svc.people.add_youth(given_name="Raam", family_name="Test", birth_date="01-01-2010")
        finally:
            svc.close()
        print(how, count, flush=True)
    except ToestemmingError as exc:
        print("refused", type(exc).__name__, getattr(exc, "message_id", ""), flush=True)
"""


def test_two_windows_locking_and_unlocking_at_once_never_lock_anyone_out(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "kluis.tvault"
    svc, _ = Service.create(vault, "School", "Anna", PASSPHRASE, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    windows = [
        subprocess.Popen(
            [sys.executable, "-c", WINDOW, str(vault), PASSPHRASE, START.isoformat(), str(ROUNDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for window in windows:
            assert window.stdin is not None
            window.stdin.write("go\n")
            window.stdin.flush()
        results = [w.communicate(timeout=SAFETY_S) for w in windows]
    finally:
        for window in windows:
            if window.poll() is None:
                window.kill()
    lines = [line for out, _ in results for line in out.splitlines()]
    for window, (_, err) in zip(windows, results, strict=True):
        assert window.returncode == 0, err[-2000:]
        assert "Traceback" not in err, err[-2000:]
    assert len(lines) == 2 * ROUNDS
    refused = [line for line in lines if not line.startswith(("writer ", "reader "))]
    assert refused == [], lines
    assert any(line.startswith("writer ") for line in lines)

    # Nobody left locked out: the next worker opens as the writer, and the vault is whole.
    after = Service.open(vault, PASSPHRASE, clock=FixedClock(START))
    try:
        assert not after.read_only
        assert after.verify_audit(deep=True).ok
        assert after.integrity_problems() == []
    finally:
        after.close()
