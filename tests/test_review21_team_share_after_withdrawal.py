"""A sharing recorded at one desk while another desk records the withdrawal (review21).

`sharing.record_disclosure` asked "mag ik delen?" (may_share) BEFORE taking the
organisation's write turn, then wrote the disclosure in its own transaction. On a team server,
when a colleague recorded Sara's withdrawal (her mail read from the inbox) in between, the
disclosure was written on the basis of her consent, dated after she had withdrawn it — and the
withdrawal's list of recipients to be told (AVG art. 19) did not name this recipient either.
The withdrawal and the consents are checked inside their transaction; the sharing was not.

Now the check is made in the write turn: the sharing is refused with the reason (another
basis needed), nothing written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from review21_support import before_the_turn
from team_support import create_team, sara_request

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_a_sharing_checked_before_the_other_desk_recorded_the_withdrawal_is_refused(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    a, admin = create_team(pg_server, pg_database, clock)
    request, item, sara = sara_request(a, clock.today())
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    b = Service.open_team(admin.url, admin.password, clock=clock)
    try:
        got = a.consents.request(request).items[0]
        withdrawn: list[Any] = []
        before_the_turn(
            a,
            lambda: withdrawn.append(
                b.withdrawals.withdraw([item], SignerRef.youth(sara), "email")
            ),
            monkeypatch,
        )
        with pytest.raises(RuleViolation):
            a.sharing.record_disclosure(
                sara, got.recipient.id, got.purpose.id, [c.id for c in got.categories]
            )
        assert withdrawn, "the other desk's withdrawal did not run"
        assert a.vault.db.scalar("SELECT count(*) FROM disclosures") == 0
        assert (
            a.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'disclosure.recorded'") == 0
        )
    finally:
        b.close()
        a.close()
