"""One writer at a time (issue 13, item 1), with real second processes.

A worker opens the vault that a colleague already has open: the message names who, on which
computer and since when, and the vault can be opened read-only — never as a second writer.
A holder killed with SIGKILL leaves its lock to the next opener. Processes racing to open:
exactly one writer."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, VaultError, VaultInUse, WrongPassphrase, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path
from toestemming.store.lock import info_path, lock_path

PASS = "correct horse battery staple"
HOLDER_START = datetime(2025, 3, 4, 9, 15, tzinfo=UTC)  # 10:15 in Amsterdam

# A second process: `hold` opens as writer and obeys lines on stdin; `race` waits for "go",
# tries to open as writer and says how it went (and keeps a won lock until "close").
CHILD = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.errors import VaultInUse
from toestemming.service import Service

path, passphrase, mode = sys.argv[1:4]
clock = FixedClock(datetime(2025, 3, 4, 9, 15, tzinfo=UTC))
svc = None
if mode == "race":
    sys.stdin.readline()  # "go"
    try:
        svc = Service.open(path, passphrase, clock=clock)
    except VaultInUse:
        print("in_use", flush=True)
        sys.exit(0)
    print("writer", flush=True)
else:
    svc = Service.open(path, passphrase, clock=clock)
    svc.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "write":
        svc.people.add_youth(given_name="Tweede", family_name="Kind", birth_date="02-02-2010")
        print("written", flush=True)
    elif line.strip() == "close":
        svc.close()
        print("closed", flush=True)
        break
"""


def _child(path: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASS, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _say(child: subprocess.Popen[str], line: str) -> str:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(HOLDER_START), kdf=KdfParams())
    svc.close()
    return path


@pytest.fixture
def holder(vault: Path) -> Iterator[subprocess.Popen[str]]:
    """A colleague's process with the vault open for writing."""
    child = _child(vault, "hold")
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()


def _youths(svc: Service) -> set[str]:
    return {y.given_name for y in svc.people.search("kind")}


def test_second_opener_is_told_who_has_it_and_may_only_read(
    vault: Path, holder: subprocess.Popen[str]
) -> None:
    keys_before = header_path(vault).read_bytes()
    with pytest.raises(VaultInUse) as exc:
        Service.open(vault, PASS)
    shown = user_text(exc.value)
    assert "Anna" in shown and socket.gethostname()[:20] in shown
    assert "04-03-2025 om 10:15" in shown
    assert "alleen-lezen" in shown
    # The message itself (what may reach a log) names nobody.
    assert "Anna" not in exc.value.message and socket.gethostname() not in exc.value.message

    svc = Service.open(vault, PASS, read_only=True, check=True)
    try:
        assert svc.read_only and svc.opened_read_only
        assert svc.lock_holder is not None and svc.lock_holder.worker == "Anna"
        assert _youths(svc) == {"Eerste"}
        with pytest.raises(VaultError) as refused:
            svc.people.add_youth(given_name="Derde", family_name="Kind", birth_date="03-03-2010")
        assert "alleen-lezen" in refused.value.message
        for attempt in (
            lambda: svc.add_worker("Bram", "nog een heel lange wachtwoordzin"),
            lambda: svc.change_passphrase(PASS, "een andere lange wachtwoordzin"),
            svc.rotate_data_key,
        ):
            with pytest.raises(VaultError):
                attempt()
        assert header_path(vault).read_bytes() == keys_before  # no second writer of the keys
        # The writer goes on; the reader sees its work, live.
        assert _say(holder, "write") == "written"
        assert _youths(svc) == {"Eerste", "Tweede"}
    finally:
        svc.close()
    # Closing the reader did not free the writer's lock.
    with pytest.raises(VaultInUse):
        Service.open(vault, PASS)
    assert _say(holder, "close") == "closed"
    again = Service.open(vault, PASS)
    try:
        assert _youths(again) == {"Eerste", "Tweede"} and not again.read_only
        assert again.recovered_lock is None  # closed properly: nothing to take over
    finally:
        again.close()


def test_wrong_passphrase_learns_nothing_about_the_holder(
    vault: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(WrongPassphrase) as exc:
        Service.open(vault, "geraden wachtwoordzin van iemand anders")
    assert "Anna" not in str(exc.value.message)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")
def test_after_sigkill_of_the_holder_the_next_opener_takes_over(
    vault: Path, holder: subprocess.Popen[str]
) -> None:
    assert _say(holder, "write") == "written"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert info_path(vault).exists()  # the dead process could not tidy up
    svc = Service.open(vault, PASS, check=True)
    try:
        assert not svc.read_only
        assert svc.recovered_lock is not None and svc.recovered_lock.worker == "Anna"
        assert _youths(svc) == {"Eerste", "Tweede"}  # acknowledged writes survived
        svc.people.add_youth(given_name="Derde", family_name="Kind", birth_date="03-03-2010")
        assert json.loads(info_path(vault).read_text())["pid"] == os.getpid()
    finally:
        svc.close()
    assert not info_path(vault).exists() and lock_path(vault).exists()


def test_processes_racing_to_open_get_exactly_one_writer(vault: Path) -> None:
    children = [_child(vault, "race") for _ in range(4)]
    try:
        for child in children:  # all four are waiting on stdin: release them together
            assert child.stdin is not None
            child.stdin.write("go\n")
        for child in children:
            assert child.stdin is not None
            child.stdin.flush()
        outcomes = []
        for child in children:
            assert child.stdout is not None
            outcomes.append(child.stdout.readline().strip())
        assert sorted(outcomes) == ["in_use", "in_use", "in_use", "writer"]
        winner = children[outcomes.index("writer")]
        assert _say(winner, "close") == "closed"
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
            child.wait()


def test_two_windows_in_one_process_are_two_openers(vault: Path) -> None:
    first = Service.open(vault, PASS)
    try:
        with pytest.raises(VaultInUse):
            Service.open(vault, PASS)
    finally:
        first.close()
    Service.open(vault, PASS).close()


def test_a_planted_info_file_cannot_spoof_the_screen(vault: Path) -> None:
    first = Service.open(vault, PASS)
    try:
        info_path(vault).write_text(
            json.dumps(
                {
                    "worker": "Beheer\u202e\u200bnigol\u2066 " + "x" * 500,
                    "computer": "PC\u0000\u001b[31m\nRegel",
                    "since": "gisteren",
                    "pid": "1",
                }
            )
        )
        with pytest.raises(VaultInUse) as exc:
            Service.open(vault, PASS)
        shown = user_text(exc.value)
        for bad in ("\u202e", "\u200b", "\u2066", "\u0000", "\u001b", "x" * 81):
            assert bad not in shown
        assert "Beheer" in shown and "PC" in shown
        info_path(vault).write_bytes(b"{" * 100_000)  # oversized: not read
        with pytest.raises(VaultInUse) as exc:
            Service.open(vault, PASS)
        assert "niet bekend" in user_text(exc.value)
    finally:
        first.close()


def test_a_failed_create_leaves_no_lock_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.tvault"
    with pytest.raises(ToestemmingError):
        Service.create(path, "School", "Anna", "kort", kdf=KdfParams())
    assert list(tmp_path.iterdir()) == []


def test_opening_a_path_without_a_vault_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        Service.open(tmp_path / "bestaat-niet.tvault", PASS)
    assert list(tmp_path.iterdir()) == []


def test_read_only_when_nobody_holds_it_names_no_stale_holder(vault: Path) -> None:
    info_path(vault).write_text(json.dumps({"worker": "Oud", "computer": "PC-1", "pid": 1}))
    svc = Service.open(vault, PASS, read_only=True)
    try:
        assert svc.read_only and svc.lock_holder is None
    finally:
        svc.close()
    assert info_path(vault).exists()  # a reader takes nothing over and tidies nothing
    svc = Service.open(vault, PASS)  # the next writer does
    try:
        assert svc.recovered_lock is not None and svc.recovered_lock.worker == "Oud"
    finally:
        svc.close()


def test_a_file_system_without_locks_allows_reading_only(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network file systems refuse flock (ENOLCK): we cannot run one here, so the
    refusal is injected where filelock would report it."""
    import errno

    from toestemming.store import lock as lock_module

    def refuse(_fd: int, *, blocking: bool = True) -> bool:
        raise OSError(errno.ENOLCK, "no locks")

    monkeypatch.setattr(lock_module, "lock_descriptor", refuse)
    with pytest.raises(VaultInUse) as exc:
        Service.open(vault, PASS)
    assert "niet vergrendelen" in exc.value.message
    svc = Service.open(vault, PASS, read_only=True)
    try:
        assert svc.read_only
    finally:
        svc.close()
