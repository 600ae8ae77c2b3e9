"""Migration 19 (seed 003 casus 7): `disclosure_overrides.informed` may say "the youth and the
parents". SQLite rebuilds the table for it; every justification written before is kept as it
was, and the table stays append-only with the very same guard triggers."""

from __future__ import annotations

from pathlib import Path

import pytest

from toestemming.store.db import Database
from toestemming.store.migrations import migrate

NOW = "2026-12-04T10:00:00.000000Z"
ROWS = [
    (1, 1, 0, None, "", "youth", "", None),
    (2, 1, 1, "legal_obligation", "De leerplichtwet verplicht de melding.", "parents", "", NOW),
    (3, 1, 0, None, "", "not_informed", "Onderzoek naar mishandeling loopt.", None),
]
COLUMNS = (
    "disclosure_id, youth_id, is_override, ground, reason, informed, not_informed_reason, "
    "confirmed_at"
)


def _vault_at_18_with_justifications(path: Path) -> Database:
    db = Database.open(path, b"\x19" * 32, create=True)
    migrate(db, target=18)
    with db.transaction():
        db.execute("INSERT INTO workers(name, slot_id, created_at) VALUES ('w', 's', ?)", (NOW,))
        db.execute(
            "INSERT INTO youths(given_name, family_name, birth_date, created_at, given_key, "
            "family_key, school_key) VALUES ('Sanne', 'Bos', '2009-03-01', ?, 's', 'b', '')",
            (NOW,),
        )
        db.execute("INSERT INTO recipients(name, kind, created_at) VALUES ('RBL', 'x', ?)", (NOW,))
        db.execute("INSERT INTO purposes(code, created_at) VALUES ('verzuim', ?)", (NOW,))
        db.execute(
            "INSERT INTO assessments(youth_id, recipient_id, purpose_id, basis, basis_motivation, "
            "purpose_compatibility, proportionality, subsidiarity, youth_informed, created_at, "
            "worker_id) VALUES (1, 1, 1, 'legal_obligation', 'a', 'b', 'c', 'd', 1, ?, 1)",
            (NOW,),
        )
        for did, *_ in ROWS:
            db.execute(
                "INSERT INTO disclosures(id, youth_id, recipient_id, purpose_id, disclosed_at, "
                "recorded_at, basis, assessment_id, worker_id) "
                "VALUES (?, 1, 1, 1, ?, ?, 'legal_obligation', 1, 1)",
                (did, NOW, NOW),
            )
        db.executemany(
            f"INSERT INTO disclosure_overrides({COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", ROWS
        )
    return db


def _guards(db: Database) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in db.query(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'disclosure_overrides' "
            "AND type = 'trigger' ORDER BY name"
        )
    ]


def test_step_19_keeps_every_justification_and_its_guards(tmp_path: Path) -> None:
    db = _vault_at_18_with_justifications(tmp_path / "m.db")
    guards = _guards(db)
    assert len(guards) == 2
    with pytest.raises(Exception, match="CHECK"), db.transaction():
        db.execute(
            f"INSERT INTO disclosure_overrides({COLUMNS}) VALUES (4,1,0,NULL,'','youth_and_parents','',NULL)"
        )
    assert migrate(db, target=19) == [19]
    rows = db.query(f"SELECT {COLUMNS} FROM disclosure_overrides ORDER BY disclosure_id")
    assert [tuple(r) for r in rows] == ROWS
    assert _guards(db) == guards
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE '%m0019%'") == 0
    assert db.integrity_problems() == []
    with db.transaction():
        db.execute(
            "INSERT INTO disclosures(id, youth_id, recipient_id, purpose_id, disclosed_at, "
            "recorded_at, basis, assessment_id, worker_id) "
            "VALUES (4, 1, 1, 1, ?, ?, 'legal_obligation', 1, 1)",
            (NOW, NOW),
        )
        db.execute(
            f"INSERT INTO disclosure_overrides({COLUMNS}) VALUES (4,1,0,NULL,'','youth_and_parents','',NULL)"
        )
    with pytest.raises(Exception, match="CHECK"), db.transaction():
        db.execute(
            f"INSERT INTO disclosure_overrides({COLUMNS}) VALUES (5,1,0,NULL,'','ouders','',NULL)"
        )
    for sql, said in (
        ("DELETE FROM disclosure_overrides WHERE disclosure_id = 2", "append-only"),
        (
            "UPDATE disclosure_overrides SET informed = 'youth' WHERE disclosure_id = 1",
            "only erasure",
        ),
    ):
        with pytest.raises(Exception, match=said), db.transaction():
            db.execute(sql)
    assert db.scalar("SELECT count(*) FROM disclosure_overrides") == 4
    db.close()


def test_step_19_refuses_a_table_changed_outside_the_program(tmp_path: Path) -> None:
    """Someone already widened the CHECK by hand: the rebuild would spread it; refused, the
    vault stays at 18 with its rows."""
    from toestemming.errors import IntegrityFailure

    db = _vault_at_18_with_justifications(tmp_path / "m.db")
    with db.transaction():
        db.execute("DROP TRIGGER disclosure_overrides_no_delete")
        db.execute("DROP TRIGGER disclosure_overrides_only_erase")
        db.execute("ALTER TABLE disclosure_overrides RENAME TO x")
        db.execute(
            "CREATE TABLE disclosure_overrides (disclosure_id INTEGER PRIMARY KEY, youth_id "
            "INTEGER, is_override INTEGER, ground TEXT, reason TEXT, informed TEXT, "
            "not_informed_reason TEXT, confirmed_at TEXT)"
        )
    with pytest.raises(IntegrityFailure):
        migrate(db, target=19)
    assert db.user_version == 18
    db.close()
