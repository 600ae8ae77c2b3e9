"""Page settings per vault: new vaults use FAST_READ (16 KiB pages, HMAC-SHA256) and say so in
the key header; vaults made before keep the SQLCipher 4 defaults and still open, back up and
restore. An unknown profile name is refused with a Dutch message before anything is read."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import HeaderCorrupt
from toestemming.service import Service
from toestemming.store.db import FAST_READ, LEGACY
from toestemming.store.header import KdfParams, header_path

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"
CLOCK = FixedClock(datetime(2026, 11, 27, 10, tzinfo=UTC))


def _page_size(svc: Service) -> int:
    return int(svc.vault.db.scalar("PRAGMA cipher_page_size"))


def test_new_vault_uses_fast_read_pages(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, CLOCK, kdf=KdfParams())
    svc.close()
    assert json.loads(header_path(path).read_bytes())["cipher"] == FAST_READ.name
    assert path.stat().st_size % FAST_READ.page_size == 0
    again = Service.open(path, PASS, clock=CLOCK)
    try:
        assert again.vault.db.profile == FAST_READ and _page_size(again) == 16384
        assert again.integrity_problems() == []
    finally:
        again.close()


def test_older_vault_keeps_its_pages_through_backup_and_restore(tmp_path: Path) -> None:
    old = tmp_path / "vault_v1.tvault"
    shutil.copy(DATA / "vault_v1.tvault", old)
    shutil.copy(header_path(DATA / "vault_v1.tvault"), header_path(old))
    assert "cipher" not in json.loads(header_path(old).read_bytes())
    svc = Service.open(old, PASS, clock=CLOCK)
    try:
        assert svc.vault.db.profile == LEGACY and _page_size(svc) == 4096
        backup = svc.backups.create(tmp_path / "kopie.tbackup")
        assert backup.path.exists()
    finally:
        svc.close()
    Service.restore_backup(tmp_path / "kopie.tbackup", tmp_path / "terug.tvault", PASS)
    restored = Service.open(tmp_path / "terug.tvault", PASS, clock=CLOCK)
    try:
        assert restored.vault.db.profile == LEGACY and restored.verify_audit(deep=True).ok
    finally:
        restored.close()


def test_unknown_profile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "raar.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, CLOCK, kdf=KdfParams())
    svc.close()
    doc = json.loads(header_path(path).read_bytes())
    doc["cipher"] = "iets-anders"
    header_path(path).write_text(json.dumps(doc))
    before = path.read_bytes()
    with pytest.raises(HeaderCorrupt) as exc:
        Service.open(path, PASS, clock=CLOCK)
    assert "versleutelingsinstelling" in exc.value.message
    assert path.read_bytes() == before
