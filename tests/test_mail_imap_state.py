"""What the inbox check remembers between checks, against the real pymap server (fixtures of
test_mail_imap): a check searches only the mail that arrived since for requests it searched
before, but a request that starts waiting is looked for in the whole folder — its reply may
be older than its code in the outgoing mail (a parent answers with the code from the paper
form before the desk mails the request). A mailbox that is emptied, renumbered or moved, and
the same message seen twice, never lose a reply and never store one twice."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
from mail_corpus import NOOR, SAM
from mailbox_support import MAILBOX, imap_server
from test_mail_imap import World, _reply, _unrelated, cert, world  # noqa: F401  (fixtures)

from toestemming.model import SignerRef


def _typed(code: str, body: str, *, sender: str = NOOR) -> bytes:
    """A new mail (no In-Reply-To) with the code from the paper form in the subject."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = MAILBOX
    msg["Subject"] = f"Toestemming code {code}"
    msg["Date"] = "Mon, 23 Nov 2026 12:00:00 +0100"
    msg["Message-ID"] = make_msgid(domain="example.org")
    msg.set_content(body)
    return msg.as_bytes()


def _searches(monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    """Every SEARCH the app sends, as sent (the criteria)."""
    from imapclient import IMAPClient

    sent: list[list[Any]] = []
    real = IMAPClient.search

    def search(self: IMAPClient, criteria: Any = "ALL", charset: str | None = None) -> Any:
        sent.append(list(criteria))
        return real(self, criteria, charset)

    monkeypatch.setattr(IMAPClient, "search", search)
    return sent


def test_a_reply_older_than_its_waiting_request_is_found_when_the_request_waits(
    world: World,  # noqa: F811
) -> None:
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    code = rv.noor_request.reference_code
    world.imap.append(_typed(code, "ja, ik geef toestemming"))
    for n in range(3):
        world.imap.append(_unrelated(n))
    rv.clock.advance(timedelta(minutes=5))
    assert svc.mail_inbox.check().new == 0  # Noor's request does not wait for a mail yet
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    rv.clock.advance(timedelta(minutes=5))
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    assert waiting.proposal.reference_code == code
    assert svc.mail_inbox.check().new == 0  # once


def test_a_flood_for_a_request_that_starts_waiting_comes_in_portions(
    world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import toestemming.capture.imap_search as imap_search

    monkeypatch.setattr(imap_search, "MAX_PER_CHECK", 2)
    rv, svc = world.rv, world.rv.svc
    code = rv.noor_request.reference_code
    for n in range(3):
        world.imap.append(_typed(code, f"ja {n}"))
    world.imap.append(_unrelated(1))
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert svc.mail_inbox.check().new == 0
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    [sent] = [r.data for r in world.smtp.handler.received][1:]
    world.imap.append(_reply(sent, "ja hoor", sender=NOOR))  # and one after the request
    assert [svc.mail_inbox.check().new for _ in range(4)] == [2, 2, 0, 0]
    assert svc.mail_inbox.waiting_count() == 4


def test_a_check_with_nothing_new_searches_only_the_mail_that_arrived_since(
    world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timer's check every few minutes: the server is asked about new UIDs only, in one
    SEARCH (the bounce key included), for every waiting request."""
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    for n in range(5):
        world.imap.append(_unrelated(n))
    assert svc.mail_inbox.check().new == 0
    state = json.loads(str(svc.vault.db.scalar("SELECT value FROM meta WHERE key = 'imap_state'")))
    last = state["folders"]["INBOX"]["last_uid"]
    assert rv.main.reference_code not in json.dumps(state)  # digests, not the codes
    sent = _searches(monkeypatch)
    assert svc.mail_inbox.check().new == 0
    assert len(sent) == 1 and sent[0][:2] == ["UID", f"{last + 1}:*"]
    flat = [str(p) for p in sent[0]]
    assert rv.main.reference_code in flat and rv.noor_request.reference_code in flat
    assert "report" in flat
    # New mail: a reply to the first request is found among the new UIDs.
    first = world.smtp.handler.received[0].data
    world.imap.append(_reply(first, "1 ja 2 nee", sender=SAM))
    sent.clear()
    assert svc.mail_inbox.check().new == 1
    assert sent[0][:2] == ["UID", f"{last + 1}:*"]


def test_an_emptied_mailbox_and_a_copy_of_a_fetched_reply(world: World) -> None:  # noqa: F811
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    first = world.smtp.handler.received[0].data
    reply = _reply(first, "1 ja 2 ja")
    world.imap.append(reply)
    assert svc.mail_inbox.check().new == 1
    c = world.imap.client()  # someone empties the shared mailbox
    try:
        c.select_folder("INBOX")
        c.delete_messages(c.search(["ALL"]))
        c.expunge()
    finally:
        c.logout()
    assert svc.mail_inbox.check().new == 0
    world.imap.append(reply)  # the same message put back (a new UID): read twice, kept once
    world.imap.append(_reply(first, "toch 2 nee"))
    assert svc.mail_inbox.check().new == 1
    assert svc.mail_inbox.waiting_count() == 2


def test_a_mailbox_moved_to_another_server_is_searched_whole_again(
    world: World,  # noqa: F811
    tmp_path: Path,
    cert: Any,  # noqa: F811
) -> None:
    """Another server (UIDVALIDITY differs, UIDs from the start again, lower than the last UID
    the old one had): every request searched in the whole folder; the reply already fetched
    is not stored again, the one that arrived meanwhile is found."""
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    first = world.smtp.handler.received[0].data
    reply = _reply(first, "1 ja 2 ja")
    for n in range(6):
        world.imap.append(_unrelated(n))
    world.imap.append(reply)
    assert svc.mail_inbox.check().new == 1
    assert svc.mail_inbox.check().new == 0  # the keys are known now
    with imap_server(cert, tmp_path / "tokens.txt") as moved:  # the same sign-in
        settings = svc.mail_account.imap_settings()
        assert settings is not None
        svc.mail_account.set_imap_settings(replace(settings, port=moved.port))
        moved.append(reply)
        moved.append(_reply(first, "nee, toch niet"))
        assert svc.mail_inbox.check().new == 1
        assert svc.mail_inbox.waiting_count() == 2


def test_a_bounce_without_the_code_after_a_check_is_found_among_the_new_mail(
    world: World,  # noqa: F811
) -> None:
    """The report key rides in the SEARCH for new UIDs; only the reports it finds are
    read for our Message-ID. A read receipt for someone else's mail is not taken."""
    from test_mail_s16_modern import _bounce

    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    assert svc.mail_inbox.check().new == 0
    other = _unrelated(7).replace(b"<promo7@", b"<elders@")
    world.imap.append(_bounce(other, subject="Undelivered Mail Returned to Sender"))
    world.imap.append(_bounce(sent.data, subject="Undelivered Mail Returned to Sender"))
    rv.clock.advance(timedelta(minutes=10))
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    assert waiting.proposal.request_id == rv.main.id and not waiting.proposal.can_confirm
