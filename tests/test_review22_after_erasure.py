"""review22: nothing new is written about a youth whose data was erased.

Erasure (AVG art. 17, or the retention period) empties the youth's record and forgets the
salts of her commitments. Requests, diplomas, objections, edits and forms were refused for an
erased youth, but three writes were not: a weighing (four free texts), a sharing with its
note, and a new parent with name, e-mail and phone — each stored and logged (with a new salt)
as if she were still there. A desk can reach them with the youth's page still open (another
desk erased her), a script or the CLI always."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service

_STEPS = (
    "Wet SUWI artikel 10 verplicht ons.",
    "Past bij het doel waarvoor de gegevens er zijn.",
    "Alleen wat nodig is voor de begeleiding.",
    "Minder delen kan niet voor dit doel.",
)


def _rows(service: Service, table: str) -> int:
    return int(service.vault.db.scalar(f"SELECT count(*) FROM {table}"))


@pytest.fixture(name="erased")
def erased_fixture(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[int, int]:
    """Lisa (17) with a weighing for the gemeente, erased at her request: (youth, weighing)."""
    c = catalog
    lisa = make_youth(17, given_name="Lisa").youth
    weighing = service.sharing.record_assessment(
        lisa.id, c.gemeente.id, c.werk.id, "legal_obligation", *_STEPS, True
    )
    clock.advance(timedelta(days=1))
    service.retention.erase(lisa.id, "request")
    return lisa.id, weighing.id


def test_no_sharing_is_recorded_for_an_erased_youth(
    service: Service, catalog: SimpleNamespace, erased: tuple[int, int]
) -> None:
    lisa, weighing = erased
    c = catalog
    with pytest.raises(ValidationError) as caught:
        service.sharing.record_disclosure(
            lisa,
            c.gemeente.id,
            c.werk.id,
            [c.contact.id],
            assessment_id=weighing,
            note="Gebeld met haar moeder over de uitkering",
        )
    assert "gewist" in str(caught.value)
    assert _rows(service, "disclosures") == 0


def test_no_weighing_is_recorded_for_an_erased_youth(
    service: Service, catalog: SimpleNamespace, erased: tuple[int, int]
) -> None:
    lisa, _ = erased
    c = catalog
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(
            lisa, c.gemeente.id, c.werk.id, "legal_obligation", *_STEPS, True
        )
    assert _rows(service, "assessments") == 1


def test_no_parent_is_added_to_an_erased_youth(service: Service, erased: tuple[int, int]) -> None:
    lisa, _ = erased
    before = _rows(service, "event_salts")
    with pytest.raises(ValidationError):
        service.people.add_representative(
            lisa, "Moeder van Lisa", "parent", True, email="moeder@voorbeeld.example"
        )
    assert service.people.representatives(lisa) == []
    assert _rows(service, "event_salts") == before
