"""English names of data categories: what a signer who reads English sees in the item text,
on the signing tablet (kind of recipient, the special-category tick) and when withdrawing.
Real vault; each change is one audited transaction; bad input changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import NotFoundError, ValidationError
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def english(service: Service, catalog: SimpleNamespace) -> SimpleNamespace:
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help finding work.", "en")
    c.revise_purpose(catalog.stage.id, "Arranging a placement", "So your host knows.", "en")
    c.set_category_english_name(catalog.contact.id, "Contact details")
    c.set_category_english_name(catalog.gezondheid.id, "Health")
    return catalog


def _request(service: Service, youth_id: int, cat: SimpleNamespace) -> int:
    return service.consents.create_request(
        youth_id,
        [
            ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id, cat.school.id)),
            ItemSpec(cat.stage.id, cat.werkgever.id, (cat.contact.id, cat.gezondheid.id)),
        ],
    ).id


def test_english_text_names_categories_in_english_and_falls_back_to_dutch(
    service: Service, english: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17).youth
    texts = service.consents.item_texts(_request(service, youth.id, english))
    first, second = (t["en"][0] for t in texts.values())
    # "Schoolgegevens" has no English name yet: the Dutch one, not an empty gap.
    assert "Which information: Contact details, Schoolgegevens." in first
    assert "To whom: UWV – Werkbedrijf (work)." in first
    assert "Sensitive information (Health)" in second
    dutch = [t["nl"][0] for t in texts.values()]
    assert "Welke gegevens: Contactgegevens, Schoolgegevens." in dutch[0]


def test_signing_session_speaks_the_signers_language(
    service: Service, english: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17).youth
    session = service.signing.session(_request(service, youth.id, english))
    assert session.languages == ("nl", "en")
    uwv, werkgever = session.items
    assert uwv.recipient_kind == {"nl": "arbeid", "en": "work"}
    assert werkgever.special and werkgever.special_categories == {
        "nl": "Gezondheid",
        "en": "Health",
    }


def test_withdrawal_list_in_english(
    service: Service, english: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    from toestemming.model import SignerRef

    youth = make_youth(17).youth
    request = service.consents.request(_request(service, youth.id, english))
    service.consents.record_decisions(
        request.id,
        SignerRef.youth(youth.id),
        {request.items[0].id: "yes"},
        "desk",
    )
    item = next(w for w in service.signing.withdrawable(youth.id) if w.position == 1)
    # Arabic has a catalog but no purpose text yet: the Dutch title, never an empty one.
    assert item.title == {
        "nl": "Begeleiding naar werk",
        "en": "Guidance to work",
        "ar": "Begeleiding naar werk",
    }
    assert item.categories == {
        "nl": "Contactgegevens, Schoolgegevens",
        "en": "Contact details, Schoolgegevens",
        "ar": "Contactgegevens، Schoolgegevens",  # the Arabic page's own comma
    }


def test_changing_the_english_name_is_one_audited_event(
    service: Service, catalog: SimpleNamespace, count_rows: Callable[[str], int]
) -> None:
    events = count_rows("events")
    changed = service.catalog.set_category_english_name(catalog.school.id, "  School  details ")
    assert changed.name_en == "School details" and changed.name == "Schoolgegevens"
    assert count_rows("events") == events + 1
    kind = service.vault.db.scalar("SELECT kind FROM events ORDER BY seq DESC LIMIT 1")
    assert kind == "category.translated_name"  # one event kind for every language
    # The same name again: nothing to record.
    service.catalog.set_category_english_name(catalog.school.id, "School details")
    assert count_rows("events") == events + 1
    # Empty: back to the Dutch name in English texts.
    cleared = service.catalog.set_category_english_name(catalog.school.id, "")
    assert cleared.name_en == "" and cleared.name_in("en") == "Schoolgegevens"


def test_bad_names_change_nothing(
    service: Service, catalog: SimpleNamespace, count_rows: Callable[[str], int]
) -> None:
    events = count_rows("events")
    with pytest.raises(ValidationError) as bad:
        service.catalog.set_category_english_names(
            {catalog.contact.id: "Contact details", catalog.school.id: "\u202eSchool details"}
        )
    assert bad.value.field == "name_en" and "niet zijn toegestaan" in bad.value.message
    with pytest.raises(ValidationError, match="te lang"):
        service.catalog.set_category_english_name(catalog.contact.id, "x" * 500)
    with pytest.raises(NotFoundError):
        service.catalog.set_category_english_name(99_999, "Ghost")
    # All or nothing: the valid first name was not written either.
    assert service.catalog.category(catalog.contact.id).name_en == ""
    assert count_rows("events") == events


def test_standard_translations_skip_renamed_and_translated_categories(
    service: Service, catalog: SimpleNamespace
) -> None:
    service.catalog.set_category_english_name(catalog.school.id, "Our school data")
    offered = service.catalog.standard_english_names()
    # contact, school, ondersteuning and gezondheid are standard codes with standard Dutch
    # names; school already has its own English name; "stagegegevens" is not a standard code.
    assert offered == {
        catalog.contact.id: "Contact details",
        catalog.ondersteuning.id: "Support needs",
        catalog.gezondheid.id: "Health",
    }


def test_new_vault_starts_with_english_catalog(service: Service) -> None:
    from toestemming.devtools.seed import seed_catalog

    seeded = seed_catalog(service)
    assert all(c.name_en for c in service.catalog.categories())
    assert service.catalog.standard_english_names() == {}
    english = service.catalog.purpose(seeded.purposes["stage"].id, "en")
    assert english.language == "en" and english.title.startswith("Arranging")


def test_english_request_needs_an_english_text_for_every_purpose(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], count_rows
) -> None:
    youth = make_youth(17).youth
    service.catalog.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help.", "en")
    specs = [
        ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
        ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.school.id,)),  # Dutch only
    ]
    before = count_rows("consent_requests"), count_rows("events")
    with pytest.raises(ValidationError) as refused:
        service.consents.create_request(youth.id, specs, language="en")
    assert refused.value.field == "language"
    assert "'Stage regelen' heeft nog geen tekst in het Engels" in refused.value.message
    assert (count_rows("consent_requests"), count_rows("events")) == before
    # In Dutch the same request is fine; in English once the purpose has its English text.
    assert service.consents.create_request(youth.id, specs).language == "nl"
    service.catalog.revise_purpose(catalog.stage.id, "Arranging a placement", "So they know.", "en")
    assert service.consents.create_request(youth.id, specs, language="en").language == "en"


def test_dutch_request_needs_a_dutch_text_for_every_purpose(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A purpose written in English only cannot make a Dutch request (the message names the
    language that is missing, and the way out)."""
    english_only = service.catalog.add_purpose("en-only", "Work guidance", "So you get help.", "en")
    youth = make_youth(17).youth
    spec = ItemSpec(english_only.id, catalog.uwv.id, (catalog.contact.id,))
    with pytest.raises(ValidationError) as refused:
        service.consents.create_request(youth.id, [spec])
    assert "heeft nog geen tekst in het Nederlands" in refused.value.message
    assert "taal Nederlands" in refused.value.message and "andere taal" in refused.value.message
    assert service.consents.create_request(youth.id, [spec], language="en").language == "en"


def test_tick_names_the_special_data_exactly_as_the_stored_text_does(
    service: Service, english: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Renaming a category between making and signing a request changes neither the text the
    signer reads nor the words next to the separate tick."""
    youth = make_youth(17).youth
    request_id = _request(service, youth.id, english)
    service.catalog.set_category_english_name(english.gezondheid.id, "Medical data")
    service.catalog.set_category_english_name(english.contact.id, "Contact info")
    special = service.signing.session(request_id).items[1]
    assert special.special_categories == {"nl": "Gezondheid", "en": "Health"}
    assert "Sensitive information (Health)" in special.texts["en"][0]


def test_special_names_are_read_back_from_texts_as_written() -> None:
    from datetime import date

    from toestemming.model import DataCategory, DataLevel, Purpose, Recipient, RecipientKind
    from toestemming.texts import item_text, special_names_shown

    purpose = Purpose(1, "zorg", 1, 1, "Zorg op stage", "Zodat de jeugdarts helpt.", "nl")
    recipient = Recipient(1, "GGD", "", RecipientKind.CARE, "", "", False, True)
    cats = [
        DataCategory(
            1, "contact", "Contactgegevens", "", DataLevel.DAT, False, (("en", "Contact details"),)
        ),
        DataCategory(
            2,
            "psy",
            "Gezondheid (psychisch)",
            "",
            DataLevel.WAT,
            True,
            (("en", "Health (mental)"),),
        ),
        DataCategory(3, "geloof", "Geloof", "", DataLevel.WAT, True),
    ]
    for language, expected in (
        ("nl", "Gezondheid (psychisch), Geloof"),
        ("en", "Health (mental), Geloof"),
    ):
        text = item_text(1, purpose, recipient, cats, date(2027, 1, 1), "School", "TS-1", language)
        assert special_names_shown(text, language) == expected
    plain = item_text(1, purpose, recipient, cats[:1], date(2027, 1, 1), "School", "TS-1", "en")
    assert special_names_shown(plain, "en") is None
