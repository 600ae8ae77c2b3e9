"""Erasing a youth, or revoking an item, at one desk while another desk writes (review21).

`retention.erase` and `item_actions.act_on_item` made their checks (no consent given or
asked, no recipient still to be told, not erased yet; the item not withdrawn) BEFORE taking
the organisation's write turn. On a team server, what another desk wrote in between went
unseen: a youth was erased with a consent request just sent to her (her answer then had
nothing to land on), a youth erased twice logged two erasures, and an item the youth had just
withdrawn was revoked by the organisation on top (withdrawn is final: the history then
said the organisation ended it). Now the checks are made again in the write turn."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from review21_support import before_the_turn
from team_support import create_team, sara_request

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _two_desks(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Service, Service, FixedClock, tuple[int, int, int]]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    a, admin = create_team(pg_server, pg_database, clock)
    request, item, sara = sara_request(a, clock.today())
    clock.advance(timedelta(days=1))
    return (
        a,
        Service.open_team(admin.url, admin.password, clock=clock),
        clock,
        (request, item, sara),
    )


def _events(svc: Service, kind: str) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = ?", (kind,)))


def test_a_youth_the_other_desk_just_sent_a_request_is_not_erased(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (request, item, sara) = _two_desks(pg_server, pg_database, tmp_path, monkeypatch)
    try:
        a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
        asked = a.consents.request(request).items[0]
        spec = ItemSpec(asked.purpose.id, asked.recipient.id, tuple(c.id for c in asked.categories))
        before_the_turn(a, lambda: b.consents.create_request(sara, [spec]), monkeypatch)
        with pytest.raises(RuleViolation):
            a.retention.erase(sara, "request")
        assert _events(a, "youth.erased") == 0
        assert not a.people.youth(sara).erased
    finally:
        b.close()
        a.close()


def test_a_youth_the_other_desk_erased_meanwhile_is_not_erased_twice(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (request, item, sara) = _two_desks(pg_server, pg_database, tmp_path, monkeypatch)
    try:
        a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
        before_the_turn(a, lambda: b.retention.erase(sara, "request"), monkeypatch)
        with pytest.raises(ToestemmingError):
            a.retention.erase(sara, "request")
        assert _events(a, "youth.erased") == 1
        assert a.vault.db.scalar("SELECT count(*) FROM erasures") == 1
    finally:
        b.close()
        a.close()


def test_an_item_the_youth_withdrew_at_the_other_desk_meanwhile_is_not_revoked(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, item, sara) = _two_desks(pg_server, pg_database, tmp_path, monkeypatch)
    try:
        a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
        before_the_turn(
            a, lambda: b.withdrawals.withdraw([item], SignerRef.youth(sara), "email"), monkeypatch
        )
        with pytest.raises(RuleViolation):
            a.consents.act_on_item(item, "revoke", "Het traject is afgesloten.")
        assert a.consents.item_status(item, clock.now()).status == ItemStatus.WITHDRAWN
        assert _events(a, "item.revoke") == 0
    finally:
        b.close()
        a.close()
