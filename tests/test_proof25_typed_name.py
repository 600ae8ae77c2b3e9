"""A signer who cannot draw typed their name on the tablet (ui23) — the proof printed the picture
of that name under "Handtekening" and listed its record as "handtekening-lijnen", so a privacy
officer answering a complaint read a typed name as a drawing, and an insider with the keys could
re-render the PDF either way. Now bewijs.pdf says how each tablet decision was signed (drawn by
hand, or a typed name: the name, the tick, "geen tekening"), never shows a typed name as a
drawing, and `verify` holds it to the strokes record (evidence the log hashes) that the
`signing.completed` event pairs with the picture: a relabelled, renamed or pictured typed name,
a drawing relabelled as typed, a swapped record — each refused."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat
from proof21_support import Exported, exported, rerendered
from test_attack_s8_packages import signed, write

from formulieren.proof_pdf import ProofDecision, ProofView
from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import SignerRef
from toestemming.proof import signing_method
from toestemming.proof.package_files import PDF, RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.signature import Signature

TYPED = "getypte naam, geen tekening"  # (the words the row starts with)


def _typed(name: str) -> Signature:
    png = demo_evidence.signature(random.Random(7)).png  # any picture: the tablet's of the name
    return Signature((), 0, 0, png, "typed", name)


def _packaged(case: Exported) -> Exported:
    """The view with the evidence files named as in the package (the preview shortens them to
    their number), as the insider re-rendering the package's PDF would name them."""
    full = {n.partition("-")[0]: n for n in case.files if n.startswith("bewijsstukken/")}
    rows = tuple((full.get(n, n), role, sha) for n, role, sha in case.view.evidence_files)
    return dataclasses.replace(case, view=dataclasses.replace(case.view, evidence_files=rows))


def _sign(
    service: Service, clock: FixedClock, request_id: int, signer: SignerRef, sig: Signature
) -> None:
    session = service.signing.session(request_id)
    service.signing.sign_decisions(
        request_id,
        signer,
        "nl",
        {i.item_id: "yes" for i in session.items},
        (),
        {i.item_id: i.texts["nl"][1] for i in session.items},
        sig,
        clock.now() - timedelta(minutes=2),
    )
    clock.advance(timedelta(minutes=10))


@dataclasses.dataclass(frozen=True)
class Case:
    case: Exported
    name: str  # the name the parent typed


@pytest.fixture
def typed_case(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Case:
    """A 14-year-old's mother with gezag signs by typing her name (she cannot hold a pen)."""
    young = make_youth(14, parents=1)
    mother = young.parents[0]
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(hours=1))
    _sign(service, clock, request.id, SignerRef.representative(mother.id), _typed(mother.name))
    return Case(_packaged(exported(service, clock, request.id, tmp_path)), mother.name)


@pytest.fixture
def drawn_case(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    """A 17-year-old draws her signature with a finger."""
    young = make_youth(17)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(hours=1))
    drawing = demo_evidence.signature(random.Random(3))
    _sign(service, clock, request.id, SignerRef.youth(young.youth.id), drawing)
    return _packaged(exported(service, clock, request.id, tmp_path))


def _decision(view: ProofView) -> ProofDecision:
    (decision,) = view.items[0].decisions
    return decision


def _with(view: ProofView, **changes: Any) -> ProofView:
    item = view.items[0]
    decision = dataclasses.replace(_decision(view), **changes)
    return dataclasses.replace(view, items=(dataclasses.replace(item, decisions=(decision,)),))


def test_the_proof_says_the_mother_typed_her_name_and_shows_no_drawing(typed_case: Case) -> None:
    text = flat(typed_case.case.files[PDF])
    assert f"Ondertekening {signing_method.TYPED} Getypte naam {typed_case.name}" in text, text
    assert "\nHandtekening" not in text and "handtekening-lijnen" not in text
    assert _decision(typed_case.case.view).signature_png is None  # no picture under the row
    evidence = json.loads(typed_case.case.files[RECEIPT])["consents"][0]["evidence"]
    assert {e["role"] for e in evidence} == {
        signing_method.ROLE_TYPED_PICTURE,
        signing_method.ROLE_TYPED_RECORD,
    }


def test_the_genuine_typed_package_verifies_again_when_rendered_again(typed_case: Case) -> None:
    report = rerendered(typed_case.case, typed_case.case.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_typed_name_relabelled_as_a_drawing_is_refused(typed_case: Case) -> None:
    picture = demo_evidence.signature(random.Random(7)).png
    view = _with(
        typed_case.case.view, signed_how=signing_method.DRAWN, typed_name="", signature_png=picture
    )
    report = rerendered(typed_case.case, view, "als-tekening.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any("getypte naam" in p for p in report.problems), report.problems


def test_a_typed_name_printed_as_before_under_handtekening_is_refused(typed_case: Case) -> None:
    picture = demo_evidence.signature(random.Random(7)).png
    view = _with(typed_case.case.view, signed_how="", typed_name="", signature_png=picture)
    report = rerendered(typed_case.case, view, "zoals-vroeger.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_a_drawing_put_beside_the_typed_name_is_refused(typed_case: Case) -> None:
    picture = demo_evidence.signature(random.Random(7)).png
    view = _with(typed_case.case.view, signature_png=picture)
    report = rerendered(typed_case.case, view, "met-tekening.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_another_signers_typed_name_is_refused(typed_case: Case) -> None:
    view = _with(typed_case.case.view, typed_name="Kees de Vries")
    report = rerendered(typed_case.case, view, "andere-naam.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_the_typed_row_left_out_is_refused(typed_case: Case) -> None:
    for edit in ({"signed_how": ""}, {"typed_name": ""}, {"signed_how": "", "typed_name": ""}):
        view = _with(typed_case.case.view, **edit)
        report = rerendered(typed_case.case, view, "zonder-regel.tbewijs")
        assert report.exit_code != EXIT_AUTHENTIC, (edit, report.facts)


def test_the_typed_record_swapped_for_another_signers_is_refused(typed_case: Case) -> None:
    """The insider writes a record of another name (or of a drawing) in the strokes file and
    re-signs the manifest: the log's SHA-256 of that evidence no longer matches."""
    case = typed_case.case
    (record,) = [n for n in case.files if n.endswith("-signature.json")]
    for forged in (
        {**json.loads(case.files[record]), "typed_name": "Kees de Vries"},
        {k: v for k, v in json.loads(case.files[record]).items() if k != "method"},
    ):
        files = {**case.files, record: json.dumps(forged).encode()}
        key, _ = case.service.forms.proof._keys()
        path = write(case.folder, signed(files, key), "andere-lijnen.tbewijs")
        report = verify(path, case.public_key, clock=case.clock)
        assert report.exit_code != EXIT_AUTHENTIC
        assert any("vervangen" in p for p in report.problems), report.problems


def test_the_drawn_signature_is_said_to_be_drawn_and_verifies(drawn_case: Exported) -> None:
    text = flat(drawn_case.files[PDF])
    assert signing_method.DRAWN in text and TYPED not in text
    report = rerendered(drawn_case, drawn_case.view, "getekend-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_drawing_relabelled_as_a_typed_name_is_refused(drawn_case: Exported) -> None:
    name = _decision(drawn_case.view).signer
    view = _with(
        drawn_case.view, signed_how=signing_method.TYPED, typed_name=name, signature_png=None
    )
    report = rerendered(drawn_case, view, "als-getypt.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_the_youths_package_with_a_typed_name_verifies(typed_case: Case, tmp_path: Path) -> None:
    service = typed_case.case.service
    youth = int(service.vault.db.scalar("SELECT youth_id FROM consent_requests"))
    path = service.forms.proof.export_youth_package(youth, tmp_path / "jongere")
    report = verify(path, trust=service.forms.proof.own_trust(), clock=typed_case.case.clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.fixture
def typed_withdrawal(typed_case: Case) -> Exported:
    """The mother withdraws at the tablet by typing her name again (the same picture: one
    name typed twice is drawn the same)."""
    case = typed_case.case
    service, clock = case.service, case.clock
    request = int(service.vault.db.scalar("SELECT id FROM consent_requests"))
    item = service.consents.request(request).items[0].id
    mother = int(service.vault.db.scalar("SELECT id FROM representatives"))
    service.signing.sign_withdrawal(
        [item], SignerRef.representative(mother), "nl", _typed(typed_case.name), clock.now()
    )
    clock.advance(timedelta(minutes=10))
    folder = case.folder / "ingetrokken"
    folder.mkdir()
    return _packaged(exported(service, clock, request, folder))


def test_a_typed_withdrawal_travels_with_its_record_listed_as_a_typed_name(
    typed_withdrawal: Exported,
) -> None:
    files = typed_withdrawal.files
    records = [n for n in files if n.endswith("-signature.json")]
    assert len(records) == 2  # the decision's and the withdrawal's
    assert all(json.loads(files[n])["method"] == "typed-name" for n in records)
    rows = {name: role for name, role, _ in typed_withdrawal.view.evidence_files}
    assert len(rows) == 4 and all(role.startswith("getypte naam") for role in rows.values()), rows
    report = rerendered(typed_withdrawal, typed_withdrawal.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_typed_withdrawal_listed_as_a_drawing_is_refused(typed_withdrawal: Exported) -> None:
    view = typed_withdrawal.view
    rows = tuple(
        (name, "handtekening" if name.endswith(".png") else role, sha)
        for name, role, sha in view.evidence_files
    )
    forged = dataclasses.replace(view, evidence_files=rows)
    report = rerendered(typed_withdrawal, forged, "lijst-als-tekening.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any("bewijsstuk van de tablet" in p for p in report.problems), report.problems
