"""A script (or a desk bug) hands the organisation's own action on an item an id that is not
a whole number — True, 1.0 — which SQLite still matches with item 1. Before session 21 the
action was recorded with "item": true in the log, and `check` then said the vault and its log
disagreed (found by the hypothesis storm in the clean-clone CI). Now: a Dutch message,
nothing written, and the vault stays whole."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import ValidationError
from toestemming.model import ItemActionKind
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.mark.parametrize("wrong", [True, 1.0, "1", None, 0, -1])
def test_an_item_action_on_an_id_that_is_not_a_whole_number_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], wrong: Any
) -> None:
    case = make_youth(17)
    item = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).items[0]
    assert item.id == 1
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError):
        service.consents.act_on_item(wrong, ItemActionKind.REVOKE, "Dubbel aangemaakt.")
    assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    service.consents.act_on_item(item.id, ItemActionKind.REVOKE, "Dubbel aangemaakt.")
    assert service.integrity_problems() == []


@pytest.mark.parametrize("wrong", [True, 1.0])
def test_a_weighing_for_an_id_that_is_not_a_whole_number_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], wrong: Any
) -> None:
    """The stappenplan recorded for youth True was logged with "youth": true (the storm)."""
    assert make_youth(17).youth.id == 1
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    steps = ("Wettelijke taak.", "Past bij het doel.", "Alleen wat nodig is.", "Niet anders.")
    with pytest.raises(ValidationError):
        service.sharing.record_assessment(
            wrong, catalog.uwv.id, catalog.werk.id, "public_task", *steps, True
        )
    assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    assert service.integrity_problems() == []
