"""Issue 20's replay budget: the bench reports what a replay done inside SQLite would spend
before comparing a single row (its own JSON parse of every event body, on the vault's own
connection), beside the replay itself. Session 18 tried that route again: SQLite's JSON runs
~20x slower on a connection with `cipher_memory_security` on, which is why the replay stays in
Python. These tests hold the figure and its premise."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import speed_settings

from toestemming.clock import FixedClock
from toestemming.devtools.bench_state import bench_replay
from toestemming.service import Service
from toestemming.store.kdf import KdfParams

PASS = "een lange wachtwoordzin voor de meting"
START = datetime(2026, 11, 23, 10, tzinfo=UTC)


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Service]:
    from toestemming.devtools.bulk import synthetic_generator, write_synthetic
    from toestemming.devtools.seed import seed_catalog

    s, _ = Service.create(tmp_path / "kluis.tvault", "F", "F", PASS, FixedClock(START), KdfParams())
    try:
        seed_catalog(s)
        write_synthetic(s, synthetic_generator(s, items_per_youth=4).batch(40))
        yield s
    finally:
        s.close()


def test_bench_reports_the_sql_json_floor_beside_the_replay(svc: Service) -> None:
    start = time.perf_counter()
    assert svc.verify_audit().ok
    verify = time.perf_counter() - start
    result = bench_replay(svc, verify)
    assert result["ok"] is True
    # Every page of the log is read at least once; the parse is on top of that.
    assert result["floor_sql_json_s"] > 0
    assert result["floor_sql_json_ratio"] == pytest.approx(result["floor_sql_json_s"] / verify)
    # It is SQLite's own parse: every canonical body of the log is valid JSON to it.
    db = svc.vault.db
    valid = db.scalar("SELECT count(*) FROM events WHERE json_valid(CAST(body AS TEXT))")
    assert valid == db.scalar("SELECT count(*) FROM events") > 0


def test_the_premise_memory_security_is_on_for_the_vault_connection(tmp_path: Path) -> None:
    """The SQL route was dropped because of this setting; should it ever be switched off, the
    route (json_each over the bodies, anti-joins against the tables) must be measured again.
    (The product's setting: the suite's own speed settings turn it off, speed_settings/.)"""
    with speed_settings.product_settings():
        s, _ = Service.create(tmp_path / "v.tvault", "F", "F", PASS, FixedClock(START))
    try:
        assert int(s.vault.db.scalar("PRAGMA cipher_memory_security")) == 1
    finally:
        s.close()
