"""Request templates resolve against the catalog; what the catalog lacks is skipped."""

from __future__ import annotations

from toestemming.devtools.seed import CATEGORIES, PURPOSES, RECIPIENTS, seed_catalog
from toestemming.model import DataCategory, DataLevel, Purpose, Recipient, RecipientKind
from toestemming.service import Service
from toestemming.templates import (
    TEMPLATES,
    RequestTemplate,
    TemplateItem,
    resolve,
    usable_templates,
)
from toestemming.usecases.consent import ItemSpec


def purpose(pid: int, code: str) -> Purpose:
    return Purpose(pid, code, pid * 10, 1, code.title(), "Waarom.")


def recipient(rid: int, name: str) -> Recipient:
    return Recipient(rid, name, "", RecipientKind.LABOUR)


def category(cid: int, code: str, special: bool = False) -> DataCategory:
    return DataCategory(cid, code, code.title(), "Uitleg.", DataLevel.DAT, special)


def test_every_template_uses_only_codes_of_the_standard_catalog() -> None:
    purpose_codes = {code for code, _t, _d in PURPOSES}
    recipient_names = {name for name, *_ in RECIPIENTS}
    category_codes = {code for code, *_ in CATEGORIES}
    keys = [t.key for t in TEMPLATES]
    assert len(keys) == len(set(keys)) == 3
    for template in TEMPLATES:
        assert template.items
        for item in template.items:
            assert item.purpose_code in purpose_codes
            assert item.recipient_name in recipient_names
            assert set(item.category_codes) <= category_codes
            # Templates never pre-select special categories: that must be a deliberate choice.
            assert "gezondheid" not in item.category_codes


def test_resolve_maps_codes_to_ids() -> None:
    template = RequestTemplate(
        "t",
        "T",
        (
            TemplateItem("werk", "UWV", ("contact", "school")),
            TemplateItem("werk", "Gemeente", ("contact",)),
        ),
    )
    resolved = resolve(
        template,
        [purpose(1, "werk")],
        [recipient(7, "UWV"), recipient(8, "Gemeente")],
        [category(3, "contact"), category(4, "school")],
    )
    assert resolved.items == (ItemSpec(1, 7, (3, 4)), ItemSpec(1, 8, (3,)))
    assert resolved.skipped == ()
    assert resolved.usable


def test_missing_entries_are_skipped_not_fatal() -> None:
    template = RequestTemplate(
        "t",
        "T",
        (
            TemplateItem("werk", "UWV", ("contact", "verzuim")),  # no verzuim category
            TemplateItem("werk", "Gemeente", ("contact",)),  # no such recipient
            TemplateItem("weg", "UWV", ("contact",)),  # no such purpose
            TemplateItem("werk", "UWV", ("verzuim",)),  # nothing left to share
        ),
    )
    resolved = resolve(
        template, [purpose(1, "werk")], [recipient(7, "UWV")], [category(3, "contact")]
    )
    assert resolved.items == (ItemSpec(1, 7, (3,)),)
    assert resolved.skipped == (
        "gegevens 'verzuim' staan niet in de catalogus",
        "ontvanger 'Gemeente' staat niet in de catalogus",
        "doel 'weg' staat niet in de catalogus",
    )


def test_recipient_names_match_without_case_or_accents() -> None:
    template = RequestTemplate("t", "T", (TemplateItem("werk", "Gemeente Ühlen", ("contact",)),))
    resolved = resolve(
        template, [purpose(1, "werk")], [recipient(9, "gemeente uhlen")], [category(3, "contact")]
    )
    assert resolved.items == (ItemSpec(1, 9, (3,)),)


def test_unusable_templates_are_left_out() -> None:
    usable = usable_templates(
        [purpose(1, "begeleiding-werk")], [recipient(7, "UWV")], [category(3, "contact")]
    )
    assert [r.template.key for r in usable] == ["begeleiding-werk"]
    assert usable[0].items == (ItemSpec(1, 7, (3,)),)
    assert usable_templates([], [], []) == []


def test_templates_make_valid_requests_on_a_real_vault(service: Service) -> None:
    cat = seed_catalog(service)
    youth = service.people.add_youth(
        given_name="Test", family_name="Jongere", birth_date="01-01-2008"
    )
    usable = usable_templates(
        service.catalog.purposes(), service.catalog.recipients(), service.catalog.categories()
    )
    assert [r.template.key for r in usable] == [t.key for t in TEMPLATES]
    assert all(r.skipped == () for r in usable)
    transition = usable[2]
    assert {i.recipient_id for i in transition.items} == {
        cat.recipients["Regionaal Bureau Leerplicht (RBL)"].id,
        cat.recipients["Gemeente"].id,
    }
    for r in usable:
        request = service.consents.create_request(youth.id, list(r.items))
        assert len(request.items) == len(r.items)
        assert not any(i.has_special_categories for i in request.items)
