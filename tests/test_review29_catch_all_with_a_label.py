"""A catch-all catalog name with a label added: a year, a number, "enz.", "e.d.", "(oud)",
"(nieuw)", "en anderen". cases22 refused "Alle instanties"; review27 and atk26 closed its
wordings and look-alike letters; "Alle instanties 2025", "1. Alle partijen", "Alle gegevens
enz." and "Alle doelen (2025)" still went into the catalog as new entries — a worker who
numbers or dates the list names no one more than without it. Now refused like the plain name;
a name in which something is named still goes in ("Partners 2000", "Stichting Alle 4 Kids",
"Alle stages 2025", "Leerjaar 3")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service
from toestemming.store.header import KdfParams


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    path: Path = tmp_path_factory.mktemp("r29names") / "names.tvault"
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    service, _ = Service.create(path, "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams())
    try:
        yield service
    finally:
        service.close()


def _add(svc: Service, kind: str, name: str, n: int) -> None:
    if kind == "recipient":
        svc.catalog.add_recipient(name, "gemeente")
    elif kind == "category":
        svc.catalog.add_category(f"c{n}", name, "Wat het is, in gewone woorden.", "dat", False)
    else:
        svc.catalog.add_purpose(f"p{n}", name, "Zodat we je kunnen helpen met je stage.")


REFUSED = [
    ("recipient", "Alle instanties 2025"),
    ("recipient", "Alle partijen 2025-2026"),
    ("recipient", "1. Alle instanties"),
    ("recipient", "Alle instanties (1)"),
    ("recipient", "Alle instanties enz."),
    ("recipient", "Alle instanties e.d."),
    ("recipient", "Alle betrokken instanties (oud)"),
    ("recipient", "Alle organisaties (nieuw)"),
    ("recipient", "Alle instanties en anderen"),
    ("recipient", "Alle instanties v2"),
    ("category", "Alle gegevens 2025"),
    ("category", "Alle gegevens enz."),
    ("purpose", "Alle doelen (2025)"),
    ("purpose", "Alle doeleinden etc."),
]


@pytest.mark.parametrize(("kind", "name"), REFUSED)
def test_a_catch_all_with_a_year_number_or_etc_is_refused(
    svc: Service, kind: str, name: str
) -> None:
    before = svc.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError) as caught:
        _add(svc, kind, name, REFUSED.index((kind, name)))
    assert caught.value.message_id == f"error-catalog-catch-all-{kind}"
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == before


GOES_IN = [
    ("recipient", "Partners 2000"),
    ("recipient", "3 Gemeenten"),
    ("recipient", "Stichting Alle 4 Kids"),
    ("recipient", "Alle Kinderen Tellen"),
    ("recipient", "Gemeente Utrecht, alle afdelingen Werk"),
    ("category", "Leerjaar 3"),
    ("category", "Alle cijfers van leerjaar 3"),
    ("purpose", "Alle stages 2025"),
]


@pytest.mark.parametrize(("kind", "name"), GOES_IN)
def test_a_name_that_names_something_still_goes_in(svc: Service, kind: str, name: str) -> None:
    _add(svc, kind, name, 100 + GOES_IN.index((kind, name)))
