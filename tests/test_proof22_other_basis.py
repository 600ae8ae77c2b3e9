"""A sharing without consent, in a request's proof package, held to the signed log (proof22).

Sam (17) said no to the gemeente for "werk"; on a court order the school shared her contact
data anyway (an override: named ground, written reason, second confirmation). The request's
package lists it under `disclosures_on_other_basis` and in bewijs.pdf's "Verstrekkingen onder
dit onderdeel". Until session 18 no logged event backed that list: the insider with the key
adds a sharing that never happened, moves one a day, calls the override an ordinary legal
duty, or leaves it out — re-signs — and `verify` said authentic. Each is refused now; the
genuine package (and one with three such sharings) verifies."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered
from test_sharing_no_bypass import REASON, STEPS

from formulieren.proof_pdf import ProofDisclosure, ProofView
from toestemming.clock import FixedClock, from_iso, to_iso
from toestemming.model import SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification


def _case(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path, times: int
) -> Exported:
    c = catalog
    youth = service.people.add_youth(
        birth_date=(clock.today() - timedelta(days=17 * 366)).isoformat(),
        given_name="Sam",
        family_name="de Vries",
    )
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.school.id)),
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
        ],
    )
    no, yes = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {no: "no", yes: "yes"}, "desk"
    )
    for _ in range(times):
        clock.advance(timedelta(days=3))
        weighing = service.sharing.record_assessment(
            youth.id, c.gemeente.id, c.werk.id, "legal_obligation", *STEPS, True
        )
        service.sharing.record_disclosure(
            youth.id,
            c.gemeente.id,
            c.werk.id,
            [c.contact.id, c.school.id],
            assessment_id=weighing.id,
            justification=Justification(
                informed="youth", ground="court_order", reason=REASON, confirmed=True
            ),
        )
    clock.advance(timedelta(hours=1))
    return exported(service, clock, request.id, tmp_path)


@pytest.fixture
def case(service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Exported:
    return _case(service, catalog, clock, tmp_path, 1)


def _receipt(case: Exported) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(case.files[RECEIPT])
    return value


def _forged(
    case: Exported,
    edit_receipt: Callable[[dict[str, Any]], None] | None,
    edit_rows: Callable[[tuple[ProofDisclosure, ...]], tuple[ProofDisclosure, ...]] | None,
    name: str,
) -> VerifyReport:
    """The package with its receipt and/or its first item's Verstrekkingen table edited, the
    PDF re-rendered and everything re-signed with the organisation's own key and certificate."""
    files = dict(case.files)
    if edit_receipt is not None:
        receipt = copy.deepcopy(_receipt(case))
        edit_receipt(receipt)
        files[RECEIPT] = (json.dumps(receipt, indent=2, ensure_ascii=False) + "\n").encode()
    view: ProofView = case.view
    if edit_rows is not None:
        item = view.items[0]
        forged_item = dataclasses.replace(item, disclosures=edit_rows(item.disclosures))
        view = dataclasses.replace(view, items=(forged_item, *view.items[1:]))
    return rerendered(case, view, name, files)


def _refused(report: VerifyReport) -> None:
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert report.problems, report.facts
    assert all("Traceback" not in p for p in report.problems)


def test_the_genuine_package_with_an_override_verifies_and_says_it_is_proven(
    case: Exported,
) -> None:
    (other,) = _receipt(case)["disclosures_on_other_basis"]
    assert other["override"]["ground"] == "court_order"
    report = rerendered(case, case.view, "opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert any("andere grondslag dan toestemming" in f for f in report.facts), report.facts


def test_three_overrides_verify(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    case = _case(service, catalog, clock, tmp_path, 3)
    assert len(_receipt(case)["disclosures_on_other_basis"]) == 3
    assert len(case.view.items[0].disclosures) == 3


def _shifted(value: str, days: int) -> str:
    return to_iso(from_iso(value) + timedelta(days=days))


def _add_invented(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    invented = {**real, "disclosure_id": real["disclosure_id"] + 50}
    invented["disclosed_at"] = _shifted(real["disclosed_at"], -30)
    receipt["disclosures_on_other_basis"].insert(0, invented)


def _invented_row(rows: tuple[ProofDisclosure, ...]) -> tuple[ProofDisclosure, ...]:
    (real,) = rows
    return (dataclasses.replace(real, at=real.at - timedelta(days=30)), real)


def _one_day(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    real["disclosed_at"] = _shifted(real["disclosed_at"], 1)


def _row_one_day(rows: tuple[ProofDisclosure, ...]) -> tuple[ProofDisclosure, ...]:
    return tuple(dataclasses.replace(r, at=r.at + timedelta(days=1)) for r in rows)


def _no_override(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    real["override"] = None


def _row_plain_duty(rows: tuple[ProofDisclosure, ...]) -> tuple[ProofDisclosure, ...]:
    return tuple(dataclasses.replace(r, basis="Wettelijke verplichting") for r in rows)


def _vital(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    real["lawful_basis"] = "vital_interest"
    real["override"]["ground"] = "vital_interest"


def _fewer_data(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    real["categories"] = real["categories"][:1]


def _row_fewer_data(rows: tuple[ProofDisclosure, ...]) -> tuple[ProofDisclosure, ...]:
    return tuple(dataclasses.replace(r, categories=r.categories.split(", ")[0]) for r in rows)


def _dropped(receipt: dict[str, Any]) -> None:
    receipt["disclosures_on_other_basis"] = []


def _informed_parents(receipt: dict[str, Any]) -> None:
    (real,) = receipt["disclosures_on_other_basis"]
    real["override"]["informed"] = "parents"


FORGERIES: dict[str, tuple[Any, Any]] = {
    # receipt and PDF edited alike: only the log can tell
    "a sharing that never happened, added": (_add_invented, _invented_row),
    "moved one day": (_one_day, _row_one_day),
    "an override shown as a plain legal duty": (_no_override, _row_plain_duty),
    "the basis changed": (_vital, None),
    "less data said to have gone": (_fewer_data, _row_fewer_data),
    "left out": (_dropped, lambda rows: ()),
    "who was informed changed": (_informed_parents, None),
    # one place only
    "the date changed in the receipt only": (_one_day, None),
    "the date changed in the PDF only": (None, _row_one_day),
    "the basis changed in the PDF only": (None, _row_plain_duty),
    "a row added to the PDF only": (None, _invented_row),
    "the recipient changed in the PDF only": (
        None,
        lambda rows: tuple(dataclasses.replace(r, recipient="UWV") for r in rows),
    ),
}


@pytest.mark.parametrize("how", list(FORGERIES))
def test_a_forged_sharing_without_consent_is_refused(case: Exported, how: str) -> None:
    edit_receipt, edit_rows = FORGERIES[how]
    report = _forged(case, edit_receipt, edit_rows, "vervalst.tbewijs")
    _refused(report)


def test_the_events_proving_it_cannot_be_dropped_from_the_log_proof(case: Exported) -> None:
    """The audit file without the disclosure's events (and the receipt and PDF without the
    sharing): the logged export names them, so the package is no older one."""
    audit = json.loads(case.files["logboek/opnamebewijs.json"])
    kinds = ("disclosure.recorded", "disclosure.justified")
    kept = [e for e in audit["events"] if e["kind"] not in kinds]
    assert len(kept) < len(audit["events"])
    audit["events"] = kept
    files = {**case.files, "logboek/opnamebewijs.json": json.dumps(audit).encode()}
    receipt = copy.deepcopy(_receipt(case))
    _dropped(receipt)
    files[RECEIPT] = (json.dumps(receipt, indent=2, ensure_ascii=False) + "\n").encode()
    item = case.view.items[0]
    view = dataclasses.replace(
        case.view, items=(dataclasses.replace(item, disclosures=()), *case.view.items[1:])
    )
    _refused(rerendered(case, view, "zonder.tbewijs", files))
