"""A proof exported on Wednesday, between a clock correction and the Thursday a clock that
ran ahead gave Noor's mother's withdrawal (proof23; the story of test_attack_s21_proof_clock_
status). The genuine package says "withdrawn" and verifies; an insider who re-signs it as
"given" (the dates in the receipt alone would allow it), or who leaves the correction out of
its log proof, is refused."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.package_files import AUDIT, RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def withdrawn_ahead(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> int:
    """Noor's mother says yes, withdraws on Tuesday at a desk whose clock says Thursday, the
    clock is put right an hour later; the clock then says Wednesday. The request's id."""
    c = catalog
    noor = make_youth(13, parents=1, given_name="Noor")
    request = service.consents.create_request(
        noor.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    mother = SignerRef.representative(noor.parents[0].id)
    service.consents.record_decisions(request.id, mother, {item: "yes"}, "desk")
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))  # the laptop says Thursday
    service.withdrawals.withdraw([item], mother, "desk")
    clock.set(tuesday + timedelta(hours=1))
    with pytest.raises(VaultError):
        service.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2012")
    assert service.clock_right.confirm() is not None
    clock.set(tuesday + timedelta(days=1))  # Wednesday
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    return request.id


@pytest.fixture
def case(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    request = withdrawn_ahead(service, catalog, make_youth, clock)
    return exported(service, clock, request, tmp_path)


def _receipt(case: Exported) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(case.files[RECEIPT])
    return value


def test_the_genuine_package_says_withdrawn_and_verifies(case: Exported) -> None:
    receipt = _receipt(case)
    assert [c["status"] for c in receipt["consents"]] == ["withdrawn"]
    assert case.view.items[0].status.startswith("ingetrokken")
    # The withdrawal is printed as recorded (Thursday): the log says so.
    report = rerendered(case, case.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_receipt_re_signed_as_given_is_refused(case: Exported) -> None:
    receipt = _receipt(case)
    consent = receipt["consents"][0]
    consent.update(status="given", state="dpv:ConsentGiven")
    files = {**case.files, RECEIPT: json.dumps(receipt).encode()}
    item = dataclasses.replace(
        case.view.items[0], status="gegeven — Alle benodigde personen hebben ja gezegd."
    )
    view = dataclasses.replace(case.view, items=(item,))
    report = rerendered(case, view, "gegeven.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("de stand (given)" in p for p in report.problems), report.problems


def test_a_package_without_the_correction_is_refused(case: Exported) -> None:
    audit = json.loads(case.files[AUDIT])
    corrected = [i for i, e in enumerate(audit["events"]) if e["kind"] == "clock.corrected"]
    assert corrected, "the correction is in the package's log proof"
    audit["events"] = [e for i, e in enumerate(audit["events"]) if i not in corrected]
    files = {**case.files, AUDIT: json.dumps(audit).encode()}
    report = rerendered(case, case.view, "zonder-correctie.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("klokcorrectie" in p for p in report.problems), report.problems
