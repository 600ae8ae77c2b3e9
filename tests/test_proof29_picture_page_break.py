"""A signature picture at a page break (proof29).

Both parents drew their signature at the desk: the part's two decision tables, each ending
with its picture. Where the page broke inside the father's table, the writer moved his
picture whole to the next page — alone at its top, under a "Handtekening" that no longer said
whose: his name, his "ja" and the evidence row stayed on the page before (seen in the
rendering). The verifier bound it right (pictures.py reads across the break), but a reader
of that page could not. Now a decision's table is kept whole on one page: a longer text each
time moves the tables down, and at every length each picture is on the page of its decision's
"Bewijsstuk" row; the case where the father's table moved to the next page is exported,
verifies authentic, its picture is whole on its page, and the pages are rendered for a look
(tmp_path)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from proof21_support import exported

from formulieren.proof_pdf import render_proof
from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import SignerRef
from toestemming.proof import pictures
from toestemming.proof.package import PDF
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

BOTTOM_MARGIN = 20.0  # points: nothing of a picture below the page's bottom edge area


SENTENCE = "jouw begeleider deelt alleen wat nodig is voor je overstap naar werk. "


def _split(pdf: bytes) -> tuple[Any, Any] | None:
    """The first picture drawn on a later page than the "Bewijsstuk" row before it in reading
    order, with that row; None when every picture is on its row's page."""
    read = pictures._read(pdf)
    assert read is not None
    shown, rows = read
    evidence_rows = [r for r in rows if r.evidence is not None]
    for picture in shown:
        before = [r for r in evidence_rows if (r.page, -r.bottom) < (picture.page, -picture.top)]
        if before and before[-1].page < picture.page:
            return picture, before[-1]
    return None


def test_a_picture_on_the_page_after_its_evidence_row_is_whole_and_verifies(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    drawings = [demo_evidence.signature(random.Random(seed)).png for seed in (29, 30)]
    young = make_youth(10, parents=2)
    parents = [SignerRef.representative(p.id) for p in young.parents]
    categories = (catalog.contact.id, catalog.school.id, catalog.ondersteuning.id)
    # Both parents drew their signature: the father's table follows the mother's with no
    # heading kept with it, so it may break over a page. A longer purpose each time moves the
    # tables down the page: the first request whose PDF (as it would be exported) puts a
    # picture on the page after its row is the case; that one is exported and verified.
    found = None
    for words in range(0, 600, 6):
        description = (SENTENCE * 60)[: words * 6] or "Kort."
        purpose = service.catalog.add_purpose(f"doel-{words}", f"Doel {words}", description)
        request = service.consents.create_request(
            young.youth.id, [ItemSpec(purpose.id, catalog.uwv.id, categories)]
        )
        for parent, drawing in zip(parents, drawings, strict=True):
            clock.advance(timedelta(minutes=5))
            evidence = service.evidence.add("signature", "image/png", drawing)
            service.consents.record_decisions(
                request.id, parent, {request.items[0].id: "yes"}, "desk", evidence_id=evidence.id
            )
        clock.advance(timedelta(minutes=5))
        pdf = render_proof(service.forms.proof.view(request.id))
        assert _split(pdf) is None, (
            f"purpose of {words * 6} characters: a picture on the page after its row"
        )
        read = pictures._read(pdf)
        assert read is not None
        if read[0][0].page != read[0][1].page:  # the father's table on the next page
            found = request.id
            break
    assert found is not None, "no purpose length put the father's table on the next page"
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, found, tmp_path)  # asserts authentic
    assert _split(case.files[PDF]) is None
    read = pictures._read(case.files[PDF])
    assert read is not None
    mother, father = read[0]
    assert father.page == mother.page + 1 and father.upright and not father.nested
    picture = father
    _look(case.files[PDF], (mother.page, father.page), tmp_path)
    # Whole on its page: its bottom above the page's bottom edge, its top below the top edge.
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(case.files[PDF])
    try:
        page = doc[picture.page]
        height = page.get_height()
        (image,) = [
            o
            for o in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=8)
            if abs(o.get_bounds()[3] - picture.top) < 0.01
        ]
        _, bottom, _, top = image.get_bounds()
        assert BOTTOM_MARGIN < bottom < top < height - BOTTOM_MARGIN
        page.close()
    finally:
        doc.close()


def _look(pdf: bytes, pages: tuple[int, int], folder: Path) -> None:
    """The two pages, rendered as a reader shows them (saved for a look: tmp_path)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        for index in sorted(set(pages)):
            page = doc[index]
            page.render(scale=1).to_pil().save(folder / f"pagina-{index + 1}.png")
            page.close()
    finally:
        doc.close()
