"""Multi27: the writer is killed (SIGKILL) in the middle of a transaction while another window
of the same vault file is open read-only — opened before the writer (SQLite then trusts the
file not to change: `immutable`) or after it.

The reading window must go on: its next reads work, show exactly what was committed (not the
killed writer's half-written youth), and say nothing about damage; when it is locked and
unlocked again it becomes the writer (the dead writer's lock is taken over), the vault whole,
and its own write goes through. The writer is a real second process."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import SAFETY_S, script_process

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

# The writer: commits one youth, then dies inside the next transaction, after its youth row
# and its event are written (nothing committed): SIGKILL, no cleanup of any kind.
WRITER = r"""
import os, signal, sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
path, passphrase, moment = sys.argv[1:4]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
print("writer", svc.read_only, flush=True)
assert sys.stdin.readline().strip() == "go"
svc.people.add_youth(given_name="Vastgelegd", family_name="Kind", birth_date="02-02-2010")
real_event = svc._ctx.event
def event_then_die(kind, *args, **kwargs):
    seq = real_event(kind, *args, **kwargs)
    if kind == "youth.added":
        os.kill(os.getpid(), signal.SIGKILL)
    return seq
svc._ctx.event = event_then_die
svc.people.add_youth(given_name="Half", family_name="Kind", birth_date="03-03-2010")
print("not killed", flush=True)
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASSPHRASE, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


@pytest.fixture
def writer_process(vault: Path) -> Iterator[subprocess.Popen[str]]:
    with script_process(WRITER, str(vault), PASSPHRASE, START.isoformat()) as proc:
        yield proc


def _names(svc: Service) -> list[str]:
    return sorted(row.given_name for row in svc.people.search())


def _kill_mid_write(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    out, err = proc.communicate(timeout=SAFETY_S)
    assert proc.returncode == -signal.SIGKILL, (out, err[-2000:])
    assert "not killed" not in out


@pytest.mark.parametrize("reader_first", [True, False], ids=["reader-first", "writer-first"])
def test_a_reading_window_goes_on_after_the_writer_is_killed_mid_write(
    vault: Path, writer_process: subprocess.Popen[str], reader_first: bool
) -> None:
    clock = FixedClock(START)
    reader = Service.open(vault, PASSPHRASE, clock=clock, read_only=True) if reader_first else None
    assert writer_process.stdout is not None
    assert writer_process.stdout.readline().strip() == "writer False"
    if reader is None:
        reader = Service.open(vault, PASSPHRASE, clock=clock, read_only=True)
    try:
        assert _names(reader) == ["Eerste"]
        _kill_mid_write(writer_process)

        # Its next reads: what was committed, not the half-written youth; no damage.
        assert _names(reader) == ["Eerste", "Vastgelegd"]
        assert reader.verify_audit().ok
        assert reader.integrity_problems() == []
    finally:
        reader.close()

    # Locked and unlocked again: it is the writer now, and writes.
    again = Service.open(vault, PASSPHRASE, clock=clock)
    try:
        assert not again.read_only
        again.people.add_youth(given_name="Daarna", family_name="Kind", birth_date="04-04-2010")
        assert _names(again) == ["Daarna", "Eerste", "Vastgelegd"]
        assert again.verify_audit(deep=True).ok
        assert again.integrity_problems() == []
    finally:
        again.close()
