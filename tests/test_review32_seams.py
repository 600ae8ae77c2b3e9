"""review32: seams where two of session 23's branches meet.

atk28 renews the data key at every passphrase change (and recovery-key renewal). A read-only
window opened while nobody wrote (SQLite `immutable`, no -wal: db._follow_writer) renews its
connection when a writer turns up — with the old key. After the colleague's passphrase change
that renewal itself fails, outside `_reading`'s explanation: the window said "wrong key or
damaged" (restore a backup?) instead of "re-encrypted elsewhere, open again"."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure, VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
SARA = "sara heeft ook een lange zin"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)

WRITER = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 3, 10, tzinfo=UTC)))
svc.change_passphrase(passphrase, "anna kiest een nieuwe lange zin")
svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
print("done", flush=True)
sys.stdin.readline()
svc.close()
"""


def test_read_only_window_opened_while_nobody_wrote_is_told_the_key_was_renewed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Sara", SARA)
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    window = Service.open(path, SARA, read_only=True)  # nobody writes: immutable
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), ANNA],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert [y.given_name for y in window.people.search("kind")] == ["Een"]
        assert proc.stdout is not None and proc.stdout.readline().strip() == "done"
        with pytest.raises(VaultError) as caught:
            window.people.search("kind")
        assert not isinstance(caught.value, IntegrityFailure)  # not "damaged, restore"
        assert caught.value.message_id == "error-vault-key-renewed-elsewhere"
        with pytest.raises(VaultError) as again:  # every read, not only the first
            window.workers()
        assert again.value.message_id == "error-vault-key-renewed-elsewhere"
    finally:
        if proc.poll() is None:
            assert proc.stdin is not None
            proc.stdin.write("\n")
            proc.stdin.flush()
        proc.wait(timeout=30)
        window.close()
