"""Multi27: a worker changes her passphrase in her read-only window while the writer's window
(another process) is in the middle of a write.

Only the writer may change the key file (Service.change_passphrase; the key file is written
before the database could refuse). The read-only window is told plainly that it is read-only,
and nothing changes: her old passphrase still opens the vault, the new one does not, and the
writer's write — held open in its transaction meanwhile — is committed whole. The writer is a
real second process, held inside its transaction by a pipe (no sleeping)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import SAFETY_S, script_process

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, WrongPassphrase, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
SARA = "sara heeft ook een lange zin"
NEW = "sara kiest een nieuwe lange zin"
START = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

# Anna's writer: adds a youth and stops inside the transaction (rows and event written) until
# told to go on.
WRITER = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
path, passphrase, moment = sys.argv[1:4]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
real_event = svc._ctx.event
def event_then_hold(kind, *args, **kwargs):
    seq = real_event(kind, *args, **kwargs)
    if kind == "youth.added":
        print("inside", flush=True)
        assert sys.stdin.readline().strip() == "go"
    return seq
svc._ctx.event = event_then_hold
svc.people.add_youth(given_name="Tijdens", family_name="Kind", birth_date="02-02-2010")
svc.close()
print("written", flush=True)
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Sara", SARA)
    svc.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


@pytest.fixture
def writer(vault: Path) -> Iterator[subprocess.Popen[str]]:
    with script_process(WRITER, str(vault), ANNA, START.isoformat()) as proc:
        yield proc


def test_a_passphrase_change_in_a_read_only_window_beside_a_write_changes_nothing(
    vault: Path, writer: subprocess.Popen[str]
) -> None:
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline().strip() == "inside"
    window = Service.open(vault, SARA, clock=FixedClock(START), read_only=True)
    try:
        with pytest.raises(VaultError) as caught:
            window.change_passphrase(SARA, NEW)
        said = user_text(caught.value)
        assert caught.value.message_id == "error-vault-read-only", said
        assert "Traceback" not in said and SARA not in said and NEW not in said
    finally:
        window.close()

    writer.stdin.write("go\n")
    writer.stdin.flush()
    out, err = writer.communicate(timeout=SAFETY_S)
    assert writer.returncode == 0 and "written" in out, err[-2000:]

    with pytest.raises(WrongPassphrase):
        Service.open(vault, NEW, read_only=True)
    after = Service.open(vault, SARA, clock=FixedClock(START))
    try:
        names = sorted(y.given_name for y in after.people.search("kind"))
        assert names == ["Eerste", "Tijdens"]
        assert after.verify_audit(deep=True).ok
        assert after.integrity_problems() == []
    finally:
        after.close()
