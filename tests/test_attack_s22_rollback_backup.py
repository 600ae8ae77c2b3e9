"""A rollback held against a backup kept elsewhere (session 22, attack round 8).

The insider with the passphrase puts back an older pair of database + key file (or restores
an older backup and copies it over the vault) to make a withdrawal recorded since disappear.
Every check of the files alone passes: the key file's signed log head belongs to the database
it came with. The threat model said what catches it is a head kept out of their reach, "every
exported proof package and every backup" — but `check --tegen` read proof packages only: a
newer backup kept off the desk's PC (the organisation's network drive, a USB stick in a safe)
was "kon niet worden gelezen als bewijspakket: er is niets mee vergeleken".

A backup carries the key file of its moment, whose log head is signed with the organisation
key over (size, Merkle root, chain head) — the same message as a proof's checkpoint. Now
`check --tegen KOPIE.tbackup` holds the vault against it: fewer events is a rollback, other
events below it a rewrite; a backup of another vault says so. No passphrase of the backup is
needed (the signature is checked with the vault's own key), and nothing is restored."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import another_computer

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _pair(vault: Path) -> tuple[Path, Path]:
    return vault, header_path(vault)


def _new_vault(vault: Path, clock: FixedClock) -> None:
    svc, _ = Service.create(vault, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()


def _backup_after_more_work(vault: Path, clock: FixedClock, out: Path) -> Path:
    svc = Service.open(vault, ANNA, clock=clock)
    try:
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2011")
        svc.backups.create(out)
    finally:
        svc.close()
    return out


Check = Callable[[Path, Path | None], tuple[int, str]]


@pytest.fixture
def check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Check:
    """`toestemming-cli check --vault V [--tegen BACKUP]` → (exit code, all it printed)."""

    def run(vault: Path, backup: Path | None) -> tuple[int, str]:
        monkeypatch.setenv("TOESTEMMING_PASSPHRASE", ANNA)
        capsys.readouterr()
        held = ["--tegen", str(backup)] if backup else []
        code = cli_main(["check", "--vault", str(vault), *held])
        out = capsys.readouterr()
        text = out.out + out.err
        assert "Traceback" not in text
        return code, text

    return run


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def test_a_rollback_is_caught_against_a_newer_backup_kept_elsewhere(
    tmp_path: Path,
    clock: FixedClock,
    check: Check,
) -> None:
    vault = tmp_path / "kluis.tvault"
    _new_vault(vault, clock)
    (tmp_path / "oud").mkdir()
    for path in _pair(vault):
        shutil.copyfile(path, tmp_path / "oud" / path.name)  # the older pair the insider kept
    safe = tmp_path / "kluis-op-de-netwerkschijf"
    safe.mkdir()
    backup = _backup_after_more_work(vault, clock, safe / "reservekopie.tbackup")
    for path in _pair(vault):
        shutil.copyfile(tmp_path / "oud" / path.name, path)  # put back, both files
    # (At a desk that never saw the newer log — this computer's own record would say it since
    # s24: test_attack_s29_rollback_seen.py.)
    with another_computer(tmp_path / "andere-pc"):
        code, text = check(vault, None)
        assert code == 0, text  # the files alone show nothing
        code, text = check(vault, backup)
    assert code == 1, text
    assert "de kluis is teruggezet" in text and "reservekopie" in text, text
    assert "Kind" not in text and "Later" not in text


def test_the_vault_its_backup_came_from_passes(
    tmp_path: Path,
    clock: FixedClock,
    check: Check,
) -> None:
    vault = tmp_path / "kluis.tvault"
    _new_vault(vault, clock)
    backup = _backup_after_more_work(vault, clock, tmp_path / "kopie.tbackup")
    svc = Service.open(vault, ANNA, clock=clock)
    try:  # more work after the backup: the vault extends it
        svc.people.add_youth(given_name="Nog", family_name="Kind", birth_date="01-01-2012")
    finally:
        svc.close()
    code, text = check(vault, backup)
    assert code == 0, text


def test_a_forked_copy_is_not_the_log_the_backup_holds(
    tmp_path: Path,
    clock: FixedClock,
    check: Check,
) -> None:
    """A copy worked on beside the vault (or a log rewritten and re-signed by an insider with
    the organisation key): as many events or more, not the ones the backup's head signed."""
    desk = tmp_path / "kantoor" / "kluis.tvault"
    desk.parent.mkdir()
    _new_vault(desk, clock)
    home = tmp_path / "thuis" / desk.name
    home.parent.mkdir()
    for path in _pair(desk):
        shutil.copyfile(path, home.parent / path.name)
    backup = _backup_after_more_work(desk, clock, tmp_path / "kopie.tbackup")
    with another_computer(tmp_path / "thuis-pc"):  # (the copy is worked on at home)
        other = Service.open(home, ANNA, clock=clock)
        try:
            for n in range(4):
                other.people.add_youth(
                    given_name=f"T{n}", family_name="Kind", birth_date="01-01-2010"
                )
        finally:
            other.close()
        code, text = check(home, backup)
    assert code == 1 and "herschreven" in text and "reservekopie" in text, text


def test_a_backup_of_another_vault_is_said_not_passed(
    tmp_path: Path,
    clock: FixedClock,
    check: Check,
) -> None:
    vault, stranger = tmp_path / "a" / "kluis.tvault", tmp_path / "b" / "kluis.tvault"
    for path in (vault, stranger):
        path.parent.mkdir()
        _new_vault(path, clock)
    foreign = _backup_after_more_work(stranger, clock, tmp_path / "ander.tbackup")
    code, text = check(vault, foreign)
    assert code == 1 and "niet met de sleutel van deze kluis" in text, text
