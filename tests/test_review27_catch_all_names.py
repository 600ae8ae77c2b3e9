"""review27: the catch-all refusal (session 20, cases22) read again as the hurried worker.

Consent is specific (DOMAIN rule 2, seed 000: which data, with whom, why; seed 004: not "het hele
dossier"). Session 20 refused "Alle instanties" and "met iedereen die het nodig heeft" where they
enter the catalog. The same class got in through other words:

- a name without a quantifier: "Betrokken instanties", "Ketenpartners", "Relevante partijen";
  a quantifier with nothing after it ("Alle andere"), a purpose "Voor alle doelen", a category
  "Het complete dossier van de leerling" or just "Persoonsgegevens";
- an explanation whose "no" stood in ANOTHER sentence ("Geen bezwaar? Dan delen we met alle
  instanties." — read as negated; "niet alleen met school, maar met alle instanties" too), or
  that shares "met alle betrokkenen" / "met derden".

Real organisations whose names hold such words still go in ("Algemeen Maatschappelijk Werk",
"Andere Tijden", "Partners in Jeugd"), and a text saying what does NOT happen stays fine.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.errors import ValidationError, user_text
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.mark.parametrize(
    "name",
    [
        "Betrokken instanties",
        "Relevante partijen",
        "Externe partners",
        "Ketenpartners",
        "De ketenpartners",
        "Hulpverleners",
        "Alle andere",
        "Alle overige",
    ],
)
def test_a_recipient_named_only_by_generic_words_is_refused(service: Service, name: str) -> None:
    events, recipients = row_count(service, "events"), row_count(service, "recipients")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_recipient(name, "gemeente")
    assert caught.value.field == "name"
    assert "Noem de organisatie" in user_text(caught.value)
    assert (row_count(service, "events"), row_count(service, "recipients")) == (events, recipients)


@pytest.mark.parametrize(
    "name",
    [
        "Persoonsgegevens",
        "Gegevens",
        "Het complete dossier van de leerling",
        "Alles uit het dossier",
    ],
)
def test_a_category_that_names_no_kind_of_data_is_refused(service: Service, name: str) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_category("alles", name, "Wat we van je hebben.", "wat", False)
    assert "Noem welke gegevens" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "data_categories") == 0


@pytest.mark.parametrize("title", ["Voor alle doelen", "Allerlei", "Diverse doelen"])
def test_a_purpose_for_all_purposes_is_refused(service: Service, title: str) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_purpose("alles", title, "Zodat we je kunnen helpen.")
    assert "Noem waarvoor" in user_text(caught.value)
    assert row_count(service, "events") == events


@pytest.mark.parametrize(
    "text",
    [
        "Geen bezwaar? Dan delen we met alle instanties.",
        "Geen zorgen: we delen met iedereen die het nodig heeft.",
        "We delen niet alleen met school, maar met alle instanties.",
        "We delen je gegevens met alle betrokkenen.",
        "We delen je gegevens met alle hulpverleners en ketenpartners.",
        "We geven je gegevens door aan derden.",
        "We share your details with third parties.",
        "We share your data with all partners.",
    ],
)
def test_an_explanation_sharing_with_all_is_refused_whatever_no_came_before(
    service: Service, text: str
) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_purpose("begeleiding", "Begeleiding naar werk", text)
    assert "welke organisatie" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "purposes") == 0


@pytest.mark.parametrize(
    "name",
    [
        "Algemeen Maatschappelijk Werk",
        "Stichting Algemeen Maatschappelijk Werk Utrecht",
        "Algemene Rekenkamer",
        "Andere Tijden",
        "Partners in Jeugd",
        "Alle Kinderen Tellen",
        "Ketenpartners Jeugd Utrecht",
    ],
)
def test_real_organisations_with_such_words_in_their_name_go_in(
    service: Service, name: str
) -> None:
    made = service.catalog.add_recipient(name, "zorg", "Algemeen Maatschappelijk Werk")
    assert made.name == name


@pytest.mark.parametrize("department", ["Bedrijven", "Informatie", "Partners", "Data", "Algemeen"])
def test_a_department_of_a_named_organisation_may_be_a_generic_word(
    service: Service, department: str
) -> None:
    """ "Gemeente Utrecht, afdeling Bedrijven" names one department; "Alle afdelingen" not."""
    made = service.catalog.add_recipient("Gemeente Utrecht", "gemeente", department)
    assert made.department == department
    with pytest.raises(ValidationError):
        service.catalog.add_recipient("Gemeente Utrecht", "gemeente", "Alle andere afdelingen")


def test_explanations_that_say_what_does_not_happen_go_in(
    service: Service, catalog: SimpleNamespace
) -> None:
    for text in (
        "We delen je gegevens niet met derden, alleen met het UWV.",
        "Je gegevens gaan nooit naar alle instanties: alleen naar het UWV.",
        "We geven niets door aan derden. Het UWV krijgt je contactgegevens.",
        "Algemeen maatschappelijk werk krijgt je contactgegevens, zodat zij je kunnen bellen.",
        "We never share your details with third parties.",
    ):
        revised = service.catalog.revise_purpose(catalog.werk.id, "Begeleiding naar werk", text)
        assert revised.description == text


def test_a_request_on_a_catch_all_entry_of_an_earlier_release_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A vault of session 19 or before took "Alle instanties" and "Alle gegevens" into its
    catalog (made here with the check of session 20 taken out, as that release had none). A
    new worker picks them in Nieuw verzoek: refused, naming the entry, nothing written; the
    named entries of the same catalog still make a request."""
    from toestemming.usecases import catalog as catalog_module

    with monkeypatch.context() as old_release:
        old_release.setattr(catalog_module, "refuse_catch_all", lambda *_a: None)
        everyone = service.catalog.add_recipient("Alle instanties", "anders")
        everything = service.catalog.add_category(
            "alles", "Alle gegevens", "Alles wat we hebben.", "wat", False
        )
    y = make_youth(17).youth
    events = row_count(service, "events")
    for spec, named in (
        (ItemSpec(catalog.werk.id, everyone.id, (catalog.contact.id,)), "Alle instanties"),
        (ItemSpec(catalog.werk.id, catalog.uwv.id, (everything.id,)), "Alle gegevens"),
    ):
        with pytest.raises(ValidationError) as caught:
            service.consents.create_request(y.id, [spec])
        assert named in user_text(caught.value) and "catalogus" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "consent_requests") == 0
    made = service.consents.create_request(
        y.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    assert len(made.items) == 1
