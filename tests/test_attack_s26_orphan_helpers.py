"""Attack s26: a desk killed while its log-check helpers wait keeps no process on the vault.

Session 20 keeps the open vault's connection in each helper process of the log check between
ranges (audit_links, ReaderSpec.keep) and ends them when the vault closes (Service.close →
release_helpers). But a desk is not always closed: the program crashes, the machine runs out
of memory, a worker ends it from the task manager, a SIGKILL. Before s26 the helpers lived on
for good, re-parented to init: each with the vault file, its -wal and -shm open and the vault's
data key in its memory, long after "the window" — and on Windows an open handle blocks a
restore onto that name. Now each helper watches its parent and ends itself when it is gone.

A real child process opens a real SQLCipher vault, starts the helpers keeping its connection
(as a long log's unlock does), says which processes they are, and is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESK = r"""
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

def open_desk():
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=1))
    svc, _ = Service.create(
        Path(sys.argv[1]), "Testschool", "Anna", "Kanarie-wachtwoordzin 99 Zebra", clock,
        kdf=KdfParams(),
    )
    return svc
"""
CHILD = (
    DESK
    + r"""
from toestemming import audit_links

if __name__ == "__main__":
    svc = open_desk()
    pool = audit_links._POOL.get(2, svc.vault.reader_spec())
    assert pool is not None
    for f in audit_links._POOL.ready:
        f.result(timeout=120)
    print("HELPERS", *sorted(pool._processes), flush=True)
    sys.stdin.read()  # until killed
"""
)


def _holds(pid: int, vault: Path) -> bool:
    """True while `pid` runs (not a zombie) with a file of the vault open."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state in ("Z", "X"):
            return False
        links = [os.readlink(f) for f in Path(f"/proc/{pid}/fd").iterdir()]
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    return any(link.startswith(str(vault)) for link in links)


REGISTRY_CHILD = (
    DESK
    + r"""
from toestemming import replay_registry

if __name__ == "__main__":
    svc = open_desk()
    # The registry check beside the replay, in its own process (as for a long log).
    pending = replay_registry.start(svc.vault.db, svc.vault.reader_spec(), apart_from=0)
    assert pending._future is not None and pending._pool is not None
    pending._future.result(timeout=120)
    print("HELPERS", *sorted(pending._pool._processes), flush=True)
    sys.stdin.read()  # until killed
"""
)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def _until(done: Callable[[], bool]) -> None:
    """Poll for a state of other processes (a deadline, not a sleep for time)."""
    deadline = time.monotonic() + 30
    while not done() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc (Linux)")
def test_helpers_of_a_killed_desk_do_not_keep_the_vault_open(tmp_path: Path) -> None:
    vault = tmp_path / "kluis.tvault"
    script = tmp_path / "desk.py"
    script.write_text(CHILD)
    desk = subprocess.Popen(
        [sys.executable, str(script), str(vault)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert desk.stdout is not None
        line = desk.stdout.readline()
        assert line.startswith("HELPERS"), line
        helpers = [int(p) for p in line.split()[1:]]
        assert len(helpers) == 2
        # Each helper opens the kept connection as it starts (its head start): wait for both.
        _until(lambda: all(_holds(pid, vault) for pid in helpers))
        assert all(_holds(pid, vault) for pid in helpers)
        desk.send_signal(signal.SIGKILL)  # the desk crashes
        desk.wait(timeout=30)
        _until(lambda: not any(_holds(pid, vault) for pid in helpers))
        left = [pid for pid in helpers if _holds(pid, vault)]
        assert not left, "helpers of the killed desk still hold the vault (and its key)"
    finally:
        if desk.poll() is None:
            desk.kill()
        for pid in helpers if "helpers" in dir() else []:
            if _holds(pid, vault):
                os.kill(pid, signal.SIGKILL)  # only the helpers this test started


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc (Linux)")
def test_the_registry_child_of_a_killed_desk_ends_too(tmp_path: Path) -> None:
    """The registry check's own child (replay_registry.start) got the key over the same pipe;
    killed mid-check, the desk left it waiting for work for good."""
    script = tmp_path / "desk.py"
    script.write_text(REGISTRY_CHILD)
    desk = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "kluis.tvault")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    helpers: list[int] = []
    try:
        assert desk.stdout is not None
        line = desk.stdout.readline()
        assert line.startswith("HELPERS"), line
        helpers = [int(p) for p in line.split()[1:]]
        assert len(helpers) == 1 and _alive(helpers[0])
        desk.send_signal(signal.SIGKILL)
        desk.wait(timeout=30)
        _until(lambda: not _alive(helpers[0]))
        assert not _alive(helpers[0]), "the registry child of the killed desk lives on"
    finally:
        if desk.poll() is None:
            desk.kill()
        for pid in helpers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)  # only the child this test started
