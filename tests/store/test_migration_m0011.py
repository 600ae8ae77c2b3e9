"""Migration 11: `event_subjects` indexes which events are about which item, request, youth
or evidence. It must hold exactly what a full pass over the log finds — for a vault upgraded
from v1 (backfill) and for events written afterwards (AuditLog.append / append_many)."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from forms_scenario import build

from toestemming.audit import ITEM_EVENT_KINDS, items_named
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.header import KdfParams, header_path

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"


def _by_scan(db: Database) -> dict[int, set[int]]:
    """item id → seqs, the slow way: parse every event (kinds the history shows)."""
    found: dict[int, set[int]] = defaultdict(set)
    for seq, kind, body in db.query("SELECT seq, kind, body FROM events"):
        if kind not in ITEM_EVENT_KINDS:
            continue
        for item in items_named(str(kind), json.loads(body)["data"]):
            found[item].add(int(seq))
    return dict(found)


def _by_index(svc: Service) -> dict[int, set[int]]:
    """item id → seqs, through the index (what the youth page and the proof use)."""
    db = svc.vault.db
    found: dict[int, set[int]] = {}
    for (item,) in db.query("SELECT id FROM consent_items"):
        seqs = {int(e["seq"]) for e in svc.consents.item_history(int(item))}
        if seqs:
            found[int(item)] = seqs
    return found


def test_backfill_of_an_upgraded_vault_matches_a_full_pass(tmp_path: Path) -> None:
    target = tmp_path / "vault_v1.tvault"
    shutil.copy(DATA / "vault_v1.tvault", target)
    shutil.copy(header_path(DATA / "vault_v1.tvault"), header_path(target))
    svc = Service.open(target, PASS)
    try:
        db = svc.vault.db
        scanned = _by_scan(db)
        assert scanned, "the saved vault has consent events"
        assert _by_index(svc) == scanned
    finally:
        svc.close()


def test_new_events_are_indexed_and_history_uses_them(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    svc, _ = Service.create(
        tmp_path / "s.tvault", "Testschool", "Anna", PASS, clock, kdf=KdfParams()
    )
    try:
        scenario = build(svc, clock)
        db = svc.vault.db
        indexed = _by_index(svc)
        assert indexed == _by_scan(db)
        # One index row per event that names its request, not one per item.
        per_request = db.scalar(
            "SELECT count(*) FROM event_subjects WHERE subject = 'request' AND seq IN "
            "(SELECT seq FROM events WHERE kind = 'request.created')"
        )
        assert per_request == db.scalar("SELECT count(*) FROM consent_requests")
        item = scenario.request.items[0].id
        history = [e["seq"] for e in svc.consents.item_history(item)]
        assert set(history) == indexed[item] and history == sorted(history)
        # Evidence events are findable by evidence id (the proof export needs them).
        evidence_seqs = db.query(
            "SELECT seq FROM event_subjects WHERE subject = 'evidence' AND subject_id = ?",
            (scenario.signature_id,),
        )
        kinds = {
            str(db.scalar("SELECT kind FROM events WHERE seq = ?", (int(r[0]),)))
            for r in evidence_seqs
        }
        assert "evidence.added" in kinds
        # The index is append-only like the log it indexes.
        with_trigger = {
            str(r[0]) for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {"event_subjects_no_update", "event_subjects_no_delete"} <= with_trigger
    finally:
        svc.close()
