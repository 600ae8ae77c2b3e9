"""A youth's genuine package after the catalogue changed around it (review19): proof18 holds
the names its lists show to the catalogue's logged events; none of these may be a false
alarm to the privacy officer who checks a real package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from youth_package_support import exported, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.service import Service


def test_a_purpose_revised_many_times_after_the_objection(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    objected = youth_with_an_objection(service, catalog, make_youth, clock)
    for n in range(12):
        service.catalog.revise_purpose(catalog.werk.id, f"Werk, versie {n}", "Nieuw.")
    service.catalog.revise_purpose(catalog.werk.id, "Guidance to work", "New.", "en", material=True)
    service.catalog.set_recipient_active(catalog.gemeente.id, False)
    _files, facts = exported(service, objected.youth_id, tmp_path / "jongere.ttbewijs")
    assert "alleen als nummer" not in facts


def test_a_purpose_titled_in_english_first(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """A purpose whose only version is English (the language layer): its title is shown."""
    english = service.catalog.add_purpose("en-only", "Work guidance", "So you get help.", "en")
    c = SimpleNamespace(**{**vars(catalog), "werk": english})
    objected = youth_with_an_objection(service, c, make_youth, clock, with_request=False)
    _files, facts = exported(service, objected.youth_id, tmp_path / "jongere.ttbewijs")
    assert "alleen als nummer" not in facts
