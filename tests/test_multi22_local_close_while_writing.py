"""Session 19 (multi22): two local windows; one closes — its close checkpoints the WAL
(`PRAGMA wal_checkpoint(TRUNCATE)`, which waits for and briefly holds off writers) — while the
other, the writer, is in the middle of a run of writes.

The writer is a real process adding youths one write at a time; read-only windows on the same
vault (opened while it holds the writer lock) close one by one between its writes. None of the
writer's writes is refused or lost, every closing window closes without an error, and the
vault after it is whole: as many youths as events, the log verifies, `check`-clean."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from test_attack_s8_instances_stale import (
    PASS,
    START,
    vault,  # noqa: F401 (the fixture)
)

from toestemming.clock import FixedClock
from toestemming.service import Service

WRITES = 120
WRITER = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service

svc = Service.open(sys.argv[1], sys.argv[2], clock=FixedClock(datetime.fromisoformat(sys.argv[3])))
print("ready", flush=True)
sys.stdin.readline()
for i in range(int(sys.argv[4])):
    try:
        svc.people.add_youth(given_name=f"Kind{i}", family_name="Kind", birth_date="01-01-2010")
        print("wrote", i, flush=True)
    except ToestemmingError as exc:
        print("refused", exc.message_id, flush=True)
svc.close()
print("closed", flush=True)
"""


def test_read_only_windows_closing_while_the_writer_writes_cost_it_nothing(
    vault: Path,  # noqa: F811
) -> None:
    later = START + timedelta(hours=1)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault), PASS, later.isoformat(), str(WRITES)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr
        readers = [
            Service.open(vault, PASS, clock=FixedClock(later), read_only=True) for _ in range(5)
        ]
        assert all(r.read_only for r in readers)
        writer.stdin.write("go\n")
        writer.stdin.flush()
        said: list[str] = []
        for line in writer.stdout:
            said.append(line.strip())
            if line.startswith("wrote") and int(line.split()[1]) % 20 == 5 and readers:
                reader = readers.pop()
                assert reader.people.search("Kind")  # (a read, then the close's checkpoint)
                reader.close()
            if line.startswith("closed"):
                break
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert readers == []
    assert [s for s in said if not s.startswith("wrote")] == ["closed"], said[-5:]

    svc = Service.open(vault, PASS, clock=FixedClock(later + timedelta(hours=1)))
    try:
        assert not svc.read_only
        youths = int(svc.vault.db.scalar("SELECT count(*) FROM youths"))
        added = int(svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'youth.added'"))
        assert youths == added == WRITES + 1  # (+ the fixture's "Een")
        assert svc.verify_audit(deep=True).ok
        assert svc.integrity_problems() == []
    finally:
        svc.close()
