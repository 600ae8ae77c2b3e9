"""receipt.json fields a machine acts on that verify did not hold to anything (proof21): the
legal basis (DPV/GDPR terms and in words), the fixed processing terms, the recipient's kind
said twice, how to withdraw. An insider edits ONE of them in the receipt only and re-signs the
package with the organisation's key: the genuine package verifies, every edit is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_for_age
from test_attack_s8_packages import read
from youth_package_support import Files, resigned

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

Edit = Callable[[dict[str, Any]], None]


def _purpose(consent: dict[str, Any]) -> dict[str, Any]:
    purpose: dict[str, Any] = consent["services"][0]["purposes"][0]
    return purpose


EDITS: dict[str, Edit] = {
    "legal-obligation": lambda c: _purpose(c).update(legal_basis=["dpv:LegalObligation",
                                                                  "eu-gdpr:A6-1-c"]),
    "not-explicit": lambda c: _purpose(c).update(legal_basis=["dpv:Consent", "eu-gdpr:A6-1-a"]),
    "basis-in-words": lambda c: _purpose(c).update(
        legal_basis_text="AVG art. 6 lid 1 onder c (wettelijke verplichting)"
    ),
    "lawful-basis": lambda c: _purpose(c).update(lawful_basis="legal_obligation"),
    "no-disclosure": lambda c: _purpose(c).update(thirdPartyDisclosure=False),
    "processing": lambda c: _purpose(c).update(processing=["dpv:Use"]),
    "recipient-kind": lambda c: _purpose(c).update(recipient_kind="werkgever"),
    "withdrawal-method": lambda c: c.update(
        withdrawal_method="Intrekken kan alleen schriftelijk, binnen 14 dagen."
    ),
}  # fmt: skip


@pytest.fixture
def package(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> tuple[Files, str]:
    """A 17-year-old says yes to sharing health data with the UWV (special: explicit)."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Sem",
        family_name="de Wit",
    )
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.gezondheid.id))],
    )
    service.consents.record_decisions(
        request.id,
        SignerRef.youth(youth.id),
        {request.items[0].id: "yes"},
        "desk",
        special_ack=[request.items[0].id],
    )
    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    _, public_key = proof._keys()
    assert verify(path, public_key, clock=clock).exit_code == EXIT_AUTHENTIC
    return read(path), public_key


@pytest.mark.parametrize("name", sorted(EDITS))
def test_a_receipt_field_changed_alone_is_refused(
    package: tuple[Files, str], service: Service, clock: FixedClock, tmp_path: Path, name: str
) -> None:
    files, public_key = package
    receipt = json.loads(files[RECEIPT])
    (consent,) = receipt["consents"]
    assert _purpose(consent)["legal_basis"][-1] == "eu-gdpr:A9-2-a"  # the special data's
    before = json.dumps(consent, sort_keys=True)
    EDITS[name](consent)
    assert json.dumps(consent, sort_keys=True) != before
    forged = {**files, RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode()}
    signing_key, _ = service.forms.proof._keys()
    report = verify(
        resigned(forged, signing_key, tmp_path / "vals.tbewijs"), public_key, clock=clock
    )
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("past niet bij de rest van het onderdeel" in p for p in report.problems), (
        report.problems
    )
