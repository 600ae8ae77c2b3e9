"""Session 15: the same person on two tablets (or the tablet after the desk), as a hurried
youth taps: the one rule (rules.answer_effect) holds on the tablet too, because
Signing.sign_decisions goes through Consents.prepare_decisions inside its transaction."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from test_signing_core import three_items, wave

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.signing_flow import Page, SigningFlow


def _answer_all(flow: SigningFlow, value: str) -> None:
    for _ in flow.items:
        flow.answer(value)
        if flow.item.special:
            flow.set_ack(True)
        flow.next_item()


def _rows(service: Service, items: list[int]) -> list[tuple[int, str, str]]:
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in service.vault.db.query(
            "SELECT item_id, answer, channel FROM decisions WHERE item_id IN (?,?,?) ORDER BY id",
            items,
        )
    ]


def test_two_tablets_opened_before_either_signed_record_the_yes_once(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Item 1 was answered "ja" at the desk. Two tablets show the request; the youth signs "ja"
    to everything on the first, then (not seeing it worked) on the second too. The first
    records items 2 and 3 only (item 1 stood already); the second records nothing and says
    why in Dutch, and stays on the signature page."""
    case = make_youth(17)
    request_id, *items = three_items(service, case.youth.id, catalog)
    me = SignerRef.youth(case.youth.id)
    service.consents.record_decisions(request_id, me, {items[0]: "yes"}, "desk")
    one = SigningFlow(service.signing, request_id, clock)
    two = SigningFlow(service.signing, request_id, clock)
    for flow in (one, two):
        assert flow.page == Page.ITEM  # the only signer, not done yet: straight to item 1

    _answer_all(one, "yes")
    assert one.to_signature() and one.confirm(wave()) == ""
    _answer_all(two, "yes")
    assert two.to_signature()
    error = two.confirm(wave())

    assert "al precies zo beantwoord" in error and two.page == Page.SIGN
    assert _rows(service, items) == [
        (items[0], "yes", "desk"),
        (items[1], "yes", "tablet"),
        (items[2], "yes", "tablet"),
    ]
    assert all(service.consents.item_status(i).status == ItemStatus.GIVEN for i in items)
    assert service.integrity_problems() == []


def test_no_on_the_tablet_after_ones_own_yes_at_the_desk_is_a_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    case = make_youth(17)
    request_id, *items = three_items(service, case.youth.id, catalog)
    me = SignerRef.youth(case.youth.id)
    service.consents.record_decisions(request_id, me, {items[0]: "yes"}, "desk")
    flow = SigningFlow(service.signing, request_id, clock)

    _answer_all(flow, "no")
    assert flow.to_signature() and flow.confirm(wave()) == ""

    assert _rows(service, items) == [
        (items[0], "yes", "desk"),
        (items[1], "no", "tablet"),
        (items[2], "no", "tablet"),
    ]
    row = service.vault.db.query_one("SELECT item_id, channel, evidence_id FROM withdrawals")
    assert row is not None and int(row[0]) == items[0] and row[1] == "tablet"
    assert row[2] is not None  # the signature is the withdrawal's evidence
    assert service.consents.item_status(items[0]).status == ItemStatus.WITHDRAWN
    assert service.integrity_problems() == []
