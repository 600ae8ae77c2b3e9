"""Session 16 review: `check` must not call a vault "NIET in orde" for a few minutes of clock
drift. log_clock allows SLACK (five minutes) at open — a time sync, two PCs of a team — and
`check` names only dates that run back by more than that; no test held `check` to the same
slack (comparing without it left every test green, and then a time sync of two minutes made
the privacy officer's check report a clock set back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
USED = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_check_passes_a_log_with_two_minutes_of_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(USED)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        clock.set(USED - timedelta(minutes=2))  # the time sync put the clock back a little
        svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", ANNA)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    assert code == 0, (code, out.out, out.err)
    assert "eerder gedateerd" not in out.out + out.err
