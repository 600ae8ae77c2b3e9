"""A sharing recorded at one desk while another desk records the withdrawal (review21).

`sharing.record_disclosure` asked "mag ik delen?" (may_share) BEFORE taking the
organisation's write turn, then wrote the disclosure in its own transaction. On a team server,
when a colleague recorded Sara's withdrawal (her mail read from the inbox) in between, the
disclosure was written on the basis of her consent, dated after she had withdrawn it (and the
colleague's screen, listing whom to tell of the withdrawal, did not name this recipient).
The withdrawal and the consents are checked inside their transaction; the sharing was not.

Now the check is made in the write turn: the sharing is refused with the reason (another
basis needed), nothing written."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import RuleViolation
from toestemming.model import SignerRef


def test_a_sharing_checked_before_the_other_desk_recorded_the_withdrawal_is_refused(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    got = a.consents.request(request).items[0]
    withdrawn: list[Any] = []
    before_the_turn(
        a,
        lambda: withdrawn.append(b.withdrawals.withdraw([item], SignerRef.youth(sara), "email")),
        monkeypatch,
    )
    with pytest.raises(RuleViolation):
        a.sharing.record_disclosure(
            sara, got.recipient.id, got.purpose.id, [c.id for c in got.categories]
        )
    assert withdrawn, "the other desk's withdrawal did not run"
    assert a.vault.db.scalar("SELECT count(*) FROM disclosures") == 0
    assert a.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'disclosure.recorded'") == 0
