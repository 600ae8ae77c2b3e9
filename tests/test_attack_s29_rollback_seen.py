"""Session 24 (atk29): an insider puts back last week's vault — the database AND its key file.

The vault's own checks all pass on such a pair (the key file's log head matches the database it
came with): `check` said "in orde", the desk opened as a writer, and new work forked a history
the colleagues' proof packages and backups contradict. Nothing inside can tell; what can is a
record outside the vault's folder: each computer keeps (seen_heads.py, in the user's data
folder) how long the log was the last time it opened or closed the vault here. At the next
unlock a shorter log, or another event at that number, is said in Dutch and the window is
read-only; then the record follows the vault (said once per computer). A restore through the
program follows the copy it puts in place (no alarm for a chosen restore).

The attacker acts as one would: copies the two files aside, waits for the colleagues' work,
copies them back — nothing through the program."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)


def _add(svc: Service, name: str) -> None:
    svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")


@pytest.fixture
def rolled_back(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    keys = Path(f"{path}.keys")
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    _add(svc, "Een")
    svc.close()
    aside = tmp_path / "weg"
    aside.mkdir()
    shutil.copy2(path, aside / path.name)  # last week's pair, kept by the insider
    shutil.copy2(keys, aside / keys.name)
    svc = Service.open(path, ANNA, clock=FixedClock(START))
    _add(svc, "Twee")  # the week's work: a youth, a consent …
    _add(svc, "Drie")
    svc.close()
    shutil.copy2(aside / path.name, path)  # … undone by putting the old pair back
    shutil.copy2(aside / keys.name, keys)
    return path


def test_a_vault_put_back_with_its_key_file_is_said_at_unlock_and_opens_read_only(
    rolled_back: Path,
) -> None:
    svc = Service.open(rolled_back, ANNA, clock=FixedClock(START))
    try:
        assert svc.log_head_problems == []  # (the pair agrees with itself: the gap)
        said = " ".join(svc.seen_head_problems)
        assert "oudere kopie" in said and "alleen lezen" in said
        assert "Een" not in said and "Kind" not in said  # numbers only, no names
        assert svc.read_only
        with pytest.raises(VaultError) as refused:
            _add(svc, "Vier")  # no fork of the history on top of the old copy
        assert "oudere kopie" in user_text(refused.value)
    finally:
        svc.close()
    again = Service.open(rolled_back, ANNA, clock=FixedClock(START))
    try:
        assert again.seen_head_problems == []  # said once on this computer, then it follows
        assert not again.read_only
    finally:
        again.close()


def test_check_names_the_rollback_and_writes_no_record(rolled_back: Path) -> None:
    for _ in range(2):  # (`check` looks, never touches: the second run says it again)
        svc = Service.open(rolled_back, ANNA, check_only=True)
        try:
            assert any("oudere kopie" in p for p in svc.seen_head_problems)
        finally:
            svc.close()


def test_a_restore_through_the_program_is_no_alarm(tmp_path: Path) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    _add(svc, "Een")
    backup = tmp_path / "kopie.tbackup"
    svc.backups.create(backup)
    _add(svc, "Twee")
    svc.close()
    restored = tmp_path / "terug.tvault"
    Service.restore_backup(backup, restored, ANNA, current_vault=path)
    svc = Service.open(restored, ANNA, clock=FixedClock(START))
    try:
        assert svc.seen_head_problems == [] and not svc.read_only
    finally:
        svc.close()
