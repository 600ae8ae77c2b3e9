"""Migration 13 (RFC 3161 tokens of checkpoints) on its own, and the saved vaults around it: the
v12 vault gains an empty table and works on without a TSA; the v13 vault holds a token that
still checks against its checkpoint's message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toestemming.audit import Checkpoint
from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import header_path
from toestemming.store.migrations import migrate
from toestemming.timestamps import check_token

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"


def test_step_13_adds_an_append_only_token_table(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.db", b"\x0d" * 32, create=True)
    migrate(db, target=12)
    assert migrate(db, target=13) == [13]
    with db.transaction():
        cid = db.execute(
            "INSERT INTO checkpoints(tree_size, root, chain_head, at, key_id, signature) "
            "VALUES (1, x'00', x'00', '2026-11-23T10:00:00.000000Z', 'k', x'00')"
        )
        db.execute(
            "INSERT INTO checkpoint_timestamps(checkpoint_id, tsa_url, token, tsa_time, "
            "created_at) VALUES (?, 'http://tsa.example', x'30', '2026-11-23T10:00:01Z', "
            "'2026-11-23T10:00:01Z')",
            (cid,),
        )
    # Backdating a token by swapping or removing it is refused by the database itself.
    for sql in (
        "UPDATE checkpoint_timestamps SET token = x'31'",
        "DELETE FROM checkpoint_timestamps",
    ):
        with pytest.raises(Exception, match="append-only"), db.transaction():
            db.execute(sql)
    db.close()


def _open_saved(name: str, tmp_path: Path) -> Service:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    shutil.copy(header_path(DATA / name), header_path(target))
    return Service.open(target, PASS)


def test_v12_vault_has_no_tokens_and_no_tsa(tmp_path: Path) -> None:
    svc = _open_saved("vault_v12.tvault", tmp_path)
    try:
        assert svc.vault.db.user_version >= 13
        assert svc.vault.db.scalar("SELECT count(*) FROM checkpoint_timestamps") == 0
        status = svc.trusted_time.status()
        assert status.url is None and status.latest_stamp is None
    finally:
        svc.close()


def test_v13_vault_keeps_a_token_over_its_checkpoint(tmp_path: Path) -> None:
    svc = _open_saved("vault_v13.tvault", tmp_path)
    try:
        assert svc.trusted_time.url() is None  # saved with the TSA switched off again
        rows = svc.vault.db.query(
            "SELECT c.id, c.tree_size, c.root, c.chain_head, c.at, c.key_id, c.signature "
            "FROM checkpoints c JOIN checkpoint_timestamps t ON t.checkpoint_id = c.id"
        )
        assert len(rows) == 1
        r = rows[0]
        cp = Checkpoint(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6])
        stamp = svc.trusted_time.stamp_of(cp.id)
        assert stamp is not None
        check = check_token(stamp.token, svc.trusted_time.message(cp))
        assert check.ok and check.time == stamp.tsa_time and stamp.tsa == "Test-TSA Toestemming"
    finally:
        svc.close()
