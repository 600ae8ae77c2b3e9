"""A reply without a Date header (some phone apps, scripts, a hand-made .eml): when did the
person answer? Not "whenever the worker happens to read it in".

- With Received headers: the topmost one is our own mail server's stamp (the ones below were
  written before the message reached us, by the sender's side too, and are not believed);
- without any: the moment it was fetched from the mailbox, else the moment it was first
  read in — and confirming later keeps that moment (it used to be read again as "now", so the
  fresh reading differed and the answer could never be confirmed);
- in every case the worker is told, and the proof says the date is not the sender's.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mail_corpus import build_corpus
from mail_support import RemoteVault
from pypdf import PdfReader
from test_mail_replies import READ_AT

from toestemming.capture.replies import parse_reply
from toestemming.model import SignerRef
from toestemming.proof import verify

RAW = build_corpus()["gmail_quoted.eml"]  # "1 nee, 2 ja", dated 24 Nov 2026 09:12:40 +0100
DATE_LINE = b"Date: Tue, 24 Nov 2026 09:12:40 +0100\r\n"
OURS = (
    b"Received: from mx.example.org by imap.testschool.example; Tue, 24 Nov 2026 09:30:05 +0100\r\n"
)
# Written by the sender's side: a forged, early stamp further down must not date the answer.
THEIRS = b"Received: from phone by mail.example.org; Mon, 23 Nov 2026 06:00:00 +0100\r\n"


def _undated(*received: bytes) -> bytes:
    assert DATE_LINE in RAW
    return b"".join(received) + RAW.replace(DATE_LINE, b"")


def test_the_topmost_received_header_dates_a_reply_without_date() -> None:
    parsed = parse_reply(_undated(OURS, THEIRS))
    assert parsed.sent_at == datetime(2026, 11, 24, 8, 30, 5, tzinfo=UTC)
    assert parsed.date_from == "server"
    dated = parse_reply(OURS + RAW)
    assert dated.sent_at == datetime(2026, 11, 24, 8, 12, 40, tzinfo=UTC)
    assert dated.date_from == ""  # the sender's own Date wins when there is one
    bare = parse_reply(_undated())
    assert bare.sent_at is None and bare.date_from == ""
    broken = parse_reply(_undated(b"Received: from x by y; not a date at all\r\n"))
    assert broken.sent_at is None and not broken.problems


def _proof_text(rv: RemoteVault, item_id: int, tmp_path: Path) -> str:
    package = rv.svc.forms.proof.export_item(item_id, tmp_path)
    assert verify(package).ok
    with zipfile.ZipFile(package) as zf:
        pdf = zf.read(next(n for n in zf.namelist() if n.endswith(".pdf")))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_reply_dated_by_our_server_says_so_in_the_proposal_and_the_proof(
    rv: RemoteVault, tmp_path: Path
) -> None:
    rv.clock.advance(READ_AT)
    proposal = rv.svc.remote.read_reply(_undated(OURS, THEIRS))
    assert proposal.problems == (), proposal.problems
    assert proposal.decided_at == datetime(2026, 11, 24, 8, 30, 5, tzinfo=UTC)
    assert proposal.moment_from == "server"
    assert any("mailserver" in n for n in proposal.notes), proposal.notes
    rv.clock.advance(timedelta(minutes=20))  # the worker confirms a while later
    result = rv.svc.remote.confirm(proposal)
    assert len(result.decision_ids) == 2
    text = _proof_text(rv, rv.main.items[0].id, tmp_path)
    assert "geen datum van de afzender" in text and "ontvangst door de mailserver" in text


def test_a_reply_without_any_date_keeps_the_moment_it_was_first_read(
    rv: RemoteVault, tmp_path: Path
) -> None:
    rv.clock.advance(READ_AT)
    first_read = rv.clock.now()
    proposal = rv.svc.remote.read_reply(_undated())
    assert proposal.problems == (), proposal.problems
    assert proposal.decided_at == first_read and proposal.moment_from == "read"
    assert any("geen datum" in n for n in proposal.notes), proposal.notes
    rv.clock.advance(timedelta(minutes=7))  # read, then confirmed after a phone call
    result = rv.svc.remote.confirm(proposal)  # failed "now reads differently" before
    assert len(result.decision_ids) == 2
    decision = rv.svc.consents.item_history(rv.main.items[0].id)[-1]
    assert decision["kind"] == "decisions.recorded"
    text = _proof_text(rv, rv.main.items[0].id, tmp_path)
    assert "geen datum van de afzender en van geen mailserver" in text


def test_a_fetched_reply_without_date_is_dated_when_it_was_fetched(rv: RemoteVault) -> None:
    rv.clock.advance(READ_AT)
    fetched = rv.clock.now() - timedelta(hours=3)  # fetched this morning, read in now
    proposal = rv.svc.remote.read_reply(_undated(), fetched)
    assert proposal.decided_at == fetched and proposal.moment_from == "read"
    dated = rv.svc.remote.read_reply(RAW, fetched)  # its own date wins over the fetch
    assert dated.decided_at == datetime(2026, 11, 24, 8, 12, 40, tzinfo=UTC)
    assert dated.moment_from == ""


def test_a_withdrawal_without_date_says_so_in_the_proof(rv: RemoteVault, tmp_path: Path) -> None:
    """ "Ik trek mijn toestemming in", sent without a Date: withdrawn as of when our server
    received it, and the proof's withdrawal line says the date is not the sender's."""
    rv.clock.advance(READ_AT)
    rv.svc.consents.record_decisions(
        rv.main.id,
        SignerRef.youth(rv.sam.id),
        {i.id: "yes" for i in rv.main.items},
        "desk",
        decided_at=rv.clock.now() - timedelta(days=1),
    )
    raw = build_corpus()["apple_withdrawal.eml"]
    undated = OURS + raw.replace(DATE_LINE, b"")
    assert DATE_LINE in raw
    proposal = rv.svc.remote.read_reply(undated)
    assert proposal.withdrawal and proposal.can_confirm and proposal.moment_from == "server"
    rv.svc.remote.confirm(proposal)
    text = _proof_text(rv, rv.main.items[0].id, tmp_path)
    assert "Ingetrokken door" in text and "ontvangst door de mailserver" in text
