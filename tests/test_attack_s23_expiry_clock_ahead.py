"""A remote request expired by a clock that ran ahead for a while (session 23, atk23).

Before: the school mails Sam a request on 23 November; the organisation lets an unanswered
request expire after 14 days. Five days later the laptop's clock runs ten days ahead (a wrong
time server) — far less than the two months that hold a vault at unlock — and the expiry check
at unlock expires Sam's request as "no answer for 14 days" although only 5 had passed. The
clock is put right the same hour ("de klok klopt nu"). Sam answers on day 8; the worker reads
the mail and is told the request has expired: the expiry, capped to the correction, still
counted from day 5, and Sam would have to be asked again — his "ja" thrown away by a wrong
clock.

Now an expiry written while the clock ran ahead counts from the later of the correction and the
day it was really due (event_seek.expiry_due): Sam's answer on day 8 is read and recorded,
and an answer written after the real due date (day 15) is still refused as expired. The rows
stay as written (nothing edited): it is how the rules judge them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from mail_corpus import build_corpus
from mail_support import START, RemoteVault, build_remote_vault

from toestemming.errors import VaultError
from toestemming.model import ItemStatus, SignerRef

CORPUS = build_corpus()
ORIGINAL_DATE = b"Tue, 24 Nov 2026 09:12:40 +0100"


@pytest.fixture
def rv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RemoteVault]:
    v = build_remote_vault(tmp_path / "kluis.tvault", monkeypatch)
    try:
        yield v
    finally:
        v.svc.close()


def _expired_ahead_then_put_right(rv: RemoteVault) -> None:
    """Day 0 the request is sent; on day 5 the clock says day 15 for an hour, the unlock's
    expiry check expires the request, then the clock is put right and stated right."""
    rv.clock.set(START)
    rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    assert rv.svc.remote.settings().expiry_days == 14
    rv.clock.set(START + timedelta(days=15))
    assert rv.svc.remote.expire_overdue() == [rv.main.id]
    rv.clock.set(START + timedelta(days=5, hours=1))
    with pytest.raises(VaultError):
        rv.svc.people.add_youth(given_name="Ander", family_name="Kind", birth_date="01-01-2012")
    assert rv.svc.clock_right.confirm() is not None


def _reply_dated(day: float) -> bytes:
    date = format_datetime(START + timedelta(days=day)).encode()
    return CORPUS["gmail_quoted.eml"].replace(ORIGINAL_DATE, date)


def test_an_answer_before_the_real_due_date_is_recorded(rv: RemoteVault) -> None:
    _expired_ahead_then_put_right(rv)
    rv.clock.set(START + timedelta(days=8, hours=2))
    # Until the real due date the request still waits for an answer.
    status = {rv.svc.consents.item_status(i.id).status for i in rv.main.items}
    assert status == {ItemStatus.REQUESTED}
    # … and is on the desk's list of requests waiting for an answer, due on day 14.
    waiting = {p.request_id: p for p in rv.svc.remote.pending()}
    assert waiting[rv.main.id].expires_on == (START + timedelta(days=14)).date()
    assert rv.svc.remote.expire_overdue() == []
    proposal = rv.svc.remote.read_reply(_reply_dated(8))
    assert proposal.problems == ()
    rv.svc.remote.confirm(proposal)
    after = {i.position: rv.svc.consents.item_status(i.id).status for i in rv.main.items}
    assert after == {1: ItemStatus.REFUSED, 2: ItemStatus.GIVEN}


def test_an_answer_after_the_real_due_date_is_still_refused_as_expired(rv: RemoteVault) -> None:
    _expired_ahead_then_put_right(rv)
    rv.clock.set(START + timedelta(days=15, hours=2))
    status = {rv.svc.consents.item_status(i.id).status for i in rv.main.items}
    assert status == {ItemStatus.EXPIRED}
    assert rv.main.id not in {p.request_id for p in rv.svc.remote.pending()}
    assert rv.svc.remote.expire_overdue() == []  # (expired once: nothing written again)
    proposal = rv.svc.remote.read_reply(_reply_dated(15))
    assert any("verlopen" in p for p in proposal.problems), proposal.problems


def test_an_answer_written_before_the_due_date_and_read_after_it_counts(rv: RemoteVault) -> None:
    """Sam answered on day 12; the mail is read on day 16, after the real due date (day 14):
    an answer written in time and read late counts, as for any expiry."""
    _expired_ahead_then_put_right(rv)
    rv.clock.set(START + timedelta(days=16))
    proposal = rv.svc.remote.read_reply(_reply_dated(12))
    assert proposal.problems == ()
    rv.svc.remote.confirm(proposal)
    after = {i.position: rv.svc.consents.item_status(i.id).status for i in rv.main.items}
    assert after == {1: ItemStatus.REFUSED, 2: ItemStatus.GIVEN}
