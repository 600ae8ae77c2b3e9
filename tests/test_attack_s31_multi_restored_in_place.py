"""Session 31 (multi31): a backup put back OVER the vault file while a window has it open.

IT (or a worker with a file manager, a backup tool's "restore") copies last week's
kluis.tvault over the one on the share — `cp`, `rsync --inplace`, Windows Explorer's
"Vervangen" through an open handle: the file keeps its name AND its inode, only its bytes are
last week's. The desk that has the vault open (a real second process, the writer) goes on.

Before: the writer's guard compared only the file's identity (device + inode) with the one it
opened — a rename or a move (s15) is caught, an overwrite in place is not. The desk wrote on
("Vier" saved, no word), over pages half last week's and half its own WAL's, and its close
copied its WAL into the put-back file: the vault became a file of which `check` said "HMAC
verification failed for page 83" — neither last week's copy nor the desk's work — and the desk
itself ended with "In de map van de kluis kan niet worden geschreven", which was not the cause.

Now the writer notes the file's size and modification time after each of its own writes into
the file (a commit, a WAL checkpoint); the file changed in between by anyone else while this
window holds the writer lock can only be a copy put over it: the window only reads from then
on, says so in Dutch ("vervangen"), writes nothing more into the file — not even the
checkpoint at close — and leaves its own WAL frames beside it under another name instead of
in it. The put-back copy stays exactly what was put back; its first unlock and `check` say
what they always say of an older copy put back (a log shorter than the key file recorded)."""

from __future__ import annotations

import hashlib
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
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

# The desk, in its own process: adds a youth per "add NAME" and says what became of it.
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
        if word == "add":
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


def _add(svc: Service, name: str) -> None:
    svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def week_old(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The vault with a week's work in its FILE (closed: the WAL copied in) after the backup
    tool took its copy of the pair; returns (vault, the copy aside)."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    _add(svc, "Een")
    svc.close()
    aside = tmp_path / "backup-vorige-week"
    aside.mkdir()
    shutil.copy2(path, aside / path.name)
    shutil.copy2(header_path(path), aside / header_path(path).name)
    svc = Service.open(path, ANNA, clock=FixedClock(START))
    for i in range(60):  # a week of work: many pages of the file change
        _add(svc, f"Week{i}")
    svc.close()
    yield path, aside / path.name


def _copy_over(source: Path, target: Path) -> None:
    """As `cp` does it: the target opened, truncated and written — same inode."""
    before = os.stat(target).st_ino
    subprocess.run(["cp", str(source), str(target)], check=True)
    assert os.stat(target).st_ino == before


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toestemming.cli", "--vault", str(path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": ANNA},
        timeout=300,
    )


@pytest.mark.skipif(os.name != "posix", reason="`cp` over an open file; Windows shares it too")
@pytest.mark.parametrize("with_keys", [False, True], ids=["database-only", "database-and-keys"])
def test_a_copy_put_over_the_open_vault_is_not_written_into(
    week_old: tuple[Path, Path], with_keys: bool
) -> None:
    path, backup = week_old
    desk = Desk(path)
    try:
        assert desk.ask("add Drie") == "saved"
        _copy_over(backup, path)
        if with_keys:
            _copy_over(header_path(backup), header_path(path))
        restored = _digest(path)
        said = desk.ask("add Vier")
        assert said.startswith("refused"), "the desk wrote into a copy put over its vault"
        assert "vervangen" in said, said
        assert "beschadigd" not in said, said  # not "damaged, restore a backup"
        desk.ask("close")
        assert desk.proc.wait(timeout=300) == 0
    finally:
        desk.end()
    # Nothing of the desk went into the copy put back: it is byte for byte what was put back.
    assert _digest(path) == restored
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    # The desk's own frames were not thrown away: kept beside it under another name.
    assert [p for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-wal.")]
    # The put-back copy opens; last week's youth is there, the week's work is not.
    report = _check(path)
    assert "HMAC" not in report.stdout + report.stderr, report.stdout
    again = Service.open(path, ANNA, clock=FixedClock(START), read_only=True)
    try:
        names = {y.given_name for y in again.people.search("kind")}
    finally:
        again.close()
    assert "Een" in names and "Vier" not in names and "Drie" not in names
    if not with_keys:  # (the key file still holds the longer log: said as a copy put back)
        said = report.stdout + report.stderr
        assert report.returncode != 0 and "korter" in said, said


@pytest.mark.skipif(os.name != "posix", reason="as above")
def test_a_desk_left_alone_writes_on_and_checks_in_order(week_old: tuple[Path, Path]) -> None:
    """The guard's mark must not make a sound desk read-only: its own commits and the
    checkpoints of its WAL change the file too, as does a reading window opened beside it."""
    path, _ = week_old
    desk = Desk(path)
    try:
        for i in range(40):
            assert desk.ask(f"add Later{i}") == "saved"
            if i == 20:  # a colleague's read-only window opens, reads and closes meanwhile
                window = Service.open(path, ANNA, read_only=True)
                try:
                    assert window.people.search("Later0")
                finally:
                    window.close()
        assert desk.ask("close") == "saved"
    finally:
        desk.end()
    report = _check(path)
    assert report.returncode == 0 and "in orde" in report.stdout, report.stdout + report.stderr
