"""A mail whose Date (or topmost Received) names a moment datetime cannot hold in UTC — the last hours of
year 9999 west of Greenwich — raised an OverflowError out of parse_reply, which
promises never to raise: read in by hand or fetched from the mailbox, the worker got a
traceback instead of the parent's "ja" (review30's fuzzing; capture/reply_headers.moment
caught the parse's overflow but not the conversion to UTC). Now such a date is no date: the
message is read, its moment is the server's or the reading's, as for a mail without Date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mail_corpus import CODE_MAIN, SAM
from mail_support import RemoteVault, build_remote_vault

from toestemming.capture.replies import parse_reply

BODY = (
    "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJa voor allebei.\r\n"
)


def _mail(extra: str) -> bytes:
    return (
        f"From: Sam <{SAM}>\r\nTo: school@example.org\r\nSubject: Re: code {CODE_MAIN}\r\n"
        + extra
        + BODY
    ).encode()


HOSTILE_DATES = {
    "date-9999-west": _mail("Date: Fri, 31 Dec 9999 23:59:59 -1200"),
    "date-9999-west-received-fine": _mail(
        "Received: from mx.example.org; Tue, 24 Nov 2026 09:12:41 +0100\r\n"
        "Date: Fri, 31 Dec 9999 23:00:00 -0100"
    ),
    "received-9999-west": _mail("Received: from mx.example.org; Fri, 31 Dec 9999 20:00:00 -0600"),
}


@pytest.fixture(scope="module")
def rv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("r30mail") / "h.tvault", mp)
    try:
        yield v
    finally:
        v.svc.close()
        mp.undo()


@pytest.mark.parametrize("name", sorted(HOSTILE_DATES))
def test_a_date_outside_what_utc_can_hold_is_no_date(name: str) -> None:
    parsed = parse_reply(HOSTILE_DATES[name])
    assert parsed.sent_at is None or parsed.sent_at.year == 2026
    assert "Ja voor allebei." in parsed.text


@pytest.mark.parametrize("name", sorted(HOSTILE_DATES))
def test_the_parent_s_yes_is_still_read_in_the_vault(rv: RemoteVault, name: str) -> None:
    before = int(rv.svc.vault.db.scalar("SELECT count(*) FROM events"))
    proposal = rv.svc.remote.read_reply(HOSTILE_DATES[name])
    assert int(rv.svc.vault.db.scalar("SELECT count(*) FROM events")) == before
    assert proposal.request_id == rv.main.id
    assert set(proposal.answers.values()) == {"yes"}, proposal
    assert proposal.decided_at is not None and proposal.moment_from in ("server", "read")
