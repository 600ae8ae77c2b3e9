"""The standard catalog a new organisation starts with: the usual recipients in the chain
school → work, purposes in plain language, and data categories (DAT/WAT, special)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import DataCategory, DataLevel, LegalRole, Purpose, Recipient, RecipientKind

# name, department, kind, convenant, legal role (public bodies can never use legitimate
# interest: that keys on the legal role, not on the kind shown)
RECIPIENTS = (
    ("UWV", "Werkbedrijf", RecipientKind.LABOUR, True, LegalRole.PUBLIC_TASK),
    (
        "Gemeente",
        "Werk & Inkomen / Participatie",
        RecipientKind.MUNICIPALITY,
        True,
        LegalRole.PUBLIC_TASK,
    ),
    (
        "Regionaal Bureau Leerplicht (RBL)",
        "Leerplicht en RMC",
        RecipientKind.ATTENDANCE,
        True,
        LegalRole.PUBLIC_TASK,
    ),
    ("Leerwerkloket", "", RecipientKind.LABOUR, True, LegalRole.PUBLIC_TASK),
    ("Jeugdzorg", "Wijkteam jeugd", RecipientKind.CARE, True, LegalRole.PUBLIC_TASK),
    ("Bakkerij De Korenschoof", "Stageplaats", RecipientKind.EMPLOYER, False, LegalRole.PRIVATE),
    ("ROC Midden", "Entree-opleiding", RecipientKind.EDUCATION, True, LegalRole.PUBLIC_TASK),
)

PURPOSES = (
    (
        "warme-overdracht-mbo",
        "Warme overdracht naar het mbo",
        "Zodat je nieuwe school weet wat je nodig hebt en je vanaf de eerste dag goed kan helpen.",
    ),
    (
        "begeleiding-werk",
        "Begeleiding naar werk",
        "Zodat UWV of de gemeente je kan helpen een baan te vinden die bij je past.",
    ),
    (
        "transitie-entree-werk",
        "Transitie van Entree naar werk",
        "Zodat school, leerplicht en gemeente samen je overstap van school naar werk regelen, "
        "met het transitieformulier.",
    ),
    (
        "stage",
        "Stage regelen en begeleiden",
        "Zodat je stagebedrijf weet hoe het je het beste kan begeleiden.",
    ),
    (
        "rmc-monitoring",
        "Volgen na school (RMC)",
        "Zodat leerplicht/RMC kan nagaan of je na school een plek hebt gevonden en je kan helpen als dat niet zo is.",
    ),
)

# The same purposes for a signer who reads English (texts per language: migration 10).
PURPOSES_EN = {
    "warme-overdracht-mbo": (
        "Warm handover to your MBO school",
        "So your new school knows what you need and can help you well from the very first day.",
    ),
    "begeleiding-werk": (
        "Guidance to work",
        "So UWV or the municipality can help you find a job that suits you.",
    ),
    "transitie-entree-werk": (
        "From the Entree course to work",
        "So your school, the school attendance office and the municipality arrange your step "
        "from school to work together, using the transition form.",
    ),
    "stage": (
        "Arranging and supporting your work placement",
        "So the company where you do your placement knows how best to support you.",
    ),
    "rmc-monitoring": (
        "Keeping in touch after school (RMC)",
        "So the school attendance office (RMC) can check whether you found a place after "
        "school, and help you if you did not.",
    ),
}

# code, Dutch name, explanation, DAT/WAT, special, English name (shown in English texts)
CATEGORIES = (
    (
        "contact",
        "Contactgegevens",
        "Naam, adres, telefoon en e-mail.",
        DataLevel.DAT,
        False,
        "Contact details",
    ),
    (
        "traject",
        "Bekend in traject",
        "Dát je bij ons in begeleiding bent, sinds wanneer, en wie je contactpersoon is.",
        DataLevel.DAT,
        False,
        "Known to our counselling",
    ),
    (
        "school",
        "Schoolgegevens",
        "School, opleiding, niveau, diploma's.",
        DataLevel.DAT,
        False,
        "School details",
    ),
    (
        "stage",
        "Stagegegevens",
        "Waar je stage liep, welk werk, hoeveel uur, hoe het ging.",
        DataLevel.WAT,
        False,
        "Work placement details",
    ),
    (
        "ondersteuning",
        "Ondersteuningsbehoefte",
        "Wat je nodig hebt om goed te kunnen leren of werken.",
        DataLevel.WAT,
        False,
        "Support needs",
    ),
    (
        "verzuim",
        "Verzuim",
        "Hoe vaak en hoe lang je afwezig was.",
        DataLevel.WAT,
        False,
        "Absence",
    ),
    (
        "gezondheid",
        "Gezondheid",
        "Informatie over je lichamelijke of psychische gezondheid.",
        DataLevel.WAT,
        True,
        "Health",
    ),
)


# Invented names for demo and bench data: Dutch names with diacritics and names of other
# origins, so search, sorting and PDFs meet real-world spelling from day one.
GIVEN = (
    "Fleur",
    "Daan",
    "Zoë",
    "Mohammed",
    "Şeyma",
    "Noah",
    "Anouk",
    "Bilal",
    "Lieke",
    "Yusuf",
    "Émilie",
    "Sven",
    "Chiara",
    "Milan",
    "Aïsha",
    "Jesse",
    "Iris",
    "Mehmet",
    "Dewi",
    "Tijn",
    "Zofia",
    "Oleksandr",
    "Senna",
    "Rayan",
    "Björn",
    "Naomi",
    "Kevin",
    "Fatma",
    "Joëlle",
    "Luuk",
)
FAMILY = (
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Çelik",
    "Yılmaz",
    "El Amrani",
    "Visser",
    "Wiśniewski",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Kovalenko",
    "Ødegaard",
    "Bos",
    "Hendriks",
    "Öztürk",
    "van Dijk",
    "Brouwer",
    "Nguyễn",
    "Peeters",
    "Haddou",
    "Dekker",
)


@dataclass(frozen=True)
class SeededCatalog:
    recipients: dict[str, Recipient]
    purposes: dict[str, Purpose]
    categories: dict[str, DataCategory]


def seed_catalog(svc: object) -> SeededCatalog:
    """Adds the standard catalog through the service (one transaction + event each)."""
    from .service import Service

    assert isinstance(svc, Service)
    recipients = {
        name: svc.catalog.add_recipient(name, kind, department=dep, convenant=conv, legal_role=role)
        for name, dep, kind, conv, role in RECIPIENTS
    }
    purposes = {code: svc.catalog.add_purpose(code, title, text) for code, title, text in PURPOSES}
    for code, (title, text) in PURPOSES_EN.items():
        svc.catalog.revise_purpose(purposes[code].id, title, text, "en")
    categories = {
        code: svc.catalog.add_category(code, name, text, level, special, name_en)
        for code, name, text, level, special, name_en in CATEGORIES
    }
    return SeededCatalog(recipients, purposes, categories)
