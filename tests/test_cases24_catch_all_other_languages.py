"""A worker at a desk in a neighbourhood where families speak Turkish, Polish, Arabic, French or
German types the catalog entry in the family's language — and types the catch-all.

DOMAIN rule 2 (consent is *specific*: with whom, which data, what for; a generic "we may share"
is invalid) and seed 000 / seed 004 ("welke gegevens met wie", not "het hele dossier"). cases22
and review27 refused "Alle instanties", "Alle gegevens", "Voor alle doelen" where they enter the
catalog — in Dutch and English only. "alle Behörden", "tüm kurumlar", "wszystkie instytucje",
"toutes les organisations" or "جميع الجهات" went in, and every "ja" on them would be the generic
consent the law calls invalid.

Now each is refused like the Dutch one (the same Dutch message, nothing written), and real
organisations in those languages (Bundesagentur für Arbeit, Türkiye İş Kurumu, Fundacja
Wszystkie Dzieci Nasze, Pôle emploi, a mosque's foundation) still go in.
"""

from __future__ import annotations

import pytest
from conftest import row_count

from toestemming.errors import ValidationError, user_text
from toestemming.service import Service
from toestemming.usecases.catalog_names import catch_all_phrase, is_catch_all

RECIPIENTS = [
    # German
    "alle Behörden",
    "Alle beteiligten Stellen",
    "Sämtliche Institutionen",
    "Jede Behörde",
    "Dritte",
    "Andere Stellen",
    # Turkish
    "tüm kurumlar",
    "Tüm kuruluşlar",
    "TÜM KURUMLAR",
    "Bütün kurumlar",
    "Her kurum",
    "Diğer kurumlar",
    "Herkes",
    "Üçüncü taraflar",
    # Polish
    "wszystkie instytucje",
    "Wszystkie organizacje",
    "Wszystkie podmioty",
    "Każda instytucja",
    "Inne instytucje",
    "Osoby trzecie",
    # French
    "toutes les organisations",
    "Tous les organismes",
    "Tous les partenaires",
    "À toutes les institutions",
    "Tout le monde",
    "Les tiers",
    # Arabic
    "جميع الجهات",
    "كل الجهات",
    "جميع المؤسسات",
    "جميع الجهات المعنية",
    "الجميع",
    "جميـع الجهـات",  # a tatweel (kashida) stretching the letters
    "جَمِيعُ الجِهَاتِ",  # with vowel marks
]

REAL_ORGANISATIONS = [
    "Bundesagentur für Arbeit",
    "Jugendamt Kreis Kleve",
    "Stadt Köln, Amt für Kinder",
    "Türkiye İş Kurumu",
    "Her Yerde Sanat Derneği",
    "Fundacja Wszystkie Dzieci Nasze",
    "Urząd Pracy",
    "Pôle emploi",
    "Tous Unis pour la Santé",
    "Mission locale de Lille",
    "مؤسسة الأمل",
    "جمعية الجالية المغربية",
]


def test_a_catch_all_recipient_in_another_language_is_refused(service: Service) -> None:
    events = row_count(service, "events")
    for name in RECIPIENTS:
        with pytest.raises(ValidationError) as caught:
            service.catalog.add_recipient(name, "gemeente")
        assert caught.value.field == "name", name
        assert "Noem de organisatie" in user_text(caught.value)
    assert (row_count(service, "events"), row_count(service, "recipients")) == (events, 0)


def test_all_departments_of_a_named_organisation_in_another_language_is_refused(
    service: Service,
) -> None:
    """ "UWV, alle afdelingen" (seed 004) typed in the family's language; one department named
    by a generic word of that language ("Dienststelle", "Services") still goes in."""
    for department in (
        "alle Abteilungen",
        "tüm birimler",
        "wszystkie działy",
        "tous les services",
        "جميع الأقسام",
    ):
        with pytest.raises(ValidationError) as caught:
            service.catalog.add_recipient("Gemeente Rotterdam", "gemeente", department)
        assert caught.value.field == "department", department
    assert row_count(service, "recipients") == 0
    for department in ("Behörde", "Services", "Birim", "Jugendamt"):
        made = service.catalog.add_recipient("Stadt Köln", "gemeente", department)
        assert made.department == department


PURPOSES = [
    "Für alle Zwecke",
    "Alle Zwecke",
    "Tüm amaçlar",
    "Her amaç için",
    "Wszystkie cele",
    "Do wszystkich celów",
    "Pour toutes finalités",
    "Toutes fins utiles",
    "Tous les objectifs",
    "جميع الأغراض",
    "لجميع الأغراض",
    "Allgemein",
    "Genel",
    "Général",
    "عام",
]


def test_a_catch_all_purpose_in_another_language_is_refused(service: Service) -> None:
    events = row_count(service, "events")
    for title in PURPOSES:
        with pytest.raises(ValidationError) as caught:
            service.catalog.add_purpose("alles", title, "Zodat we je kunnen helpen.")
        assert caught.value.field == "title", title
        assert "Noem waarvoor" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "purposes") == 0


CATEGORIES = [
    "Alle Daten",
    "Sämtliche Unterlagen",
    "Die gesamte Akte",
    "Tüm veriler",
    "Tüm bilgiler",
    "Wszystkie dane",
    "Cała dokumentacja",
    "Tüm dosya",
    "Toutes les données",
    "Tout le dossier",
    "جميع البيانات",
    "كل المعلومات",
    "الملف الكامل",
]


def test_a_catch_all_category_in_another_language_is_refused(service: Service) -> None:
    events = row_count(service, "events")
    for name in CATEGORIES:
        with pytest.raises(ValidationError) as caught:
            service.catalog.add_category("alles", name, "Wat we van je hebben.", "wat", False)
        assert "Noem welke gegevens" in user_text(caught.value), name
    assert row_count(service, "events") == events
    assert row_count(service, "data_categories") == 0


def test_real_organisations_and_purposes_named_in_those_languages_go_in(service: Service) -> None:
    for name in REAL_ORGANISATIONS:
        assert service.catalog.add_recipient(name, "zorg").name == name
    for n, title in enumerate(
        ("Arbeitssuche", "İş bulma", "Szukanie pracy", "Recherche d'emploi", "البحث عن عمل")
    ):
        made = service.catalog.add_purpose(f"werk{n}", title, "Zodat we je kunnen helpen.")
        assert made.title == title
    for name in ("Schulzeugnisse", "Okul bilgileri", "Dane kontaktowe", "Coordonnées"):
        assert service.catalog.add_category(name[:4], name, "Wat.", "wat", False).name == name


@pytest.mark.parametrize(
    "text",
    [
        "Wir geben Ihre Daten an alle Behörden weiter.",
        "Wir teilen Ihre Daten mit Dritten.",
        "Verilerinizi üçüncü kişilerle paylaşabiliriz.",
        "Nous transmettons vos informations à des tiers.",
        "Verilerinizi tüm kurumlarla paylaşıyoruz.",
        "Przekazujemy Twoje dane wszystkim instytucjom.",
        "Nous partageons vos données avec toutes les organisations.",
        "نشارك بياناتك مع جميع الجهات.",
    ],
)
def test_an_explanation_sharing_with_all_in_another_language_is_found(text: str) -> None:
    assert catch_all_phrase(text) is not None


def test_an_explanation_sharing_with_all_in_another_language_is_refused(service: Service) -> None:
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.catalog.add_purpose(
            "begeleiding", "Arbeitssuche", "Wir geben Ihre Daten an alle Behörden weiter."
        )
    assert caught.value.field == "description"
    assert "alle behorden" in user_text(caught.value)
    assert row_count(service, "events") == events
    assert row_count(service, "purposes") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Wir geben Ihre Daten nicht an alle Behörden weiter, nur an das UWV.",
        "Nous ne partageons jamais vos données avec toutes les organisations.",
        "Verilerinizi yalnızca UWV ile paylaşıyoruz.",
        "Przekazujemy dane tylko do UWV.",
        "نشارك بياناتك مع UWV فقط.",
        "Verilerinizi tüm kurumlarla paylaşmıyoruz, sadece UWV ile.",
        "Nie przekazujemy danych wszystkim instytucjom, tylko UWV.",
        "لا نشارك بياناتك مع جميع الجهات، فقط مع UWV.",
    ],
)
def test_explanations_in_those_languages_that_name_the_recipient_go_in(text: str) -> None:
    assert catch_all_phrase(text) is None


def test_the_dutch_and_english_readings_are_unchanged() -> None:
    """The words added for other languages must not turn a Dutch or English name around."""
    assert is_catch_all("Alle instanties", "recipient")
    assert is_catch_all("All agencies", "recipient")
    for name in ("Her Majesty's Prison Service", "Ensemble", "Andere Tijden", "Al", "Her"):
        assert not is_catch_all(name, "recipient"), name
    for name in ("Tous", "Tüm", "Wszystkie", "جميع"):  # like "Alle" alone: nothing named
        assert is_catch_all(name, "recipient"), name
