"""Two heads of one vault, the copy SHORTER than the vault in use (session 15).

The vault is copied while open (a USB stick, "even naar huis meenemen"); the desk goes on and
records much, the copy at home records a little, and its backup comes back. Restore held the
counts only: the copy had fewer events, so it was called "older" — "what the vault recorded
after the copy is not in it" — as if everything in the copy were also in the vault. It is
not: what was recorded at home is in the copy only. Now the copy's log is held against the
vault's own log (the copy's last event must be the vault's event at that number, and the
vault's log must be the one its key file signed), and the fork is named.

The same fork in the folder of automatic backups (a synced folder both copies write to):
pruning judged each backup by its date only, so the desk's next automatic backup deleted the
copy's backups — the only place where the work done at home still existed. Now a backup whose
log is not a prefix of the vault's own is left alone and not counted.

Restore runs as a real `toestemming` process."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import another_computer
from test_backup_cli import run

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
FORKED = "uit elkaar gegroeid"
OLDER = "ouder dan de kluis die nu in gebruik is"


def _add(svc: Service, *names: str) -> None:
    for name in names:
        svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")


def _copy_while_open(desk: Path, home: Path) -> None:
    """The database, its -wal and the key file, as a file manager copies an open vault."""
    for suffix in ("", "-wal", ".keys"):
        source = Path(f"{desk}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{home}{suffix}"))


def _two_heads(tmp_path: Path, clock: FixedClock) -> tuple[Path, Path]:
    """(the desk's vault, the copy at home): split after one youth; the desk then records
    three, home one — the copy ends SHORTER than the vault in use."""
    desk = tmp_path / "kantoor" / "kluis.tvault"
    desk.parent.mkdir()
    home = tmp_path / "thuis" / "kluis.tvault"
    home.parent.mkdir()
    svc, _ = Service.create(desk, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        _add(svc, "Eerst")
        _copy_while_open(desk, home)
        _add(svc, "Bureau1", "Bureau2", "Bureau3")
    finally:
        svc.close()
    return desk, home


def _restore(backup: Path, target: Path, current: Path) -> subprocess.CompletedProcess[str]:
    return run(
        ["restore", str(backup), "--to", str(target), "--huidige-kluis", str(current)],
        secret=ANNA,
    )


def test_a_shorter_copy_worked_on_elsewhere_is_named_a_fork_not_older(tmp_path: Path) -> None:
    clock = FixedClock(START)
    desk, home = _two_heads(tmp_path, clock)
    with another_computer(tmp_path / "thuis-pc"):
        other = Service.open(home, ANNA, clock=clock)
        try:
            _add(other, "Thuis")  # recorded at home only
            backup = tmp_path / "thuis.tbackup"
            info = other.backups.create(backup)
        finally:
            other.close()
    desk_svc = Service.open(desk, ANNA, clock=clock)
    try:
        assert info.events < desk_svc.verify_audit().events  # the copy is the shorter one
    finally:
        desk_svc.close()

    done = _restore(backup, tmp_path / "terug.tvault", desk)
    assert done.returncode == 0, done.stderr
    assert FORKED in done.stdout, done.stdout
    assert OLDER not in done.stdout, done.stdout  # "older" would say: nothing of its own
    assert "Traceback" not in done.stderr


def test_a_genuine_older_backup_of_the_same_line_is_still_called_older(tmp_path: Path) -> None:
    clock = FixedClock(START)
    desk = tmp_path / "kluis.tvault"
    svc, _ = Service.create(desk, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        _add(svc, "Een")
        backup = tmp_path / "oud.tbackup"
        svc.backups.create(backup)
        _add(svc, "Twee", "Drie")
    finally:
        svc.close()
    done = _restore(backup, tmp_path / "terug.tvault", desk)
    assert done.returncode == 0, done.stderr
    assert OLDER in done.stdout and FORKED not in done.stdout, done.stdout


def test_the_desks_automatic_backups_never_delete_the_copys_backups(tmp_path: Path) -> None:
    """Both copies write automatic backups into one synced folder; the desk keeps 2."""
    clock = FixedClock(START)
    desk, home = _two_heads(tmp_path, clock)
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    with another_computer(tmp_path / "thuis-pc"):
        other = Service.open(home, ANNA, clock=clock)
        try:
            _add(other, "Thuis")
            other.backups.set_folder(folder)
            clock.advance(timedelta(minutes=1))
            fork = other.backups.create_in_folder(keep=2)
            assert fork is not None
        finally:
            other.close()
    fork_digest = hashlib.sha256(fork.path.read_bytes()).hexdigest()

    svc = Service.open(desk, ANNA, clock=clock)
    try:
        svc.backups.set_folder(folder)
        own = []
        for _ in range(3):  # more than keep: pruning deletes what it counts as ours and older
            clock.advance(timedelta(hours=1))
            info = svc.backups.create_in_folder(keep=2)
            assert info is not None
            own.append(info.path)
    finally:
        svc.close()
    assert fork.path.is_file(), "the only backup of the work done at home was deleted"
    assert hashlib.sha256(fork.path.read_bytes()).hexdigest() == fork_digest
    # The desk's own line is still pruned as before: the two newest of its own are kept.
    assert [p.is_file() for p in own] == [False, True, True]
