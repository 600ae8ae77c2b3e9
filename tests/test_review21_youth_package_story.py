"""A genuine youth package after a year at the desk with every piece of session 16 in it
(review21): two parents, a father whose gezag ended, a duplicate record merged in, a sharing,
a withdrawal and the recipient told, a startkwalificatie recorded and taken back. Exported and
verified untouched: authentic (a false alarm is as bad for the privacy officer as a forgery
accepted); each request's own package too."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_years_history_exports_as_an_authentic_youth_package(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    case = make_youth(14, 2, given_name="Noor", family_name="El Amrani")
    noor, (mother, father) = case.youth, case.parents
    # A second record of Noor made at another desk, with her voogd-to-be; merged in.
    twin = service.people.add_youth(
        given_name="Noor", family_name="el Amrani", birth_date=noor.birth_date.isoformat()
    )
    service.people.add_representative(twin.id, "Fatima Bakkali", RepresentativeRole.PARENT, False)
    service.duplicates.merge(noor.id, twin.id)
    spec = ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))
    first = service.consents.create_request(noor.id, [spec])
    item = first.items[0].id
    for parent in (mother, father):
        service.consents.record_decisions(
            first.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(days=3))
    service.sharing.record_disclosure(
        noor.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    clock.advance(timedelta(days=30))
    service.people.set_gezag(father.id, False)  # a court gave the mother sole gezag
    clock.advance(timedelta(days=1))
    result = service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    assert result.recipients_to_notify  # the UWV had Noor's data
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id)
    second = service.consents.create_request(
        noor.id, [ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.stagegegevens.id,))]
    )
    service.consents.record_decisions(
        second.id,
        SignerRef.representative(mother.id),
        {second.items[0].id: "yes"},
        "desk",
    )
    service.qualifications.record(noor.id, "mbo2", clock.today() - timedelta(days=1))
    clock.advance(timedelta(hours=2))
    service.qualifications.take_back(noor.id, "Verkeerde leerling aangeklikt.")
    clock.advance(timedelta(hours=1))

    trust = service.forms.proof.own_trust()
    for request in (first.id, second.id):
        path = service.forms.proof.export_request(request, tmp_path / f"verzoek{request}.tbewijs")
        report = verify(path, trust=trust, clock=clock)
        assert report.exit_code == EXIT_AUTHENTIC, (request, report.problems)
    package = service.forms.proof.export_youth_package(noor.id, tmp_path / "noor.zip")
    assert zipfile.is_zipfile(package)
    report = verify(package, trust=trust, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
