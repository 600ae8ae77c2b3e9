"""The clock set back a few minutes at a time while a window is open (review21).

The gate before every write (s17, usecases/clock_right.ClockRight.gate) held the clock
against the log's *last* event only, with five minutes' slack for drift. An insider with the
desk open all day stepped the clock back four minutes, made any small write, stepped it back
four more, wrote again — each write within the slack of the one just before — and after a
dozen steps recorded a consent dated an hour before the sharing it should cover. The window
wrote every step; only `check` named the step back afterwards. (A team window holds its own
clock against the highest moment it saw, so it refused the second step.)

Now the gate holds the clock against the highest moment of the log this window has seen (the
same rule as `check`'s: no event more than the slack before any event in front of it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_attack_s17_clock_back_open import ANNA, _vault_with_a_sharing

from toestemming import log_clock
from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

MORNING = datetime(2026, 12, 4, 8, 30, tzinfo=UTC)  # the desk opened (last close: yesterday)
SHARED = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)  # the last write before the steps back


def _desk_open_all_day(tmp_path: Path, clock: FixedClock) -> tuple[Service, list[int]]:
    clock.set(MORNING - timedelta(hours=15))
    path, ids = _vault_with_a_sharing(tmp_path, clock)  # closed yesterday evening: a checkpoint
    clock.set(MORNING)
    svc = Service.open(path, ANNA, clock=clock)
    clock.set(SHARED)
    svc.people.add_youth(given_name="Sara", family_name="de Vries", birth_date="02-02-2009")
    return svc, ids


def test_a_clock_stepped_back_four_minutes_at_a_time_is_refused_before_it_passes_the_log(
    tmp_path: Path,
) -> None:
    clock = FixedClock(SHARED)
    svc, (marek, purpose, gem, contact) = _desk_open_all_day(tmp_path, clock)
    try:
        events = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
        written: list[datetime] = []
        refused = None
        when = SHARED
        for step in range(1, 16):  # an hour back, four minutes at a time
            when = SHARED - timedelta(minutes=4 * step)
            clock.set(when)
            try:
                svc.people.add_youth(
                    given_name=f"Stap{step}", family_name="Kind", birth_date="01-01-2010"
                )
            except VaultError as exc:
                refused = str(exc)
                break
            written.append(when)
        assert refused is not None, f"written back to {written[-1]:%H:%M}: {len(written)} steps"
        assert "teruggezet" in refused and "De klok klopt nu" in refused, refused
        # Only the step within the slack of the highest moment was written.
        assert written == [SHARED - timedelta(minutes=4)]
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == events + 1
        assert svc.read_only and svc.clock_right.behind() is not None
        # The banner names the moment the clock is held against (not the step just written).
        assert svc.clock_right.last_moment() == SHARED
        with pytest.raises(VaultError):
            request = svc.consents.create_request(marek, [ItemSpec(purpose, gem, (contact,))])
            svc.consents.record_decisions(
                request.id, SignerRef.youth(marek), {request.items[0].id: "yes"}, "desk"
            )
        # The way out is the same as for any clock set back: stated, logged, named by check.
        assert svc.clock_right.confirm() is not None
        svc.people.add_youth(given_name="Na", family_name="Kind", birth_date="01-01-2010")
        assert not svc.read_only
        assert log_clock.runs_back(svc.vault.db) == []
        assert len(log_clock.corrections(svc.vault.db)) == 1
    finally:
        svc.close()


def test_drift_within_the_slack_still_writes(tmp_path: Path) -> None:
    """A time sync that puts the clock a few minutes back once is no reason to stop."""
    clock = FixedClock(SHARED)
    svc, _ = _desk_open_all_day(tmp_path, clock)
    try:
        clock.set(SHARED - timedelta(minutes=4))
        svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
        clock.set(SHARED - timedelta(minutes=2))
        svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="01-01-2010")
        clock.set(SHARED + timedelta(minutes=1))
        svc.people.add_youth(given_name="Drie", family_name="Kind", birth_date="01-01-2010")
        assert not svc.read_only
    finally:
        svc.close()
