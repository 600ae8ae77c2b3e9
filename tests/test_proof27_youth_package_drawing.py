"""A youth's package (all of one young person's requests) with a drawing put on one of its
proofs (proof27). The youth package has no PDF of its own: each request's bewijs.pdf sits in an
inner package, which verify checks in full as a request package — the path check included. An
insider with the keys who draws a signature (or block letters) on an inner bewijs.pdf, signs it
with the organisation's certificate and both manifests with its key is refused, naming the inner
package; the genuine youth package — a 14-year-old with two requests, a view recorded, many
items — verifies."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from test_attack_s8_packages import signed, write
from test_proof27_block_letters import CLIPPED, H, _with
from youth_package_support import exported, unzip, verify_resigned

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _unsigned(pdf: bytes) -> bytes:
    """The PDF's pages as written, without its signature (field, widget, revision)."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        if NameObject("/Annots") in page:
            del page[NameObject("/Annots")]
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CURVES = b"1.2 w 300 400 m 320 440 340 360 360 410 c 380 450 400 370 430 405 c S"


@pytest.fixture
def package(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> dict[str, bytes]:
    c = catalog
    case = make_youth(14, parents=1)
    mother = SignerRef.representative(case.parents[0].id)
    first = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.ondersteuning.id)),
        ],
    )
    service.youth_views.record(first.id, {first.items[0].id: "objects"}, "desk")
    service.consents.record_decisions(first.id, mother, {i.id: "yes" for i in first.items}, "desk")
    second = service.consents.create_request(
        case.youth.id, [ItemSpec(c.stage.id, c.werkgever.id, (c.contact.id,))]
    )
    service.consents.record_decisions(second.id, mother, {second.items[0].id: "no"}, "desk")
    files, facts = exported(service, case.youth.id, tmp_path / "echt.ttbewijs")
    assert "in orde" in facts
    return files


def test_a_drawing_on_an_inner_proof_is_refused(
    service: Service, clock: FixedClock, package: dict[str, bytes], tmp_path: Path
) -> None:
    proof = service.forms.proof
    signing_key, _ = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    name = sorted(n for n in package if n.startswith("verzoeken/"))[0]
    inner = unzip(package[name])
    for n, ops in enumerate((CURVES, H, CLIPPED)):  # a signature, a letter, a clipped box
        pdf = sign_pdf(_with(_unsigned(inner[PDF]), ops), key_pem, cert_pem, clock.now(), "B")
        forged = write(tmp_path, signed({**inner, PDF: pdf}, signing_key), f"binnen{n}.tbewijs")
        report = verify_resigned(
            service, {**package, name: forged.read_bytes()}, tmp_path / f"vals{n}.ttbewijs"
        )
        assert report.exit_code != EXIT_AUTHENTIC
        assert any(name in p and "tekening in lijnen" in p for p in report.problems), (
            report.problems
        )
