"""Transitieformulier: saved per youth in versions, validated, rendered with only what the
linked consent covers — and the PDF says what was left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from forms_scenario import ARABIC_FAMILY, Scenario, build, transition_data, visual
from pdf_checks import flat, font_names, structure_problems

from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, ValidationError
from toestemming.service import Service
from toestemming.usecases.forms_data import ContactPerson, Internship, TransitionFormData


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def test_save_adds_versions_and_logs_one_event_each(
    service: Service, scenario: Scenario, count_rows: Any
) -> None:
    events = count_rows("events")
    first = service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    second = service.forms.save_transition_form(
        scenario.marek, replace(transition_data(scenario.request.id), perspective_notes="Nieuw.")
    )
    assert (first.version, second.version) == (1, 2)
    assert count_rows("events") == events + 2
    latest = service.forms.transition_form(scenario.marek)
    assert latest is not None and latest.data.perspective_notes == "Nieuw."
    assert latest.data.internships[1].workplace == "Magazijn Çelik & Zonen"
    assert [f.version for f in service.forms.transition_form_versions(scenario.marek)] == [1, 2]
    # The personal content enters the audit chain only as a commitment.
    body = bytes(service.vault.db.scalar("SELECT body FROM events ORDER BY seq DESC LIMIT 1"))
    assert b"transition_form.saved" in body and "Çelik".encode() not in body


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"internships": (Internship("", "Werk"),)}, "internships"),
        ({"internships": (Internship("Bakker", "Werk", hours_per_week=80),)}, "internships"),
        (
            {"internships": (Internship("Bakker", "Werk", date(2026, 5, 1), date(2026, 4, 1)),)},
            "internships",
        ),
        ({"school_contact": ContactPerson("Sanne", email="geen-adres")}, "school_contact"),
        ({"internships": (Internship("Bakker", "Werk"),) * 13}, "internships"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_is_written(
    service: Service, scenario: Scenario, count_rows: Any, change: dict[str, Any], field: str
) -> None:
    before = count_rows("events"), count_rows("transition_forms")
    bad = replace(transition_data(scenario.request.id), **change)
    with pytest.raises(ValidationError) as err:
        service.forms.save_transition_form(scenario.marek, bad)
    assert err.value.field == field
    assert "Bakker" not in err.value.message and "geen-adres" not in err.value.message
    assert (count_rows("events"), count_rows("transition_forms")) == before


def test_consent_of_another_youth_cannot_be_linked(service: Service, scenario: Scenario) -> None:
    with pytest.raises(ValidationError, match="andere jongere"):
        service.forms.save_transition_form(scenario.zoe, transition_data(scenario.request.id))


def test_rendering_without_a_saved_form_says_so(service: Service, scenario: Scenario) -> None:
    with pytest.raises(NotFoundError, match="nog geen transitieformulier"):
        service.forms.render_transition_form(scenario.zoe)


def test_pdf_shows_covered_fields_and_names_what_is_left_out(
    service: Service, scenario: Scenario
) -> None:
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    pdf = service.forms.render_transition_form(scenario.marek)
    assert structure_problems(pdf) == ""
    assert font_names(pdf) == {"DejaVuSans", "DejaVuSans-Bold"}  # embedded, no base-14
    text = flat(pdf)
    # Only the RBL item is still active (gemeente withdrawn, UWV refused): it covers all four.
    for expected in (
        "Transitieformulier",
        "Marek Wiśniewski",
        "marek@example.nl",
        "Praktijkschool De Brug",
        "Bakkerij De Korenschoof, Utrecht",
        "Magazijn Çelik & Zonen",
        "Vaste begeleider en korte, duidelijke instructies.",
        "Sanne Ødegaard",
        "Анна Кузнецова",
        "RBL Utrecht – Leerplicht",
        scenario.request.reference_code,
        "altijd intrekken",
        "pagina 1 van",
        "Gemaakt op 30-11-2026 11:07",
    ):
        assert expected in text, expected
    # Withdrawn: not a receiver; named only in the line that says it was withdrawn and told.
    gone = "Gemeente Utrecht – Werk & Inkomen"
    assert "Ingetrokken: krijgen dit formulier niet meer" in text
    assert f"Ontvanger {gone} Doel " in text and "ja — op " in text
    assert "over de intrekking geïnformeerd" in text
    assert text.count(gone) == 1
    assert "Niet opgenomen" not in text
    # The signature from signing mode is printed in the youth's signature block.
    assert "ja — 23-11-2026 11:07" in text


def test_fields_the_consent_does_not_cover_are_left_out(
    service: Service, scenario: Scenario
) -> None:
    # Youssef's consent covers contact, school and internships, not support needs.
    data = transition_data(scenario.youssef_request.id)
    service.forms.save_transition_form(scenario.youssef, data)
    text = flat(service.forms.render_transition_form(scenario.youssef))
    assert "Niet opgenomen" in text
    assert "Begeleiding op de werkplek: de toestemming dekt 'Ondersteuningsbehoefte' niet" in text
    assert "Vaste begeleider en korte, duidelijke instructies." not in text
    assert "Bakkerij De Korenschoof, Utrecht" in text
    assert ARABIC_FAMILY in visual(text)
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in text)  # drawn shaped


def test_without_a_linked_consent_only_the_name_is_printed(
    service: Service, scenario: Scenario
) -> None:
    text = flat(service.forms.render_transition_form(scenario.zoe, transition_data(None)))
    assert "Zoë Ødegaard" in text
    assert "VSO De Horizon" not in text and "Bakkerij" not in text
    assert "geen geldige toestemming gekoppeld" in text
    assert "het formulier mag niet worden gedeeld" in text


def test_unsaved_edits_preview_without_writing(
    service: Service, scenario: Scenario, count_rows: Any
) -> None:
    before = count_rows("events")
    data = TransitionFormData(request_id=scenario.request.id, perspective_notes="Concept.")
    assert "Concept." in flat(service.forms.render_transition_form(scenario.marek, data))
    assert count_rows("events") == before
    service.forms.record_printed("transitieformulier", scenario.marek, b"%PDF-1.4 test")
    assert count_rows("events") == before + 1


def test_receiver_gets_end_date_basis_contact_and_form_version(
    service: Service, scenario: Scenario
) -> None:
    """What the RBL needs to act on the form: until when, on what ground, whom to call, and
    which form (and content version) it holds."""
    rbl = service.catalog.recipient(scenario.request.items[0].recipient.id)
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    text = flat(service.forms.render_transition_form(scenario.marek))
    end = f"{scenario.request.valid_until:%d-%m-%Y}"
    for expected in (
        "Geldig tot en met",
        end,
        "Grondslag",
        "toestemming (AVG art. 6 lid 1 onder a)",
        "Contact bij de ontvanger",
        rbl.department,
        "Formulier: transitieformulier 2",
        "inhoud versie 1",
    ):
        assert expected in text, expected


def test_an_english_request_prints_the_dutch_purpose_text_on_the_dutch_form(
    service: Service, scenario: Scenario
) -> None:
    from toestemming.model import SignerRef
    from toestemming.usecases.consent import ItemSpec

    item = scenario.request.items[0]
    service.catalog.revise_purpose(
        item.purpose.id, "From Entree to work", "So everyone arranges your step to work.", "en"
    )
    english = service.consents.create_request(
        scenario.marek,
        [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))],
        language="en",
    )
    service.consents.record_decisions(
        english.id, SignerRef.youth(scenario.marek), {english.items[0].id: "yes"}, "desk"
    )
    service.forms.save_transition_form(scenario.marek, transition_data(english.id))
    text = flat(service.forms.render_transition_form(scenario.marek))
    assert "Transitie van Entree naar werk" in text and item.purpose.description in text
    assert "From Entree to work" not in text and "So everyone" not in text


def test_inzage_shows_what_the_transitieformulier_holds(
    service: Service, scenario: Scenario
) -> None:
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    text = flat(service.forms.render_inzage(scenario.marek))
    for expected in (
        "Transitieformulier",
        "Bakkerij De Korenschoof",
        "Brood bakken en inpakken",
        "arbeid (werk)",
        "Doel: een vaste baan in de logistiek.",
        "Sanne Ødegaard",
    ):
        assert expected in text, expected
