"""Rows recorded while the desk's clock ran ahead, then put right, count from the correction
everywhere (core25; review23's leftover): a legal duty's marking, a startkwalificatie's
take-back and the withdrawals still to be told to recipients.

The story each time: on Tuesday the laptop says Thursday; the worker records something; an hour
later the clock is put right and stated ("de klok klopt nu"); on Friday the desk looks back.
Stored dates stay as recorded (the log is not edited); the rules and the lists read the moment
event_seek.judged_moment gives them, as every other reader does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat
from team_support import colleague_ahead, states_clock_right
from test_attack_s20_gezag_clock_corrected import _ahead_then_right
from test_casussen_s14_duty_marked_later import LAW, STEPS

from toestemming.clock import FixedClock, local_date
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _melding(
    service: Service, youth_id: int, rbl: int, purpose: int, contact: int, at: datetime
) -> None:
    weighed = service.sharing.record_assessment(
        youth_id, rbl, purpose, "legal_obligation", *STEPS, True
    )
    service.sharing.record_disclosure(
        youth_id, rbl, purpose, [contact], disclosed_at=at, assessment_id=weighed.id
    )


def test_a_melding_after_the_duty_was_marked_ahead_names_the_law(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The administrator marks the verzuimmelding as the Leerplichtwet's duty on Tuesday (the
    laptop says Thursday). Wednesday's melding went on that law: the inzage must say so, and
    Instellingen must not say the duty was marked on a day still to come."""
    c = catalog
    purpose = service.catalog.add_purpose(
        "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
    )
    youth = make_youth(15, parents=1).youth
    tuesday = clock.now() + timedelta(days=1)
    _ahead_then_right(service, clock, lambda: service.legal_duties.mark(purpose.id, LAW, 18))
    duty = service.legal_duties.of(purpose.id)
    assert duty is not None and local_date(duty.recorded_at) == local_date(tuesday)
    assert [local_date(d.recorded_at) for d in service.legal_duties.all()] == [local_date(tuesday)]

    wednesday = tuesday + timedelta(days=1)
    _melding(service, youth.id, c.rbl.id, purpose.id, c.contact.id, wednesday)
    text = flat(service.forms.render_inzage(youth.id))
    assert text.count(f"wettelijke verplichting ({LAW})") == 1, text
    assert service.replay().ok


def test_a_diploma_taken_back_ahead_gives_the_law_back_from_the_correction(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """A mbo-2 diploma recorded for Sam (17) by mistake is taken back on Tuesday (the laptop
    says Thursday). Wednesday's verzuimmelding went on the Leerplichtwet again: the inzage names
    the law, and says the diploma was taken back on Tuesday, not on Thursday."""
    c = catalog
    purpose = service.catalog.add_purpose(
        "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
    )
    service.legal_duties.mark(purpose.id, LAW, 18)
    sam = make_youth(17, given_name="Sam").youth
    service.qualifications.record(sam.id, "mbo2", (clock.today() - timedelta(days=30)).isoformat())
    clock.advance(timedelta(hours=1))
    tuesday = clock.now() + timedelta(days=1)
    _ahead_then_right(
        service, clock, lambda: service.qualifications.take_back(sam.id, "Verkeerde jongere.")
    )
    (back,) = service.qualifications.taken_back(sam.id)
    assert local_date(back.recorded_at) == local_date(tuesday)

    wednesday = tuesday + timedelta(days=1)
    _melding(service, sam.id, c.rbl.id, purpose.id, c.contact.id, wednesday)
    text = flat(service.forms.render_inzage(sam.id))
    assert text.count(f"wettelijke verplichting ({LAW})") == 1, text
    assert "teruggenomen als vergissing" in text
    assert f"op {tuesday:%d-%m-%Y} teruggenomen" in text, text
    assert f"op {tuesday + timedelta(days=2):%d-%m-%Y} teruggenomen" not in text


def _withdrawn_and_shared(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], name: str
) -> Callable[[], int]:
    """A youth of 17 who said yes to werk at UWV, whose data went out; returns the withdrawal."""
    youth = make_youth(17, given_name=name).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    me = SignerRef.youth(youth.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    service.sharing.record_disclosure(youth.id, c.uwv.id, c.werk.id, [c.contact.id])

    def withdraw() -> int:
        service.withdrawals.withdraw([item], me, "desk")
        return int(youth.id)

    return withdraw


def test_the_withdrawals_to_tell_are_dated_and_ordered_as_judged(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Bo withdraws on Tuesday (the laptop says Thursday), Cas on Wednesday after the clock was
    put right. On Friday Vandaag lists whom to tell, oldest first: Bo (3 days) before Cas."""
    bo = _withdrawn_and_shared(service, catalog, make_youth, "Bo")
    cas = _withdrawn_and_shared(service, catalog, make_youth, "Cas")
    tuesday = clock.now() + timedelta(days=1)
    bo_id = _ahead_then_right(service, clock, bo)
    friday = clock.now()
    clock.set(tuesday + timedelta(days=1))
    cas_id = cas()
    clock.set(friday)
    told = service.worklists.withdrawals_to_notify()
    assert [(w.youth_id, w.days) for w in told] == [(bo_id, 3), (cas_id, 2)]


def test_on_the_team_server_too(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The colleague's desk says Thursday when it marks the duty on Tuesday; Wim's desk, right,
    states "de klok klopt nu" an hour later; Wim's desk shows the duty marked on Tuesday."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    colleague, ahead, wim_login = colleague_ahead(pg_server, pg_database, MONDAY)
    purpose = colleague.catalog.add_purpose(
        "verzuimmelding", "Verzuimmelding", "De school meldt verzuim bij leerplicht."
    )
    tuesday = MONDAY + timedelta(days=1)
    ahead.set(tuesday + timedelta(days=2))
    colleague.legal_duties.mark(purpose.id, LAW, 18)
    right = FixedClock(tuesday + timedelta(hours=1))
    wim = states_clock_right(wim_login, right)
    try:
        right.set(tuesday + timedelta(days=3))  # Friday
        duty = wim.legal_duties.of(purpose.id)
        assert duty is not None and local_date(duty.recorded_at) == local_date(tuesday)
    finally:
        wim.close()
        colleague.close()
