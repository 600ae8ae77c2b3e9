"""A removed worker offers a genuine older backup: "the vault is broken, restore this one"
(session 13).

Every check restore makes passes: the seal, the key file, the audit chain were all in order
when the backup was made. But the copy still holds the removed worker's slot (their own
passphrase opens it again) and lacks everything the vault signed after it. Restore said only
"teruggezet en gecontroleerd: bestand in orde, logboek in orde". Now, given the vault in use
(`--huidige-kluis`, the GUI passes the open vault), the report says both, plainly; restoring
stays possible. Restore runs as a real `toestemming` process; the removed worker then opens
the restored copy with their passphrase, which is the danger the report names."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_backup_cli import run

from toestemming.clock import FixedClock
from toestemming.errors import WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path, read_header

ANNA = "correct horse battery staple"
AHMED = "ahmed kiest zijn eigen lange zin"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
OLDER = "ouder dan de kluis die nu in gebruik is"
REMOVED = "kan nog 1 medewerker met de eigen wachtwoordzin de kluis openen"


def restore(backup: Path, target: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run(["restore", str(backup), "--to", str(target), *extra], secret=ANNA)


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    """Anna's vault; Ahmed worked there when the backup was made, and was removed after;
    Anna recorded more since. Returns (vault, the old backup)."""
    path = tmp_path / "kluis.tvault"
    clock = FixedClock(START)
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.add_worker("Ahmed", AHMED)
        svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
        backup = tmp_path / "oud.tbackup"
        svc.backups.create(backup)
        svc.remove_worker(next(w.id for w in svc.workers() if w.name == "Ahmed"))
        for n in range(3):
            svc.people.add_youth(
                given_name=f"Later{n}", family_name="Kind", birth_date="02-02-2010"
            )
    finally:
        svc.close()
    return path, backup


def test_an_older_backup_with_a_removed_workers_slot_is_said_plainly(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    vault, backup = office
    target = tmp_path / "teruggezet.tvault"
    done = restore(backup, target, "--huidige-kluis", str(vault))
    assert done.returncode == 0, done.stderr
    assert "teruggezet en gecontroleerd" in done.stdout
    assert OLDER in done.stdout, done.stdout
    assert REMOVED in done.stdout, done.stdout
    assert "Ahmed" not in done.stdout  # counts, no names
    # What the note warns of: the removed worker's own passphrase opens the restored copy.
    ahmed = Service.open(target, AHMED, clock=FixedClock(START))
    ahmed.close()
    with pytest.raises(WrongPassphrase):
        Service.open(vault, AHMED, clock=FixedClock(START)).close()


def test_the_note_names_how_much_is_missing(office: tuple[Path, Path], tmp_path: Path) -> None:
    vault, backup = office
    report = Service.restore_backup(backup, tmp_path / "t.tvault", ANNA, current_vault=vault)
    head = read_header(vault).log_head
    assert head is not None
    said = report.describe()
    assert f"die heeft {head.size} gebeurtenissen ondertekend" in said
    assert f"de kopie heeft er {report.events}." in said
    assert f"({head.size - report.events} gebeurtenissen, waaronder" in said


def test_a_backup_made_now_lacks_only_its_own_record(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """The vault records the backup after writing it: that one event is all it lacks, and no
    worker was removed since."""
    vault, _ = office
    svc = Service.open(vault, ANNA, clock=FixedClock(START))
    try:
        fresh = tmp_path / "nu.tbackup"
        svc.backups.create(fresh)
    finally:
        svc.close()
    report = Service.restore_backup(fresh, tmp_path / "t.tvault", ANNA, current_vault=vault)
    assert len(report.notes) == 1, report.notes
    assert "(1 gebeurtenissen, waaronder het maken van de kopie zelf)" in report.notes[0]


def test_a_current_key_file_with_a_head_nobody_signed_claims_nothing(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """Someone who edits the vault's key file to make every backup look old gets no say: the
    head must carry the organisation's signature."""
    import dataclasses

    from toestemming.store.header import write_header

    vault, backup = office
    fake = tmp_path / "nep.tvault"
    shutil.copy(header_path(vault), header_path(fake))
    header = read_header(fake)
    assert header.log_head is not None
    bigger = dataclasses.replace(header.log_head, size=header.log_head.size + 1000)
    write_header(fake, dataclasses.replace(header, log_head=bigger))
    report = Service.restore_backup(backup, tmp_path / "t.tvault", ANNA, current_vault=fake)
    assert not any(OLDER in note for note in report.notes), report.notes
    # …and the report says it could not compare, instead of reading as "not older".
    assert any("niet vergeleken of deze kopie ouder is" in note for note in report.notes)


def test_without_the_vault_in_use_restore_says_what_it_always_said(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    _, backup = office
    done = restore(backup, tmp_path / "t.tvault")
    assert done.returncode == 0, done.stderr
    assert "Let op" not in done.stdout


def test_a_vault_in_use_without_a_key_file_is_said(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    _, backup = office
    report = Service.restore_backup(
        backup, tmp_path / "t.tvault", ANNA, current_vault=tmp_path / "weg.tvault"
    )
    assert len(report.notes) == 1 and "niet vergeleken" in report.notes[0]


def test_a_recovery_key_renewed_since_is_said(office: tuple[Path, Path], tmp_path: Path) -> None:
    """Whoever read the old recovery key (it was renewed for that reason) opens the copy."""
    vault, backup = office
    svc = Service.open(vault, ANNA, clock=FixedClock(START))
    try:
        svc.renew_recovery_key()
    finally:
        svc.close()
    report = Service.restore_backup(backup, tmp_path / "t.tvault", ANNA, current_vault=vault)
    assert any("herstelsleutel van toen" in note for note in report.notes), report.notes
