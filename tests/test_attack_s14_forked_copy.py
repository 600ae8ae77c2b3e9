"""Two heads of one vault (session 14): the vault files are copied while the vault is open (a
USB stick, a sync client, "even naar huis meenemen"), and the copy is worked on elsewhere
while the original goes on at the desk. When the copies meet again — a backup of the copy
restored with `--huidige-kluis` the original — restore compared only the number of events:
the copy had more, so it was "not older" and nothing was said. Restoring it silently dropped
everything the desk recorded after the split. Now the fork is named (the copy lacks the
vault's own event at the head the vault signed), and a genuine newer backup of the same line
still says nothing. Restore runs as a real `toestemming` process."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from conftest import another_computer
from test_backup_cli import run

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
FORKED = "uit elkaar gegroeid"


def _add(svc: Service, *names: str) -> None:
    for name in names:
        svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")


def _restore(backup: Path, target: Path, current: Path) -> subprocess.CompletedProcess[str]:
    return run(
        ["restore", str(backup), "--to", str(target), "--huidige-kluis", str(current)],
        secret=ANNA,
    )


def test_a_copy_taken_while_open_and_worked_on_elsewhere_is_named_a_fork(tmp_path: Path) -> None:
    desk = tmp_path / "kantoor" / "kluis.tvault"
    desk.parent.mkdir()
    home = tmp_path / "thuis" / "kluis.tvault"
    home.parent.mkdir()
    clock = FixedClock(START)
    svc, _ = Service.create(desk, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        _add(svc, "Eerst")
        # Copied while open: the database, its -wal and the key file, as a file manager does.
        for suffix in ("", "-wal", ".keys"):
            source = Path(f"{desk}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{home}{suffix}"))
        _add(svc, "Bureau")  # the desk goes on: one event the copy never sees
    finally:
        svc.close()
    with another_computer(tmp_path / "thuis-pc"):
        other = Service.open(home, ANNA, clock=clock)
        try:
            _add(other, "Thuis1", "Thuis2", "Thuis3")  # more events than the desk has
            backup = tmp_path / "thuis.tbackup"
            other.backups.create(backup)
        finally:
            other.close()

    done = _restore(backup, tmp_path / "terug.tvault", desk)
    assert done.returncode == 0, done.stderr
    assert FORKED in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


def test_a_newer_backup_of_the_same_line_is_not_called_a_fork(tmp_path: Path) -> None:
    """The vault in use was put back to an older state (its own older pair of files); the
    backup made before that holds more of the same log: nothing grew apart."""
    desk = tmp_path / "kluis.tvault"
    clock = FixedClock(START)
    svc, _ = Service.create(desk, "School", "Anna", ANNA, clock, kdf=KdfParams())
    old = tmp_path / "oud"
    old.mkdir()
    try:
        _add(svc, "Een")
    finally:
        svc.close()
    for path in (desk, header_path(desk)):
        shutil.copyfile(path, old / path.name)
    svc = Service.open(desk, ANNA, clock=clock)
    try:
        _add(svc, "Twee", "Drie")
        backup = tmp_path / "nieuw.tbackup"
        svc.backups.create(backup)
    finally:
        svc.close()
    for path in (desk, header_path(desk)):
        shutil.copyfile(old / path.name, path)  # the older pair back in place

    done = _restore(backup, tmp_path / "terug.tvault", desk)
    assert done.returncode == 0, done.stderr
    assert FORKED not in done.stdout and "ouder dan" not in done.stdout, done.stdout
