"""review28: a 17-year-old types her own name on the tablet (she cannot draw with her
injured hand). The strokes record says "typed-name"; bewijs.pdf says so, and verify holds
the PDF to that record (signing_method.py, proof25). An insider with the organisation's keys
leaves the strokes record OUT of the package (the file, its receipt entry, its row in the
list), re-renders bewijs.pdf with her typed name's picture under "Handtekening" as if she drew
it, and re-signs: with no record in the package verify did not know how she signed, and the
picture passed as a drawing. The tablet signing's logged event names the record: a package
without it is incomplete."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from fhir_forgery import fhir_edited, without_attachment
from proof21_support import exported, rerendered
from test_proof25_typed_name import _packaged, _sign, _typed, _with

from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import SignerRef
from toestemming.proof import signing_method
from toestemming.proof.package_files import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_typed_name_shown_as_a_drawing_with_its_record_left_out_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    young = make_youth(17)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).id
    clock.advance(timedelta(hours=1))
    name = f"{young.youth.given_name} {young.youth.family_name}"
    _sign(service, clock, request, SignerRef.youth(young.youth.id), _typed(name))
    case = _packaged(exported(service, clock, request, tmp_path))

    (record,) = [n for n in case.files if n.endswith("-signature.json")]
    (picture,) = [n for n in case.files if n.endswith("-signature.png")]
    receipt = json.loads(case.files[RECEIPT])
    for consent in receipt["consents"]:
        consent["evidence"] = [e for e in consent["evidence"] if e["file"] != record]
        for e in consent["evidence"]:
            if e["file"] == picture:
                e["role"] = "handtekening"
    files = fhir_edited(
        {n: d for n, d in case.files.items() if n != record}, without_attachment(record)
    )
    files[RECEIPT] = json.dumps(receipt, ensure_ascii=False, indent=2).encode("utf-8")
    rows = tuple(
        (n, "handtekening" if n == picture else role, sha)
        for n, role, sha in case.view.evidence_files
        if n != record
    )
    view = _with(
        dataclasses.replace(case.view, evidence_files=rows),
        signed_how="",
        typed_name="",
        signature_png=demo_evidence.signature(random.Random(7)).png,
    )
    assert signing_method.TYPED not in str(view)
    report = rerendered(case, view, "zonder-lijnen.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("bewijsstuk ontbreekt" in p for p in report.problems), report.problems


def test_a_typed_name_shown_as_a_drawing_with_both_files_left_out_as_if_erased_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The same insider leaves out BOTH files, the way an erasure at the end of the retention
    period does ("inhoud gewist": picture and record together, so that is no gap by itself),
    and prints a drawing under "Handtekening": erased content cannot print a picture."""
    young = make_youth(17)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).id
    clock.advance(timedelta(hours=1))
    name = f"{young.youth.given_name} {young.youth.family_name}"
    _sign(service, clock, request, SignerRef.youth(young.youth.id), _typed(name))
    case = _packaged(exported(service, clock, request, tmp_path))

    gone = {n for n in case.files if n.endswith(("-signature.json", "-signature.png"))}
    assert len(gone) == 2
    receipt = json.loads(case.files[RECEIPT])
    for consent in receipt["consents"]:  # erased evidence is not in the receipt's list
        consent["evidence"] = [e for e in consent["evidence"] if e["file"] not in gone]
    files = {n: d for n, d in case.files.items() if n not in gone}
    files[RECEIPT] = json.dumps(receipt, ensure_ascii=False, indent=2).encode("utf-8")
    rows = tuple(
        ("(gewist)", f"{role} — inhoud gewist", sha) if n in gone else (n, role, sha)
        for n, role, sha in case.view.evidence_files
    )
    view = _with(
        dataclasses.replace(case.view, evidence_files=rows),
        signed_how="",
        typed_name="",
        signature_png=demo_evidence.signature(random.Random(7)).png,
    )
    report = rerendered(case, view, "als-gewist.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
