"""The computer's clock set back between two sessions (session 15): by an insider who wants a
consent to look as if it was given before the sharing it should cover ("zet de datum even
terug naar vorige maand"), or by a PC whose clock was reset.

Before: nothing noticed it. The vault opened, the new event was dated a month before the
event in front of it, the log stayed "in orde" (the chain covers the order, not the dates)
and `check` said nothing: a proof then showed the consent dated before the sharing. Now the
vault opens read-only when the clock is behind the log's last moment (beyond a few minutes
of drift), with a Dutch reason naming that moment; nothing is written. And `check` names a log
whose dates run back (a vault written before this rule, or a clock moved back while the app
was open), so the privacy officer knows the dates there cannot be taken as they stand."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from zip_craft import cli_command

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
USED = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _vault(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    return path


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def test_a_clock_set_back_a_month_writes_nothing_dated_before_the_log(tmp_path: Path) -> None:
    clock = FixedClock(USED)
    path = _vault(tmp_path, clock)
    clock.set(USED - timedelta(days=33))  # "vorige maand"
    svc = Service.open(path, ANNA, clock=clock)
    try:
        before = _events(svc)
        assert svc.people.search("kind")  # reading still works
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
        text = str(caught.value)
        assert "klok" in text and "04-12-2026" in text, text
        assert _events(svc) == before
    finally:
        svc.close()
    clock.set(USED + timedelta(hours=1))
    _writes_again(path, clock)  # the clock put right


def _writes_again(path: Path, clock: FixedClock) -> None:
    svc = Service.open(path, ANNA, clock=clock)
    try:
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()


def test_a_few_minutes_of_drift_is_no_reason_to_stop(tmp_path: Path) -> None:
    clock = FixedClock(USED)
    path = _vault(tmp_path, clock)
    clock.set(USED - timedelta(minutes=2))  # two PCs' clocks, or a time sync after the last
    _writes_again(path, clock)


def test_check_names_a_log_whose_dates_run_back(tmp_path: Path) -> None:
    """The clock moved back while an app from before s17 was open (it held the clock against
    the log at open only; since s17 every write asks, test_attack_s17_clock_back_open.py):
    the events are in the log, and `check` says their dates run back."""
    clock = FixedClock(USED)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        svc.writer_guard.clock_gate = None  # that older app
        clock.set(USED - timedelta(days=10))
        svc.people.add_youth(given_name="Terug", family_name="Kind", birth_date="01-01-2010")
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
    assert run.returncode == 1, (run.stdout, run.stderr)
    assert "eerder gedateerd" in run.stderr and "24-11-2026" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
