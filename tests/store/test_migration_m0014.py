"""Migration 14 (issue 15) on its own and on the saved v13 vault: evidence links are
append-only, a recipient's legal role is backfilled from what it is (gemeente, RBL, UWV are
public bodies), a purpose revision is not material unless said, and the justification of a
disclosure can only be emptied on erasure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toestemming.model import LegalRole
from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import header_path
from toestemming.store.migrations import migrate

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"
NOW = "2026-11-23T10:00:00.000000Z"


def test_step_14_backfills_legal_roles_and_guards_the_new_tables(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.db", b"\x0e" * 32, create=True)
    migrate(db, target=13)
    with db.transaction():
        for name, kind in (
            ("Gemeente Utrecht", "gemeente"),
            ("RBL", "leerplicht_rmc"),
            ("UWV", "arbeid"),
            ("Bakkerij", "werkgever"),
        ):
            db.execute(
                "INSERT INTO recipients(name, kind, created_at) VALUES (?, ?, ?)",
                (name, kind, NOW),
            )
    assert migrate(db, target=14) == [14]
    roles = dict(db.query("SELECT name, legal_role FROM recipients"))
    assert roles == {
        "Gemeente Utrecht": LegalRole.PUBLIC_TASK,
        "RBL": LegalRole.PUBLIC_TASK,
        "UWV": LegalRole.PUBLIC_TASK,
        "Bakkerij": LegalRole.PRIVATE,
    }
    with pytest.raises(Exception, match="CHECK"), db.transaction():
        db.execute("UPDATE recipients SET legal_role = 'semi' WHERE name = 'UWV'")
    with db.transaction():
        db.execute("INSERT INTO workers(name, slot_id, created_at) VALUES ('w', 's', ?)", (NOW,))
        youth = db.execute(
            "INSERT INTO youths(given_name, family_name, birth_date, created_at, given_key, "
            "family_key, school_key) VALUES ('A', 'B', '2009-01-01', ?, 'a', 'b', '')",
            (NOW,),
        )
        eid = db.execute(
            "INSERT INTO evidence(kind, media_type, sha256, size, content, created_at) "
            "VALUES ('screenshot', 'image/png', 'x', 1, x'00', ?)",
            (NOW,),
        )
        db.execute(
            "INSERT INTO evidence_links(evidence_id, youth_id, role, created_at) "
            "VALUES (?, ?, 'screenshot', ?)",
            (eid, youth, NOW),
        )
    for sql in ("UPDATE evidence_links SET youth_id = 99", "DELETE FROM evidence_links"):
        with pytest.raises(Exception, match="append-only"), db.transaction():
            db.execute(sql)
    db.close()


def test_saved_v13_vault_migrates_and_exports_a_youth_package(tmp_path: Path) -> None:
    from toestemming.proof import verify

    target = tmp_path / "vault_v13.tvault"
    shutil.copy(DATA / "vault_v13.tvault", target)
    shutil.copy(header_path(DATA / "vault_v13.tvault"), header_path(target))
    svc = Service.open(target, PASS)
    try:
        assert svc.vault.db.user_version >= 14
        assert svc.vault.db.scalar("SELECT count(*) FROM purpose_versions WHERE material") == 0
        for r in svc.catalog.recipients(active_only=False):
            if r.kind.value in ("gemeente", "leerplicht_rmc"):
                assert r.legal_role == LegalRole.PUBLIC_TASK
        youth = int(svc.vault.db.scalar("SELECT youth_id FROM consent_requests LIMIT 1"))
        path = svc.forms.proof.export_youth_package(youth, tmp_path)
        assert verify(path).ok
        assert svc.replay().ok
    finally:
        svc.close()
