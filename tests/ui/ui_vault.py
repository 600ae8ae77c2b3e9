"""The GUI tests' vault: what it contains and how it is built (shared by conftest and tests)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)
SERIES_SIZE = 410  # more than two pages of the lazy youth model


@dataclass(frozen=True)
class Seeded:
    """Ids and secrets of what the template vault contains."""

    recovery_key: str
    zoe: int  # Zoë Çelik, 15, two parents with gezag; item 1 given, item 2 requested
    mehmet: int  # Mehmet Çelik, 17
    odegaard: int  # Sanne Ødegaard, 17, no consents
    daan: int  # Daan de Vries
    given_item: int
    requested_item: int


@dataclass(frozen=True)
class VaultFiles:
    path: Path
    seeded: Seeded


def seed(svc: Service, recovery: str) -> Seeded:
    uwv = svc.catalog.add_recipient("UWV", "arbeid", "Werkbedrijf")
    rbl = svc.catalog.add_recipient("RBL Utrecht", "leerplicht_rmc")
    work = svc.catalog.add_purpose(
        "begeleiding-werk", "Begeleiding naar werk", "Zodat het UWV je kan helpen."
    )
    move = svc.catalog.add_purpose("schoolwissel", "Overstap", "Zodat leerplicht meekijkt.")
    contact = svc.catalog.add_category("contact", "Contactgegevens", "Naam, adres", "dat", False)

    zoe = svc.people.add_youth(
        given_name="Zoë",
        family_name="Çelik",
        birth_date="12-03-2011",
        school="Pro Utrecht",
        programme="Entree",
    )
    mehmet = svc.people.add_youth(
        given_name="Mehmet", family_name="Çelik", birth_date="01-02-2009", school="Pro Utrecht"
    )
    ode = svc.people.add_youth(
        given_name="Sanne", family_name="Ødegaard", birth_date="15-06-2009", school="VSO Kompas"
    )
    daan = svc.people.add_youth(
        given_name="Daan", family_name="de Vries", birth_date="03-09-2008", school="MBO Utrecht"
    )
    for i in range(SERIES_SIZE):
        svc.people.add_youth(
            given_name=f"Lid{i:03d}",
            family_name="Reeks",
            birth_date=date(2008, 1, 1) + timedelta(days=i),
            school="Reeksschool",
        )
    p1 = svc.people.add_representative(zoe.id, "Ayşe Çelik", "parent", True)
    p2 = svc.people.add_representative(zoe.id, "Ömer Çelik", "parent", True)
    req = svc.consents.create_request(
        zoe.id,
        [ItemSpec(work.id, uwv.id, (contact.id,)), ItemSpec(move.id, rbl.id, (contact.id,))],
        valid_until="01-11-2027",
    )
    given, requested = (i.id for i in req.items)
    for parent in (p1, p2):
        svc.consents.record_decisions(
            req.id, SignerRef.representative(parent.id), {given: "yes"}, "desk"
        )
    return Seeded(recovery, zoe.id, mehmet.id, ode.id, daan.id, given, requested)


def damaged_copy(vault: VaultFiles, directory: Path) -> Path:
    """A copy of the vault (with its key header) whose last page has three bytes overwritten:
    the cipher check fails there, so the app must open it read-only with the banner."""
    damaged = directory / "beschadigd" / vault.path.name
    damaged.parent.mkdir()
    for source in vault.path.parent.iterdir():
        if source.is_file():
            shutil.copy2(source, damaged.parent / source.name)
    pages = damaged.stat().st_size // 4096
    with damaged.open("r+b") as fh:
        fh.seek((pages - 1) * 4096 + 500)
        fh.write(b"\x00\xff\x00")
    return damaged
