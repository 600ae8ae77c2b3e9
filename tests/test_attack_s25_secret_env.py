"""Attack s25: the passphrase handed to the command line in TOESTEMMING_PASSPHRASE (the only
way besides a prompt: never argv) must not travel on into the processes the program starts.
`check` and `verify` of a long log start spawned helper processes (audit_links, the registry
replay); each got a copy of os.environ, so the passphrase sat in every helper's
/proc/<pid>/environ (readable by anyone who can read that process's files, and copied into
crash reports that dump the environment). Before the fix a helper read it back with
os.getenv. Real processes: the CLI runs in a child, the helper is the program's own pool."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from pathlib import Path

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "kanarie-wachtwoordzin Zebrastreep 4471"
ROOT = Path(__file__).resolve().parents[1]

# The CLI's own `check`, and while the vault is open (the passphrase read), the program's
# helper pool started as a long log starts it; the helper reports what it was handed.
DRIVER = r"""
import json, os, sys
from toestemming import audit_links, cli
from toestemming.service import Service

seen = {}
real_open = Service.open.__func__

def open_then_start_helper(cls, *args, **kwargs):
    svc = real_open(cls, *args, **kwargs)
    pool = audit_links.helper_pool(1)
    pid = pool.submit(os.getpid).result(timeout=120)
    with open(f"/proc/{pid}/environ", "rb") as f:
        seen["environ"] = f.read().decode("utf-8", "replace")
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        seen["cmdline"] = f.read().decode("utf-8", "replace")
    seen["getenv"] = pool.submit(os.getenv, "TOESTEMMING_PASSPHRASE").result(timeout=120)
    seen["here"] = os.environ.get("TOESTEMMING_PASSPHRASE")
    return svc

Service.open = classmethod(open_then_start_helper)
code = cli.main(sys.argv[1:])
seen["code"] = code
import hashlib
again = os.environ.get("TOESTEMMING_PASSPHRASE", "").encode()
seen["after"] = hashlib.sha256(again).hexdigest() == os.environ["PASS_SHA256"]
print("SEEN" + json.dumps(seen))
"""


def test_helper_processes_do_not_get_the_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "kluis.tvault"
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=2))
    svc, _ = Service.create(vault, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    svc.close()
    out = subprocess.run(
        [sys.executable, "-c", DRIVER, "check", "--vault", str(vault)],
        cwd=ROOT,
        env={
            **os.environ,
            "TOESTEMMING_PASSPHRASE": PASS,
            "PASS_SHA256": sha256(PASS.encode()).hexdigest(),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(s for s in out.stdout.splitlines() if s.startswith("SEEN"))
    seen = json.loads(line[4:])
    assert seen["code"] == 0
    assert PASS not in seen["cmdline"]
    assert PASS not in seen["environ"], "the helper's /proc/<pid>/environ holds the passphrase"
    assert seen["getenv"] is None
    assert seen["here"] is None  # any process started while the command runs: none has it
    assert seen["after"] is True  # put back for a caller that goes on (a script, a test)
    assert PASS not in out.stdout + out.stderr
