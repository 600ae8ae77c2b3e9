"""Session 18 (multi21): the window holding the vault's writer lock is killed (SIGKILL: the
laptop's power, the task manager's "Taak beëindigen") at each step of one write and of the
close.

The crash test (tests/test_kill_during_writes.py) kills at random lines between writes; here
the writer is a real process stopped *exactly* at a step and then killed there:

- before BEGIN, after the event row is appended, just before COMMIT (the write was not
  acknowledged: it is gone, whole, rows and event alike);
- just after COMMIT, before the log head is written into the key header (acknowledged: it is
  there, and the shorter recorded head is no false alarm of a cut log);
- at the close: before the checkpoint's signature commits, and before the WAL is folded into
  the file.

Each time the next opener gets in at once (the operating system dropped the lock; the lock-info
file left behind is taken over, not read as "still open elsewhere"), nothing is half written,
`check` is clean, and neither the killed window nor the next opener put the young person's
name on stdout, stderr or in the log."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from test_attack_s8_instances_stale import (
    PASS,
    START,
    vault,  # noqa: F401 (the fixture)
)

from toestemming import cli
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.lock import info_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

# (the vault: Anna's, with one youth "Een", made at START)
SECRET_NAME = "Zwanettevandijk"  # the youth the killed write adds: never in any output
SAFETY_S = 60  # a hung child fails the test instead of hanging CI (not a timing assertion)

# The writer window: opens the vault on an injected clock, then for "write <step>" or
# "close <step>" arms the step and does the action. At the step it says "paused" and waits
# on stdin (it is killed there). The sqlcipher3 connection is wrapped (a C object: its
# methods cannot be patched) to see the SQL the store sends.
WRITER = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service

path, passphrase, at, name = sys.argv[1:5]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(at)))
armed = {"step": None, "commits": 0}


def pause(step):
    if armed["step"] == step:
        print("paused", flush=True)
        sys.stdin.readline()  # killed here
        raise SystemExit(3)


class Conn:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, attr):
        return getattr(self._inner, attr)

    def execute(self, sql, *args):
        text = sql.strip().upper()
        if text.startswith("BEGIN IMMEDIATE"):
            pause("begin")
        if text == "COMMIT":
            armed["commits"] += 1
            pause("commit")
            if armed["commits"] == 1:
                pause("close-sign")  # the close's only transaction: the signed checkpoint
        if text.startswith("PRAGMA WAL_CHECKPOINT"):
            pause("close-wal")
        result = self._inner.execute(sql, *args)
        if text.startswith("INSERT INTO EVENTS"):
            pause("event")
        if text == "COMMIT":
            pause("committed")
        return result


db = svc.vault.db
db._conn = Conn(db._conn)
print("ready", flush=True)
for line in sys.stdin:
    action, step = line.split()
    armed["step"], armed["commits"] = step, 0
    if action == "write":
        svc.people.add_youth(given_name=name, family_name="Kind", birth_date="03-03-2011")
    else:
        svc.close()
    print("done", flush=True)
"""


def _writer(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER,
            str(path),
            PASS,
            (START + timedelta(hours=1)).isoformat(),
            SECRET_NAME,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _say(child: subprocess.Popen[str], line: str) -> str:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


def _kill(child: subprocess.Popen[str]) -> str:
    child.send_signal(signal.SIGKILL)
    _out, err = child.communicate(timeout=SAFETY_S)
    assert child.returncode == -signal.SIGKILL
    return (_out or "") + (err or "")


def _youths(svc: Service) -> list[str]:
    return sorted(y.given_name for y in svc.people.search("kind"))


def _killed_at(path: Path, action: str, step: str) -> str:
    child = _writer(path)
    try:
        if action == "close":
            assert _say(child, "write none") == "done"  # something for the close to sign
        assert _say(child, f"{action} {step}") == "paused"
        return _kill(child)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _check_is_clean(path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASS)
    capsys.readouterr()
    code = cli.main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == 0, text
    assert "Traceback" not in text and SECRET_NAME not in text


@pytest.mark.parametrize(
    ("action", "step", "kept"),
    [
        ("write", "begin", False),
        ("write", "event", False),
        ("write", "commit", False),
        ("write", "committed", True),
        ("close", "close-sign", True),
        ("close", "close-wal", True),
    ],
)
def test_a_writer_killed_at_each_step_leaves_a_whole_vault_the_next_opener_gets_into(
    vault: Path,  # noqa: F811
    action: str,
    step: str,
    kept: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    said = _killed_at(vault, action, step)
    assert SECRET_NAME not in said and "Traceback" not in said
    assert info_path(vault).exists()  # the killed window's lock info is left behind

    caplog.set_level(logging.DEBUG)
    svc = Service.open(vault, PASS, clock=FixedClock(START + timedelta(hours=2)))
    try:
        assert not svc.read_only  # the writer, at once: not "geopend op een andere plek"
        assert svc.recovered_lock is not None  # the stale info was taken over
        expected = ["Een", SECRET_NAME] if kept else ["Een"]
        assert _youths(svc) == sorted(expected)
        db = svc.vault.db
        youths = int(db.scalar("SELECT count(*) FROM youths"))
        added = int(db.scalar("SELECT count(*) FROM events WHERE kind = 'youth.added'"))
        assert youths == added == len(expected)  # rows and events: both or neither
        assert svc.integrity_problems() == []
        assert svc.verify_audit(deep=True).ok
        # and the vault goes on: the next write lands after the killed one's
        svc.people.add_youth(given_name="Drie", family_name="Kind", birth_date="04-04-2012")
    finally:
        svc.close()
    assert SECRET_NAME not in caplog.text
    _check_is_clean(vault, monkeypatch, capsys)
