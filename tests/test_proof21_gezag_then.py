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
from test_attack_s8_packages import read, signed, write
from youth_package_support import Files, resigned

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF, RECEIPT
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


class Case(SimpleNamespace):
    service: Service
    clock: FixedClock
    files: Files
    view: ProofView
    public_key: str
    folder: Path


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
    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    _, public_key = proof._keys()
    report = verify(path, public_key, clock=clock)
    import shutil; shutil.copy(path, "/tmp/p21/echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request.id), export_seq=export_seq)
    return Case(
        service=service,
        clock=clock,
        files=read(path),
        view=view,
        public_key=public_key,
        folder=tmp_path,
    )


def _receipt(files: Files) -> dict[str, Any]:
    return json.loads(files[RECEIPT])


def _events(files: Files, kind: str) -> list[dict[str, Any]]:
    return [e for e in _receipt(files)["consents"][0]["events"] if e["type"] == kind]


def _with_receipt(case: Case, receipt: dict[str, Any], name: str) -> VerifyReport:
    """An insider rewrites receipt.json only and re-signs the manifest with the org's key."""
    files = {**case.files, RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode()}
    signing_key, _ = case.service.forms.proof._keys()
    return verify(resigned(files, signing_key, case.folder / name), case.public_key, clock=case.clock)


def _with_pdf(case: Case, view: ProofView, name: str, files: Files | None = None) -> VerifyReport:
    """An insider re-renders bewijs.pdf from `view`, signs it with the organisation's
    certificate and re-signs the package around it."""
    proof = case.service.forms.proof
    signing_key, _ = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    pdf = sign_pdf(render_proof(view), key_pem, cert_pem, case.clock.now(), "Bewijs")
    path = write(case.folder, signed({**(files or case.files), PDF: pdf}, signing_key), name)
    return verify(path, case.public_key, clock=case.clock)


def _decisions_gezag(view: ProofView, *gezag: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(
        dataclasses.replace(d, gezag=g) for d, g in zip(item.decisions, gezag, strict=True)
    )
    return dataclasses.replace(view, items=(dataclasses.replace(item, decisions=decisions),))


def _history(view: ProofView, old: str, new: str) -> ProofView:
    item = view.items[0]
    history = tuple(dataclasses.replace(e, what=e.what.replace(old, new)) for e in item.history)
    assert history != item.history, old
    return dataclasses.replace(view, items=(dataclasses.replace(item, history=history),))


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
    (Path("/tmp/p21") / "gezag.txt").write_text(text)
    rows = [line for line in text.split("\n") if line.startswith("Gezag toen ")]
    assert len(rows) == 2 and all(r.startswith("Gezag toen met gezag (logboek: ") for r in rows)
    flat = " ".join(text.split())
    assert "— per e-mail. Gezag toen: met gezag (logboek: gebeurtenis 1" in flat, flat
    (told,) = _events(case.files, "recipient_notified")
    assert told["recipient"] in flat and told["notified_at"] != told["time"]
    assert " is op " in flat and " op de hoogte gebracht van de intrekking." in flat
