"""A reply without a Date header is dated by our mail server or by when it was read in, and the
proof says "the date is not the sender's" (test_reply_s13_dates.py). An insider with the
organisation's key who wants the answer to look dated by the parent re-signs the package
with that note taken out of receipt.json (the PDF is the vault's own rendering; the receipt is
what a machine reads). The receipt's decision and withdrawal entries are held to the logged
event field by field, so the note must be there exactly when the log has it."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mail_support import (
    RemoteVault,
    rv,  # noqa: F401  (the fixture)
)
from test_mail_replies import READ_AT
from test_reply_s13_dates import DATE_LINE, OURS, RAW, THEIRS, _undated
from youth_package_support import verify_resigned

from toestemming.model import MOMENT_FROM_LABELS
from toestemming.proof import verify
from toestemming.proof.package import RECEIPT


def _package(rv: RemoteVault, tmp_path: Path) -> dict[str, bytes]:  # noqa: F811
    path = rv.svc.forms.proof.export_item(rv.main.items[0].id, tmp_path)
    assert verify(path).ok
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _entries(files: dict[str, bytes]) -> list[dict[str, object]]:
    receipt = json.loads(files[RECEIPT])
    return [e for c in receipt["consents"] for e in c["events"] if e["type"] == "decision"]


def _forged(rv: RemoteVault, files: dict[str, bytes], receipt: object, path: Path) -> bool:  # noqa: F811
    changed = {**files, RECEIPT: json.dumps(receipt, indent=2).encode() + b"\n"}
    return verify_resigned(rv.svc, changed, path).ok


def test_a_re_signed_receipt_cannot_drop_or_add_the_date_is_not_the_senders(
    rv: RemoteVault,  # noqa: F811
    tmp_path: Path,
) -> None:
    rv.clock.advance(READ_AT)
    proposal = rv.svc.remote.read_reply(_undated(OURS, THEIRS))
    assert proposal.problems == () and proposal.moment_from == "server"
    rv.clock.advance(timedelta(minutes=5))
    rv.svc.remote.confirm(proposal)
    files = _package(rv, tmp_path)
    decided = _entries(files)
    assert decided and all(e["moment_from"] == "server" for e in decided)
    assert all(e["moment_note"] == MOMENT_FROM_LABELS["server"] for e in decided)
    # The insider drops the note: the answer would read as dated by the parent.
    receipt = json.loads(files[RECEIPT])
    for c in receipt["consents"]:
        for e in c["events"]:
            e.pop("moment_from", None)
            e.pop("moment_note", None)
    assert not _forged(rv, files, receipt, tmp_path / "dropped.zip")
    # Or relabels a server stamp as "read in" (or the other way round).
    receipt = json.loads(files[RECEIPT])
    for c in receipt["consents"]:
        for e in c["events"]:
            if e["type"] == "decision":
                e["moment_from"] = "read"
    assert not _forged(rv, files, receipt, tmp_path / "relabelled.zip")


def test_a_dated_reply_cannot_be_made_to_look_undated(
    rv: RemoteVault,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The other way: a parent's own Date, made to look like "only our server's moment" to
    cast doubt on it — the log has no such note, so neither may the receipt."""
    rv.clock.advance(READ_AT)
    proposal = rv.svc.remote.read_reply(OURS + RAW)
    assert proposal.problems == () and proposal.moment_from == ""
    rv.clock.advance(timedelta(minutes=5))
    rv.svc.remote.confirm(proposal)
    files = _package(rv, tmp_path)
    receipt = json.loads(files[RECEIPT])
    for c in receipt["consents"]:
        for e in c["events"]:
            if e["type"] == "decision":
                assert "moment_from" not in e
                e["moment_from"], e["moment_note"] = "read", MOMENT_FROM_LABELS["read"]
    assert not _forged(rv, files, receipt, tmp_path / "added.zip")


# Written by the sender: the day before, just after the request went out (23 Nov 09:30 UTC),
# while our server's stamp (OURS) says it arrived on 24 Nov 08:30 UTC.
BACKDATED = b"Date: Mon, 23 Nov 2026 11:00:00 +0100\r\n"


def test_a_date_set_back_by_the_sender_is_not_the_moment_of_the_answer(
    rv: RemoteVault,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A sender (or their phone's clock) writes a Date most of a day before our mail server
    received the message, to land before a 16th birthday or before a sharing. The moment of
    the answer is our server's receipt, the worker is told, and receipt.json and the proof
    say the date is not the sender's."""
    rv.clock.advance(READ_AT)
    proposal = rv.svc.remote.read_reply(OURS + RAW.replace(DATE_LINE, BACKDATED))
    assert proposal.problems == (), proposal.problems
    assert proposal.decided_at == datetime(2026, 11, 24, 8, 30, 5, tzinfo=UTC)
    assert proposal.moment_from == "received"
    assert any("ruim vóór" in n for n in proposal.notes), proposal.notes
    rv.clock.advance(timedelta(minutes=5))
    rv.svc.remote.confirm(proposal)
    files = _package(rv, tmp_path)
    decided = _entries(files)
    assert decided and all(e["moment_from"] == "received" for e in decided)
    # A Date an hour before our stamp is ordinary mail delay: the sender's Date stands.
    timely = rv.svc.remote.read_reply(
        OURS + RAW.replace(DATE_LINE, b"Date: Tue, 24 Nov 2026 08:31:00 +0100\r\n")
    )
    assert timely.moment_from == "" and timely.decided_at == datetime(
        2026, 11, 24, 7, 31, tzinfo=UTC
    )


# Written by the sender: two days after our server's stamp (OURS: 24 Nov 08:30 UTC) — a phone
# clock set ahead, or a parent who wants the answer to land after a 16th birthday (the youth's
# own say) or after a sharing it would otherwise have stopped.
AHEAD = b"Date: Thu, 26 Nov 2026 10:00:00 +0100\r\n"


def test_a_date_after_our_servers_receipt_is_not_the_moment_of_the_answer(
    rv: RemoteVault,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The mirror of a Date set back: nobody answers after our server already received the
    answer. Read in on 27 Nov (so the Date is not in the future then), the answer is dated by
    our server's receipt, the worker is told, and the receipt says the date is not the
    sender's."""
    rv.clock.advance(READ_AT + timedelta(days=3))
    proposal = rv.svc.remote.read_reply(OURS + RAW.replace(DATE_LINE, AHEAD))
    assert proposal.problems == (), proposal.problems
    assert proposal.decided_at == datetime(2026, 11, 24, 8, 30, 5, tzinfo=UTC)
    assert proposal.moment_from == "ahead"
    assert any("ná het moment" in n for n in proposal.notes), proposal.notes
    rv.svc.remote.confirm(proposal)
    files = _package(rv, tmp_path)
    decided = _entries(files)
    assert decided and all(e["moment_from"] == "ahead" for e in decided)
    assert all(e["moment_note"] == MOMENT_FROM_LABELS["ahead"] for e in decided)
    # A Date a minute after our stamp is clock drift: the sender's Date stands.
    drift = rv.svc.remote.read_reply(
        OURS + RAW.replace(DATE_LINE, b"Date: Tue, 24 Nov 2026 09:31:00 +0100\r\n")
    )
    assert drift.moment_from == "" and drift.decided_at == datetime(2026, 11, 24, 8, 31, tzinfo=UTC)
