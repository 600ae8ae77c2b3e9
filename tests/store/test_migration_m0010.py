"""Migration 10 (signing mode) on its own: the step from 9 adds the per-language item texts,
the decision's language and the signing sessions; the saved v1 vault upgrades through it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import header_path
from toestemming.store.migrations import migrate

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"


def sqlite_errors() -> type[Exception]:
    import sqlcipher3  # the test reads the raw database error the trigger raises

    return sqlcipher3.dbapi2.IntegrityError


def _columns(db: Database, table: str) -> list[str]:
    return [str(r[1]) for r in db.query(f"PRAGMA table_info({table})")]


def test_step_10_adds_signing_tables_and_decision_language(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.db", b"\x05" * 32, create=True)
    migrate(db, target=9)
    assert "language" not in _columns(db, "decisions")
    assert migrate(db, target=10) == [10]
    assert db.user_version == 10
    assert _columns(db, "decisions")[-1] == "language"
    assert _columns(db, "item_texts") == [
        "item_id",
        "language",
        "purpose_version_id",
        "text",
        "text_sha256",
    ]
    assert "signature_evidence_id" in _columns(db, "signing_sessions")
    triggers = {str(r[0]) for r in db.query("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {
        "item_texts_no_update",
        "item_texts_no_delete",
        "signing_sessions_no_update",
    } <= triggers
    db.close()


def test_v1_vault_upgrades_old_decisions_keep_null_language(tmp_path: Path) -> None:
    target = tmp_path / "vault_v1.tvault"
    shutil.copy(DATA / "vault_v1.tvault", target)
    shutil.copy(header_path(DATA / "vault_v1.tvault"), header_path(target))
    svc = Service.open(target, PASS)
    try:
        db = svc.vault.db
        assert db.user_version >= 10
        assert db.scalar("SELECT count(*) FROM decisions") > 0
        assert db.scalar("SELECT count(*) FROM decisions WHERE language IS NOT NULL") == 0
        # An old request has only its own language: signing mode offers that one.
        rid = int(db.scalar("SELECT min(id) FROM consent_requests"))
        texts = svc.consents.item_texts(rid)
        assert all(len(by_lang) == 1 for by_lang in texts.values())
        with pytest.raises(sqlite_errors(), match="append-only"), db.transaction():
            db.execute(
                "INSERT INTO item_texts VALUES (?, 'en', 1, 'x', 'y')",
                (next(iter(texts)),),
            )
            db.execute("UPDATE item_texts SET text = 'changed'")
        assert svc.verify_audit(deep=True).ok
    finally:
        svc.close()
