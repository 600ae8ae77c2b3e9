"""A hurried worker wants one consent that covers everything: "alle instanties", "alle gegevens".

DOMAIN rule 2 and seed 000: consent is specific — the young person must know *which* data go
*to whom* and *why*; a generic "we may share" is invalid. Seed 004: a school does not send "het
hele dossier" along (dataminimalisatie). Every item is purpose × recipient × categories from the
catalog, so the catalog is where "everything" gets in.

Before (session 21): the catalog took a recipient "Alle betrokken instanties", a category "Alle
gegevens" and a purpose "Algemeen"; one "ja" to that item and "Mag ik delen?" said yes to any
organisation and any data a worker filed under it. Now such names are refused with a clear
message, nothing is written, and the worker names the organisation, the data and the purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.errors import ValidationError, user_text
from toestemming.service import Service


@pytest.mark.parametrize(
    "name", ["Alle betrokken instanties", "Overige partijen", "Derden", "iedereen", "All agencies"]
)
def test_a_recipient_called_all_agencies_is_refused(service: Service, name: str) -> None:
    events, recipients = row_count(service, "events"), row_count(service, "recipients")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_recipient(name, "gemeente")
    assert caught.value.field == "name"
    assert "Noem de organisatie" in user_text(caught.value)
    assert (row_count(service, "events"), row_count(service, "recipients")) == (events, recipients)


def test_all_departments_of_a_gemeente_is_refused_one_department_goes_in(
    service: Service,
) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Alle afdelingen")
    assert caught.value.field == "department"
    assert row_count(service, "events") == events
    named = service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Werk en Inkomen")
    assert named.department == "Werk en Inkomen"


@pytest.mark.parametrize(
    "name", ["Alle gegevens", "Het hele dossier", "Volledig leerlingdossier", "Alle relevante info"]
)
def test_a_category_called_all_data_or_the_whole_file_is_refused(
    service: Service, name: str
) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_category("alles", name, "Alles wat we hebben.", "wat", False)
    assert "Noem welke gegevens" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "data_categories") == 0


def test_an_english_name_all_data_for_a_named_category_is_refused(
    service: Service, catalog: SimpleNamespace
) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError):
        service.catalog.set_category_english_name(catalog.contact.id, "All data")
    with pytest.raises(ValidationError):
        service.catalog.add_category("cijfers", "Cijfers", "Je cijfers.", "wat", False, "All data")
    assert row_count(service, "events") == events
    assert service.catalog.category(catalog.contact.id).name_en == ""


def test_a_purpose_called_general_is_refused_also_when_revised(
    service: Service, catalog: SimpleNamespace
) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_purpose("algemeen", "Algemeen", "Wij mogen je gegevens delen.")
    assert "Noem waarvoor" in user_text(caught.value)
    with pytest.raises(ValidationError):
        service.catalog.revise_purpose(catalog.werk.id, "Alle doelen", "Voor alles.")
    assert row_count(service, "events") == events
    assert service.catalog.purpose(catalog.werk.id).title == "Begeleiding naar werk"


def test_named_ones_that_start_with_alle_still_go_in(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    r = service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Alle wijkteams")
    c = service.catalog.add_category("stageplekken", "Alle stageplaatsen", "Waar.", "wat", False)
    p = service.catalog.add_purpose("overstap", "Andere school zoeken", "Zodat je verder kunt.")
    assert (r.department, c.name, p.title) == ("Alle wijkteams", "Alle stageplaatsen", p.title)


def test_an_explanation_that_shares_with_anyone_who_needs_it_is_refused(
    service: Service, catalog: SimpleNamespace
) -> None:
    """The title is specific, the text is not: "met iedereen die het nodig heeft"."""
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_purpose(
            "begeleiding",
            "Begeleiding",
            "Wij delen je gegevens met iedereen die het nodig heeft om je te helpen.",
        )
    said = user_text(caught.value)
    assert "met iedereen die" in said and "welke organisatie" in said
    with pytest.raises(ValidationError):
        service.catalog.revise_purpose(
            catalog.werk.id, "Begeleiding naar werk", "Je hele dossier gaat mee naar het UWV."
        )
    with pytest.raises(ValidationError):
        service.catalog.set_recipient_description(
            catalog.uwv.id, "en", "We pass it on to all agencies and for any purpose."
        )
    assert row_count(service, "events") == events
    # Saying what does NOT happen is fine.
    service.catalog.revise_purpose(
        catalog.werk.id,
        "Begeleiding naar werk",
        "Zodat UWV je helpt werk te vinden. We geven niet al je gegevens door, alleen je "
        "contactgegevens.",
    )
