"""Session 16 review: `check` must not call a vault "NIET in orde" for a few minutes of clock
drift. log_clock allows SLACK (five minutes) at open — a time sync, two PCs of a team — and
`check` names only dates that run back by more than that; no test held `check` to the same
slack (comparing without it left every test green, and then a time sync of two minutes made
the privacy officer's check report a clock set back)."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from zip_craft import cli_command

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
USED = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_check_passes_a_log_with_two_minutes_of_drift(tmp_path: Path) -> None:
    clock = FixedClock(USED)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        clock.set(USED - timedelta(minutes=2))  # the time sync put the clock back a little
        svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    env = {**os.environ, "TOESTEMMING_PASSPHRASE": ANNA}
    run = subprocess.run(
        [*cli_command(), "check", "--vault", str(path)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert run.returncode == 0, (run.stdout, run.stderr)
    assert "eerder gedateerd" not in run.stderr + run.stdout
