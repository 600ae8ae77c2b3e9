"""Numbered migrations: each step from an empty file, and the upgrade of a saved v1 vault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import header_path
from toestemming.store.migrations import LATEST, MIGRATIONS, migrate

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"
DATA_ONLY_STEPS = {9}  # re-folds search keys; no schema change


def _tables_and_indexes(db: Database) -> set[str]:
    return {
        r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type IN ('table','index')")
    }


def _schema(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}


def test_each_step_applies_in_order(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.db", b"\x01" * 32, create=True)
    assert db.user_version == 0
    seen = set()
    for step in MIGRATIONS:
        applied = migrate(db, target=step.version)
        assert applied == [step.version]
        assert db.user_version == step.version
        schema = _schema(db)
        if step.version not in DATA_ONLY_STEPS:
            assert schema != seen  # every other step changes the schema
        seen = schema
    names = _tables_and_indexes(db)
    assert "events" in names and "withdrawals_withdrawn_at" in names and "item_state" in names
    assert any("'expire'" in sql for sql in seen)
    assert migrate(db) == []
    db.close()


def test_saved_v1_vault_upgrades_and_keeps_data(tmp_path: Path) -> None:
    target = tmp_path / "vault_v1.tvault"
    shutil.copy(DATA / "vault_v1.tvault", target)
    shutil.copy(header_path(DATA / "vault_v1.tvault"), header_path(target))
    svc = Service.open(target, PASS)
    try:
        assert svc.vault.db.user_version == LATEST
        assert "withdrawal_notifications_withdrawal" in _tables_and_indexes(svc.vault.db)
        assert [y.family_name for y in svc.people.search("çel")] == ["Çelik"]
        assert svc.organisation == "Schema v1 school"
        assert svc.verify_audit(deep=True).ok
        assert svc.integrity_problems() == []
    finally:
        svc.close()


def test_newer_schema_refused(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "n.db", b"\x02" * 32, create=True)
    with db.transaction():
        db.set_user_version(LATEST + 5)
    with pytest.raises(VaultError) as exc:
        migrate(db)
    assert "nieuwere versie" in exc.value.message
    db.close()


def test_failed_step_leaves_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from toestemming.store import migrations

    db = Database.open(tmp_path / "f.db", b"\x03" * 32, create=True)
    migrate(db, target=1)

    def broken(d: Database) -> None:
        d.executescript("CREATE TABLE half_done (x);")
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", (MIGRATIONS[0], migrations.Migration(2, "broken", broken))
    )
    with pytest.raises(RuntimeError):
        migrations.migrate(db, target=2)
    assert db.user_version == 1
    assert "half_done" not in _tables_and_indexes(db)
    db.close()


def test_item_state_cache_matches_source_and_tampering_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "vault_v1.tvault"
    shutil.copy(DATA / "vault_v1.tvault", target)
    shutil.copy(header_path(DATA / "vault_v1.tvault"), header_path(target))
    svc = Service.open(target, PASS)
    try:
        db = svc.vault.db
        assert db.scalar("SELECT count(*) FROM item_state") == db.scalar(
            "SELECT count(*) FROM consent_items"
        )
        item = int(db.scalar("SELECT item_id FROM item_state"))
        assert svc.consents.item_status(item).status.value == "given"
        with db.transaction():  # someone edits the cache to fake a withdrawal away
            db.execute("UPDATE item_state SET decisions = '[]' WHERE item_id = ?", (item,))
        # The replay (state follows events) finds the cache without the logged decision.
        code = db.scalar("SELECT reference_code FROM item_state WHERE item_id = ?", (item,))
        problems = svc.integrity_problems()
        assert any("opgeslagen status" in p and str(code) in p for p in problems), problems
    finally:
        svc.close()
