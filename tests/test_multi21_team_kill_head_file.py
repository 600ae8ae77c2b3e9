"""Session 18 (multi21): a team desk killed (SIGKILL) while it writes this computer's copy of the
log head, just after its commit on the server.

Every desk window on one computer keeps the team's log head in one shared file (store/team.py),
re-read and written under a file lock after each commit. The desk is killed exactly there: the
lock held, a half-written temporary file beside the head file. A second window on the same
computer (a colleague at the same PC, or the same worker's second window) must not wait for
that lock for ever after its own commit, the head file must still be whole, and the killed
worker opens her desk again at once — no "the log was cut" alarm, her committed change there,
nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from test_attack_s15_team_desks import (
    SAFETY_S,
    Desk,
    _events,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.clock import FixedClock
from toestemming.store.team import heads_folder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

# The desk: opens the team, then at "youth" adds a youth whose after-commit head write stops
# half way (the head file's lock held, half a temporary file written) and says "paused".
KILLED_DESK = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store import team

url, password, now = sys.argv[1:4]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
armed = {"on": False}
real_write = team.atomic_write


def half_then_pause(path, data):
    if not armed["on"]:
        return real_write(path, data)
    with open(path.with_name(f".{path.name}.dead.tmp"), "wb") as fh:
        fh.write(data[: len(data) // 2])
        fh.flush()
    print("paused", flush=True)
    sys.stdin.readline()  # killed here
    raise SystemExit(3)


team.atomic_write = half_then_pause
print("ready", flush=True)
for line in sys.stdin:
    armed["on"] = True
    svc.people.add_youth(given_name="Timo", family_name="Bakker", birth_date="2011-03-04")
    print("written", flush=True)
"""


def test_a_desk_killed_writing_the_log_head_file_locks_no_window_on_this_computer_out(
    team,  # noqa: F811
    clock: FixedClock,
) -> None:
    svc, _admin, balie, collega, desks = team
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
    killed = subprocess.Popen(
        [sys.executable, "-c", KILLED_DESK, balie.url, balie.password, clock.now().isoformat()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert killed.stdout is not None and killed.stdin is not None
        assert killed.stdout.readline().strip() == "ready"
        killed.stdin.write("youth\n")
        killed.stdin.flush()
        assert killed.stdout.readline().strip() == "paused"
        killed.send_signal(signal.SIGKILL)
        out, err = killed.communicate(timeout=SAFETY_S)
    finally:
        if killed.poll() is None:
            killed.kill()
            killed.wait()
    assert killed.returncode == -signal.SIGKILL
    assert "Traceback" not in err and "Timo" not in out + err
    assert any(p.name.endswith(".tmp") for p in heads_folder().iterdir())  # (left half)

    # A colleague's window on the same computer: its commit and its head write go through.
    colleague = Desk(collega, clock.now().isoformat())
    desks.append(colleague)
    colleague.ask("youth")
    assert colleague.said() == "written", colleague.error()
    # The killed worker opens her desk again: in at once, her committed youth there, once.
    again = Desk(balie, clock.now().isoformat())
    desks.append(again)
    again.ask("count")
    assert again.said() == "count 2", again.error()
    again.ask("youth")
    assert again.said() == "written", again.error()
    colleague.finish()
    again.finish()
    assert (
        _events(svc, before)
        == ["worker.added", "youth.added", "worker.added"] + ["youth.added"] * 2
    )
    _whole(svc)
