"""The standard catalog every new vault starts with, from the guidance documents
(Praktijkhandreiking monitoring/gegevensdeling, Servicedocumenten onderwijs–zorg–arbeid):
the usual recipients in the chain school → work, the common purposes in plain (B1) language
in Dutch and English, and the data categories with DAT/WAT and the special-category mark.

Pure data plus one installer: the creation wizard offers every entry as a checklist (untick
what does not apply) and `install` adds the ticked ones through the catalog use case, each
with its own event like an entry added by hand. Demo data (invented people, the demo's named
employer and school) stays in seed.py / demo.py.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from .model import DataLevel, LegalRole, RecipientKind

# A recipient's legal role decides which lawful bases it may use (sharing_rules.py): a public
# body with a statutory task (gemeente, UWV, leerplicht/RBL, RMC, a school, the municipal
# wijkteam jeugd) can never rely on legitimate interest; a private party (werkgever,
# stagebedrijf) can.
PUBLIC_TASK, PRIVATE = LegalRole.PUBLIC_TASK, LegalRole.PRIVATE


@dataclass(frozen=True, slots=True)
class StandardRecipient:
    key: str  # stable across renames: what the checklist and the templates refer to
    name: str
    department: str
    kind: RecipientKind
    convenant: bool
    legal_role: LegalRole


@dataclass(frozen=True, slots=True)
class StandardDuty:
    """A law that requires a standard purpose's sharing (usecases/legal_duties.py): marked
    when the purpose is installed, so a worker meets it as a duty from day one instead of
    finding the marking in Instellingen → Doelen."""

    law: str
    until_age: int | None


@dataclass(frozen=True, slots=True)
class StandardPurpose:
    code: str
    title: str
    text: str
    title_en: str
    text_en: str
    duty: StandardDuty | None = None


@dataclass(frozen=True, slots=True)
class StandardCategory:
    code: str
    name: str
    text: str
    level: DataLevel
    special: bool
    name_en: str


RECIPIENTS: tuple[StandardRecipient, ...] = (
    StandardRecipient("uwv", "UWV", "Werkbedrijf", RecipientKind.LABOUR, True, PUBLIC_TASK),
    StandardRecipient(
        "gemeente",
        "Gemeente",
        "Werk & Inkomen / Participatie",
        RecipientKind.MUNICIPALITY,
        True,
        PUBLIC_TASK,
    ),
    StandardRecipient(
        "leerplicht",
        "Regionaal Bureau Leerplicht (RBL)",
        "Leerplicht en RMC",
        RecipientKind.ATTENDANCE,
        True,
        PUBLIC_TASK,
    ),
    StandardRecipient(
        "rmc",
        "RMC",
        "Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten",
        RecipientKind.ATTENDANCE,
        True,
        PUBLIC_TASK,
    ),
    StandardRecipient(
        "leerwerkloket", "Leerwerkloket", "", RecipientKind.LABOUR, True, PUBLIC_TASK
    ),
    StandardRecipient(
        "jeugdzorg", "Jeugdzorg", "Wijkteam jeugd", RecipientKind.CARE, True, PUBLIC_TASK
    ),
    StandardRecipient(
        "werkgever", "Stagebedrijf / werkgever", "", RecipientKind.EMPLOYER, False, PRIVATE
    ),
    StandardRecipient(
        "vervolgschool",
        "Vervolgschool (mbo)",
        "",
        RecipientKind.EDUCATION,
        True,
        PUBLIC_TASK,
    ),
)

PURPOSES: tuple[StandardPurpose, ...] = (
    StandardPurpose(
        "warme-overdracht-mbo",
        "Warme overdracht naar het mbo",
        "Zodat je nieuwe school weet wat je nodig hebt en je vanaf de eerste dag goed kan helpen.",
        "Warm handover to your MBO school",
        "So your new school knows what you need and can help you well from the very first day.",
    ),
    StandardPurpose(
        "begeleiding-werk",
        "Begeleiding naar werk",
        "Zodat UWV of de gemeente je kan helpen een baan te vinden die bij je past.",
        "Guidance to work",
        "So UWV or the municipality can help you find a job that suits you.",
    ),
    StandardPurpose(
        "transitie-entree-werk",
        "Transitie van Entree naar werk",
        "Zodat school, leerplicht en gemeente samen je overstap van school naar werk regelen, "
        "met het transitieformulier.",
        "From the Entree course to work",
        "So your school, the school attendance office and the municipality arrange your step "
        "from school to work together, using the transition form.",
    ),
    StandardPurpose(
        "stage",
        "Stage regelen en begeleiden",
        "Zodat je stagebedrijf weet hoe het je het beste kan begeleiden.",
        "Arranging and supporting your work placement",
        "So the company where you do your placement knows how best to support you.",
    ),
    StandardPurpose(
        "rmc-monitoring",
        "Volgen na school (RMC)",
        "Zodat leerplicht/RMC kan nagaan of je na school een plek hebt gevonden en je kan "
        "helpen als dat niet zo is.",
        "Keeping in touch after school (RMC)",
        "So the school attendance office (RMC) can check whether you found a place after "
        "school, and help you if you did not.",
    ),
    StandardPurpose(
        "advies-leren-werken",
        "Advies over leren en werken",
        "Zodat het Leerwerkloket je kan adviseren over een opleiding of werk dat bij je past.",
        "Advice on learning and working",
        "So the Leerwerkloket can advise you on a course or work that suits you.",
    ),
    StandardPurpose(
        "hulp-wijkteam",
        "Hulp thuis of in je buurt",
        "Zodat het wijkteam of de jeugdzorg weet wat er speelt en je snel kan helpen.",
        "Help at home or in your neighbourhood",
        "So the neighbourhood team or youth care knows what is going on and can help you quickly.",
    ),
    # Seed 002 (grondslag 3, wettelijke verplichting): "de verplichting voor scholen vanuit de
    # Leerplichtwet om verzuimgegevens van leerlingen te delen met de gemeente (afdeling
    # leerplicht)"; seed 003 casus 7-9: the melding to leerplicht/RMC rests on the law, not
    # on consent; seed 004: only while the youth is leer- of kwalificatieplichtig. So the duty
    # holds under 18 and ends earlier with a startkwalificatie (youth_qualifications.py).
    # The recipient is leerplicht (RBL) or the RMC: a public body on its legal task, which is
    # the only kind of recipient a duty holds toward (legal_duties.duty_for). Not marked here:
    # an mbo school's melding of 18-22-year-olds without startkwalificatie to the RMC (WEB
    # art. 8.1.8a, seed 003 casus 5) — it does not bind a pro or vso desk, so a school it
    # binds marks its own purpose (until 23; it too ends with a startkwalificatie). Last in
    # the list: earlier purposes keep their place (and their ids in vaults made before).
    StandardPurpose(
        "verzuimmelding",
        "Verzuimmelding aan leerplicht",
        "De school moet van de wet aan leerplicht melden als je zonder geldige reden vaak of "
        "lang afwezig bent. Leerplicht kijkt dan samen met jou hoe je weer naar school gaat. "
        "Dit geldt zolang je leerplichtig of kwalificatieplichtig bent.",
        "Reporting absence to the school attendance office",
        "The law requires the school to tell the school attendance office when you are often "
        "or long absent without a valid reason. The office then works out with you how you "
        "get back to school. This applies while you must still go to school or get a basic "
        "qualification.",
        duty=StandardDuty(
            "Leerplichtwet 1969, art. 21a (melding van ongeoorloofd verzuim; leer- en "
            "kwalificatieplicht)",
            18,
        ),
    ),
)

CATEGORIES: tuple[StandardCategory, ...] = (
    StandardCategory(
        "contact",
        "Contactgegevens",
        "Naam, adres, telefoon en e-mail.",
        DataLevel.DAT,
        False,
        "Contact details",
    ),
    StandardCategory(
        "traject",
        "Bekend in traject",
        "Dát je bij ons in begeleiding bent, sinds wanneer, en wie je contactpersoon is.",
        DataLevel.DAT,
        False,
        "Known to our counselling",
    ),
    StandardCategory(
        "school",
        "Schoolgegevens",
        "School, opleiding, niveau, diploma's.",
        DataLevel.DAT,
        False,
        "School details",
    ),
    StandardCategory(
        "stage",
        "Stagegegevens",
        "Waar je stage liep, welk werk, hoeveel uur, hoe het ging.",
        DataLevel.WAT,
        False,
        "Work placement details",
    ),
    StandardCategory(
        "ondersteuning",
        "Ondersteuningsbehoefte",
        "Wat je nodig hebt om goed te kunnen leren of werken.",
        DataLevel.WAT,
        False,
        "Support needs",
    ),
    StandardCategory(
        "verzuim",
        "Verzuim",
        "Hoe vaak en hoe lang je afwezig was.",
        DataLevel.WAT,
        False,
        "Absence",
    ),
    StandardCategory(
        "gezondheid",
        "Gezondheid",
        "Informatie over je lichamelijke of psychische gezondheid.",
        DataLevel.WAT,
        True,
        "Health",
    ),
    StandardCategory(
        "thuissituatie",
        "Thuissituatie",
        "Hoe het thuis gaat, als dat van belang is voor school of werk.",
        DataLevel.WAT,
        False,
        "Home situation",
    ),
)

# The demo shows a named employer and school (seed.py); templates name the recipient the way
# either catalog does, so both names find the same entry.
DEMO_NAMES = {"werkgever": "Bakkerij De Korenschoof", "vervolgschool": "ROC Midden"}


def recipient_aliases() -> dict[str, tuple[str, ...]]:
    """Every name a standard recipient goes by (standard name and demo name), by each name."""
    out: dict[str, tuple[str, ...]] = {}
    for r in RECIPIENTS:
        names = (r.name, DEMO_NAMES[r.key]) if r.key in DEMO_NAMES else (r.name,)
        for n in names:
            out[n] = names
    return out


def all_keys() -> set[str]:
    """Every entry of the checklist: recipient:key, purpose:code, category:code."""
    return (
        {f"recipient:{r.key}" for r in RECIPIENTS}
        | {f"purpose:{p.code}" for p in PURPOSES}
        | {f"category:{c.code}" for c in CATEGORIES}
    )


@dataclass(frozen=True, slots=True)
class Installed:
    recipients: int
    purposes: int
    categories: int


class _Added(Protocol):
    @property
    def id(self) -> int: ...


class CatalogWriter(Protocol):
    """The calls `install` makes on usecases.catalog.Catalog. A protocol, so that this module
    stays plain data the catalog use case can import (no import circle)."""

    def add_recipient(
        self,
        name: str,
        kind: RecipientKind,
        *,
        department: str,
        convenant: bool,
        legal_role: LegalRole,
    ) -> object: ...

    def add_purpose(self, code: str, title: str, description: str) -> _Added: ...

    def revise_purpose(
        self, purpose_id: int, title: str, description: str, language: str
    ) -> object: ...

    def mark_legal_duty(self, purpose_id: int, law: str, until_age: int | None) -> object: ...

    def add_category(
        self,
        code: str,
        name: str,
        description: str,
        level: DataLevel,
        special: bool,
        name_en: str,
    ) -> object: ...


def install(catalog: CatalogWriter, chosen: Collection[str] | None = None) -> Installed:
    """Add the chosen entries (keys from `all_keys`; None = all) to the vault's catalog,
    each through the catalog use case (validated, one transaction and event each)."""
    keys = all_keys() if chosen is None else set(chosen)
    recipients = [r for r in RECIPIENTS if f"recipient:{r.key}" in keys]
    purposes = [p for p in PURPOSES if f"purpose:{p.code}" in keys]
    categories = [c for c in CATEGORIES if f"category:{c.code}" in keys]
    for r in recipients:
        catalog.add_recipient(
            r.name,
            r.kind,
            department=r.department,
            convenant=r.convenant,
            legal_role=r.legal_role,
        )
    for p in purposes:
        added = catalog.add_purpose(p.code, p.title, p.text)
        catalog.revise_purpose(added.id, p.title_en, p.text_en, "en")
        if p.duty is not None:
            catalog.mark_legal_duty(added.id, p.duty.law, p.duty.until_age)
    for c in categories:
        catalog.add_category(c.code, c.name, c.text, c.level, c.special, c.name_en)
    return Installed(len(recipients), len(purposes), len(categories))
