"""No false alarm (proof25): every request of every saved vault in tests/data (v1 … the latest,
one per released schema version), and each youth's package, exported with today's code and
verified authentic against the organisation's own trust — with this round's checks (how a
tablet decision was signed, the language a decision was read in) among them."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.store.header import header_path

DATA = Path(__file__).resolve().parent / "data"
PASS = "correct horse battery staple"
# A day after every saved vault's last event (as tests/store/test_saved_vaults.py).
AFTER_SAVED = datetime(2026, 12, 20, 12, tzinfo=UTC)
SAVED = sorted(DATA.glob("vault_v*.tvault"), key=lambda p: int(p.stem.split("_v")[1]))


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_every_package_of_a_saved_vault_verifies(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / saved.name
    shutil.copy(saved, target)
    shutil.copy(header_path(saved), header_path(target))
    clock = FixedClock(AFTER_SAVED)
    svc = Service.open(target, PASS, clock=clock)
    try:
        trust = svc.forms.proof.own_trust()
        db = svc.vault.db
        requests = [int(r[0]) for r in db.query("SELECT id FROM consent_requests ORDER BY id")]
        youths = sorted({int(r[0]) for r in db.query("SELECT youth_id FROM consent_requests")})
        assert requests
        for request in requests:
            path = svc.forms.proof.export_request(request, tmp_path / f"verzoek-{request}")
            report = verify(path, trust=trust, clock=clock)
            assert report.exit_code == EXIT_AUTHENTIC, (request, report.problems)
        for youth in youths:
            path = svc.forms.proof.export_youth_package(youth, tmp_path / f"jongere-{youth}")
            report = verify(path, trust=trust, clock=clock)
            assert report.exit_code == EXIT_AUTHENTIC, (youth, report.problems)
    finally:
        svc.close()
