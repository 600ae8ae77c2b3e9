"""Session 31 (multi31): an older key file put back beside the OPEN vault.

A worker was removed at the desk this morning (the master key and the data key renewed, the
file re-encrypted), or the data key renewed. Then the key file kluis.tvault.keys is put back
to last week's — a backup tool restoring "the vault's files", a sync client settling a
conflict with the older copy, the removed worker himself (whose slot the old file still has)
— or it is deleted or garbled, while the desk (a real second process, the writer) stays open.

Before: the desk wrote on without a word ("Drie" saved; after a rotation its log head even
went into the old file), and when it closed, NOBODY could open the vault again — not Anna,
not the removed Ahmed, not `check`: "beschadigd of hoort bij een ander sleutelbestand". The
only key file that opens the file was in the closed desk's memory.

Now the writer, which holds the writer lock and so is the only one that may change the key
file, puts its own key file back before its next write and at close when another one stands
at the name (the file found is kept beside it, `.keys.vervangen-…`). Everyone who may opens
the vault afterwards, the removed worker does not, and `check` says "in orde"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import LineProcess

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
AHMED = "ahmed kiest zijn eigen lange zin"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

# Anna's desk, in its own process: the key change, then youths on command.
DESK = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.service import Service
path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 4, 10, tzinfo=UTC)))
print("ready", flush=True)
for line in sys.stdin:
    word, _, name = line.strip().partition(" ")
    try:
        if word == "remove":
            svc.remove_worker(next(w for w in svc.workers() if w.name == "Ahmed").id)
        elif word == "rotate":
            svc.rotate_data_key()
        elif word == "add":
            svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")
        elif word == "close":
            svc.close()
        print("done saved", flush=True)
    except ToestemmingError as exc:
        print("done refused " + user_text(exc).replace("\n", " "), flush=True)
    if word == "close":
        break
"""


class Desk(LineProcess):
    def __init__(self, vault: Path) -> None:
        super().__init__(DESK, str(vault), ANNA)

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        said = self.proc.stdout.readline().strip()
        assert said.startswith("done "), said
        return said.removeprefix("done ")


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Path]:
    """Anna and Ahmed, one youth; last week's key file kept aside as `oud.keys`."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Ahmed", AHMED)
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    shutil.copy2(header_path(path), tmp_path / "oud.keys")
    yield path


def _names(path: Path, passphrase: str) -> list[str]:
    svc = Service.open(path, passphrase, clock=FixedClock(START), read_only=True)
    try:
        return sorted(y.given_name for y in svc.people.search("kind"))
    finally:
        svc.close()


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toestemming.cli", "--vault", str(path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": ANNA},
        timeout=300,
    )


def _put_back(how: str, path: Path) -> None:
    keys = header_path(path)
    if how == "older-copy-cp":  # in place, as `cp` does
        subprocess.run(["cp", str(path.parent / "oud.keys"), str(keys)], check=True)
    elif how == "older-copy-renamed-in":  # as a sync client does: a new file, renamed over
        shutil.copy2(path.parent / "oud.keys", path.parent / "tmp.keys")
        os.replace(path.parent / "tmp.keys", keys)
    elif how == "deleted":
        keys.unlink()
    else:  # garbled
        keys.write_bytes(b"{ niet meer leesbaar")


@pytest.mark.skipif(os.name != "posix", reason="`cp` over a file another process has read")
@pytest.mark.parametrize("change", ["remove", "rotate"])
@pytest.mark.parametrize("how", ["older-copy-cp", "older-copy-renamed-in", "deleted", "garbled"])
def test_the_open_desk_puts_its_key_file_back_and_nobody_is_locked_out(
    vault: Path, change: str, how: str
) -> None:
    desk = Desk(vault)
    try:
        assert desk.ask(change) == "saved"
        assert desk.ask("add Twee") == "saved"
        _put_back(how, vault)
        assert desk.ask("add Drie") == "saved"
        assert desk.ask("close") == "saved"
        assert desk.proc.wait(timeout=300) == 0
    finally:
        desk.end()
    assert _names(vault, ANNA) == ["Drie", "Een", "Twee"]  # Anna is not locked out
    report = _check(vault)
    assert report.returncode == 0 and "in orde" in report.stdout, report.stdout + report.stderr
    if change == "remove":  # and the removed Ahmed is not let back in by his old slot
        with pytest.raises((WrongPassphrase, AccessRevoked)):
            _names(vault, AHMED)
    if how.startswith("older-copy") or how == "garbled":  # the file found is kept, not lost
        assert [p for p in vault.parent.iterdir() if ".keys.vervangen-" in p.name]


@pytest.mark.skipif(os.name != "posix", reason="as above")
def test_put_back_after_the_last_write_the_close_still_puts_it_right(vault: Path) -> None:
    """No write after the key file was put back: the close itself puts the desk's back."""
    desk = Desk(vault)
    try:
        assert desk.ask("remove") == "saved"
        _put_back("older-copy-cp", vault)
        assert desk.ask("close") == "saved"
        assert desk.proc.wait(timeout=300) == 0
    finally:
        desk.end()
    assert _names(vault, ANNA) == ["Een"]
    with pytest.raises((WrongPassphrase, AccessRevoked)):
        _names(vault, AHMED)
