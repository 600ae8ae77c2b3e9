"""Session 19 (multi22): a desk erases a youth while the other desk has her item open and
then saves: the worker changes the "nee" Sara (17) just gave into "ja", attaches the scan of
her signed paper to the request, or ends the item with a reason that names her. The save
comes after the erasure, on a screen read before it. It is refused in Dutch ("gewist") and
nothing of it is written: no decision, no evidence link, no item action, no event — nothing
personal back on the erased record."""

from __future__ import annotations

import pytest
from review21_support import Desks, desks_fixture  # noqa: F401

from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef


def _count(svc, sql: str, *args) -> int:  # type: ignore[no-untyped-def]
    return int(svc.vault.db.scalar(sql, args))


def test_a_save_on_an_item_whose_youth_the_other_desk_erased_is_refused_whole(
    desks: Desks,
) -> None:
    a, b, _clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
    shown = a.consents.item_status(item)  # (the item dialog, open at desk a)
    assert shown.status.value == "refused"

    b.retention.erase(sara, "request")  # (desk b, meanwhile)
    decisions = _count(a, "SELECT count(*) FROM decisions WHERE item_id = ?", item)
    events = _count(a, "SELECT count(*) FROM events")

    with pytest.raises(ToestemmingError) as told:
        a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    said = user_text(told.value)
    assert "Traceback" not in said and "Sara" not in said
    assert _count(a, "SELECT count(*) FROM decisions WHERE item_id = ?", item) == decisions
    assert _count(a, "SELECT count(*) FROM events") == events
    assert a.people.youth(sara).erased
    assert a.verify_audit(deep=True).ok
    assert a.integrity_problems() == []


def _erased_meanwhile(desks: Desks) -> tuple[int, int]:
    """Sara said no; desk b erases her while desk a has her request open. (events, links)"""
    a, b, _clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
    b.retention.erase(sara, "request")
    return _count(a, "SELECT count(*) FROM events"), _count(
        a, "SELECT count(*) FROM evidence_links"
    )


def test_evidence_attached_to_the_request_of_a_youth_erased_meanwhile_is_refused(
    desks: Desks,
) -> None:
    """The scan of her signed paper, attached after the erasure, would put her name and
    signature back on the erased record (it is erased *with* the youth, and she already was)."""
    a, _b, _clock, (request, _item, _sara) = desks
    events, links = _erased_meanwhile(desks)
    with pytest.raises(ToestemmingError) as told:
        a.evidence.add_linked("scan", "application/pdf", b"%PDF-1.4 Sara", request, "scan")
    assert "Sara" not in user_text(told.value)
    assert _count(a, "SELECT count(*) FROM events") == events
    assert _count(a, "SELECT count(*) FROM evidence_links") == links
    assert _count(a, "SELECT count(*) FROM evidence WHERE content IS NOT NULL AND id > 0") == 0


def test_an_item_action_with_a_reason_on_a_youth_erased_meanwhile_is_refused(
    desks: Desks,
) -> None:
    a, _b, _clock, (_request, item, _sara) = desks
    events, _ = _erased_meanwhile(desks)
    with pytest.raises(ToestemmingError):
        a.consents.act_on_item(item, "invalidate", "Sara Vos had het verkeerd begrepen")
    assert _count(a, "SELECT count(*) FROM events") == events
    assert _count(a, "SELECT count(*) FROM item_actions") == 0
