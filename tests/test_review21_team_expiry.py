"""Two desks of one team expire requests at unlock (review21).

`remote.expire_overdue` runs at every unlock (ui/vault_care.after_unlock). Its `_expire` read
which items were still open BEFORE taking the organisation's write turn, then expired them in
its own transaction. On a team server two desks do this in the same minutes: when the other
desk recorded Sara's "ja" (her reply read from the mail inbox) in between, this desk still
expired the item she had just consented to; when the other desk had expired the same request
in between, this desk's unlock ended in a database error and the rest of its list was left.

Now the open items are read inside the write turn, and a request expired meanwhile is left
alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.model import ItemStatus, SignerRef
from toestemming.usecases.remote import RemoteSettings


def _overdue(desks: Desks) -> Desks:
    """Sara's request handed out as a QR code eleven days ago (it expires after ten)."""
    a, b, clock, (request, item, youth) = desks
    a.remote.set_settings(
        RemoteSettings(expiry_days=10, reminder_after_days=4, reply_address="a@b.nl")
    )
    a.remote.record_qr_handed_out(request, SignerRef.youth(youth))
    clock.advance(timedelta(days=11))
    return a, b, clock, (request, item, youth)


def test_a_yes_recorded_by_the_other_desk_meanwhile_is_not_expired(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, item, youth) = _overdue(desks)
    before_the_turn(
        a,
        lambda: b.consents.record_decisions(
            request, SignerRef.youth(youth), {item: "yes"}, "email"
        ),
        monkeypatch,
    )
    assert a.remote.expire_overdue() in ([], [request])
    status = a.consents.item_status(item, clock.now()).status
    assert status == ItemStatus.GIVEN, status
    assert a.vault.db.scalar("SELECT count(*) FROM item_actions WHERE kind = 'expire'") == 0


def test_a_request_the_other_desk_expired_meanwhile_is_no_error(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (_request, item, _youth) = _overdue(desks)
    before_the_turn(a, b.remote.expire_overdue, monkeypatch)
    assert a.remote.expire_overdue() == []
    assert a.consents.item_status(item, clock.now()).status == ItemStatus.EXPIRED
    assert a.vault.db.scalar("SELECT count(*) FROM remote_expiries") == 1
    assert a.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'remote.expired'") == 1
