"""Every hold event the program writes keeps `check` clean, and the lists say what runs
(review26: core25's "held while ANY dispute runs" × atk25's strict hold check × the merge).

Lotte was entered twice; her mother's bezwaar was recorded on one record, her father's bezwaar
on the other, the AP's inquiry and a complaint on the desk's record. The desk merges them,
ends disputes one by one; `check` (the deep file check, the chain, the replay) stays clean
at every step, and Vandaag lists a line per dispute still running."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from team_support import create_team, make_worker
from test_review24_merge_keeps_the_hold import _two_records_of_lotte

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.service import Service
from toestemming.usecases.retention import ErasureGround
from toestemming.usecases.retention_hold import HOLD_KIND


def _clean(service: Service) -> None:
    assert service.integrity_problems() == []


def _listed(service: Service, youth: int) -> list[str]:
    return sorted(k for y, k in service.retention.held_records() if y == youth)


def test_two_bezwaren_of_one_kind_merged_each_hold_until_each_is_over(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")  # the mother's bezwaar
    service.retention.hold(by_hand, "objection")  # the father's bezwaar
    service.retention.hold(by_hand, "complaint")
    _clean(service)
    kept = service.duplicates.merge(imported, by_hand).id
    assert _listed(service, kept) == ["complaint", "objection", "objection"]
    assert all(y == kept for y, _k in service.retention.held_records())  # not the number gone
    _clean(service)

    events = row_count(service, "events")
    with pytest.raises(RuleViolation):  # "voorbij" without saying which, three running
        service.retention.release(kept)
    assert row_count(service, "events") == events

    service.retention.release(kept, "objection")  # the father's is over; the mother's runs
    assert _listed(service, kept) == ["complaint", "objection"]
    service.retention.release(kept, "complaint")
    with pytest.raises(RuleViolation):
        service.retention.erase(kept, ErasureGround.REQUEST)
    _clean(service)
    service.retention.release(kept)  # the only one left
    assert _listed(service, kept) == [] and service.retention.disputes(kept) == ()
    _clean(service)


def test_an_earlier_releases_over_for_all_checks_clean_and_frees_the_record(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """{"held": false} alone, as releases before core25 wrote it: every dispute ends."""
    noor = make_youth(17, given_name="Noor").youth.id
    service.retention.hold(noor, "objection")
    service.retention.hold(noor, "court")
    ctx = service.retention._ctx
    with ctx.db.transaction():
        ctx.event(HOLD_KIND, {"youth": noor, "held": False})
    assert service.retention.disputes(noor) == ()
    assert service.retention.held_records() == []
    _clean(service)


def test_on_the_team_server_every_hold_event_checks_clean(
    pg_server: Any, pg_database: str, clock: FixedClock, tmp_path: Any, monkeypatch: Any
) -> None:
    """Two desks: one records the disputes, the other merges the records and ends them."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    anna, admin = create_team(pg_server, pg_database, clock)
    wim_login = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    wim = Service.open_team(wim_login.url, wim_login.password, clock=clock)
    try:
        born = "2009-01-01"
        one = anna.people.add_youth(given_name="Lotte", family_name="Bos", birth_date=born).id
        two = anna.people.add_youth(given_name="Lotte", family_name="Bos", birth_date=born).id
        anna.retention.hold(one, "objection")
        anna.retention.hold(two, "authority")
        anna.retention.hold(two, "objection")
        kept = wim.duplicates.merge(one, two).id
        assert _listed(anna, kept) == ["authority", "objection", "objection"]
        assert wim.replay().ok
        with pytest.raises(RuleViolation):
            wim.retention.release(kept)
        wim.retention.release(kept, "authority")
        wim.retention.release(kept, "objection")
        assert _listed(anna, kept) == ["objection"]
        assert anna.replay().ok and wim.integrity_problems() == []
        anna.retention.release(kept)
        assert _listed(wim, kept) == [] and wim.replay().ok
    finally:
        wim.close()
        anna.close()
