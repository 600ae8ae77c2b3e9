"""A team desk whose clock ran ahead, then a colleague's correction (session 21, attack round 7).

The class of test_attack_s21_clock_rows.py on the team server (real PostgreSQL): Sara (17)
withdraws her consent on Tuesday at a desk whose clock says Thursday. Wim's desk, with the right
clock, opens an hour later behind the team's log and he states "de klok klopt nu" (one
`clock.corrected`). On Friday Wim records a sharing of Wednesday: it was judged by the
withdrawal's stored date (Thursday) and accepted as covered. Now the withdrawal counts no later
than the correction that followed it, on the server as in a vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from team_support import colleague_ahead, states_clock_right

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.usecases.consent import ItemSpec

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_sharing_of_wednesday_is_refused_after_a_withdrawal_dated_by_a_desk_ahead(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    colleague, ahead, wim_login = colleague_ahead(pg_server, pg_database, MONDAY)
    c = colleague.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    sara = colleague.people.add_youth(
        given_name="Sara", family_name="Jansen", birth_date="2009-03-01"
    )
    request = colleague.consents.create_request(sara.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    item = request.items[0].id
    her = SignerRef.youth(sara.id)
    colleague.consents.record_decisions(request.id, her, {item: "yes"}, "desk")
    tuesday = MONDAY + timedelta(days=1)
    ahead.set(tuesday + timedelta(days=2))  # the colleague's laptop says Thursday
    colleague.withdrawals.withdraw([item], her, "desk")
    right = FixedClock(tuesday + timedelta(hours=1))
    wim = states_clock_right(wim_login, right)  # behind the team's log until he states it
    try:
        right.set(tuesday + timedelta(days=3))  # Friday
        wednesday = tuesday + timedelta(days=1)
        assert wim.consents.item_status(item, wednesday).status == ItemStatus.WITHDRAWN
        answer = wim.sharing.may_share(sara.id, uwv.id, werk.id, [contact.id], at=wednesday)
        assert not answer.allowed
        before = wim.vault.db.scalar("SELECT count(*) FROM events")
        with pytest.raises(RuleViolation):
            wim.sharing.record_disclosure(
                sara.id, uwv.id, werk.id, [contact.id], disclosed_at=wednesday
            )
        assert wim.vault.db.scalar("SELECT count(*) FROM events") == before
        # Monday's sharing stays covered.
        monday_later = MONDAY + timedelta(hours=2)
        assert wim.sharing.may_share(
            sara.id, uwv.id, werk.id, [contact.id], at=monday_later
        ).allowed
    finally:
        wim.close()
        colleague.close()
