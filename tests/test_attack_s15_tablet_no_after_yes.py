"""Session 15 review: a "nee" at the tablet after the signer's own "ja" (given at the desk or by
mail) is a withdrawal (rules.answer_effect). The signer's receipt from that tablet session must
still list that item, and the session must name the withdrawal it made: before this fix the
receipt silently left the item out (it listed only decision rows) and neither the session's
event nor the tablet's result named the withdrawal."""

from __future__ import annotations

import json
from datetime import timedelta
from types import SimpleNamespace

from test_signing_core import three_items, wave

from toestemming.clock import FixedClock
from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.service import Service


def test_no_at_the_tablet_after_own_yes_is_on_the_receipt_and_in_the_session(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    youth = make_youth(17).youth
    rid, a, b, special = three_items(service, youth.id, catalog)
    me = SignerRef.youth(youth.id)
    # Monday at the desk: "ja" to part 1 only; parts 2 and 3 left for later.
    service.consents.record_decisions(rid, me, {a: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    session = service.signing.session(rid)
    assert not next(c for c in session.signers if c.signer == me).has_signed
    shown = {i.item_id: i.texts["nl"][1] for i in session.items}
    # Wednesday at the tablet she goes through every open part and says "nee" to part 1.
    result = service.signing.sign_decisions(
        rid, me, "nl", {a: "no", b: "yes", special: "no"}, (), shown, wave(), clock.now()
    )
    assert service.consents.item_status(a).status == ItemStatus.WITHDRAWN
    db = service.vault.db
    wid = db.scalar("SELECT id FROM withdrawals WHERE item_id = ?", (a,))
    assert wid is not None
    # The tablet's result and the session's event name the withdrawal it made.
    assert result.withdrawal_ids == (int(wid),)
    body = json.loads(
        db.scalar("SELECT body FROM events WHERE kind = 'signing.completed' ORDER BY seq DESC")
    )["data"]
    assert body["withdrawals"] == [int(wid)]
    # Her receipt lists all three parts as she answered them, part 1 included.
    record = service.signing_receipts.record(result.session_id)
    assert [(line.position, line.answer) for line in record.lines] == [
        (1, Answer.NO),
        (2, Answer.YES),
        (3, Answer.NO),
    ]
    assert service.verify_audit(deep=True).ok
    assert service.integrity_problems() == []
