"""The two letters for the person: withdrawal confirmation and the inzage report; and the
shared page (header, page numbers, fonts for every script)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from forms_scenario import ARABIC_GIVEN, Scenario, build, transition_data, visual
from pdf_checks import flat, pages, structure_problems
from pypdf import PdfReader

from formulieren.layout import DocMeta, paragraph, render, title
from formulieren.text import shape
from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, ValidationError
from toestemming.service import Service


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def test_withdrawal_confirmation(service: Service, scenario: Scenario) -> None:
    pdf = service.forms.render_withdrawal_confirmation(scenario.withdrawal_ids)
    assert structure_problems(pdf) == ""
    text = flat(pdf)
    for expected in (
        "Bevestiging: toestemming ingetrokken",
        "Marek Wiśniewski (jongere)",
        "per e-mail",
        scenario.request.reference_code,
        "Gemeente Utrecht – Werk & Inkomen",
        "niet meer",
        "blijft gedeeld",
        # The gemeente had already received data: it is told (AVG art. 19).
        "Wij laten hun weten",
    ):
        assert expected in text, expected


def test_withdrawal_confirmation_needs_existing_withdrawals(service: Service) -> None:
    with pytest.raises(NotFoundError):
        service.forms.render_withdrawal_confirmation([999])
    with pytest.raises(ValidationError):
        service.forms.render_withdrawal_confirmation([])


def test_inzage_report_holds_everything_in_plain_language(
    service: Service, scenario: Scenario
) -> None:
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    pdf = service.forms.render_inzage(scenario.marek)
    assert structure_problems(pdf) == ""
    text = flat(pdf)
    for expected in (
        "Inzage: wat we van je hebben vastgelegd",
        "Hoi Marek",
        "marek@example.nl",
        "Praktijkschool De Brug",
        "RBL Utrecht – Leerplicht",
        "Gemeente Utrecht – Werk & Inkomen",
        "UWV – Werkbedrijf",
        "geweigerd",
        "ingetrokken",
        "Wat we hebben gedeeld",
        "Contactgegevens",
        "handtekening",
        "e-mail",
        "Versie 1",
        "Autoriteit Persoonsgegevens",
    ):
        assert expected in text, expected


def test_inzage_for_parents_and_names_in_other_scripts(
    service: Service, scenario: Scenario
) -> None:
    text = flat(service.forms.render_inzage(scenario.zoe))
    assert "Ayşe Çelik" in text and "Ольга Кузнецова" in text and "ouder met gezag" in text
    arabic = flat(service.forms.render_inzage(scenario.youssef))
    assert ARABIC_GIVEN in visual(arabic)


def test_shared_page_numbers_fonts_and_metadata() -> None:
    names = ["Çelik", "Wiśniewski", "Ødegaard", "Кузнецова", "Yılmaz", "Nguyễn", "Łukasz"]
    story = [title("Proef")] + [paragraph(f"{n} — regel {i}") for i in range(70) for n in names[:1]]
    story += [paragraph(" ".join(names)), paragraph(f"Naam: {ARABIC_GIVEN} El Amrani")]
    at = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    pdf = render(story, DocMeta("Stichting Ünïcode", "Proefformulier", at, reference="TS-REF"))
    assert structure_problems(pdf) == ""
    n = pages(pdf)
    assert n >= 2
    text = flat(pdf)
    for i in range(1, n + 1):
        assert f"pagina {i} van {n}" in text
    assert "Gemaakt op 01-03-2026 09:30 · TS-REF" in text  # local time, from the given clock
    assert "Stichting Ünïcode" in text
    for name in names:
        assert name in text, name
    # pypdf reorders the right-to-left run itself and drops the space after it.
    assert f"Naam: {ARABIC_GIVEN}" in visual(text) and "El Amrani" in text
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert all("DejaVuSans" in f for f in fonts)  # embedded, no base-14 fallback
    assert reader.metadata is not None and reader.metadata.title == "Proefformulier"
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.date() == date(2026, 3, 1)


def test_shaping_leaves_latin_alone_and_orders_arabic_visually() -> None:
    assert shape("Çelik") == "Çelik"
    drawn = shape(ARABIC_GIVEN)
    assert drawn != ARABIC_GIVEN and all(0xFE70 <= ord(c) <= 0xFEFF for c in drawn)
    assert visual(drawn)[::-1] == ARABIC_GIVEN  # presentation forms, right to left
