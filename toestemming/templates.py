"""Templates for the common consent requests at the desk.

A template names catalog entries the way the standard catalog (`seed.py`) does: purposes and
data categories by code, recipients by name (recipients have no code). Organisations edit
their catalogs, so resolving skips whatever is missing instead of failing: the worker sees
what the template could fill in and adds the rest by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import DataCategory, Purpose, Recipient
from .standard_catalog import recipient_aliases
from .usecases.consent import ItemSpec
from .validation import fold


@dataclass(frozen=True, slots=True)
class TemplateItem:
    purpose_code: str
    recipient_name: (
        str  # as in seed.RECIPIENTS (or standard_catalog); matched case- and accent-insensitively
    )
    category_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RequestTemplate:
    key: str
    title: str  # Dutch, shown in the template menu
    items: tuple[TemplateItem, ...]


_CONTACT_SCHOOL = ("contact", "school")

TEMPLATES: tuple[RequestTemplate, ...] = (
    RequestTemplate(
        "warme-overdracht-mbo",
        "Warme overdracht naar mbo",
        (TemplateItem("warme-overdracht-mbo", "ROC Midden", (*_CONTACT_SCHOOL, "ondersteuning")),),
    ),
    RequestTemplate(
        "begeleiding-werk",
        "Begeleiding naar werk (UWV/gemeente)",
        (
            TemplateItem("begeleiding-werk", "UWV", (*_CONTACT_SCHOOL, "stage")),
            TemplateItem("begeleiding-werk", "Gemeente", ("contact", "traject")),
        ),
    ),
    RequestTemplate(
        "transitie-entree-werk",
        "Transitie Entree → werk",
        (
            # The transitieformulier's parties: school → RBL and gemeente (Participatie).
            TemplateItem(
                "transitie-entree-werk",
                "Regionaal Bureau Leerplicht (RBL)",
                (*_CONTACT_SCHOOL, "stage"),
            ),
            TemplateItem(
                "transitie-entree-werk", "Gemeente", ("contact", "stage", "ondersteuning")
            ),
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class ResolvedTemplate:
    template: RequestTemplate
    items: tuple[ItemSpec, ...]
    skipped: tuple[str, ...]  # Dutch notes on what the catalog lacks (no personal data)

    @property
    def usable(self) -> bool:
        return bool(self.items)


def resolve(
    template: RequestTemplate,
    purposes: Iterable[Purpose],
    recipients: Iterable[Recipient],
    categories: Iterable[DataCategory],
) -> ResolvedTemplate:
    """The template's items as ItemSpecs against this catalog. An item whose purpose or
    recipient is missing is skipped; a missing category is left out of its item, and an item
    left with no category at all is skipped."""
    by_code = {p.code: p for p in purposes}
    by_name: dict[str, Recipient] = {}
    for r in recipients:
        by_name.setdefault(fold(r.name), r)
    cat_by_code = {c.code: c for c in categories}
    aliases = recipient_aliases()
    items: list[ItemSpec] = []
    skipped: list[str] = []
    for t in template.items:
        purpose = by_code.get(t.purpose_code)
        # The standard and the demo name of one standard recipient both count.
        names = aliases.get(t.recipient_name, (t.recipient_name,))
        recipient = next((by_name[fold(n)] for n in names if fold(n) in by_name), None)
        if purpose is None:
            skipped.append(f"doel '{t.purpose_code}' staat niet in de catalogus")
            continue
        if recipient is None:
            skipped.append(f"ontvanger '{t.recipient_name}' staat niet in de catalogus")
            continue
        cats = tuple(cat_by_code[c].id for c in t.category_codes if c in cat_by_code)
        for code in t.category_codes:
            if code not in cat_by_code:
                skipped.append(f"gegevens '{code}' staan niet in de catalogus")
        if not cats:
            continue
        items.append(ItemSpec(purpose.id, recipient.id, cats))
    return ResolvedTemplate(template, tuple(items), tuple(dict.fromkeys(skipped)))


def usable_templates(
    purposes: Sequence[Purpose],
    recipients: Sequence[Recipient],
    categories: Sequence[DataCategory],
    templates: Sequence[RequestTemplate] = TEMPLATES,
) -> list[ResolvedTemplate]:
    """The templates that fill in at least one item with this catalog, in menu order."""
    resolved = (resolve(t, purposes, recipients, categories) for t in templates)
    return [r for r in resolved if r.usable]
