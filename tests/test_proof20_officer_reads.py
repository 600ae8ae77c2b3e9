"""A privacy officer, years later and offline, with one request's package: does it carry what
she needs to answer a complaint (proof20)? Each test is one question she would ask, read from
the package's files and `verify`'s report, never from the vault."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_for_age
from youth_package_support import Files, resigned, unzip

from toestemming.audit import key_fingerprint
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.trust import grouped
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


class Case(SimpleNamespace):
    files: Files
    report: VerifyReport
    request: Any
    mother: Any
    father: Any


@pytest.fixture
def case(service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Case:
    """A 14-year-old; the father, registered without gezag, gets it from the court; both
    parents say yes at the desk; a week later the court ends the father's gezag again; three
    weeks later the mother withdraws by e-mail and the UWV, which had her contact data, is told."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Noor",
        family_name="Bakker",
    )
    people = service.people
    mother = people.add_representative(youth.id, "Sanne Bakker", RepresentativeRole.PARENT, True)
    father = people.add_representative(youth.id, "Erik Bakker", RepresentativeRole.PARENT, False)
    clock.advance(timedelta(days=1))
    people.set_gezag(father.id, True)
    clock.advance(timedelta(days=1))
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "desk"
    )
    service.sharing.record_disclosure(
        youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    clock.advance(timedelta(days=7))
    people.set_gezag(father.id, False)
    clock.advance(timedelta(days=21))
    result = service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id)
    path = service.forms.proof.export_request(request.id, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust(), clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    return Case(
        files=unzip(path.read_bytes()), report=report, request=request, mother=mother, father=father
    )


def _receipt(case: Case) -> dict[str, Any]:
    return json.loads(case.files["receipt.json"])


def _events(case: Case) -> list[dict[str, Any]]:
    return _receipt(case)["consents"][0]["events"]


def test_who_decided_and_in_which_role(case: Case) -> None:
    decisions = [e for e in _events(case) if e["type"] == "decision"]
    by = {(d["by"]["name"], d["by"]["role"]) for d in decisions}
    assert {("Sanne Bakker", "parent"), ("Erik Bakker", "parent")} <= by


def test_the_text_the_signer_saw_is_in_the_package_by_its_hash(case: Case) -> None:
    for d in (e for e in _events(case) if e["type"] == "decision"):
        texts = [n for n, data in case.files.items() if n.startswith("teksten/")
                 and hashlib.sha256(data).hexdigest() == d["text_sha256"]]  # fmt: skip
        assert texts, d


def test_whether_each_parent_had_gezag_when_deciding(case: Case) -> None:
    """The father's gezag was ended after he said yes (the vault now says "geen gezag"): the
    officer must see from the package alone that he had it then (it said only "ouder")."""
    facts = [f for f in case.report.facts if "gezag volgens het logboek" in f]
    assert len(facts) == 3 and all("ouder, op " in f and "met gezag" in f for f in facts), facts
    assert not any("zonder gezag" in f for f in facts), facts


def test_a_gezag_change_left_out_of_the_package_is_caught(
    case: Case, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The insider takes the father's `representative.gezag` events out of the log proof (so
    he seems never to have had gezag: his yes did not count) and re-signs: the logged export
    names them."""
    audit = json.loads(case.files["logboek/opnamebewijs.json"])
    audit["events"] = [e for e in audit["events"] if e["kind"] != "representative.gezag"]
    files = {**case.files, "logboek/opnamebewijs.json": json.dumps(audit, indent=2).encode()}
    signing_key, _ = service.forms.proof._keys()
    report = verify(resigned(files, signing_key, tmp_path / "vals.tbewijs"), clock=clock)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("gezag" in p for p in report.problems), report.problems


def test_the_withdrawal_who_and_who_was_told(case: Case) -> None:
    events = _events(case)
    withdrawal = next(e for e in events if e["type"] == "withdrawal")
    assert withdrawal["by"]["name"] == "Sanne Bakker"
    assert [e for e in events if e["type"] == "recipient_notified"]
    told = [f for f in case.report.facts if "op de hoogte gebracht van de intrekking" in f]
    assert len(told) == 1 and "UWV" in told[0], case.report.facts  # who, and when
    withdrawn = next(
        f for f in case.report.facts if f.startswith(f"Gebeurtenis {withdrawal['seq']}:")
    )
    assert "met gezag" in withdrawn, case.report.facts


def test_the_log_proof_ends_in_a_signed_checkpoint(case: Case) -> None:
    audit = json.loads(case.files["logboek/opnamebewijs.json"])
    assert audit["checkpoint"]["signature"] and audit["checkpoint"]["tree_size"] >= max(
        e["seq"] for e in audit["events"]
    )
    assert any("ondertekende controlepunt" in f for f in case.report.facts)


def test_the_public_key_and_its_fingerprint_to_compare(case: Case) -> None:
    key = case.files["sleutels/organisatie-ed25519.pub"].decode().strip()
    assert json.loads(case.files["manifest.json"])["public_key"] == key
    shown = grouped(key_fingerprint(key))
    assert shown in case.files["LEESMIJ.txt"].decode()
    assert any(shown in f for f in case.report.facts)
