"""Vault, header, -wal/-shm, backups and exports are for the current user only (0600), and an
interrupted header write leaves nothing behind that survives the next open (issue 13, item 5)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from records_support import populate

from toestemming.service import Service
from toestemming.store.header import header_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_of_a_new_vault_is_private_even_with_a_permissive_umask(
    tmp_path: Path,
) -> None:
    old = os.umask(0o022)  # the usual desktop default: files readable by everyone
    try:
        svc, _ = Service.create(tmp_path / "k.tvault", "School", "Anna", PASSPHRASE)
        populate(svc)
        backup = svc.backups.create(tmp_path / "r.tbackup")
        proof = svc.forms.proof.export_request(1, tmp_path / "bewijs.zip")
        files = [
            tmp_path / n for n in ("k.tvault", "k.tvault.keys", "k.tvault-wal", "k.tvault-shm")
        ]
        svc.close()
    finally:
        os.umask(old)
    for path in [*[f for f in files if f.exists()], backup.path, proof]:
        assert _mode(path) == 0o600, path.name


def test_an_old_vault_with_wide_modes_is_narrowed_at_open(
    service: Service, vault_path: Path
) -> None:
    service.close()
    os.chmod(vault_path, 0o644)
    Service.open(vault_path, PASSPHRASE).close()
    assert _mode(vault_path) == 0o600


def test_a_leftover_temp_header_is_gone_after_the_next_open(
    service: Service, vault_path: Path
) -> None:
    """A crash during a header write leaves `.name.keys.XXXX.tmp` with a complete header in
    it (perhaps one that still has a removed colleague's slot). The next open removes it."""
    service.close()
    leftover = vault_path.with_name(f".{header_path(vault_path).name}.dead.tmp")
    leftover.write_bytes(header_path(vault_path).read_bytes())
    Service.open(vault_path, PASSPHRASE).close()
    assert not leftover.exists()
    assert not list(vault_path.parent.glob(".*.tmp"))
