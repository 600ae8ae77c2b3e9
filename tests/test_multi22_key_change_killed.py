"""Session 19 (multi22): a key change killed between the key file and the log.

A passphrase change, a new recovery key, a data-key renewal and a worker's removal write the
key file first and their event into the log after. A window killed between the two (SIGKILL:
the power, the task manager) left a changed key whose change the log never mentioned — the
privacy officer's activity log and every proof were silent about it.

Now the key file write that makes the change holds the event it owes (store/owed_events.py);
a real writer process is killed exactly at each step, and the next open sees both (the new
key and its one event) or neither (the old key, no event), the key file owes nothing after
it, and `check` is clean."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from test_attack_s8_instances_stale import PASS, START

from toestemming import cli
from toestemming.clock import FixedClock
from toestemming.errors import WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path, read_header
from toestemming.store.owed_events import OwedEvent

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

NEW = "een heel ander lang wachtwoord voor later"
SAFETY_S = 60

# The writer: opens the vault (injected clock), arms a step, makes the key change; at the
# step it says "paused" and waits (it is killed there).
WRITER = r"""
import sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store import vault as vault_module

path, passphrase, new, at = sys.argv[1:5]
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(at)))
armed = {"step": None, "key_written": False}


def pause(step):
    if armed["step"] == step:
        armed["step"] = None
        print("paused", flush=True)
        sys.stdin.readline()  # killed here
        raise SystemExit(3)


real_write = vault_module.write_header


def write_header(p, header):
    if header.owed_events:
        pause("before-key-file")
    real_write(p, header)
    if header.owed_events:
        armed["key_written"] = True
        pause("key-file")


vault_module.write_header = write_header


class Conn:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, attr):
        return getattr(self._inner, attr)

    def execute(self, sql, *args):
        text = sql.strip().upper()
        result = self._inner.execute(sql, *args)
        if not armed["key_written"]:
            return result  # (a removal's own event comes before its key file)
        if text.startswith("INSERT INTO EVENTS"):
            pause("event")
        if text == "COMMIT":
            pause("committed")
        return result


def wrap():
    db = svc.vault.db
    if not isinstance(db._conn, Conn):
        db._conn = Conn(db._conn)


wrap()
print("ready", flush=True)
for line in sys.stdin:
    action, step = line.split()
    armed["step"] = step
    if action == "passphrase":
        svc.change_passphrase(passphrase, new)
    elif action == "recovery":
        svc.renew_recovery_key()
    elif action == "rotate":
        svc.rotate_data_key()
    elif action == "remove":
        bert = next(w for w in svc.workers() if w.name == "Bert")
        svc.remove_worker(bert.id)
    print("done", flush=True)
"""

KIND = {
    "passphrase": "worker.passphrase_changed",
    "recovery": "vault.recovery_key_renewed",
    "rotate": "vault.data_key_rotated",
    "remove": "vault.data_key_rotated",
}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.add_worker("Bert", "bert heeft ook een lang wachtwoord")
    svc.close()
    return path


def _killed_at(path: Path, action: str, step: str) -> str:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER,
            str(path),
            PASS,
            NEW,
            (START + timedelta(hours=1)).isoformat(),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready", child.stderr
        child.stdin.write(f"{action} {step}\n")
        child.stdin.flush()
        said = child.stdout.readline().strip()
        assert said == "paused", (said, child.stderr.read() if child.stderr else "")
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=SAFETY_S)
        assert child.returncode == -signal.SIGKILL
        return (out or "") + (err or "")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _kinds(svc: Service, kind: str) -> list[dict]:
    rows = svc.vault.db.query("SELECT body FROM events WHERE kind = ? ORDER BY seq", (kind,))
    return [json.loads(r[0]) for r in rows]


def _open(path: Path, passphrase: str) -> Service:
    return Service.open(path, passphrase, clock=FixedClock(START + timedelta(hours=2)))


@pytest.mark.parametrize("action", ["passphrase", "recovery", "rotate", "remove"])
@pytest.mark.parametrize(
    ("step", "changed"),
    [("before-key-file", False), ("key-file", True), ("event", True), ("committed", True)],
)
def test_a_key_change_killed_at_each_step_leaves_both_the_key_and_its_event_or_neither(
    vault: Path, action: str, step: str, changed: bool, monkeypatch, capsys
) -> None:
    before = read_header(vault)
    said = _killed_at(vault, action, step)
    assert "Traceback" not in said
    # (A removal is in the database before its key file: the next open renews the key.)
    changed = changed or action == "remove"

    works = NEW if changed and action == "passphrase" else PASS
    if action == "passphrase":  # the other one opens nothing
        with pytest.raises(WrongPassphrase):
            Service.open(vault, PASS if changed else NEW, clock=FixedClock(START))
    svc = _open(vault, works)
    try:
        assert not svc.read_only
        events = _kinds(svc, KIND[action])
        expected = 1 if changed else 0
        news = [e for e in events if "change" in e["data"]]
        assert len(news) == expected, events  # once: never lost, never twice
        if changed:
            anna = next(w for w in svc.workers() if w.name == "Anna")
            assert news[0]["actor"] == anna.id  # the worker who changed it, not "nobody"
            if action == "passphrase":
                assert news[0]["data"]["worker"] == anna.id
            if action in ("rotate", "remove"):
                assert news[0]["data"]["generation"] == svc.vault.header.generation
        assert read_header(vault).owed_events == ()  # nothing owed any more
        if action == "recovery":
            assert (read_header(vault).slots != before.slots) == changed
    finally:
        svc.close()
    # The next opens add nothing more.
    svc = _open(vault, works)
    try:
        assert len([e for e in _kinds(svc, KIND[action]) if "change" in e["data"]]) == (
            1 if changed else 0
        )
    finally:
        svc.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", works)
    capsys.readouterr()
    code = cli.main(["check", "--vault", str(vault)])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err


def test_an_owed_event_planted_in_the_key_file_without_the_master_key_is_never_logged(
    vault: Path,
) -> None:
    """Someone who can write the key file but has no passphrase adds an owed "passphrase
    changed" of Bert's: the next open drops it and writes nothing."""
    raw = json.loads(header_path(vault).read_bytes())
    fake = OwedEvent.new("worker.passphrase_changed", 2, {"worker": 2})
    forged = OwedEvent(fake.id, fake.kind, fake.actor, fake.data, b"\x00" * 32)
    raw["owed_events"] = [forged.to_json()]
    header_path(vault).write_text(json.dumps(raw))
    svc = _open(vault, PASS)
    try:
        assert _kinds(svc, "worker.passphrase_changed") == []
        assert read_header(vault).owed_events == ()
    finally:
        svc.close()
