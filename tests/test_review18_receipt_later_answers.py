"""Session 16 review: a tablet receipt read again later says what the session did, not what
happened after it. SigningReceipts._given_before lists the items the signer answered as before
("al eerder gegeven op …"); two of its conditions had no test (removing either left every test
green):

- only decisions made before the session count: Sanne's "nee" repeated at the tablet, then a
  "ja" at the desk two days later, must not turn her old receipt into "Ja (al eerder …)";
- only items the tablet asked: an item withdrawn before the session was not on the tablet, so
  it is not on that session's receipt either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from test_signing_core import wave
from test_signing_receipt_withdrawn import _local, _two_items

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service


def _tablet(
    service: Service, rid: int, me: SignerRef, answers: dict[int, str], clock: FixedClock
) -> int:
    shown = {i.item_id: i.texts["nl"][1] for i in service.signing.session(rid).items}
    return service.signing.sign_decisions(
        rid, me, "nl", answers, (), shown, wave(), clock.now()
    ).session_id


def test_a_later_yes_at_the_desk_does_not_rewrite_the_tablet_receipt(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    sanne = make_youth(17, given_name="Sanne").youth
    rid, uwv, stage = _two_items(service, catalog, sanne.id)
    me = SignerRef.youth(sanne.id)
    desk_at = clock.now()
    service.consents.record_decisions(rid, me, {uwv: "no"}, "desk")
    clock.advance(timedelta(days=1))
    sid = _tablet(service, rid, me, {uwv: "no", stage: "yes"}, clock)
    clock.advance(timedelta(days=2))
    service.consents.record_decisions(rid, me, {uwv: "yes"}, "desk")  # she changed her mind

    record = service.signing_receipts.record(sid)
    said = {line.position: record.answer_text(line) for line in record.lines}
    assert said == {1: f"Nee (al eerder gegeven op {_local(desk_at)})", 2: "Ja, dat mag"}


def test_an_item_withdrawn_before_the_session_is_not_on_its_receipt(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    sanne = make_youth(17, given_name="Sanne").youth
    rid, uwv, stage = _two_items(service, catalog, sanne.id)
    me = SignerRef.youth(sanne.id)
    service.consents.record_decisions(rid, me, {uwv: "yes"}, "desk")
    clock.advance(timedelta(hours=2))
    service.withdrawals.withdraw([uwv], me, "desk")
    clock.advance(timedelta(days=1))
    assert [i.item_id for i in service.signing.session(rid).items] == [stage]
    sid = _tablet(service, rid, me, {stage: "yes"}, clock)

    record = service.signing_receipts.record(sid)
    assert [(line.position, record.answer_text(line)) for line in record.lines] == [
        (2, "Ja, dat mag")
    ]
