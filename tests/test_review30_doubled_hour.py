"""A genuine package of a release before proof26 (moments printed unmarked) with two
disclosures at the same wall-clock minute in both halves of the doubled hour (02:40 summer
time, 02:40 winter time, an hour apart) (review30).

verify maps each printed moment to the logged moment it is a printing of (as_today): an
unmarked "25-10-2026 02:40" agrees with both, and both rows were mapped to the first — so
the table read as two disclosures at 02:40 (UTC+2) and none at 02:40 (UTC+1), and the
genuine package was called forged. Each printed moment now takes a logged moment of its own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered
from test_proof26_time_and_channel import _unmarked

from formulieren import layout, proof_pdf
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof import moments_marked
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

BEFORE = datetime(2026, 10, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def night(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> Exported:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Noor",
        family_name="Bakker",
    )
    mother = service.people.add_representative(
        youth.id, "Sanne Bakker", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    clock.set(datetime(2026, 10, 25, 0, 5, tzinfo=UTC))  # 02:05 (UTC+2)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    for at in (
        datetime(2026, 10, 25, 0, 40, tzinfo=UTC),  # 02:40 (UTC+2)
        datetime(2026, 10, 25, 1, 40, tzinfo=UTC),  # 02:40 (UTC+1)
    ):
        clock.set(at)
        service.sharing.record_disclosure(
            youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
        )
    clock.set(datetime(2026, 10, 25, 4, 0, tzinfo=UTC))
    return exported(service, clock, request.id, tmp_path)


@pytest.fixture
def as_earlier_release(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export as a release before proof28 logged it: without the promise that its PDF
    marks the doubled hour (test_proof28_doubled_hour refuses this release's unmarked)."""
    monkeypatch.setattr(moments_marked, "exported", lambda: {})


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_an_earlier_release_s_two_0240_disclosures_still_verify(
    as_earlier_release: None, night: Exported, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(proof_pdf, "moment", _unmarked)
    monkeypatch.setattr(layout, "moment", _unmarked)
    report = rerendered(night, night.view, "vroeger.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_one_0240_printed_twice_is_still_refused(night: Exported) -> None:
    """Each printed moment takes a logged moment of its own: the marked 02:40 (UTC+2) printed
    for both disclosures leaves the (UTC+1) one unprinted."""
    import dataclasses

    item = night.view.items[0]
    first = item.disclosures[0]
    view = dataclasses.replace(
        night.view,
        items=(dataclasses.replace(item, disclosures=(first, first)),),
    )
    report = rerendered(night, view, "dubbel.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
