"""Session 8: the vault's writer lock when its lock file goes away while a window is open.

`kluis.tvault.lock` is an ordinary file beside the vault: a tidy-up ("what is this .lock
file?"), a sync client or a script may delete or replace it while the vault is open. The OS
lock of the open window then sits on a file nobody else can reach, and the next opener locks
a new file: two writers, which is what issue 13's lock exists to prevent (two processes
rewriting the key header from their own copies). A real second process opens the vault."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.store.lock import info_path, lock_path

PASS = "correct horse battery staple"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)

# The other window, in its own process: opens as a writer (or is told it is in use) and then
# obeys "write" / "close" on stdin.
CHILD = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.errors import VaultInUse
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
try:
    svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 3, 10, tzinfo=UTC)))
except VaultInUse:
    print("in_use", flush=True)
    sys.exit(0)
print("writer", flush=True)
for line in sys.stdin:
    if line.strip() == "write":
        svc.people.add_youth(given_name="Tweede", family_name="Kind", birth_date="02-02-2010")
        print("written", flush=True)
    elif line.strip() == "close":
        svc.close()
        print("closed", flush=True)
        break
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.close()
    return path


@pytest.fixture
def window(vault: Path) -> Iterator[Service]:
    svc = Service.open(vault, PASS, clock=FixedClock(START))
    try:
        yield svc
    finally:
        svc.close()


class Other:
    def __init__(self, vault: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault), PASS],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.first = self.proc.stdout.readline().strip()

    def say(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def end(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


def _youths(svc: Service) -> set[str]:
    return {y.given_name for y in svc.people.search("kind")}


def _remove_lock_files(vault: Path) -> None:
    lock_path(vault).unlink()
    info_path(vault).unlink(missing_ok=True)


def test_deleted_lock_file_is_locked_again_at_the_next_write(vault: Path, window: Service) -> None:
    """Deleted, and nobody opened meanwhile: the open window locks the new file at its next
    write, so a later opener is told the vault is in use, as before."""
    _remove_lock_files(vault)
    window.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    assert lock_path(vault).exists()
    other = Other(vault)
    try:
        assert other.first == "in_use"
    finally:
        other.end()
    assert not window.read_only


def test_a_window_whose_lock_file_was_taken_over_writes_nothing(
    vault: Path, window: Service
) -> None:
    """Deleted, and another window opened meanwhile (it locked a new file): the first window
    must not write next to it. Its next change is refused with the reason in Dutch, it reads
    on, and the other window's work is kept."""
    _remove_lock_files(vault)
    other = Other(vault)
    try:
        assert other.first == "writer"
        assert other.say("write") == "written"
        with pytest.raises(VaultError) as refused:
            window.people.add_youth(given_name="Derde", family_name="Kind", birth_date="2010-03-03")
        said = user_text(refused.value)
        assert "vergrendelbestand" in said and "niets gewijzigd" in said
        assert window.read_only
        # Nor a key change (written to the key file, not the database).
        with pytest.raises(VaultError):
            window.add_worker("Nieuwe Collega", "een lange wachtzin voor de test 42")
        with pytest.raises(VaultError):
            window.change_passphrase(PASS, "een andere lange wachtzin voor de test")
        assert other.say("write") == "written"
        window.close()  # (no checkpoint written at close now: nothing to say, no error)
        assert other.say("close") == "closed"
    finally:
        other.end()
    again = Service.open(vault, PASS)
    try:
        assert _youths(again) == {"Tweede"}  # both of the other window's, none of this one's
        assert len(again.vault.header.passphrase_slots()) == 1
        assert not again.read_only and not again.log_head_problems
    finally:
        again.close()


@pytest.mark.skipif(os.name != "posix", reason="replacing an open file is a POSIX thing")
def test_a_lock_file_replaced_by_another_file_counts_as_deleted(
    vault: Path, window: Service
) -> None:
    planted = vault.parent / "ander.lock"
    planted.write_text("")
    os.replace(planted, lock_path(vault))  # a sync client puts "its" copy back
    window.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    other = Other(vault)
    try:
        assert other.first == "in_use"
    finally:
        other.end()


def test_a_stale_holder_naming_another_computer_and_a_living_pid_is_taken_over(
    vault: Path,
) -> None:
    """A laptop that crashed (or slept and was switched off) left its info file behind, naming
    another computer and a pid that is alive here (pids are reused; this test's own). Only the
    OS lock counts: it is free, so the vault opens for writing, and the screen can say whose
    session was taken over."""
    info_path(vault).write_text(
        '{"worker": "Anna", "computer": "LAPTOP-ANNA", "since": "2026-12-01T08:00:00+00:00",'
        f' "pid": {os.getpid()}}}'
    )
    svc = Service.open(vault, PASS)
    try:
        assert not svc.read_only
        assert svc.recovered_lock is not None
        assert svc.recovered_lock.computer == "LAPTOP-ANNA"
        other = Other(vault)
        try:
            assert other.first == "in_use"  # and it is ours now
        finally:
            other.end()
    finally:
        svc.close()
