"""A passphrase that leaked, a recovery key whose paper went missing: replaced — and still
opening the CURRENT vault with any old copy of the key file (session 23, attack round 28).

A worker changes her passphrase because someone saw her type it; the privacy officer renews
the recovery key because the envelope is gone from the safe. Both re-wrapped the master key
only ("the database is untouched"). Whoever holds the old secret and an old copy of the key
file — a sync tool's history, a USB stick with the vault folder, or any backup, which packs
the key file of its moment — put that copy beside the current database file and unlocked it:
read and write, the youths registered after the change included, without a word. With the old
pair in hand they even read the master key, which unwrapped the data key from the CURRENT key
file.

Now a passphrase change and a recovery key's renewal renew the master key and the data key,
as a worker's removal does: the old copy gives keys that open nothing current. The renewal is
logged (vault.data_key_rotated) and the new secret opens the vault as before."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path, read_header
from toestemming.store.vault import Vault

OLD = "correct horse battery staple"
NEW = "purple monkey dishwasher lamp"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _pair_copy(vault: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(vault, folder / vault.name)
    shutil.copy(header_path(vault), header_path(folder / vault.name))
    return folder / vault.name


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, str, Path]:
    """A vault, and the old pair (database + key file) someone copied before the change."""
    vault = tmp_path / "kluis.tvault"
    svc, recovery = Service.create(vault, "School", "Anna", OLD, FixedClock(START), kdf=KdfParams())
    svc.close()
    return vault, recovery, _pair_copy(vault, tmp_path / "usb-stick")


def _after(vault: Path, change: str) -> str | None:
    """The change, then a youth registered after it. Returns the new recovery key, if any."""
    svc = Service.open(vault, OLD, clock=FixedClock(START))
    try:
        renewed = None
        if change == "passphrase":
            svc.change_passphrase(OLD, NEW)
        else:
            renewed = svc.renew_recovery_key()
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="2011-02-03")
        assert svc.verify_audit().ok
        kinds = [str(r[0]) for r in svc.vault.db.query("SELECT kind FROM events ORDER BY seq")]
        assert "vault.data_key_rotated" in kinds  # the renewal is on record
    finally:
        svc.close()
    return renewed


def _attacker_opens(current: Path, old_pair: Path, tmp_path: Path, secret: dict[str, str]) -> None:
    """The current database beside the OLD key file, unlocked with the OLD secret."""
    folder = tmp_path / "aanvaller"
    folder.mkdir()
    target = folder / current.name
    shutil.copy(current, target)
    shutil.copy(header_path(old_pair), header_path(target))
    if "recovery" in secret:
        svc = Service.open_with_recovery(target, secret["recovery"], clock=FixedClock(START))
    else:
        svc = Service.open(target, secret["passphrase"], clock=FixedClock(START))
    svc.close()


@pytest.mark.parametrize("change", ["passphrase", "recovery"])
def test_the_old_secret_with_an_old_key_file_opens_nothing_current(
    change: str, desk: tuple[Path, str, Path], tmp_path: Path
) -> None:
    vault, old_recovery, old_pair = desk
    _after(vault, change)
    secret = {"passphrase": OLD} if change == "passphrase" else {"recovery": old_recovery}
    with pytest.raises(ToestemmingError) as refused:
        _attacker_opens(vault, old_pair, tmp_path, secret)
    assert "Later" not in str(refused.value) and "Traceback" not in str(refused.value)
    # The old pair still opens itself (nothing can undo a copy), and hands over its master
    # key: that key must not unwrap the data key in today's key file.
    if change == "passphrase":
        old = Vault.open(old_pair, OLD, check_only=True)
    else:
        old = Vault.open_with_recovery(old_pair, old_recovery, check_only=True)
    try:
        with pytest.raises(ToestemmingError):
            read_header(vault).data_keys(old._master)
    finally:
        old.close()


def test_the_new_secrets_open_the_vault_and_see_everything(
    desk: tuple[Path, str, Path],
) -> None:
    vault, _, _ = desk
    _after(vault, "passphrase")
    svc = Service.open(vault, NEW, clock=FixedClock(START))
    try:
        renewed = svc.renew_recovery_key()
        assert svc.vault.db.scalar("SELECT count(*) FROM youths") == 1
    finally:
        svc.close()
    svc = Service.open_with_recovery(vault, renewed, clock=FixedClock(START))
    try:
        assert svc.vault.db.scalar("SELECT count(*) FROM youths") == 1
        assert svc.verify_audit().ok
    finally:
        svc.close()
