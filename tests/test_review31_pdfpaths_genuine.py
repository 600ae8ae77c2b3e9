"""proof/pdfpaths.py as merged by the lead (review30's draw modes, light boxes and no rule
through a letter + proof27's column layout, clips, strokes and patterns): no false alarm on
genuine pages the writer draws (review31) — a history and a disclosure table split over pages
(the repeated header row, the part's top and bottom rules), the young person's view section,
an Arabic item with Arabic names in every table cell."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from proof21_support import Exported, exported
from test_review31_youth_view_seams import _heard_request

from formulieren.proof_pdf import ProofDisclosure, ProofEvent, ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.proof.pdfpaths import foreign_drawing
from toestemming.service import Service

ARABIC = "نوافق على مشاركة بيانات الاتصال مع مكتب العمل البلدي لغرض التدريب المهني"


@pytest.fixture
def heard(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> Exported:
    request_id = _heard_request(service, catalog, clock)
    return exported(service, clock, request_id, tmp_path)


def _pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _long(view: ProofView, text: str, rows: int) -> ProofView:
    item = view.items[0]
    start = item.history[0].at
    history = tuple(
        ProofEvent(item.history[0].seq + k, start + timedelta(hours=k), f"{text} {k}")
        for k in range(rows)
    )
    disclosures = tuple(
        ProofDisclosure(start + timedelta(days=k), f"{text} {k}", text, "toestemming")
        for k in range(rows)
    )
    return dataclasses.replace(
        view,
        items=(
            dataclasses.replace(item, history=history, disclosures=disclosures),
            *view.items[1:],
        ),
    )


@pytest.mark.parametrize("text", ["Gegevens gedeeld met de gemeente", ARABIC])
def test_tables_split_over_pages_with_the_view_section_draw_only_the_writers_lines(
    heard: Exported, text: str
) -> None:
    assert heard.view.items[0].youth_heard
    pdf = render_proof(_long(heard.view, text, 90))
    assert _pages(pdf) >= 4  # the tables run over several pages
    assert foreign_drawing(pdf, "bewijs.pdf") is None


def test_an_arabic_item_text_and_names_draw_only_the_writers_lines(heard: Exported) -> None:
    item = heard.view.items[0]
    arabic = dataclasses.replace(
        item, text=" ".join([ARABIC] * 12), recipient=ARABIC[:30], why=ARABIC
    )
    view = dataclasses.replace(heard.view, items=(arabic,), youth_name="ليلى حداد")
    assert foreign_drawing(render_proof(view), "bewijs.pdf") is None
