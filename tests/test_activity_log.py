"""The privacy officer's view of the log (usecases/activity_log.py): who, what, when, which
youth by number and reference code — never by name — with filters, CSV and the requests of a
period for the proof export."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, timedelta

import pytest

from toestemming import standard_catalog as std
from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.activity_log import LogFilter, LogPage, to_csv
from toestemming.usecases.consent import ItemSpec


def _request(service: Service, youth_id: int) -> int:
    cat = service.catalog
    spec = ItemSpec(cat.purposes()[0].id, cat.recipients()[0].id, (cat.categories()[0].id,))
    return service.consents.create_request(youth_id, [spec]).id


def test_who_what_when_and_which_youth_without_names(service: Service) -> None:
    std.install(service.catalog)
    lieke = service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-05-2007"
    )
    rid = _request(service, lieke.id)
    item = service.consents.request(rid).items[0].id
    service.consents.record_decisions(rid, SignerRef.youth(lieke.id), {item: "yes"}, "desk")

    page = service.activity_log.entries()
    assert page.entries[0].seq > page.entries[-1].seq  # newest first
    decided = next(e for e in page.entries if e.kind == "decisions.recorded")
    assert decided.what == "Beslissing vastgelegd"
    assert decided.worker == "Anna de Tester"
    assert decided.youth_id == lieke.id
    assert decided.reference_code == service.consents.request(rid).reference_code
    # Names of youths are never in the view or the CSV.
    text = to_csv(page)
    assert "Lieke" not in text and "Berg" not in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["nr", "moment", "medewerker", "handeling", "soort", "jongere", "verzoek"]
    # A worker whose name reads as a spreadsheet formula stays text in the CSV.
    formula = LogPage((replace(decided, worker='=HYPERLINK("http://x")'),), cut_off=False)
    cells = list(csv.reader(io.StringIO(to_csv(formula)), delimiter=";"))[1]
    assert cells[2] == '\'=HYPERLINK("http://x")'

    only_lieke = service.activity_log.entries(LogFilter(youth_id=lieke.id))
    assert {e.youth_id for e in only_lieke.entries} == {lieke.id}
    assert {e.kind for e in only_lieke.entries} >= {
        "youth.added",
        "request.created",
        "decisions.recorded",
    }
    consent_only = service.activity_log.entries(LogFilter(group="Toestemming"))
    assert {e.kind for e in consent_only.entries} == {"request.created", "decisions.recorded"}
    by_worker = service.activity_log.entries(LogFilter(worker_id=service.worker_id))
    assert all(e.worker == "Anna de Tester" for e in by_worker.entries)


def test_period_filters_and_bad_periods(service: Service, clock: FixedClock) -> None:
    std.install(service.catalog)
    today = clock.today()
    first = service.people.add_youth(given_name="Sam", family_name="Bos", birth_date="01-01-2008")
    early = _request(service, first.id)
    clock.advance(timedelta(days=10))
    later = _request(service, first.id)
    assert service.activity_log.requests_in_period(today, today) == [early]
    assert service.activity_log.requests_in_period(today + timedelta(days=10), clock.today()) == [
        later
    ]
    assert (
        service.activity_log.requests_in_period(
            today - timedelta(days=5), today - timedelta(days=1)
        )
        == []
    )
    with pytest.raises(ValidationError) as bad:
        service.activity_log.entries(LogFilter(since=clock.today(), until=today))
    assert "begindatum" in bad.value.message
    with pytest.raises(ValidationError):
        service.activity_log.requests_in_period(clock.today(), today)
    with pytest.raises(ValidationError):
        service.activity_log.entries(LogFilter(group="'; DROP TABLE events; --"))
    cut = service.activity_log.entries(limit=3)
    assert len(cut.entries) == 3 and cut.cut_off
    assert "Ingekort" in to_csv(cut)
    assert date.today()  # (the filter uses the service clock, not the machine's)
