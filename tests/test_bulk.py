"""Bulk synthetic data (bench): same rows, same events, and a derived cache equal to the SQL
derivation, so statuses computed on bench data are the real ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from toestemming.clock import FixedClock
from toestemming.devtools.bulk import synthetic_generator, write_synthetic
from toestemming.devtools.seed import seed_catalog
from toestemming.service import Service
from toestemming.store.header import KdfParams


def test_bulk_batch_is_consistent_and_verifiable(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    svc, _ = Service.create(
        tmp_path / "b.tvault", "B", "B", "correct horse battery staple", clock, kdf=KdfParams()
    )
    try:
        seed_catalog(svc)
        gen = synthetic_generator(svc, items_per_youth=7)
        for _ in range(2):
            write_synthetic(svc, gen.batch(60))
        db = svc.vault.db
        assert db.scalar("SELECT count(*) FROM youths") == 120
        assert db.scalar("SELECT count(*) FROM consent_items") == 120 * 7
        assert svc.integrity_problems() == []  # includes the replay: rows and item_state = log
        assert svc.verify_audit(deep=True).ok
        statuses = {
            it.status.status.value
            for y in svc.people.search("", limit=500)
            for it in svc.consents.items_for_youth(y.id)
        }
        assert {"given", "refused"} <= statuses
        # A normal write after bulk data keeps everything consistent.
        y = svc.people.search("", limit=1)[0]
        item = svc.consents.items_for_youth(y.id)[0]
        svc.consents.act_on_item(item.item_id, "revoke", "Doel bereikt.")
        assert svc.integrity_problems() == []
    finally:
        svc.close()
