"""Who asked and who recorded the "ja", by name (proof24). The log holds a worker's name only as
a salted commitment in its worker.added, so an insider who re-rendered bewijs.pdf with another
worker as the one who took the "ja" (or asked the request) and signed it anew verified as
authentic. Now the package carries, for each worker its PDF names, that worker.added in its
log proof and the name with its salt, and its logged export names them: verify proves each
name and holds every "door …" to the worker the log says acted. Older packages say plainly
that the names are not proven."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.package import AUDIT
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.proof.worker_names import NOT_PROVEN
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

DATA = Path(__file__).parent / "data"
OTHER_WORKER = "andere medewerker dan het logboek"


@pytest.fixture
def case(service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Exported:
    """A father's "ja" recorded at the desk by Anna de Tester (the vault's first worker)."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Elif",
        family_name="Yılmaz",
    )
    father = service.people.add_representative(
        youth.id, "Mehmet Yılmaz", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    signer = SignerRef.representative(father.id)
    service.consents.record_decisions(request.id, signer, {request.items[0].id: "yes"}, "desk")
    return exported(service, clock, request.id, tmp_path)


def test_the_genuine_package_proves_the_workers_names(case: Exported) -> None:
    report = rerendered(case, case.view, "echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert any("Anna de Tester" in f and "bewezen met het logboek" in f for f in report.facts)
    audit = json.loads(case.files[AUDIT])
    assert [e["name"] for e in audit["worker_names"].values()] == ["Anna de Tester"]


def test_the_worker_who_took_the_yes_renamed_is_refused(case: Exported) -> None:
    item = case.view.items[0]
    decisions = tuple(dataclasses.replace(d, worker="Petra Jansen") for d in item.decisions)
    view = dataclasses.replace(case.view, items=(dataclasses.replace(item, decisions=decisions),))
    report = rerendered(case, view, "vastgelegd.tbewijs")
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(OTHER_WORKER in p and "vastlegde" in p for p in report.problems), report.problems


def test_the_worker_who_asked_renamed_is_refused(case: Exported) -> None:
    view = dataclasses.replace(case.view, requested_by="Anna de Tester-Visser")
    report = rerendered(case, view, "gevraagd.tbewijs")
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(OTHER_WORKER in p and "verzoek" in p for p in report.problems), report.problems


@pytest.mark.parametrize("edit", ["renamed", "salt", "dropped"])
def test_the_names_in_the_log_proof_edited_are_refused(case: Exported, edit: str) -> None:
    """The insider changes the name beside the salt (and the PDF with it), or the salt, or
    leaves the names out of the audit file."""
    audit = json.loads(case.files[AUDIT])
    (entry,) = audit["worker_names"].values()
    view = case.view
    if edit == "renamed":
        entry["name"] = "Petra Jansen"
        item = view.items[0]
        decisions = tuple(dataclasses.replace(d, worker="Petra Jansen") for d in item.decisions)
        view = dataclasses.replace(
            view,
            requested_by="Petra Jansen",
            items=(dataclasses.replace(item, decisions=decisions),),
        )
    elif edit == "salt":
        entry["salt"] = "00" * 16
    else:
        del audit["worker_names"]
    files = {**case.files, AUDIT: json.dumps(audit, indent=2).encode()}
    report = rerendered(case, view, f"{edit}.tbewijs", files)
    assert report.exit_code == EXIT_NOT_INTACT
    assert any("namen van de medewerkers" in p for p in report.problems), report.problems


def test_an_older_package_says_the_names_are_not_proven() -> None:
    """The saved package of session 14 (tests/data/make_proof_package.py): still authentic,
    and it says what it does not prove."""
    saved = DATA / "bewijs_s14.zip"
    with zipfile.ZipFile(saved) as z:
        assert "worker_names" not in json.loads(z.read(AUDIT))
    key = "6ae90931a840738374e69a72ac265c8ea5d90c6362f191937aff1c159d65657a"
    later = FixedClock(datetime(2031, 3, 1, tzinfo=UTC))
    report = verify(saved, expected_key=key, clock=later)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert NOT_PROVEN in report.facts
