"""The hash-chained audit log: append-only, tamper detection naming the event, checkpoints."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from audit_support import rewrite_chain

from toestemming.audit import frontier_append, frontier_root
from toestemming.clock import FixedClock
from toestemming.merkle import inclusion_proof, leaf_hash, root_from_leaf_hashes, verify_inclusion
from toestemming.service import Service
from toestemming.store.db import DatabaseError
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"


@pytest.fixture
def svc(tmp_path: Path):
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    s, _ = Service.create(tmp_path / "a.tvault", "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    for n in range(5):
        s.people.add_youth(given_name=f"Jongere{n}", family_name="Test", birth_date="01-01-2008")
    yield s
    if s.is_open:
        s.close()


def test_untouched_log_verifies(svc: Service) -> None:
    report = svc.verify_audit(deep=True)
    assert report.ok and report.events == 8  # created, worker, certificate, 5 youths
    assert "in orde" in report.describe()


def test_append_only_triggers_refuse_update_and_delete(svc: Service) -> None:
    db = svc.vault.db
    for sql in ("UPDATE events SET kind = 'x' WHERE seq = 3", "DELETE FROM events WHERE seq = 3"):
        with pytest.raises(DatabaseError), db.transaction():
            db.execute(sql)
    assert svc.verify_audit().ok


def test_edit_with_the_key_is_detected_and_named(svc: Service) -> None:
    """An insider with the key drops the trigger and rewrites event 4: verify names event 4."""
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER events_no_update")
        body = bytes(db.scalar("SELECT body FROM events WHERE seq = 4"))
        db.execute(
            "UPDATE events SET body = ? WHERE seq = 4",
            (body.replace(b'"language":"nl"', b'"language":"en"'),),
        )
    report = svc.verify_audit()
    assert not report.ok and report.first_bad_seq == 4
    assert "gebeurtenis 4" in report.describe()


def test_rewriting_chain_after_checkpoint_is_detected(svc: Service) -> None:
    """Even recomputing all later hashes does not help: the signed checkpoint pins the head."""
    svc.checkpoint()
    db = svc.vault.db
    rewrite_chain(db, 2, b'"worker"', b'"werker"')
    report = svc.verify_audit()
    assert not report.ok
    assert "herschreven" in report.problem


def test_deleting_tail_after_checkpoint_is_detected(svc: Service) -> None:
    svc.checkpoint()
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER events_no_delete")
        db.execute("DELETE FROM event_salts WHERE seq = (SELECT max(seq) FROM events)")
        db.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    assert not svc.verify_audit().ok


def test_forged_checkpoint_signature_is_detected(svc: Service) -> None:
    svc.checkpoint()
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER checkpoints_no_update")
        db.execute(
            "UPDATE checkpoints SET signature = zeroblob(64) WHERE id = (SELECT max(id) FROM checkpoints)"
        )
    report = svc.verify_audit()
    assert not report.ok and "handtekening" in report.problem


def test_personal_data_only_as_commitment(svc: Service) -> None:
    bodies = b"".join(bytes(r[0]) for r in svc.vault.db.query("SELECT body FROM events"))
    assert b"Jongere3" not in bodies and b"2008-01-01" not in bodies
    assert b'"pd":' in bodies


def test_erasing_salts_keeps_chain_verifiable(svc: Service) -> None:
    db = svc.vault.db
    with db.transaction():
        db.execute("DELETE FROM event_salts")
    assert svc.verify_audit(deep=True).ok


def test_frontier_root_matches_rfc9162_root_and_inclusion_proofs(svc: Service) -> None:
    leaves = svc._ctx.audit.leaf_hashes()
    cp = svc.checkpoint()
    assert cp is not None
    assert cp.root == root_from_leaf_hashes(leaves)
    for i in range(len(leaves)):
        proof = inclusion_proof(i, leaves)
        assert verify_inclusion(i, len(leaves), leaves[i], proof, cp.root)
    frontier: list[tuple[int, bytes]] = []
    for n, leaf in enumerate(leaves, 1):
        frontier_append(frontier, leaf)
        assert frontier_root(frontier) == root_from_leaf_hashes(leaves[:n])
    assert leaf_hash(b"x") != leaves[0]


def test_close_signs_a_checkpoint(svc: Service, tmp_path: Path) -> None:
    size = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
    svc.close()
    again = Service.open(tmp_path / "a.tvault", PASS)
    assert int(again.vault.db.scalar("SELECT max(tree_size) FROM checkpoints")) == size
    again.close()
