"""Erasing a youth, or revoking an item, at one desk while another desk writes (review21).

`retention.erase` and `item_actions.act_on_item` made their checks (no consent given or
asked, no recipient still to be told, not erased yet; the item not withdrawn) BEFORE taking
the organisation's write turn. On a team server, what another desk wrote in between went
unseen: a youth was erased with a consent request just sent to her (her answer then had
nothing to land on), a youth erased twice logged two erasures, and an item the youth had just
withdrawn was revoked by the organisation on top (withdrawn is final: the history then
said the organisation ended it). Now the checks are made again in the write turn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _events(svc: Service, kind: str) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = ?", (kind,)))


def _erase_after(
    other: Callable[[Service, int, ItemSpec], Any], desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> tuple[Service, int, pytest.ExceptionInfo[ToestemmingError]]:
    """Sara said no to her only request; desk a erases her at her request while desk b does
    `other(b, sara, spec)` just before a's write turn. Returns what a's erasure raised."""
    a, b, _clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
    asked = a.consents.request(request).items[0]
    spec = ItemSpec(asked.purpose.id, asked.recipient.id, tuple(c.id for c in asked.categories))
    before_the_turn(a, lambda: other(b, sara, spec), monkeypatch)
    with pytest.raises(ToestemmingError) as caught:
        a.retention.erase(sara, "request")
    return a, sara, caught


def test_a_youth_the_other_desk_just_sent_a_request_is_not_erased(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, sara, caught = _erase_after(
        lambda desk, youth, spec: desk.consents.create_request(youth, [spec]),
        desks,
        monkeypatch,
    )
    assert caught.type is RuleViolation, caught.value
    assert _events(a, "youth.erased") == 0
    assert not a.people.youth(sara).erased


def test_a_youth_the_other_desk_erased_meanwhile_is_not_erased_twice(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _sara, caught = _erase_after(
        lambda desk, youth, _spec: desk.retention.erase(youth, "request"),
        desks,
        monkeypatch,
    )
    assert "gewist" in str(caught.value), caught.value  # said, not a database error
    assert _events(a, "youth.erased") == 1
    assert a.vault.db.scalar("SELECT count(*) FROM erasures") == 1


def test_an_item_the_youth_withdrew_at_the_other_desk_meanwhile_is_not_revoked(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    before_the_turn(
        a, lambda: b.withdrawals.withdraw([item], SignerRef.youth(sara), "email"), monkeypatch
    )
    with pytest.raises(RuleViolation):
        a.consents.act_on_item(item, "revoke", "Het traject is afgesloten.")
    assert a.consents.item_status(item, clock.now()).status == ItemStatus.WITHDRAWN
    assert _events(a, "item.revoke") == 0
