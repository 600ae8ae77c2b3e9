"""Session 17 (multi20): a team desk opened while its computer's clock is already behind the
team's log.

A colleague recorded a "ja" today; a worker (or an insider who wants a consent to look given
before a sharing) sets her PC's clock back six days and then opens the team desk. A local
vault opens read-only for the clock (log_clock.py); a team desk only held its clock against
what *it* had read before (`ClockRight.own_clock`), so a desk opened with the clock already
back wrote every event dated six days back, before the colleague's (seen before the fix: the
youth was added, `events.at` ran back). Now the desk opens read-only for the clock with the
same way out as a local vault: the banner's 'De klok klopt nu' (one `clock.corrected` event),
or the clock put right, which writes again. A few minutes of difference between desks (the
clocks differ by design) stays no reason to stop."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service

TODAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _events(svc: Service) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in svc.vault.db.query("SELECT kind, at FROM events")]


def _team(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: Any, *, joined: bool = True
) -> Any:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    colleague_clock = FixedClock(TODAY)
    svc, admin = create_team(pg_server, pg_database, colleague_clock)
    svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
    worker = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    if joined:  # (his first open, with the clock right: he is a worker of the team)
        Service.open_team(worker.url, worker.password, clock=colleague_clock).close()
    return svc, worker


def test_a_team_desk_opened_with_its_clock_days_behind_the_log_writes_nothing_dated_back(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    colleague, wim = _team(pg_server, pg_database, tmp_path, monkeypatch)
    back = FixedClock(TODAY - timedelta(days=6))
    desk = Service.open_team(wim.url, wim.password, clock=back)
    try:
        before = _events(colleague)
        with pytest.raises(VaultError) as caught:
            desk.people.add_youth(given_name="Terug", family_name="Kind", birth_date="01-01-2010")
        said = str(caught.value)
        assert "klok" in said and "04-12-2026" in said and "De klok klopt nu" in said, said
        assert "reservekopie" not in said  # (a team server has no backups of its own)
        assert desk.read_only and desk.clock_right.behind() is not None  # the banner's way out
        assert _events(colleague) == before
        back.set(TODAY + timedelta(minutes=1))  # the time sync put it right: writes again
        desk.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
        assert not desk.read_only
    finally:
        desk.close()
    dates = [at for _, at in _events(colleague)]
    assert dates == sorted(dates), dates


def test_the_way_out_is_the_same_as_a_local_vaults_one_statement_in_the_log(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The colleague's clock ran a day ahead (the log is in the future); Wim's is right.
    Wim states that his clock is right: one `clock.corrected` under his name, then he works."""
    colleague, wim = _team(pg_server, pg_database, tmp_path, monkeypatch)
    desk = Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY - timedelta(days=1)))
    try:
        with pytest.raises(VaultError):
            desk.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
        assert desk.clock_right.confirm() is not None
        desk.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
    finally:
        desk.close()
    kinds = [kind for kind, _ in _events(colleague)]
    assert kinds[-2:] == ["clock.corrected", "youth.added"], kinds


def test_a_desk_a_few_minutes_behind_a_colleague_writes_as_before(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    colleague, wim = _team(pg_server, pg_database, tmp_path, monkeypatch)
    desk = Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY - timedelta(minutes=3)))
    try:
        assert not desk.read_only
        desk.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
    finally:
        desk.close()
        colleague.close()


def test_a_first_open_with_the_clock_behind_is_refused_before_anything_is_dated_back(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wim's first open would write his worker.added: refused, nothing written; with the
    clock right he joins."""
    colleague, wim = _team(pg_server, pg_database, tmp_path, monkeypatch, joined=False)
    before = _events(colleague)
    with pytest.raises(VaultError) as caught:
        Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY - timedelta(days=6)))
    said = str(caught.value)
    assert "klok" in said and "voor het eerst" in said and "04-12-2026" in said, said
    assert _events(colleague) == before
    Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY)).close()
    assert [k for k, _ in _events(colleague)][-1] == "worker.added"
