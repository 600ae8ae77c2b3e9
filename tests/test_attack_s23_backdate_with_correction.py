"""Turning the clock back to back-date a consent, then stating "de klok klopt nu" (session 23).

Before: the school has a timestamp authority. On Thursday UWV was sent Sem's data, but Sem's
"ja" is missing. A worker sets the laptop's clock back to Tuesday: the vault reads only ("de
klok loopt achter op het logboek"). The worker clicks "De klok klopt nu" — a statement checked
by nothing — and records Sem's "ja", dated Tuesday, before the sharing it should cover. Only
`check` names it afterwards, as a notice. The TSA, which knows it is Thursday, was never asked
(it is asked only for a clock far AHEAD: usecases/clock_ahead.py).

Now the statement asks the configured TSA first (outside the write turn): a clock more than a
few minutes from the TSA's time is refused, nothing written, and the TSA's time is shown; a
real correction (the clock ran ahead, is right now) is recorded with the TSA's time in the
event. Without a TSA, or when it does not answer, nothing changes (the statement stays the
worker's word, named by `check`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tsa_support import closed_port_url, local_tsa

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError, VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
THURSDAY = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Service, FixedClock]]:
    clock = FixedClock(THURSDAY - timedelta(hours=2))
    svc, _ = Service.create(tmp_path / "kluis.tvault", "School", "Anna", ANNA, clock, KdfParams())
    try:
        svc.people.add_youth(given_name="Sem", family_name="Jansen", birth_date="01-01-2009")
        clock.set(THURSDAY)
        yield svc, clock
    finally:
        svc.close()


def _events(svc: Service) -> list[tuple[str, dict[str, object]]]:
    return [
        (str(kind), json.loads(body)["data"])
        for kind, body in svc.vault.db.query("SELECT kind, body FROM events ORDER BY seq")
    ]


def _refused_for_the_clock(svc: Service) -> None:
    with pytest.raises(VaultError):
        svc.people.add_youth(given_name="Ander", family_name="Kind", birth_date="01-01-2012")
    assert svc.clock_right.behind() is not None


def _ran_ahead_then_right(svc: Service, clock: FixedClock, tsa_url: str) -> None:
    """With `tsa_url` set, the laptop runs two days ahead for a write, then is put right an
    hour after Thursday and stated right."""
    svc.trusted_time.set_url(tsa_url)
    clock.set(THURSDAY + timedelta(days=2))
    svc.people.add_youth(given_name="Vooruit", family_name="Kind", birth_date="01-01-2012")
    clock.set(THURSDAY + timedelta(hours=1))
    _refused_for_the_clock(svc)
    assert svc.clock_right.confirm() is not None


def test_the_clock_set_back_is_not_stated_right_against_the_tsa(
    desk: tuple[Service, FixedClock],
) -> None:
    svc, clock = desk
    with local_tsa(at=THURSDAY) as tsa:
        svc.trusted_time.set_url(tsa.url)
        before = _events(svc)
        clock.set(THURSDAY - timedelta(days=2))  # the worker sets the laptop back to Tuesday
        _refused_for_the_clock(svc)
        with pytest.raises(ValidationError) as refused:
            svc.clock_right.confirm()
    assert "tijdstempeldienst" in refused.value.message
    assert "er is niets gewijzigd" in refused.value.message
    assert _events(svc) == before
    # Still read-only for the clock: nothing dated Tuesday can be written.
    _refused_for_the_clock(svc)


def test_a_real_correction_is_recorded_with_the_tsas_time(
    desk: tuple[Service, FixedClock],
) -> None:
    """The laptop ran two days ahead for an hour; put right, the TSA agrees."""
    svc, clock = desk
    with local_tsa(at=THURSDAY + timedelta(hours=1)) as tsa:
        _ran_ahead_then_right(svc, clock, tsa.url)
    kind, data = _events(svc)[-1]
    assert kind == "clock.corrected" and "tsa" in data
    svc.people.add_youth(given_name="Weer", family_name="Goed", birth_date="01-01-2012")


def test_a_tsa_that_does_not_answer_leaves_the_statement_the_workers_word(
    desk: tuple[Service, FixedClock],
) -> None:
    svc, clock = desk
    _ran_ahead_then_right(svc, clock, closed_port_url())
    kind, data = _events(svc)[-1]
    assert kind == "clock.corrected" and "tsa" not in data
