"""Rolling the vault back (session 14). Someone puts back an older *pair* of database + key
file: every check of the vault passes (the key file's log head belongs to the database it
came with), and a withdrawal recorded since is simply gone. The threat model names it as
undetectable from the files alone; what the organisation does hold is every proof package it
handed out, with a checkpoint signed over (size, Merkle root, chain head). `check --tegen
PAKKET` now holds the vault against such a checkpoint: fewer events is a rollback, other
events below it a rewritten (or forked) log. Runs as a real `toestemming` process."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import another_computer
from forms_scenario import build
from test_backup_cli import run

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _check(vault: Path, *packages: Path) -> subprocess.CompletedProcess[str]:
    held = [arg for p in packages for arg in ("--tegen", str(p))]
    return run(["check", "--vault", str(vault), *held], secret=ANNA)


def _pair(vault: Path) -> tuple[Path, Path]:
    return vault, header_path(vault)


def _copy_pair(vault: Path, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for path in _pair(vault):
        shutil.copyfile(path, folder / path.name)


def _new_vault_with_requests(vault: Path, clock: FixedClock | None = None) -> int:
    """A closed vault with the forms scenario's requests; the id of Marek's request. Reopen
    it on the same `clock`: the scenario moves it on, and a clock behind the log's last
    moment opens the vault read-only (log_clock.py)."""
    clock = clock or FixedClock(START)
    svc, _ = Service.create(vault, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        return build(svc, clock).request.id
    finally:
        svc.close()


@pytest.fixture
def rolled_back(tmp_path: Path) -> tuple[Path, Path]:
    """(the vault, rolled back to before a package was exported; that package)."""
    vault = tmp_path / "kluis.tvault"
    clock = FixedClock(START)
    request = _new_vault_with_requests(vault, clock)
    _copy_pair(vault, tmp_path / "oud")  # the older pair someone kept
    svc = Service.open(vault, ANNA, clock=clock)
    try:
        package = svc.forms.proof.export_request(request, tmp_path / "bewijs.tbewijs")
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    for path in _pair(vault):
        shutil.copyfile(tmp_path / "oud" / path.name, path)  # put back, both files
    return vault, package


def test_a_rollback_passes_check_alone_but_not_against_a_package_handed_out(
    rolled_back: tuple[Path, Path],
) -> None:
    vault, package = rolled_back
    # checked on a computer that never opened this vault (seen_heads.py would say it here)
    with another_computer(vault.parent / "andere-pc"):
        alone = _check(vault)
        assert alone.returncode == 0, alone.stderr  # what the files alone can show: nothing
        held = _check(vault, package)
    assert held.returncode == 1, (held.returncode, held.stdout, held.stderr)
    assert "de kluis is teruggezet" in held.stderr, held.stderr
    assert "Traceback" not in held.stderr


def _vault_and_package(vault: Path, out: Path) -> Path:
    """A new vault that exported a package to `out` and recorded more after it."""
    clock = FixedClock(START)
    request = _new_vault_with_requests(vault, clock)
    svc = Service.open(vault, ANNA, clock=clock)
    try:
        package = svc.forms.proof.export_request(request, out)
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    return package


def test_the_vault_the_package_came_from_passes(tmp_path: Path) -> None:
    vault = tmp_path / "kluis.tvault"
    package = _vault_and_package(vault, tmp_path / "b.tbewijs")
    done = _check(vault, package)
    assert done.returncode == 0, (done.stdout, done.stderr)


def test_a_forked_copy_is_not_the_log_the_package_signed(tmp_path: Path) -> None:
    """A copy worked on beside the vault (or a log rewritten by an insider): as many events
    or more, but not the ones under the package's checkpoint."""
    desk = tmp_path / "kantoor" / "kluis.tvault"
    desk.parent.mkdir()
    clock = FixedClock(START)
    request = _new_vault_with_requests(desk, clock)
    _copy_pair(desk, tmp_path / "thuis")
    home = tmp_path / "thuis" / desk.name
    svc = Service.open(desk, ANNA, clock=clock)
    try:
        package = svc.forms.proof.export_request(request, tmp_path / "b.tbewijs")
    finally:
        svc.close()
    with another_computer(tmp_path / "thuis-pc"):  # the copy is worked on at home
        other = Service.open(home, ANNA, clock=clock)
        try:
            for n in range(6):
                other.people.add_youth(
                    given_name=f"T{n}", family_name="Kind", birth_date="01-01-2010"
                )
        finally:
            other.close()
        done = _check(home, package)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "herschreven" in done.stderr, done.stderr


def test_a_package_of_another_vault_or_no_package_is_said_not_passed(
    rolled_back: tuple[Path, Path], tmp_path: Path
) -> None:
    vault, _package = rolled_back
    stranger = tmp_path / "ander.tvault"
    foreign = _vault_and_package(stranger, tmp_path / "ander.tbewijs")
    junk = tmp_path / "geen-pakket.tbewijs"
    junk.write_bytes(b"PK\x03\x04 niets")
    for package, words in (
        (foreign, "niet met de sleutel van deze kluis"),
        (junk, "niet worden gelezen"),
    ):
        done = _check(stranger if package is junk else vault, package)
        assert done.returncode == 1, (package.name, done.stdout, done.stderr)
        assert words in done.stderr and "Traceback" not in done.stderr, done.stderr
