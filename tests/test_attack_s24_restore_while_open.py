"""Session 24 (review33 finding 2): a restore made from the open desk was said as a rollback.

The restore dialog (ui/vault_care.open_restore) restores WHILE the vault in use is still open,
to a NEW place; both copies carry one vault id. This computer's record of the longest log seen
(seen_heads.py, atk29) followed the restored copy — and then the desk that was still open
closed and moved the record past it again: the restored copy's first unlock said "Iemand heeft
waarschijnlijk een oudere kopie … teruggezet" and opened read-only, right after the user
restored it through the program.

Now the record is kept per place (vault id + the file's resolved path) beside the vault-wide
one (the longest seen at any place): a restore writes the record of the place it restores to.
The attack stays caught: an older pair put back in the SAME place, and an older copy moved by
hand to another folder (a place not seen before is held against the longest seen anywhere).
And Service.close closes the vault file whatever failed before it (the record, the helpers)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_attack_s29_rollback_seen import ANNA, START, _add

from toestemming import audit_links, seen_heads
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams


def _restored_from_the_open_desk(tmp_path: Path) -> tuple[Path, Path]:
    """The desk works on, restores last week's backup to a new place as RestoreDialog does
    (current_vault = the vault still open), works a little more, then is locked."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    try:
        _add(svc, "Een")
        backup = tmp_path / "kopie.tbackup"
        svc.backups.create(backup)
        _add(svc, "Twee")
        restored = tmp_path / "terug" / "kluis.tvault"
        restored.parent.mkdir()
        Service.restore_backup(backup, restored, ANNA, current_vault=path)
        _add(svc, "Drie")  # (the desk was not closed at once)
    finally:
        svc.close()
    return path, restored


def _opened(path: Path) -> tuple[list[str], bool]:
    svc = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        return list(svc.seen_head_problems), svc.read_only
    finally:
        svc.close()


def test_a_restore_made_from_the_open_desk_is_no_alarm(tmp_path: Path) -> None:
    path, restored = _restored_from_the_open_desk(tmp_path)
    assert _opened(restored) == ([], False)
    assert _opened(path) == ([], False)  # and the desk's own vault is no rollback either
    assert _opened(restored) == ([], False)  # (nor the copy, after the desk's was opened)


def test_the_restored_copy_and_the_desk_each_catch_an_older_pair_put_back(
    tmp_path: Path,
) -> None:
    path, restored = _restored_from_the_open_desk(tmp_path)
    aside = tmp_path / "weg"
    aside.mkdir()
    for vault in (path, restored):
        keys = Path(f"{vault}.keys")
        shutil.copy2(vault, aside / "kluis.tvault")  # the insider keeps this pair …
        shutil.copy2(keys, aside / "kluis.tvault.keys")
        svc = Service.open(vault, ANNA, clock=FixedClock(START))
        _add(svc, "Vier")  # … the colleagues work on …
        svc.close()
        shutil.copy2(aside / "kluis.tvault", vault)  # … and it is put back in the same place
        shutil.copy2(aside / "kluis.tvault.keys", keys)
        said, read_only = _opened(vault)
        assert any("oudere kopie" in s for s in said) and read_only


def test_an_older_copy_moved_by_hand_to_another_folder_is_said(tmp_path: Path) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    _add(svc, "Een")
    svc.close()
    old = tmp_path / "oud"
    old.mkdir()
    shutil.copy2(path, old / path.name)  # last week's pair, kept aside
    shutil.copy2(f"{path}.keys", old / f"{path.name}.keys")
    svc = Service.open(path, ANNA, clock=FixedClock(START))
    _add(svc, "Twee")
    svc.close()
    said, read_only = _opened(old / path.name)  # opened where it lies: a place never seen
    assert any("oudere kopie" in s for s in said) and read_only
    moved = tmp_path / "verhuisd"  # the newest copy moved by hand: quiet
    moved.mkdir()
    shutil.move(path, moved / path.name)
    shutil.move(f"{path}.keys", moved / f"{path.name}.keys")
    assert _opened(moved / path.name) == ([], False)


@pytest.mark.skipif(os.name != "posix", reason="a folder symlink needs rights on Windows")
def test_the_same_place_by_another_name_is_the_same_place(tmp_path: Path) -> None:
    _, restored = _restored_from_the_open_desk(tmp_path)
    link = tmp_path / "snelkoppeling"
    link.symlink_to(restored.parent, target_is_directory=True)
    assert _opened(link / ".." / "terug" / restored.name) == ([], False)


@pytest.mark.parametrize("failing", ["record", "helpers"])
def test_close_closes_the_vault_whatever_failed_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    _add(svc, "Een")
    vault = svc.vault

    def gone(*_args: object, **_kw: object) -> None:  # a share that went away under the desk
        raise sqlite3.OperationalError("disk I/O error")

    if failing == "record":
        monkeypatch.setattr(seen_heads, "record", gone)
    else:
        monkeypatch.setattr(audit_links, "release_helpers", gone)
    with pytest.raises(sqlite3.OperationalError):
        svc.close()
    monkeypatch.undo()
    with pytest.raises(Exception, match="closed"):
        vault.db._conn.execute("SELECT 1")  # the file is closed …
    assert vault._master == b""  # … and its key forgotten
    assert _opened(path) == ([], False)
