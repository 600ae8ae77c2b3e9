"""Two desks of a team marking the same recipient as told of a withdrawal (turns22).

`withdrawals.mark_notified` checked "does this recipient still need to hear?" before its
write turn. When a colleague marked the same recipient in between (both worked down the
same list), the second mark ended in a database error (the unique notification row) instead
of saying it was done already. Now it is checked in the turn: a clear reason, nothing written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ValidationError
from toestemming.model import SignerRef


def test_a_recipient_marked_told_at_the_other_desk_meanwhile_is_refused_with_the_reason(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    got = a.consents.request(request).items[0]
    a.sharing.record_disclosure(
        sara, got.recipient.id, got.purpose.id, [c.id for c in got.categories]
    )
    clock.advance(timedelta(days=3))
    result = a.withdrawals.withdraw([item], SignerRef.youth(sara), "email")
    ((wid, uwv),) = result.recipients_to_notify
    before_the_turn(a, lambda: b.withdrawals.mark_notified(wid, uwv.id), monkeypatch)
    with pytest.raises(ValidationError) as said:
        a.withdrawals.mark_notified(wid, uwv.id)
    assert "niet (meer)" in str(said.value)
    assert a.vault.db.scalar("SELECT count(*) FROM withdrawal_notifications") == 1
