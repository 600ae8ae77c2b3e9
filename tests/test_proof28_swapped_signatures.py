"""Two drawn signatures of one package shown under each other's decision (proof28).

Noor (10) has two parents with gezag; each signs the request on the tablet with a finger, on
two items. bewijs.pdf shows each parent's drawing under their own decision, and since proof27
verify checks that every picture is one of the package's signature pictures — but not WHOSE:
an insider with the keys re-rendered the PDF with the father's drawing under the mother's
decision and hers under his (or the drawing of item 1 under item 2), re-signed it, and verify
said authentic. Now each picture must be the signature picture of the evidence its own
decision names ("Bewijsstuk"), the file whose SHA-256 the log holds for that decision."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered
from test_proof25_typed_name import _packaged, _sign

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.signature import Signature

SWAPPED = "niet hoort bij het besluit waaronder zij staat"


def _drawing(seed: int) -> Signature:
    return demo_evidence.signature(random.Random(seed))


@pytest.fixture
def two_parents(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    """Noor (10): her mother and her father each draw their signature, on two items."""
    young = make_youth(10, parents=2)
    request = service.consents.create_request(
        young.youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.werk.id, catalog.gemeente.id, (catalog.contact.id,)),
        ],
    )
    clock.advance(timedelta(hours=1))
    for seed, parent in enumerate(young.parents, start=11):
        _sign(service, clock, request.id, SignerRef.representative(parent.id), _drawing(seed))
    return _packaged(exported(service, clock, request.id, tmp_path))


def _pngs(view: ProofView) -> list[list[bytes | None]]:
    return [[d.signature_png for d in item.decisions] for item in view.items]


def _with_pngs(view: ProofView, pngs: list[list[bytes | None]]) -> ProofView:
    items = tuple(
        dataclasses.replace(
            item,
            decisions=tuple(
                dataclasses.replace(d, signature_png=png)
                for d, png in zip(item.decisions, row, strict=True)
            ),
        )
        for item, row in zip(view.items, pngs, strict=True)
    )
    return dataclasses.replace(view, items=items)


def test_the_genuine_package_with_two_drawings_verifies_again(two_parents: Exported) -> None:
    pngs = _pngs(two_parents.view)
    assert all(len(row) == 2 and all(row) for row in pngs), pngs
    report = rerendered(two_parents, two_parents.view, "echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_the_parents_drawings_swapped_under_each_others_decision_are_refused(
    two_parents: Exported,
) -> None:
    pngs = _pngs(two_parents.view)
    swapped = [[row[1], row[0]] for row in pngs]
    assert swapped[0][0] != pngs[0][0]
    report = rerendered(two_parents, _with_pngs(two_parents.view, swapped), "gewisseld.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(SWAPPED in p for p in report.problems), report.problems


def test_one_parents_drawing_shown_under_both_decisions_is_refused(two_parents: Exported) -> None:
    pngs = _pngs(two_parents.view)
    same = [[row[0], row[0]] for row in pngs]
    report = rerendered(two_parents, _with_pngs(two_parents.view, same), "dubbel.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(SWAPPED in p for p in report.problems), report.problems
