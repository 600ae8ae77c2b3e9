"""`toestemming bench`: "10 voorstellen lezen" took 4.6 s (0.46 s a proposal) and each mail
check 1–2 s in a 10k-youth vault. Where it went: every item was judged at the reply's moment
(and every waiting request at now) several times over, each time a scan of the log's events
from a day before that moment — there is no index by kind, and a vault written today, or a
reply dated before the request, is scanned whole — and the signer's own answers were looked up
in item_state by request, a column without an index (all 100k rows per reply).

Now a reading of proposals (MailInbox.waiting, one read_reply) and the list of requests that
wait (Remote.pending, what each mail check searches for) read each kind's events once; the own
answers are picked by item. Held here: the number of scans no longer grows with the replies or
items, and what is read is exactly what the slow reading gave."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from mail_corpus import NOOR, SAM
from mail_support import RemoteVault, build_remote_vault

from toestemming.model import SignerRef

SCAN = re.compile(r"FROM events WHERE seq >= \S+ AND kind = ")


@pytest.fixture
def rv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RemoteVault]:
    made = build_remote_vault(tmp_path / "r.tvault", monkeypatch)
    try:
        yield made
    finally:
        made.svc.close()


@contextlib.contextmanager
def _scans(rv: RemoteVault) -> Iterator[list[str]]:
    seen: list[str] = []
    conn = rv.svc.vault.db._conn
    conn.set_trace_callback(lambda sql: seen.append(sql) if SCAN.search(sql) else None)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def _reply(rv: RemoteVault, sender: str, code: str, body: str, minutes: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "balie@testschool.example"
    msg["Subject"] = f"Re: Vraag om toestemming - code {code}"
    msg["Date"] = format_datetime(rv.clock.now() + timedelta(minutes=minutes))
    msg["Message-ID"] = f"<r{-minutes}{code}@example.org>"
    msg.set_content(body)
    return msg.as_bytes()


def _handed_out(rv: RemoteVault) -> None:
    svc = rv.svc
    svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    svc.remote.export_eml(rv.special.id, SignerRef.youth(rv.sam.id))
    svc.remote.export_eml(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    rv.clock.advance(timedelta(hours=2))  # a day's work: the log since a day back is all of it


def _replies(rv: RemoteVault) -> list[bytes]:
    return [
        _reply(rv, SAM, rv.main.reference_code, "1 ja, 2 nee", -30),
        _reply(rv, SAM, rv.special.reference_code, "ja voor alles", -30),
        _reply(rv, NOOR, rv.noor_request.reference_code, "nee", -20),
        # dated before the request was made (a wrong phone clock): the log read from the start
        _reply(rv, NOOR, rv.noor_request.reference_code, "ja", -60 * 24 * 30),
    ]


def _ticking(rv: RemoteVault, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real clock moves between two readings: a microsecond per look (injected, no sleep).
    pending() judges each item at the `now` it took first, which is then a past moment."""
    clock = rv.clock

    def now() -> datetime:
        clock.advance(timedelta(microseconds=1))
        return clock._now

    monkeypatch.setattr(clock, "now", now)


def test_the_waiting_requests_read_the_log_once_per_kind_not_per_item(
    rv: RemoteVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _handed_out(rv)
    _ticking(rv, monkeypatch)
    with _scans(rv) as seen:
        pending = rv.svc.remote.pending()
    assert len(pending) == 3
    # gezag and policy: one scan each, however many requests wait (was two per request)
    assert len(seen) <= 2, len(seen)


def test_a_reply_read_into_a_proposal_reads_each_kind_once(rv: RemoteVault) -> None:
    _handed_out(rv)
    raw = _replies(rv)[0]
    with _scans(rv) as seen:
        proposal = rv.svc.remote.read_reply(raw)
    assert proposal.can_confirm
    assert len(seen) <= 3, seen  # gezag, policy, recipient state (was 2 per item + 1)


def test_the_own_answers_are_not_looked_up_by_request_over_the_whole_item_state(
    rv: RemoteVault,
) -> None:
    _handed_out(rv)
    plans: list[str] = []
    db = rv.svc.vault.db
    conn = db._conn
    conn.set_trace_callback(
        lambda sql: plans.append(sql) if "FROM item_state s WHERE" in sql else None
    )
    try:
        rv.svc.remote.read_reply(_replies(rv)[0])
    finally:
        conn.set_trace_callback(None)
    scans = []
    for sql in plans:
        plan = db.query("EXPLAIN QUERY PLAN " + sql)
        scans += [str(row[-1]) for row in plan if str(row[-1]).startswith("SCAN s")]
    assert plans and scans == [], scans


def test_what_is_read_is_what_the_slow_reading_gave(
    rv: RemoteVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _handed_out(rv)
    svc = rv.svc
    # replies of today and one dated a month before the request (read from the log's start)
    fast_pending = svc.remote.pending()
    fast = [svc.remote.read_reply(raw) for raw in _replies(rv)]
    for module in ("remote_pending", "remote_replies", "mail_inbox"):
        monkeypatch.setattr(f"toestemming.usecases.{module}.reading_once", contextlib.nullcontext)
    slow_pending = svc.remote.pending()
    slow = [svc.remote.read_reply(raw) for raw in _replies(rv)]
    assert fast_pending == slow_pending
    assert [p.key() for p in fast] == [p.key() for p in slow]
    assert [tuple(p.notes) for p in fast] == [tuple(p.notes) for p in slow]
