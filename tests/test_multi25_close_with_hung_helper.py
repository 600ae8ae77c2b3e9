"""Multi25: a desk whose log-check helper hangs (a vault on a network share that stopped
answering) still closes, and says why something may still hold the file.

Service.close ends the helpers that keep a connection to the vault (audit_links.
release_helpers) and used to WAIT for them without a bound: a helper stuck in a read of a hung
share never answered, so "Vergrendelen" or "Afsluiten" never came back — the window stayed open
with the vault unlocked in it, which is the opposite of what the worker asked for. A stopped
process (SIGSTOP) is the helper that never answers. Now the wait is bounded: a helper that does
not end in time is killed; one that cannot be ended either is named in a Dutch message after the
vault itself is closed and its keys forgotten.

Real child processes: the desk (a Service on a real SQLCipher vault) runs in its own process so a
hang fails this test instead of hanging the test run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_attack_s26_orphan_helpers import _alive

ROOT = Path(__file__).resolve().parents[1]
DESK = r"""
import os, signal, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from toestemming import audit_links
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.store.header import KdfParams

if __name__ == "__main__":
    audit_links.HELPERS_END_S = 0.5  # (the bounds, shortened for the test)
    audit_links.KILL_GRACE_S = 0.5
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=1))
    svc, _ = Service.create(
        Path(sys.argv[1]), "Testschool", "Anna", "Kanarie-wachtwoordzin 99 Zebra", clock,
        kdf=KdfParams(),
    )
    pool = audit_links._POOL.get(2, svc.vault.reader_spec())
    for f in audit_links._POOL.ready:
        f.result(timeout=120)
    helpers = sorted(pool._processes)
    # A process in an uninterruptible read of a hung share ignores even SIGKILL until the
    # read returns; a test cannot make one, so here the kill does not reach the second.
    kill = audit_links._kill
    audit_links._kill = lambda p: None if p.pid == helpers[1] else kill(p)
    for pid in helpers:
        os.kill(pid, signal.SIGSTOP)  # the share hangs: the helper never answers again
    # A range of the log check sent to it (as a check running in the background at close).
    pool.submit(audit_links._child_ready)
    print("HELPERS", *helpers, flush=True)
    # (Into a file: a helper left alive holds stdout's pipe open, so it never ends.)
    with open(sys.argv[2], "w") as out:
        try:
            svc.close()
            print("CLOSED", file=out)
        except ToestemmingError as exc:
            print("CLOSED-WITH", exc.message_id, file=out)
        print("OPEN" if svc.is_open else "SHUT", file=out)
    os._exit(0)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_close_comes_back_when_a_helper_hangs(tmp_path: Path) -> None:
    """Two helpers stop answering: the one that can be killed is; the one that cannot is said."""
    script = tmp_path / "desk.py"
    script.write_text(DESK)
    said = tmp_path / "said.txt"
    desk = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "kluis.tvault"), str(said)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    helpers: list[int] = []
    try:
        assert desk.stdout is not None
        line = desk.stdout.readline()
        assert line.startswith("HELPERS"), line
        helpers = [int(p) for p in line.split()[1:]]
        try:
            desk.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("closing the vault hung on a helper that does not answer")
        lines = said.read_text().split()
        assert "SHUT" in lines  # the vault is closed here, its keys forgotten
        assert not _alive(helpers[0])  # the stuck helper that could be killed was
        # The worker is told (in Dutch, at Vergrendelen/Afsluiten) that a helper may still
        # hold the file, not left with a window that never closes.
        assert lines[lines.index("CLOSED-WITH") + 1] == "error-service-helper-did-not-end"
    finally:
        if desk.poll() is None:
            desk.kill()
        for pid in helpers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)  # only the helper this test started
