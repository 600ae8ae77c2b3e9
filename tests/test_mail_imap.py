"""Replies arrive by themselves: a real IMAP server (pymap, child process) on 127.0.0.1, the
organisation's mailbox signed in with OAuth (local identity provider) or a password.

The acceptance path: compose → send via XOAUTH2 → the parent's reply lands in the mailbox →
the app finds it by header SEARCH → proposal on the worklist → the worker confirms →
decisions recorded with the raw message as evidence; the log, the replay and a proof still
verify, and the mailbox is exactly as it was (nothing deleted, nothing marked read)."""

from __future__ import annotations

import email
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from mail_corpus import NOOR, SAM
from mail_support import Cert, RemoteVault, build_remote_vault, self_signed
from mailbox_support import (
    IMAP_PASSWORD,
    MAILBOX,
    ImapServer,
    OAuthSmtp,
    imap_server,
    oauth_smtp_server,
    require_imap_server,
)
from oauth_support import CLIENT_ID, TENANT, Browser, IdP, identity_provider

from toestemming.capture.imap import MailConnectionError
from toestemming.capture.imap_search import search_keys
from toestemming.capture.oauth import SignInAgain
from toestemming.capture.settings import OAuthApp, Provider
from toestemming.errors import NotFoundError, RuleViolation, in_language
from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.mail_account import ConnectionCheck


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("cert"))


@dataclass
class World:
    rv: RemoteVault
    idp: IdP
    smtp: OAuthSmtp
    imap: ImapServer
    browser: Browser


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cert: Cert) -> Iterator[World]:
    require_imap_server()
    tokens = tmp_path / "tokens.txt"
    with (
        identity_provider(cert.cert, cert.key, tokens) as idp,
        oauth_smtp_server(cert, idp) as smtp,
        imap_server(cert, tokens) as imap,
    ):
        rv = build_remote_vault(tmp_path / "m.tvault", monkeypatch)
        svc = rv.svc
        svc.remote.set_smtp_settings(smtp.settings(Provider.MICROSOFT))
        svc.mail_account.set_oauth_app(
            OAuthApp(Provider.MICROSOFT, CLIENT_ID, TENANT, "", idp.authority_host)
        )
        svc.mail_account.set_imap_settings(imap.settings())
        browser = Browser(cert.cert)
        svc.mail_account.sign_in(browser)
        try:
            yield World(rv, idp, smtp, imap, browser)
        finally:
            if svc.is_open:
                svc.close()


def _reply(original: bytes, body: str, *, sender: str = SAM, subject: str | None = None) -> bytes:
    """A reply as a mail program writes it: Re: subject, In-Reply-To/References, quote."""
    orig = email.message_from_bytes(original, policy=policy.default)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = MAILBOX
    msg["Subject"] = subject if subject is not None else "Re: " + str(orig["Subject"])
    msg["Date"] = format_datetime(
        email.utils.parsedate_to_datetime(str(orig["Date"])) + timedelta(minutes=20)
    )
    msg["Message-ID"] = make_msgid(domain="example.org")
    if subject is None:
        msg["In-Reply-To"] = str(orig["Message-ID"]).strip()
        msg["References"] = str(orig["Message-ID"]).strip()
    plain = orig.get_body(("plain",))
    assert plain is not None
    quoted = "\n".join("> " + line for line in plain.get_content().splitlines())
    msg.set_content(f"{body}\n\nOp 23 nov schreef Testschool:\n{quoted}\n")
    return msg.as_bytes(policy=policy.SMTP)  # CRLF, as a server stores it


def _all_requested(svc: Service, rv: RemoteVault) -> bool:
    return all(svc.consents.item_status(i.id).status == ItemStatus.REQUESTED for i in rv.main.items)


def _unrelated(n: int, *, body: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"nieuwsbrief{n}@leverancier.example"
    msg["To"] = MAILBOX
    msg["Subject"] = f"Aanbieding {n}: schoolmeubilair"
    msg["Date"] = "Mon, 23 Nov 2026 11:00:00 +0100"
    msg["Message-ID"] = f"<promo{n}@leverancier.example>"
    msg.set_content(body or f"Beste klant, bericht {n}.")
    return msg.as_bytes(policy=policy.SMTP)  # CRLF, as a server stores it


def _mailbox(imap: ImapServer) -> dict[int, tuple[bytes, tuple[bytes, ...]]]:
    """Every message with its flags, read by an independent client (PEEK: changes nothing)."""
    c = imap.client()
    try:
        c.select_folder("INBOX", readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
        return {u: (d[b"BODY[]"], tuple(d[b"FLAGS"])) for u, d in data.items()}
    finally:
        c.logout()


def test_acceptance_send_by_xoauth2_reply_by_imap_confirm_with_evidence(
    world: World, tmp_path: Path
) -> None:
    from toestemming.proof import verify

    rv, svc = world.rv, world.rv.svc
    sam = SignerRef.youth(rv.sam.id)
    svc.remote.send(rv.main.id, sam)
    [sent] = world.smtp.handler.received
    assert world.smtp.handler.logins == ["ok"]  # XOAUTH2 with the signed-in token
    for n in range(25):
        world.imap.append(_unrelated(n))
    # The code in the body only (a forwarded newsletter, a colleague's note): never fetched,
    # because only headers are searched.
    world.imap.append(_unrelated(99, body=f"Zie code {rv.main.reference_code} hierboven."))
    reply = _reply(sent.data, "1 ja, 2 nee")
    world.imap.append(reply)
    before = _mailbox(world.imap)
    rv.clock.advance(timedelta(hours=1))

    result = svc.mail_inbox.check()
    assert result.new == 1 and result.waiting == 1
    assert svc.mail_inbox.last_checked() == rv.clock.now()
    [waiting] = svc.mail_inbox.waiting()
    p = waiting.proposal
    assert p.raw == reply and p.can_confirm, p.problems
    assert p.reference_code == rv.main.reference_code and p.signer == sam
    answers = {i.position: i.answer for i in p.items}
    assert answers == {1: Answer.YES, 2: Answer.NO}
    # Nothing is recorded before the worker confirms.
    assert _all_requested(svc, rv)

    confirmed = svc.mail_inbox.confirm(waiting.inbox_id, p)
    assert len(confirmed.decision_ids) == 2
    first, second = rv.main.items
    assert svc.consents.item_status(first.id).status == ItemStatus.GIVEN
    assert svc.consents.item_status(second.id).status == ItemStatus.REFUSED
    assert svc.evidence.content(confirmed.evidence_id) == reply  # byte for byte
    assert svc.mail_inbox.waiting_count() == 0
    # The mailbox is exactly as it was: nothing deleted, nothing marked as read.
    after = _mailbox(world.imap)
    assert after == before
    assert all(b"\\Seen" not in flags for _raw, flags in after.values())
    # Looking again finds nothing new: the read UIDs are remembered.
    rv.clock.advance(timedelta(minutes=10))
    assert svc.mail_inbox.check().new == 0
    # The record still verifies: chain, replay, file checks, and a proof of the item.
    assert svc.verify_audit(deep=True).ok
    assert svc.integrity_problems() == []
    package = svc.forms.proof.export_item(rv.main.items[0].id, tmp_path)
    assert verify(package).ok


def test_only_matches_are_fetched_and_new_mail_is_found_on_the_next_check(world: World) -> None:
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    first, second = (r.data for r in world.smtp.handler.received)
    rv.clock.advance(timedelta(hours=1))
    assert svc.mail_inbox.check().new == 0  # nothing yet
    for n in range(10):
        world.imap.append(_unrelated(n))
    # A reply whose mail program dropped In-Reply-To but kept the code in the subject.
    world.imap.append(
        _reply(first, "ja voor allebei", subject=f"Antwoord code {rv.main.reference_code}")
    )
    world.imap.append(_reply(second, "ja", sender=NOOR))
    assert svc.mail_inbox.check().new == 2
    codes = sorted(w.proposal.reference_code or "" for w in svc.mail_inbox.waiting())
    assert codes == sorted([rv.main.reference_code, rv.noor_request.reference_code])
    assert svc.mail_inbox.check().new == 0


def test_a_doubtful_reply_waits_and_can_be_set_aside_without_touching_the_mailbox(
    world: World,
) -> None:
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    # Someone else (a stranger's address) answers with the code in the subject.
    world.imap.append(_reply(sent.data, "ja hoor", sender="onbekend@example.net"))
    rv.clock.advance(timedelta(hours=1))
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    assert not waiting.proposal.can_confirm and waiting.proposal.problems
    with pytest.raises(RuleViolation):
        svc.mail_inbox.confirm(waiting.inbox_id, waiting.proposal)
    assert _all_requested(svc, rv)
    before = _mailbox(world.imap)
    svc.mail_inbox.set_aside(waiting.inbox_id)
    assert svc.mail_inbox.waiting_count() == 0
    assert _mailbox(world.imap) == before
    with pytest.raises(NotFoundError):
        svc.mail_inbox.set_aside(waiting.inbox_id)


def test_renumbered_folder_is_searched_again_without_duplicates(world: World) -> None:
    """The server changed UIDVALIDITY (a restored or migrated mailbox): every UID may mean
    another message now, so the whole folder is searched again; known messages come once."""
    import json

    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    world.imap.append(_reply(sent.data, "1 ja 2 ja"))
    rv.clock.advance(timedelta(hours=1))
    assert svc.mail_inbox.check().new == 1
    db = svc.vault.db
    state = json.loads(str(db.scalar("SELECT value FROM meta WHERE key = 'imap_state'")))
    assert state["folders"]["INBOX"]["last_uid"] > 0
    state["folders"]["INBOX"]["uidvalidity"] = 1  # what the server said before renumbering
    with db.transaction():
        db.execute("UPDATE meta SET value = ? WHERE key = 'imap_state'", (json.dumps(state),))
    assert svc.mail_inbox.check().new == 0
    assert db.scalar("SELECT count(*) FROM mail_inbox") == 1


def test_a_crash_between_recording_and_marking_records_nothing_twice(world: World) -> None:
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    world.imap.append(_reply(sent.data, "1 ja 2 nee"))
    rv.clock.advance(timedelta(hours=1))
    svc.mail_inbox.check()
    [waiting] = svc.mail_inbox.waiting()
    svc.remote.confirm(waiting.proposal)  # recorded; the process died before marking the row
    assert svc.mail_inbox.waiting_count() == 0
    assert svc.mail_inbox.waiting() == []
    state = svc.vault.db.scalar("SELECT state FROM mail_inbox WHERE id = ?", (waiting.inbox_id,))
    assert state == "confirmed"


def test_erasing_the_youth_empties_a_reply_still_waiting(world: World) -> None:
    from toestemming.model import Channel

    rv, svc = world.rv, world.rv.svc
    noor = SignerRef.youth(rv.noor.id)
    svc.remote.send(rv.noor_request.id, noor)
    [sent] = world.smtp.handler.received
    world.imap.append(_reply(sent.data, "ja", sender=NOOR))
    world.imap.append(_reply(sent.data, "ja hoor, nog een keer", sender=NOOR))
    rv.clock.advance(timedelta(hours=1))
    assert svc.mail_inbox.check().new == 2
    first, second = svc.mail_inbox.waiting()
    svc.mail_inbox.confirm(first.inbox_id, first.proposal)
    [item] = rv.noor_request.items
    svc.withdrawals.withdraw([item.id], noor, Channel.DESK)
    svc.retention.erase(rv.noor.id, "request")
    assert svc.mail_inbox.waiting_count() == 0
    raw = svc.vault.db.scalar("SELECT raw FROM mail_inbox WHERE id = ?", (second.inbox_id,))
    assert raw == b""


def test_a_flood_is_fetched_in_portions_and_oversized_mail_stays_in_the_mailbox(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import toestemming.capture.imap_search as imap_module

    monkeypatch.setattr(imap_module, "MAX_PER_CHECK", 2)
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    for n in range(3):
        world.imap.append(_reply(sent.data, f"1 ja 2 ja {n}"))
    rv.clock.advance(timedelta(hours=1))
    assert svc.mail_inbox.check().new == 2
    assert svc.mail_inbox.check().new == 1  # the rest with the next look
    assert svc.mail_inbox.check().new == 0
    monkeypatch.setattr(imap_module, "MAX_FETCH_BYTES", 20_000)
    world.imap.append(_reply(sent.data, "1 ja 2 ja " + "x" * 30_000))
    result = svc.mail_inbox.check()
    assert (result.new, result.too_large) == (0, 1)
    assert svc.mail_inbox.too_large() == 1
    assert svc.mail_inbox.waiting_count() == 3


def test_a_proposal_of_another_message_is_refused(world: World) -> None:
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    first, second = (r.data for r in world.smtp.handler.received)
    world.imap.append(_reply(first, "1 ja 2 ja"))
    world.imap.append(_reply(second, "ja", sender=NOOR))
    rv.clock.advance(timedelta(hours=1))
    svc.mail_inbox.check()
    a, b = svc.mail_inbox.waiting()
    with pytest.raises(RuleViolation):
        svc.mail_inbox.confirm(a.inbox_id, b.proposal)
    assert svc.mail_inbox.waiting_count() == 2


def test_password_login_works_and_a_wrong_password_says_so(world: World) -> None:
    svc = world.rv.svc
    svc.remote.set_smtp_settings(
        world.smtp.settings(Provider.PASSWORD, password="x", username=MAILBOX)
    )
    svc.mail_account.set_imap_settings(world.imap.settings(password=IMAP_PASSWORD))
    assert svc.mail_inbox.check().new == 0
    svc.mail_account.set_imap_settings(world.imap.settings(password="fout"))
    with pytest.raises(MailConnectionError) as caught:
        svc.mail_inbox.check()
    assert caught.value.kind == "auth" and "wachtwoord" in caught.value.message
    assert svc.mail_inbox.last_checked() is not None  # the earlier check is still known


def test_revoked_sign_in_at_the_mailbox_says_sign_in_again(world: World) -> None:
    rv, svc = world.rv, world.rv.svc
    world.idp.revoke_all()
    rv.clock.advance(timedelta(hours=2))
    with pytest.raises(SignInAgain) as caught:
        svc.mail_inbox.check()
    assert "opnieuw aan" in caught.value.message


def test_test_connection_names_what_failed(world: World) -> None:
    svc = world.rv.svc
    checks = svc.mail_account.test_connection()
    assert [(c.part, c.ok) for c in checks] == [
        ("aanmelden", True),
        ("verzenden (SMTP)", True),
        ("ontvangen (IMAP)", True),
    ]
    assert [(c.part.text_in("en"), c.message.text_in("en")) for c in checks] == [  # type: ignore[attr-defined]
        ("signing in", "Sign-in is valid."),
        ("sending (SMTP)", "Connection and login work."),
        ("receiving (IMAP)", "Connection and folder work."),
    ]
    svc.mail_account.set_imap_settings(world.imap.settings(folder="Bestaat-niet"))
    folder = svc.mail_account.test_connection()[-1]
    assert folder.kind == "folder"
    assert folder.message.text_in("en") == "The chosen folder does not exist in the mailbox."  # type: ignore[attr-defined]
    svc.mail_account.set_imap_settings(world.imap.settings(host="geen-server.invalid"))
    last = svc.mail_account.test_connection()[-1]
    assert (last.ok, last.kind) == (False, "dns")
    svc.remote.set_smtp_settings(world.smtp.settings(Provider.MICROSOFT, ca_file=""))
    smtp = [c for c in svc.mail_account.test_connection() if c.part == "verzenden (SMTP)"]
    # Without the organisation's CA file the test certificate is not trusted: said so. (The
    # identity provider is reached with the same CA setting, so sign-in fails first here.)
    assert not smtp or smtp[0].kind == "tls"
    world.idp.revoke_all()
    svc.remote.set_smtp_settings(world.smtp.settings(Provider.MICROSOFT))
    [sign_in] = svc.mail_account.test_connection()
    assert (sign_in.ok, sign_in.kind) == (False, "sign_in")
    for check in checks:
        assert "Traceback" not in check.message


def test_test_connection_with_a_password_names_tls_and_timeout(world: World) -> None:
    import socket

    svc = world.rv.svc
    password = world.smtp.settings(Provider.PASSWORD, password="x", ca_file="")
    svc.remote.set_smtp_settings(password)
    svc.mail_account.set_imap_settings(world.imap.settings(password=IMAP_PASSWORD))
    # Without the organisation's CA file the (self-signed) test certificate is not trusted.
    smtp, imap = svc.mail_account.test_connection()
    assert (smtp.ok, smtp.kind, imap.ok, imap.kind) == (False, "tls", False, "tls")
    assert "certificaat" in smtp.message and "certificaat" in imap.message
    # An English desk reads the mail library's refusal in English too.
    assert "certificate" in in_language(smtp.message, "en")
    assert "certificaat" not in in_language(imap.message, "en")
    # A server that accepts the connection and then says nothing.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        svc.remote.set_smtp_settings(
            world.smtp.settings(Provider.PASSWORD, password="x", port=port, timeout_seconds=5)
        )
        svc.mail_account.set_imap_settings(world.imap.settings(port=port))
        smtp, imap = svc.mail_account.test_connection()
    assert (smtp.kind, imap.kind) == ("timeout", "timeout")
    # Nothing listens: not reachable (connection refused).
    svc.mail_account.set_imap_settings(world.imap.settings(port=port))
    assert svc.mail_account.test_connection()[-1].kind == "connect"


def test_permission_and_folder_errors_are_named() -> None:
    from imapclient.exceptions import IMAPClientError

    from toestemming.capture.imap import _classify

    noperm = _classify(IMAPClientError("select failed: [NOPERM] no access"), Provider.PASSWORD)
    assert isinstance(noperm, MailConnectionError) and noperm.kind == "permission"
    missing = _classify(IMAPClientError("[NONEXISTENT] Unknown Mailbox"), Provider.PASSWORD)
    assert isinstance(missing, MailConnectionError) and missing.kind == "folder"


def test_search_keys_are_or_chains_of_header_keys() -> None:
    assert search_keys(["TS-A"], []) == [["SUBJECT", "TS-A"]]
    keys = search_keys(["TS-A", "TS-B"], ["<m@x>"])
    assert keys == [
        [
            "OR", "SUBJECT", "TS-A",
            "OR", "SUBJECT", "TS-B",
            "HEADER", "In-Reply-To", "<m@x>",
        ]
    ]  # fmt: skip
    many = search_keys([f"TS-{n}" for n in range(100)], [])
    assert len(many) == 3 and all("BODY" not in k and "TEXT" not in k for k in many)


def test_test_connection_says_whether_the_sender_check_name_is_the_servers(world: World) -> None:
    """ "Afzender gecontroleerd door" must be the name the organisation's receiving server
    writes in Authentication-Results; a misspelt name makes every reply "not checked". The
    connection test looks at the newest messages (headers only, nothing marked read) and
    names the servers that did write checks."""
    svc, imap = world.rv.svc, world.imap

    def sender_line() -> ConnectionCheck:
        return svc.mail_account.test_connection()[-1]

    svc.mail_account.set_imap_settings(imap.settings(sender_checked_by="mx.school.example"))
    empty = sender_line()
    assert empty.part == "afzendercontrole" and empty.ok and "leeg" in empty.message
    checked = b"Authentication-Results: mx.school.example; dmarc=pass header.from=example.nl\r\n"
    unchecked = b"Authentication-Results: mx.other.example; dkim=pass header.d=example.nl\r\n"
    body = b"From: ouder@example.nl\r\nTo: balie@example.org\r\nSubject: hoi\r\n\r\nja\r\n"
    imap.append(unchecked + body)
    other = sender_line()
    assert not other.ok and other.kind == "sender_check"
    assert "mx.other.example" in other.message and "Traceback" not in other.message
    imap.append(checked + body)
    seen = sender_line()
    assert seen.ok and "mx.school.example" in seen.message
    assert "mx.school.example" in in_language(seen.message, "en")
    # Only read, never marked: the people who share the mailbox still see them as new.
    client = imap.client()
    try:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
    finally:
        client.logout()
    assert flags and all(b"\\Seen" not in f for f in flags.values())
    # No name set: no sender line at all.
    svc.mail_account.set_imap_settings(imap.settings())
    assert [c.part for c in svc.mail_account.test_connection()][-1] == "ontvangen (IMAP)"
