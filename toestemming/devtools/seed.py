"""Demo and bench data: the demo's catalog (taken from standard_catalog.py) and invented names."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import DataCategory, Purpose, Recipient
from ..service import Service
from ..standard_catalog import CATEGORIES as STANDARD_CATEGORIES
from ..standard_catalog import DEMO_NAMES
from ..standard_catalog import PURPOSES as STANDARD_PURPOSES
from ..standard_catalog import RECIPIENTS as STANDARD_RECIPIENTS

# The demo's catalog: the standard catalog (standard_catalog.py) as the demo, the bench and
# the tests have always used it — the named employer and school, no separate RMC and the
# first five purposes and seven categories — so their data and expectations stay put — plus
# the verzuimmelding, a legal duty (added last, so the others keep their ids).
_DEMO_LEAVES_OUT = {"rmc", "advies-leren-werken", "hulp-wijkteam", "thuissituatie"}

RECIPIENTS = tuple(
    (DEMO_NAMES.get(r.key, r.name), r.department, r.kind, r.convenant, r.legal_role)
    for r in STANDARD_RECIPIENTS
    if r.key not in _DEMO_LEAVES_OUT
)
PURPOSES = tuple(
    (p.code, p.title, p.text) for p in STANDARD_PURPOSES if p.code not in _DEMO_LEAVES_OUT
)
# The standard purposes a law requires (the verzuimmelding), marked as such in the demo too.
DUTIES = {
    p.code: p.duty
    for p in STANDARD_PURPOSES
    if p.duty is not None and p.code not in _DEMO_LEAVES_OUT
}
PURPOSES_EN = {
    p.code: (p.title_en, p.text_en) for p in STANDARD_PURPOSES if p.code not in _DEMO_LEAVES_OUT
}
# code, Dutch name, explanation, DAT/WAT, special, English name (shown in English texts)
CATEGORIES = tuple(
    (c.code, c.name, c.text, c.level, c.special, c.name_en)
    for c in STANDARD_CATEGORIES
    if c.code not in _DEMO_LEAVES_OUT
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


def seed_catalog(svc: Service) -> SeededCatalog:
    """Adds the demo's catalog through the service (one transaction + event each)."""
    recipients = {
        name: svc.catalog.add_recipient(name, kind, department=dep, convenant=conv, legal_role=role)
        for name, dep, kind, conv, role in RECIPIENTS
    }
    purposes = {code: svc.catalog.add_purpose(code, title, text) for code, title, text in PURPOSES}
    for code, (title, text) in PURPOSES_EN.items():
        svc.catalog.revise_purpose(purposes[code].id, title, text, "en")
    for code, duty in DUTIES.items():
        svc.catalog.mark_legal_duty(purposes[code].id, duty.law, duty.until_age)
    categories = {
        code: svc.catalog.add_category(code, name, text, level, special, name_en)
        for code, name, text, level, special, name_en in CATEGORIES
    }
    return SeededCatalog(recipients, purposes, categories)
