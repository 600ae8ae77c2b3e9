"""Session 10: everything planted or left beside a vault that could keep every worker out.

An attacker (or an accident: a crash, a copy from a USB stick, a tidy-up script, a second user
on a shared computer) leaves something at the names the app opens beside the vault. Each case
must end in the vault opening safely or in a Dutch sentence that says what to do — never a
traceback, never a hang, never a lock-out without a way out. Every open runs in a real child
process (a hang would hang it, not the suite; the pipe's timeout is only that guard)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path
from toestemming.store.lock import info_path, lock_path

PASS = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
NOBODY = 65534
HANG_GUARD_S = 120  # (a guard against a hung child, not a measurement)

# One opener in its own process: prints one JSON line with what the worker would see, then
# (when told "hold") keeps the vault open until stdin closes.
OPENER = r"""
import json, sys, traceback
from toestemming.errors import ToestemmingError, VaultInUse, user_text
from toestemming.service import Service
path, passphrase, mode = sys.argv[1:4]
try:
    svc = Service.open(path, passphrase)
    if svc.read_only:
        raise SystemExit(print(json.dumps({"seen": "read_only"}), flush=True))
    svc.people.add_youth(given_name="Sam", family_name="Vries", birth_date="03-03-2011")
    print(json.dumps({"seen": "writer"}), flush=True)
    if mode == "hold":
        sys.stdin.read()
    svc.close()
except VaultInUse as exc:
    print(json.dumps({"seen": "in_use", "text": user_text(exc)}), flush=True)
except ToestemmingError as exc:
    print(json.dumps({"seen": "message", "text": user_text(exc)}), flush=True)
except BaseException:
    print(json.dumps({"seen": "traceback", "text": traceback.format_exc()}), flush=True)
"""

CREATE = r"""
import sys
from toestemming.service import Service
from toestemming.store.header import KdfParams
Service.create(sys.argv[1], "School", "Anna", sys.argv[2], kdf=KdfParams())[0].close()
"""


def _as_nobody() -> dict[str, object]:
    # As root every file can be opened; a worker's own account cannot open a file it may not.
    return {"user": NOBODY, "group": NOBODY, "extra_groups": []} if os.geteuid() == 0 else {}


def open_in_child(
    vault: Path, *, mode: str = "once", nobody: bool = False
) -> tuple[dict[str, str], subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", OPENER, str(vault), PASS, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        **(_as_nobody() if nobody else {}),  # type: ignore[arg-type]
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if mode != "hold":
        proc.communicate(timeout=HANG_GUARD_S)
    return json.loads(line) if line else {"seen": "nothing"}, proc


def opened_once(vault: Path, *, nobody: bool = False) -> dict[str, str]:
    try:
        return open_in_child(vault, nobody=nobody)[0]
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure this file is about
        return {"seen": "hang"}


@contextlib.contextmanager
def held(vault: Path, *, nobody: bool = False) -> Iterator[dict[str, str]]:
    """A writer in a child process for as long as the block runs (what it saw is yielded)."""
    seen, holder = open_in_child(vault, mode="hold", nobody=nobody)
    try:
        yield seen
    finally:
        holder.communicate("", timeout=HANG_GUARD_S)


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.close()
    return path


def _fifo(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.mkdir()
    (path / "iets").write_text("van iemand anders")


def _socket(path: Path) -> None:
    path.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()  # (the name stays; nothing listens)


PLANTED: dict[str, Callable[[Path], None]] = {"fifo": _fifo, "folder": _folder, "socket": _socket}


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_something_else_at_the_lock_files_name_is_said_with_the_way_out(
    vault: Path, kind: str
) -> None:
    PLANTED[kind](lock_path(vault))
    before = vault.read_bytes(), header_path(vault).read_bytes()

    seen = opened_once(vault)

    assert seen["seen"] == "message", seen
    assert "(eindigend op .lock)" in seen["text"]
    assert "Verwijder of hernoem" in seen["text"]
    assert (vault.read_bytes(), header_path(vault).read_bytes()) == before
    # The way out the sentence names works: remove it, and the vault opens as the writer.
    _remove(lock_path(vault))
    assert opened_once(vault)["seen"] == "writer"


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_something_else_at_the_holder_files_name_does_not_stop_the_open(
    vault: Path, kind: str
) -> None:
    """The holder file is advice for a second opener; a FIFO there hung every opener, even a
    lone worker, at the unlock (reading it waited for a writer that never came)."""
    PLANTED[kind](info_path(vault))

    assert opened_once(vault)["seen"] == "writer"
    # ... and a second opener beside a writer is still told the vault is in use.
    if not os.path.lexists(info_path(vault)):  # (a FIFO goes with the close; a folder stays)
        PLANTED[kind](info_path(vault))
    with held(vault) as seen:
        assert seen["seen"] == "writer"
        second = opened_once(vault)
        assert second["seen"] == "in_use", second


def test_a_fifo_in_place_of_the_key_file_is_a_sentence_not_a_hang(vault: Path) -> None:
    _fifo(header_path(vault))

    seen = opened_once(vault)

    assert seen["seen"] == "message", seen
    assert "sleutelbestand" in seen["text"]


def test_a_holder_file_left_half_written_by_a_killed_opener_is_removed_at_the_next_open(
    vault: Path,
) -> None:
    """An opener killed while writing who holds the vault leaves its temp file (worker name,
    computer): the next writer removes it; nothing piles up beside the vault."""
    leftover = Path(f"{info_path(vault)}.tmp")
    leftover.write_text('{"worker": "Anna", "computer": "balie-1"}')

    assert opened_once(vault)["seen"] == "writer"

    assert not leftover.exists()
    assert sorted(p.name for p in vault.parent.iterdir()) == sorted(
        [vault.name, header_path(vault).name, lock_path(vault).name]
    )


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every account on the computer may write in (as a shared desk PC has), made by
    a worker's own account (not root: root may open any file)."""
    folder = Path(tempfile.mkdtemp(prefix="gedeeld-"))
    folder.chmod(0o777)
    path = folder / "kluis.tvault"
    subprocess.run([sys.executable, "-c", CREATE, str(path), PASS], check=True, **_as_nobody())  # type: ignore[call-overload]
    try:
        yield path
    finally:
        shutil.rmtree(folder)


def test_a_read_only_lock_file_from_a_usb_copy_still_locks_and_keeps_one_writer(
    shared_folder: Path,
) -> None:
    """Files copied from a stick or a CD keep their read-only mark. The lock file was opened
    for writing only to lock it: that refused (the message blamed the folder) and nobody got
    in. The OS lock needs no write access."""
    lock_path(shared_folder).chmod(stat.S_IRUSR)

    with held(shared_folder, nobody=True) as seen:
        assert seen["seen"] == "writer", seen
        # Still one writer: a second window of the same worker is told it is in use.
        second = opened_once(shared_folder, nobody=True)
        assert second["seen"] == "in_use", second


def test_another_users_private_lock_file_is_named_with_what_to_do(shared_folder: Path) -> None:
    """On a shared computer another account's lock file (its own, mode 0600) cannot be opened
    at all. The message blamed a read-only folder; it now names the file and the way out."""
    if os.geteuid() == 0:
        os.chown(lock_path(shared_folder), 0, 0)
        lock_path(shared_folder).chmod(0o600)
    else:
        lock_path(shared_folder).chmod(0)

    seen = opened_once(shared_folder, nobody=True)

    assert seen["seen"] == "message", seen
    assert "(eindigend op .lock)" in seen["text"]
    assert "verwijder dan dat bestand" in seen["text"]
    assert "In de map van de kluis kan niet" not in seen["text"]  # (the folder is fine)


def test_the_same_vault_reached_through_links_still_has_one_writer(
    vault: Path, tmp_path: Path
) -> None:
    """A shortcut folder with links to the vault and its key file (a desktop shortcut, a
    second mount): the lock beside the link was another lock file, so two writers."""
    other = tmp_path / "snelkoppeling"
    other.mkdir()
    linked = other / vault.name
    linked.symlink_to(vault)
    header_path(linked).symlink_to(header_path(vault))

    with held(vault) as seen:
        assert seen["seen"] == "writer"
        second = opened_once(linked)
        assert second["seen"] == "in_use", second
    assert not lock_path(linked).is_relative_to(other)
    assert opened_once(linked)["seen"] == "writer"  # (free again: the link opens as usual)


@pytest.mark.parametrize(
    "since", ["9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+05:00", "2026-13-45T99:00"]
)
def test_a_holder_whose_clock_ran_wild_is_still_a_sentence(vault: Path, since: str) -> None:
    """The holder's computer had its clock reset or run wild (or the file was planted): a
    "since" at the calendar's edge ended every second opener's unlock in an OverflowError
    traceback (shown in local time); the holder is still named, the moment left out."""
    with held(vault) as seen:
        assert seen["seen"] == "writer"
        info = json.loads(info_path(vault).read_text())
        info_path(vault).write_text(json.dumps({**info, "since": since}))

        second = opened_once(vault)
        assert second["seen"] == "in_use", second
        assert "door Anna" in second["text"]
        assert "sinds" not in second["text"]
        # The read-only window's banner says the same without the moment.
        reader = Service.open(vault, PASS, read_only=True)
        try:
            assert reader.lock_holder is not None
            assert "sinds" not in reader.lock_holder.describe()
        finally:
            reader.close()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_something_else_at_the_vault_files_name_is_a_sentence(vault: Path, kind: str) -> None:
    """The vault file itself replaced by a FIFO or folder (the key file still beside it):
    SQLite's bare "disk I/O error" was a traceback."""
    PLANTED[kind](vault)

    seen = opened_once(vault)

    assert seen["seen"] == "message", seen
    assert "(eindigend op .tvault)" in seen["text"]
