"""Text drift (issue 15): consent given on an older purpose text is flagged by "Mag ik
delen?" with what changed; a change marked material puts the item on the worklist to ask
again. A cosmetic rewrite warns but does not ask again; a text in another language does not
count as a change of this one."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.text_drift import word_diff


def _given(service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]):
    c = catalog
    youth = make_youth(17).youth
    req = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        req.id, SignerRef.youth(youth.id), {req.items[0].id: "yes"}, "desk"
    )
    return youth, req.items[0]


def _ask(service: Service, youth: Any, c: SimpleNamespace):
    return service.sharing.may_share(youth.id, c.uwv.id, c.werk.id, [c.contact.id])


def test_unchanged_text_has_no_warning(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth, _item = _given(service, catalog, make_youth)
    answer = _ask(service, youth, catalog)
    assert answer.allowed and answer.text_drift is None and answer.warnings == ()
    catalog_en = service.catalog.revise_purpose(catalog.werk.id, "Work", "So you get help.", "en")
    assert catalog_en.language == "en"
    assert _ask(service, youth, catalog).text_drift is None  # another language: not this text
    assert service.worklists.text_changed() == []


def test_rewritten_text_warns_with_the_difference(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth, item = _given(service, catalog, make_youth)
    service.catalog.revise_purpose(
        catalog.werk.id,
        "Begeleiding naar werk",
        "Zodat je hulp krijgt bij het vinden van werk.",
    )
    answer = _ask(service, youth, catalog)
    assert answer.allowed and answer.item_id == item.id
    drift = answer.text_drift
    assert drift is not None and (drift.shown_version, drift.current_version) == (1, 2)
    assert not drift.material
    assert "[-en houden-]" in drift.difference or "houden" in drift.difference
    assert any("oudere tekst" in w and "versie 1" in w for w in answer.warnings)
    assert service.worklists.text_changed() == []  # cosmetic: no need to ask again


def test_material_change_puts_the_item_on_the_worklist(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth, item = _given(service, catalog, make_youth)
    service.catalog.revise_purpose(
        catalog.werk.id,
        "Begeleiding naar werk en uitkering",
        "Zodat UWV ook je uitkering kan regelen.",
        material=True,
    )
    answer = _ask(service, youth, catalog)
    assert answer.text_drift is not None and answer.text_drift.material
    assert any("opnieuw toestemming" in w for w in answer.warnings)
    (work,) = service.worklists.text_changed()
    assert work.item_id == item.id and "wezenlijk gewijzigd" in work.detail
    assert work.why.text_in("en").startswith("item 1: purpose text changed materially (version 1")
    # Asked again on the new text and given: off the list, no warning any more.
    again = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(
        again.id, SignerRef.youth(youth.id), {again.items[0].id: "yes"}, "desk"
    )
    service.consents.act_on_item(item.id, "supersede", "Opnieuw gevraagd op de nieuwe tekst.")
    assert service.worklists.text_changed() == []
    fresh = _ask(service, youth, catalog)
    assert fresh.allowed and fresh.text_drift is None


def test_word_diff_marks_removed_and_added_words() -> None:
    assert word_diff("a b c", "a x c") == "a [-b-] {+x+} c"
    assert word_diff("gelijk", "gelijk") == "gelijk"
