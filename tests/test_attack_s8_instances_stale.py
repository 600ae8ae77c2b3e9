"""Session 8: a read-only window opened while nobody had the vault open for writing (the
colleague closed it just before "Alleen-lezen openen" was clicked, or the window was opened
read-only on purpose). SQLite then opens the file `immutable`: it trusts the file never to
change. A colleague who opens it for writing afterwards records something (here new youths;
a withdrawal is rows like any other); the read-only window must show it, not the vault as it
was (a worker reading "mag delen" there would share what was withdrawn meanwhile). The writer
is a real second process."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)

WRITER = r"""
import sys
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase)
print("ready", flush=True)
for line in sys.stdin:
    word = line.strip()
    if word == "write":
        svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
    elif word == "close":
        svc.close()
    print("done", flush=True)
    if word == "close":
        break
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


def _names(svc: Service) -> list[str]:
    return sorted(y.given_name for y in svc.people.search("kind"))


def _do(child: subprocess.Popen[str], word: str) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(word + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "done"


def test_a_read_only_window_follows_a_writer_that_came_later(vault: Path) -> None:
    assert not Path(f"{vault}-wal").exists()  # closed cleanly: nobody is writing
    window = Service.open(vault, PASS, read_only=True)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault), PASS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        assert _names(window) == ["Een"]
        _do(child, "write")
        assert _names(window) == ["Een", "Twee"]  # while the writer is still open
        _do(child, "write")
        _do(child, "close")  # the writer folds its -wal into the file and removes it
        assert _names(window) == ["Een", "Twee", "Twee"]
        assert window.verify_audit().ok  # the log it reads is whole, not half old
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        window.close()
