"""Every saved vault in tests/data (one per released schema version) opens with the current
code: migrated to the latest version, file and audit log intact, the status cache consistent,
and a proof package exported from it verifies offline."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.service import Service
from toestemming.store.header import header_path
from toestemming.store.migrations import LATEST

DATA = Path(__file__).resolve().parents[1] / "data"
PASS = "correct horse battery staple"
# A day after every saved vault's last event (make_saved_vault.py starts 27-11-2026 and its
# scenario runs some days on): a clock behind the log opens a vault read-only (log_clock.py),
# and the test must not depend on the day it runs.
AFTER_SAVED = datetime(2026, 12, 20, 12, tzinfo=UTC)
SAVED = sorted(DATA.glob("vault_v*.tvault"), key=lambda p: int(p.stem.split("_v")[1]))


def test_a_vault_of_the_latest_version_is_saved() -> None:
    """Releasing a schema version means saving a vault of it (tests/data/make_saved_vault.py)."""
    assert f"vault_v{LATEST}.tvault" in {p.name for p in SAVED}


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_vault_opens_migrated_and_intact(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / saved.name
    shutil.copy(saved, target)
    shutil.copy(header_path(saved), header_path(target))
    clock = FixedClock(AFTER_SAVED)
    svc = Service.open(target, PASS, clock=clock, check=True)
    try:
        assert svc.vault.db.user_version == LATEST
        assert svc.health_report is not None and svc.health_report.ok
        assert svc.verify_audit(deep=True).ok
        assert svc.integrity_problems() == []
        requests = [int(r[0]) for r in svc.vault.db.query("SELECT id FROM consent_requests")]
        assert requests, "a saved vault holds consent requests"
        package = svc.forms.proof.export_request(requests[0], tmp_path / "bewijs")
        assert verify(package, clock=clock).ok
    finally:
        svc.close()
