"""Who had gezag at the moment of each decision and withdrawal, in the package itself
(proof21): receipt.json (`gezag_then`) and bewijs.pdf ("Gezag toen", and the withdrawal's
history row) say what the log says of the signer's gezag then, and `verify` holds both to the
log. A privacy officer with only the package sees that the father who said "ja" had gezag that
day, though the court ended it a week later; an insider who re-signs a receipt or a PDF saying
otherwise is caught. And who was told of a withdrawal, and when, as printed."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered, with_history
from test_attack_s8_packages import read
from youth_package_support import Files, resigned

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF, RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

Case = Exported


@pytest.fixture
def case(service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Case:
    """A 14-year-old; the father, registered without gezag, gets it from the court; both
    parents say yes at the desk; a week later the court ends the father's gezag; three weeks
    later the mother withdraws by e-mail, and the UWV is told the next day (logged a day
    later still)."""
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
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    service.sharing.record_disclosure(
        youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    clock.advance(timedelta(days=7))
    people.set_gezag(father.id, False)
    clock.advance(timedelta(days=21))
    result = service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    told = clock.now() + timedelta(days=1)
    clock.advance(timedelta(days=2))
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id, told)
    clock.advance(timedelta(hours=1))
    return exported(service, clock, request.id, tmp_path)


def _receipt(files: Files) -> dict[str, Any]:
    return json.loads(files[RECEIPT])


def _events(files: Files, kind: str) -> list[dict[str, Any]]:
    return [e for e in _receipt(files)["consents"][0]["events"] if e["type"] == kind]


def _with_receipt(case: Case, receipt: dict[str, Any], name: str) -> VerifyReport:
    """An insider rewrites receipt.json only and re-signs the manifest with the org's key."""
    files = {**case.files, RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode()}
    signing_key, _ = case.service.forms.proof._keys()
    return verify(
        resigned(files, signing_key, case.folder / name), case.public_key, clock=case.clock
    )


def _with_pdf(case: Case, view: ProofView, name: str, files: Files | None = None) -> VerifyReport:
    """An insider re-renders bewijs.pdf from `view` and re-signs the package around it."""
    return rerendered(case, view, name, files)


def _decisions_gezag(view: ProofView, *gezag: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(
        dataclasses.replace(d, gezag=g) for d, g in zip(item.decisions, gezag, strict=True)
    )
    return dataclasses.replace(view, items=(dataclasses.replace(item, decisions=decisions),))


def _history(view: ProofView, old: str, new: str) -> ProofView:
    forged = with_history(view, lambda e: e.what.replace(old, new))
    assert forged != view, old
    return forged


# --- what the genuine package says -------------------------------------------------------


def test_the_receipt_says_each_parent_had_gezag_when_deciding(case: Case) -> None:
    decisions = _events(case.files, "decision")
    assert [d["gezag_then"]["code"] for d in decisions] == ["yes", "yes"]
    father = next(d for d in decisions if d["by"]["name"] == "Erik Bakker")
    assert len(father["gezag_then"]["events"]) == 3  # added without, given, ended later
    (withdrawal,) = _events(case.files, "withdrawal")
    assert withdrawal["gezag_then"]["code"] == "yes"
    assert _receipt(case.files)["schema"] == "toestemming-consent-record/3"


def test_the_pdf_prints_the_gezag_then_and_who_was_told_when(case: Case) -> None:
    text = pdf_text(case.files[PDF]) or ""
    rows = [line for line in text.split("\n") if line.startswith("Gezag toen ")]
    assert len(rows) == 2 and all(r.startswith("Gezag toen met gezag (logboek: ") for r in rows)
    flat = " ".join(text.split())
    # (cases26: the youth's age that day stands between the channel and the gezag then)
    assert (
        "— per e-mail. Jongere toen 14 jaar. Gezag toen: met gezag (logboek: gebeurtenis 1" in flat
    )
    (told,) = _events(case.files, "recipient_notified")
    assert told["recipient"] in flat and told["notified_at"] != told["time"]
    assert " is op " in flat and " op de hoogte gebracht van de intrekking." in flat


# --- receipt.json only, re-signed with the organisation's key ----------------------------


def _father(receipt: dict[str, Any]) -> dict[str, Any]:
    return next(
        e
        for e in receipt["consents"][0]["events"]
        if e["type"] == "decision" and e["by"]["name"] == "Erik Bakker"
    )


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda e: e["gezag_then"].update(code="no"), id="had-none"),
        pytest.param(lambda e: e["gezag_then"].update(code="ended"), id="ended"),
        pytest.param(lambda e: e["gezag_then"]["events"].pop(), id="change-left-out"),
        pytest.param(lambda e: e.pop("gezag_then"), id="dropped"),
    ],
)
def test_a_receipt_saying_other_gezag_than_the_log_is_refused(case: Case, edit: Any) -> None:
    receipt = _receipt(case.files)
    edit(_father(receipt))
    report = _with_receipt(case, receipt, "vals.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("gezag" in p for p in report.problems), report.problems


def test_gezag_claimed_for_the_youth_s_own_decision_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """A 17-year-old decides alone: the receipt has no gezag for her; one added is refused."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Lotte",
        family_name="Smit",
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    _, public_key = proof._keys()
    assert verify(path, public_key, clock=clock).exit_code == EXIT_AUTHENTIC
    files = read(path)
    receipt = _receipt(files)
    (decision,) = [e for e in receipt["consents"][0]["events"] if e["type"] == "decision"]
    assert "gezag_then" not in decision
    decision["gezag_then"] = {"code": "yes", "events": []}
    files[RECEIPT] = json.dumps(receipt).encode()
    signing_key, _ = proof._keys()
    report = verify(
        resigned(files, signing_key, tmp_path / "vals.tbewijs"), public_key, clock=clock
    )
    assert report.exit_code != EXIT_AUTHENTIC and any("gezag" in p for p in report.problems)


def test_a_receipt_naming_a_format_never_written_is_refused(case: Case) -> None:
    receipt = _receipt(case.files)
    receipt["schema"] = "toestemming-consent-record/9"
    report = _with_receipt(case, receipt, "negen.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("vorm" in p for p in report.problems), report.problems


def test_a_receipt_relabelled_as_the_older_format_is_refused(case: Case) -> None:
    """The insider drops every gezag_then and calls the receipt /2 (which had none): the log's
    export says it wrote /3."""
    receipt = _receipt(case.files)
    receipt["schema"] = "toestemming-consent-record/2"
    for e in receipt["consents"][0]["events"]:
        e.pop("gezag_then", None)
    report = _with_receipt(case, receipt, "oud.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda e: e.update(recipient="Gemeente Utrecht"), id="other-recipient"),
        pytest.param(lambda e: e.update(notified_at=e["time"]), id="told-later-than-said"),
        pytest.param(lambda e: e.pop("notified_at"), id="moment-dropped"),
    ],
)
def test_a_receipt_naming_another_recipient_told_or_moment_is_refused(
    case: Case, edit: Any
) -> None:
    receipt = _receipt(case.files)
    edit(next(e for e in receipt["consents"][0]["events"] if e["type"] == "recipient_notified"))
    report = _with_receipt(case, receipt, "vals.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda e: e.update(recipient="Gemeente Utrecht"), id="other-recipient"),
        pytest.param(lambda e: e.update(categories=["Gezondheid"]), id="other-data"),
        pytest.param(lambda e: e["categories"].append("Gezondheid"), id="more-data"),
    ],
)
def test_a_receipt_naming_another_recipient_or_data_of_a_disclosure_is_refused(
    case: Case, edit: Any
) -> None:
    receipt = _receipt(case.files)
    edit(next(e for e in receipt["consents"][0]["events"] if e["type"] == "disclosure"))
    report = _with_receipt(case, receipt, "vals.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("verstrekking" in p for p in report.problems), report.problems


# --- bewijs.pdf only, re-rendered and signed with the organisation's certificate ---------


def test_the_genuine_view_re_rendered_verifies(case: Case) -> None:
    """The forging route itself is sound: the same view, rendered and signed again, passes."""
    assert _with_pdf(case, case.view, "zelfde.tbewijs").exit_code == EXIT_AUTHENTIC


def test_a_pdf_saying_the_father_had_no_gezag_is_refused(case: Case) -> None:
    mother, father = (d.gezag for d in case.view.items[0].decisions)
    forged = _decisions_gezag(case.view, mother, father.replace("met gezag", "zonder gezag"))
    report = _with_pdf(case, forged, "vals.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("de besluiten" in p for p in report.problems), report.problems


def test_a_pdf_without_the_gezag_rows_is_refused(case: Case) -> None:
    report = _with_pdf(case, _decisions_gezag(case.view, "", ""), "zonder.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(". Gezag toen: met gezag", ". Gezag toen: zonder gezag", id="withdrawer-none"),
        pytest.param(" Gezag toen: met gezag (logboek: gebeurtenis 17).", "", id="gezag-dropped"),
        pytest.param("UWV – Werkbedrijf is op", "Gemeente Utrecht is op", id="other-told"),
        pytest.param(
            "is op 24-12-2026 11:00 op de hoogte",
            "is op 23-12-2026 11:00 op de hoogte",
            id="told-earlier",
        ),
        pytest.param("is op 24-12-2026 11:00 op de hoogte", "is op de hoogte", id="moment-gone"),
        pytest.param("Erik Bakker (ouder), 14", "Sanne Bakker (ouder), 14", id="other-decider"),
        pytest.param("Erik Bakker (ouder), 14", "Erik Bakker (voogd), 14", id="decider-role"),
        pytest.param("Erik Bakker (ouder), 14", "Erik Bakker (ouder), 16", id="decider-age"),
        pytest.param(
            "door Sanne Bakker (ouder)", "door Sanne Bakker (voogd)", id="withdrawer-role"
        ),
        pytest.param(
            "door Sanne Bakker (ouder)", "door Erik Bakker (ouder)", id="other-withdrawer"
        ),
        pytest.param(
            "gedeeld met UWV – Werkbedrijf:",
            "gedeeld met Gemeente Utrecht:",
            id="shared-with-other",
        ),
        pytest.param(": Contactgegevens.", ": Contactgegevens, Gezondheid.", id="shared-more"),
    ],
)
def test_a_pdf_history_row_saying_otherwise_is_refused(case: Case, old: str, new: str) -> None:
    """A history row changed in the PDF only (the decisions' own tables left genuine): the
    withdrawal's gezag, the recipient told and when, who decided or withdrew in which role
    at which age."""
    assert old in "\n".join(e.what for e in case.view.items[0].history)
    report = _with_pdf(case, _history(case.view, old, new), "vals.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("de geschiedenis" in p for p in report.problems), report.problems


def test_receipt_and_pdf_changed_together_but_not_the_log_is_refused(case: Case) -> None:
    """Both say the father had no gezag (consistently), the log says he had: refused."""
    receipt = _receipt(case.files)
    _father(receipt)["gezag_then"]["code"] = "no"
    files = {**case.files, RECEIPT: json.dumps(receipt, indent=2).encode()}
    mother, father = (d.gezag for d in case.view.items[0].decisions)
    forged = _decisions_gezag(case.view, mother, father.replace("met gezag", "zonder gezag"))
    report = _with_pdf(case, forged, "beide.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param({"recipient": "Gemeente Utrecht – Werk & Inkomen"}, id="other-recipient"),
        pytest.param({"categories": "Contactgegevens, Gezondheid"}, id="more-data"),
    ],
)
def test_a_pdf_disclosure_table_row_saying_otherwise_is_refused(
    case: Case, edit: dict[str, str]
) -> None:
    """The table "Verstrekkingen onder dit onderdeel" (Moment, Aan, Gegevens) changed in the
    PDF only: until proof21 only its moments were read."""
    item = case.view.items[0]
    (shared,) = item.disclosures
    forged_item = dataclasses.replace(item, disclosures=(dataclasses.replace(shared, **edit),))
    report = _with_pdf(case, dataclasses.replace(case.view, items=(forged_item,)), "tabel.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("de verstrekkingen" in p for p in report.problems), report.problems
