"""Session 14: a worker removed while their app is open on the team server. The window is a
real process (a hidden script would be one too); a colleague removes the worker in
Medewerkers (IT has not disabled the login yet). Before this session the window's reads came
back *empty* — the youth list, a youth's record, an item's status, a proof export all said
"nothing here" or "not found" — so the removed worker (or the one who took over their desk)
saw an organisation without youths and no word why. Every read and write of that window must
now be refused with the sentence a removed worker hears, and nothing they write lands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from team_support import create_team, make_worker, sara_request

from toestemming.clock import FixedClock

SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)

# The removed worker's window: opens, reads once (it was a member), waits for "go", then tries
# each action and prints one line per action: "<name> ok <what it got>" or "<name> refused
# <Dutch sentence>". Never personal values on stdout: counts only.
WINDOW = r"""
import sys
from datetime import datetime
from pathlib import Path
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef
from toestemming.service import Service

url, password, youth_id, request_id, item_id, now, out = sys.argv[1:8]
svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
print("ready", len(svc.people.search("")), flush=True)
sys.stdin.readline()
youth_id, request_id, item_id = int(youth_id), int(request_id), int(item_id)
actions = {
    "search": lambda: len(svc.people.search("")),
    "youth": lambda: svc.people.youth(youth_id).id,
    "status": lambda: svc.consents.item_status(item_id).status.value,
    "export": lambda: svc.forms.proof.export_request(request_id, Path(out) / "bewijs.zip").name,
    "decide": lambda: svc.consents.record_decisions(
        request_id, SignerRef.youth(youth_id), {item_id: "yes"}, "desk"
    ) and "written",
    "add": lambda: svc.people.add_youth(
        given_name="Wout", family_name="Wo", birth_date="2009-01-01"
    ).id,
}
for name, action in actions.items():
    try:
        print(name, "ok", action(), flush=True)
    except ToestemmingError as exc:
        print(name, "refused", user_text(exc).replace("\n", " "), flush=True)
try:
    svc.close()
except ToestemmingError:
    pass
"""


@pytest.fixture
def team(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # (inherited by children)
    svc, admin = create_team(pg_server, pg_database, clock)
    wim = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    yield svc, wim
    svc.close()


def test_every_read_and_write_of_a_removed_workers_open_window_is_refused_in_dutch(
    team, clock: FixedClock, tmp_path: Path
) -> None:
    svc, wim = team
    request_id, item_id, youth_id = sara_request(svc, clock.today())
    out = tmp_path / "export"
    out.mkdir()
    ids = (str(youth_id), str(request_id), str(item_id))
    window = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WINDOW,
            wim.url,
            wim.password,
            *ids,
            clock.now().isoformat(),
            str(out),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None
        first = window.stdout.readline().split()
        assert first == ["ready", "1"]
        wim_id = next(w.id for w in svc.workers() if w.name == "Wim Werker")
        svc.remove_worker(wim_id)
        events = svc.vault.db.scalar("SELECT count(*) FROM events")
        said, err = window.communicate("go\n", timeout=SAFETY_S)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, err[-2000:]
    assert "Traceback" not in err and "Sara" not in said + err
    lines = dict(line.split(" ", 1) for line in said.strip().splitlines())
    assert set(lines) == {"search", "youth", "status", "export", "decide", "add"}, said
    for name, line in lines.items():
        assert line.startswith("refused") and "geen toegang meer" in line, (name, said)
    # Nothing of theirs landed, and the file they asked for was not written.
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == events
    assert list(out.iterdir()) == []
    assert svc.consents.item_status(item_id).status.value == "requested"
