"""Multi26: a log check (and a replay) whose helper process hangs still comes back — with the
same verdict.

verify_links sends ranges of the audit chain to helper processes and waited for their results
without a time limit: a helper stuck in a read of a vault on a network share that stopped
answering (a stopped process here, SIGSTOP) kept the check waiting for good — the health check,
"Logboek controleren", the backup's check of its copy, and with it the auto-lock, which waits
for running background work. replay_split waited the same way. Now each waits until a deadline
(a floor plus a multiple of what this process took for its own range); a helper that has not
answered by then is killed (bounded, as at close) and its range is checked here: slower, never
weaker — an event changed in the hung helper's range is still found.

Real processes: the desk (a Service on a real SQLCipher vault) runs in its own process so a hang
fails this test instead of hanging the test run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hung_desk import CLOSE_AND_END, run_desk

DESK = (
    r"""
import os, signal, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from toestemming import audit_links
from toestemming.clock import FixedClock
from toestemming.replay_split import replay_split
from toestemming.service import Service
from toestemming.store.header import KdfParams

def stop_helpers(out):
    audit_links.RESULT_FLOOR_S = 0.5  # (the bound, shortened for the test)
    pids = sorted(audit_links._POOL.executor._processes)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)  # the share hangs: the helper never answers again
    print("HELPERS", *pids, file=out, flush=True)
    return pids

def warm(svc):
    # the chain check's helpers up, each with the vault's connection open (a fresh spawn on
    # a busy machine may take longer than the test's shortened bound)
    audit_links.RESULT_FLOOR_S = 120.0
    assert svc.verify_audit(parallel_from=1).processes == 2
    for f in audit_links._POOL.ready:
        f.result(timeout=120)

if __name__ == "__main__":
    audit_links.os.cpu_count = lambda: 2  # (one helper, whatever this machine has)
    audit_links.RESULT_FACTOR = 1.0  # (the bounds, shortened for the test)
    audit_links.HELPERS_END_S = 0.5
    audit_links.KILL_GRACE_S = 0.5
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=1))
    svc, _ = Service.create(
        Path(sys.argv[1]), "Testschool", "Anna", "Kanarie-wachtwoordzin 99 Zebra", clock,
        kdf=KdfParams(),
    )
    for n in range(12):
        svc.people.add_youth(given_name=f"Jongere{n}", family_name="Test", birth_date="01-01-2010")
    out = open(sys.argv[2], "w")
    warm(svc)
    stop_helpers(out)
    report = svc.verify_audit(parallel_from=1)
    print("CHECK", report.ok, report.processes, file=out, flush=True)

    # The same with an event changed in the hung helper's range (the last one).
    warm(svc)
    db = svc.vault.db
    last = int(db.scalar("SELECT max(seq) FROM events"))
    with db.transaction():
        db.execute("DROP TRIGGER IF EXISTS events_no_update")
        body = bytes(db.scalar("SELECT body FROM events WHERE seq = ?", (last,)))
        db.execute("UPDATE events SET body = ? WHERE seq = ?", (body + b" ", last))
    stop_helpers(out)
    report = svc.verify_audit(parallel_from=1)
    print("TAMPERED", report.ok, report.first_bad_seq == last, file=out, flush=True)

    # The replay's ranges go to the same helpers.
    warm(svc)
    stop_helpers(out)
    replayed = replay_split(db, svc.vault.reader_spec(), 2)
    print("REPLAY", replayed.processes, replayed.events > 0, file=out, flush=True)
"""
    + CLOSE_AND_END
)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_hung_helper_does_not_hang_the_log_check_or_the_replay(tmp_path: Path) -> None:
    lines = run_desk(
        DESK, tmp_path, "HELPERS", "the log check waited for good on a helper that does not answer"
    )
    assert "CHECK True 1" in lines  # the chain holds: checked here, the helper given up
    assert "TAMPERED False True" in lines  # a hung helper's range is still checked
    assert "REPLAY 1 True" in lines
    assert "CLOSED" in lines  # nothing left holding the file: the vault closes cleanly
