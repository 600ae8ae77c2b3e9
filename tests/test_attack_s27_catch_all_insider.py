"""Attack round 12 (session 22): an insider turns an old "ja" to a catch-all entry ("Alle
betrokken instanties", made by a release before cases22) into a consent "Mag ik delen?"
accepts, by editing the tables with the unlocked key: the entry renamed to a named
organisation, or the item pointed at a named one. "Mag ik delen?" reads the tables, so it
then says yes — `check` must name the edit (the log holds what the "ja" was given on).
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases import catalog as catalog_module
from toestemming.usecases import consent as consent_module
from toestemming.usecases.consent import ItemSpec


def _old_yes_to_everyone(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int, int]:
    """As an older release wrote it: the entry, Daan's request on it and his "ja"."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(catalog_module, "refuse_catch_all", lambda *_a: None, raising=False)
        mp.setattr(consent_module, "refuse_catch_all_entry", lambda *_a: None, raising=False)
        mp.setattr(consent_module, "refuse_yes_to_catch_all", lambda *_a: None, raising=False)
        everyone = service.catalog.add_recipient("Alle betrokken instanties", "gemeente")
        daan = make_youth(17, given_name="Daan").youth.id
        request = service.consents.create_request(
            daan, [ItemSpec(c.werk.id, everyone.id, (c.contact.id,))]
        )
        item = request.items[0].id
        service.consents.record_decisions(request.id, SignerRef.youth(daan), {item: "yes"}, "desk")
    return daan, everyone.id, item


def _edit(service: Service, table: str, sql: str, params: tuple[Any, ...]) -> None:
    db = service.vault.db
    with db.transaction():
        for (name,) in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        ):
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute(sql, params)


def test_the_catch_all_entry_renamed_in_the_table_is_named_by_check(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    daan, everyone, _item = _old_yes_to_everyone(service, c, make_youth)
    assert not service.sharing.may_share(daan, everyone, c.werk.id, [c.contact.id]).allowed
    assert service.replay(texts=True).ok
    _edit(
        service, "recipients", "UPDATE recipients SET name = 'UWV Noord' WHERE id = ?", (everyone,)
    )
    assert service.integrity_problems(), "a renamed catch-all entry passed check"


def test_the_item_pointed_at_a_named_organisation_is_named_by_check(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    _daan, _everyone, item = _old_yes_to_everyone(service, c, make_youth)
    _edit(
        service,
        "consent_items",
        "UPDATE consent_items SET recipient_id = ? WHERE id = ?",
        (c.uwv.id, item),
    )
    assert not service.replay().ok, "an item moved off the catch-all entry passed check"


def test_an_appended_yes_under_the_catch_all_entry_shares_nothing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The "ja" appended through the program's own functions (the refusal switched off, as an
    insider with the code would): "Mag ik delen?" still says no — it judges the entry."""
    c = catalog
    daan, everyone, _item = _old_yes_to_everyone(service, c, make_youth)
    answer = service.sharing.may_share(daan, everyone, c.werk.id, [c.contact.id])
    assert not answer.allowed and "Alle betrokken instanties" in answer.reason
