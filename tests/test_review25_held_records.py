"""Review of session 19's Vandaag held list (RetentionService.held_records) at its seams."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from team_support import create_team, make_worker
from test_review24_merge_keeps_the_hold import _two_records_of_lotte

from toestemming.clock import FixedClock
from toestemming.service import Service


def test_a_held_record_merged_away_is_not_listed_as_held(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The FG holds the imported record of Lotte (her mother's objection); a week later a worker
    merges it into the desk's record. The hold goes with her (review24), and the number that
    went is no longer a "held record": before, held_records named it and every caller that
    looked the youth up (the Vandaag panel) got "Deze jongere bestaat niet (meer)"."""
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")
    kept = service.duplicates.merge(imported, by_hand)
    assert service.retention.held_records() == [(kept.id, "objection")]
    for youth_id, _kind in service.retention.held_records():
        assert service.people.youth(youth_id).given_name == "Lotte"


def test_two_held_records_merged_list_the_kept_one_once(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")
    service.retention.hold(by_hand, "authority")
    assert service.retention.held_records() == [(imported, "objection"), (by_hand, "authority")]
    kept = service.duplicates.merge(imported, by_hand)
    # Listed once as a record, once per dispute that holds it (core25: both run on).
    assert sorted(service.retention.held_records()) == [
        (kept.id, "authority"),
        (kept.id, "objection"),
    ]
    service.retention.release(kept.id, "objection")
    assert service.retention.held_records() == [(kept.id, "authority")]
    service.retention.release(kept.id)
    assert service.retention.held_records() == []


def test_a_released_hold_and_two_open_ones(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    a, b, c = (make_youth(15 + n).youth.id for n in range(3))
    service.retention.hold(a, "complaint")
    service.retention.hold(b, "court")
    service.retention.hold(c, "objection")
    service.retention.release(b)
    service.retention.hold(a, "authority")  # the complaint went on to the AP: both run
    assert service.retention.held_records() == [
        (a, "complaint"),
        (a, "authority"),
        (c, "objection"),
    ]


def test_a_team_desk_lists_the_holds_another_desk_made(
    pg_server: Any, pg_database: str, clock: FixedClock, tmp_path: Any, monkeypatch: Any
) -> None:
    """On the team server the log's bodies come back as bytes (bytea): the hold one worker
    records is on the colleague's list, and leaves it when released there."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    anna, admin = create_team(pg_server, pg_database, clock)
    wim_login = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    wim = Service.open_team(wim_login.url, wim_login.password, clock=clock)
    try:
        lotte = anna.people.add_youth(
            given_name="Lotte", family_name="Bos", birth_date="2009-01-01"
        )
        anna.retention.hold(lotte.id, "court")
        assert wim.retention.held_records() == [(lotte.id, "court")]
        wim.retention.release(lotte.id)
        assert anna.retention.held_records() == []
    finally:
        wim.close()
        anna.close()
