"""Session 16, a school's real mail (mail18): a Microsoft 365 mailbox whose access token the
server stops accepting before our clock says it ran out, and a delivery report (bounce) that
must tell the worker the request never arrived. Real servers on 127.0.0.1: the identity
provider, aiosmtpd with XOAUTH2 and the pymap IMAP server (fixtures of test_mail_imap)."""

from __future__ import annotations

import socketserver
import threading
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from typing import Any, ClassVar

import pytest
from mailbox_support import MAILBOX
from test_mail_imap import World, _reply, cert, world  # noqa: F401  (fixtures)

from toestemming.capture.bounce import read_bounce
from toestemming.capture.imap import MailConnectionError
from toestemming.capture.oauth import SignInAgain
from toestemming.capture.smtp import SendError
from toestemming.model import Answer, SignerRef


def test_a_token_the_mailbox_stops_accepting_is_refreshed_once_and_the_reply_found(
    world: World,  # noqa: F811
) -> None:
    """Microsoft revokes access tokens early (password changed elsewhere, a policy): the
    cached token still looks valid to us, the IMAP server refuses it. One fresh token, no
    'meld opnieuw aan' while the refresh token works."""
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    world.imap.append(_reply(sent.data, "1 ja, 2 nee"))
    world.idp.expire_access_tokens()  # the token in memory is dead at the server
    refreshes = world.idp.grants("refresh_token")
    result = svc.mail_inbox.check()
    assert result.new == 1
    assert world.idp.grants("refresh_token") == refreshes + 1  # once, not in a loop
    [waiting] = svc.mail_inbox.waiting()
    assert {i.position: i.answer for i in waiting.proposal.items} == {
        1: Answer.YES,
        2: Answer.NO,
    }
    # Revoked for real (the refresh token too): sign in again, said in Dutch; nothing
    # fetched twice, the waiting reply stays.
    world.idp.revoke_all()
    rv.clock.advance(timedelta(hours=2))
    with pytest.raises(SignInAgain) as caught:
        svc.mail_inbox.check()
    assert "opnieuw aan" in caught.value.message
    assert svc.mail_inbox.waiting_count() == 1


def _bounce(original: bytes, *, subject: str) -> bytes:
    """A delivery status notification as Postfix writes it (RFC 3464 multipart/report):
    the failed address in Final-Recipient, our message's headers returned below."""
    orig = BytesParser(policy=policy.default).parsebytes(original)
    failed = str(orig["To"].addresses[0].addr_spec)
    head = original.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii")
    text = f"""From: MAILER-DAEMON@mail.testschool.example (Mail Delivery System)
To: {MAILBOX}
Subject: {subject}
Date: Mon, 23 Nov 2026 11:05:00 +0100
Message-ID: <bounce1@mail.testschool.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="rep"

--rep
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.testschool.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--rep
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.testschool.example

Final-Recipient: rfc822; {failed}
Original-Recipient: rfc822;{failed}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--rep
Content-Type: text/rfc822-headers

{head}

--rep--
"""
    return text.replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize("subject", ["Undelivered Mail Returned to Sender", "Onbestelbaar: {orig}"])
def test_a_bounce_says_the_address_did_not_receive_the_request(world: World, subject: str) -> None:  # noqa: F811
    """A mistyped parent's address: the school's server returns the request. The worker must
    learn that the request never arrived (and at which address), not just 'automatic
    message'; nothing is recorded from it."""
    rv, svc = world.rv, world.rv.svc
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    [sent] = world.smtp.handler.received
    orig_subject = str(BytesParser(policy=policy.default).parsebytes(sent.data)["Subject"])
    world.imap.append(_bounce(sent.data, subject=subject.format(orig=orig_subject)))
    rv.clock.advance(timedelta(minutes=10))
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    p = waiting.proposal
    assert not p.can_confirm
    failed = [str(x) for x in p.problems if "niet afgeleverd" in str(x)]
    assert failed, p.problems
    to = BytesParser(policy=policy.default).parsebytes(sent.data)["To"].addresses[0].addr_spec
    assert to in failed[0]
    assert p.request_id == rv.main.id


def test_what_counts_as_a_bounce() -> None:
    """Only a report's own fields say an address failed; a 'delayed' report, an
    out-of-office or a person writing 'undeliverable' in the text is no bounce, and a
    hostile report with 500 parts is read in bounds."""
    report = (
        "From: MAILER-DAEMON@x.example\r\nSubject: Delivery Status Notification (Failure)\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
        "Final-Recipient: rfc822; Ouder@Example.NL\r\nAction: {action}\r\nStatus: 5.1.1\r\n"
        "--b--\r\n"
    )
    bounce = read_bounce(report.format(action="failed").encode())
    assert bounce is not None and bounce.failed == ("ouder@example.nl",)
    assert read_bounce(report.format(action="delayed").encode()) is None
    gmail = b"From: mailer-daemon@googlemail.com\r\nX-Failed-Recipients: sam@example.org\r\n\r\nx"
    from_gmail = read_bounce(gmail)
    assert from_gmail is not None and from_gmail.failed == ("sam@example.org",)
    exchange = report.format(action="failed").replace(
        "--b--",
        "\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@b.nl\r\n"
        "Message-ID: <abc@testschool.example>\r\n\r\nbody\r\n--b--",
    )
    from_exchange = read_bounce(exchange.encode())  # the whole message returned, as Exchange
    assert from_exchange is not None
    assert from_exchange.returned_ids == ("<abc@testschool.example>",)
    person = b"From: sam@example.org\r\nSubject: Re: undeliverable\r\n\r\nUndeliverable to a@b.nl"
    assert read_bounce(person) is None
    many = "".join(
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nX: y\r\n\r\n"
        f"Final-Recipient: rfc822; p{n}@example.nl\r\nAction: failed\r\n"
        for n in range(500)
    )
    head = report.split("--b", 1)[0]
    bounce = read_bounce((head + many + "--b--\r\n").encode())
    assert bounce is not None and len(bounce.failed) <= 5


def test_a_reminder_threads_with_the_request_and_the_reply_to_it_is_found(
    world: World,  # noqa: F811
) -> None:
    """Read back from the SMTP server: the reminder answers the first request (In-Reply-To,
    References), so the parent's mail program shows one conversation and a reply to either
    is found; every message has its own Message-ID and a Date; the Subject names the
    organisation and the code, not the young person."""
    rv, svc = world.rv, world.rv.svc
    sam = SignerRef.youth(rv.sam.id)
    svc.remote.send(rv.main.id, sam)
    rv.clock.advance(timedelta(days=3))
    svc.remote.send(rv.main.id, sam, reminder=True)
    rv.clock.advance(timedelta(days=3))
    svc.remote.send(rv.main.id, sam, reminder=True)
    first, second, third = (
        BytesParser(policy=policy.default).parsebytes(r.data) for r in world.smtp.handler.received
    )
    ids = [str(m["Message-ID"]).strip() for m in (first, second, third)]
    assert len(set(ids)) == 3
    assert first["In-Reply-To"] is None and first["References"] is None
    assert str(second["In-Reply-To"]).strip() == ids[0]
    assert str(third["In-Reply-To"]).strip() == ids[1]
    assert str(third["References"]).split() == ids[:2]
    assert third["Date"].datetime == rv.clock.now()
    for msg in (first, second, third):
        subject = str(msg["Subject"])
        assert rv.main.reference_code in subject
        assert rv.sam.given_name not in subject and rv.sam.family_name not in subject
    # The young person answers the first mail, the thread holds: found and read.
    world.imap.append(_reply(world.smtp.handler.received[0].data, "ja voor allebei"))
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    assert waiting.proposal.request_id == rv.main.id and waiting.proposal.can_confirm


def test_a_server_that_drops_the_line_mid_send_marks_nothing_sent_and_a_retry_sends_once(
    world: World,  # noqa: F811
) -> None:
    """The school's relay hangs up after the message text (an overloaded Exchange Online
    front end does that): nothing is logged as sent, the worker is told in Dutch, and
    sending again delivers and logs exactly one message."""
    rv, svc = world.rv, world.rv.svc
    sam = SignerRef.youth(rv.sam.id)
    handler = world.smtp.handler
    accept = handler.handle_DATA
    drops: list[int] = []

    async def hang_up(server: Any, session: Any, envelope: Any) -> str:
        drops.append(1)
        server.transport.close()
        return "421 closing"

    handler.handle_DATA = hang_up  # type: ignore[method-assign]
    with pytest.raises(SendError) as caught:
        svc.remote.send(rv.main.id, sam)
    assert drops == [1]
    assert "Traceback" not in caught.value.message and "@" not in caught.value.message
    assert svc.remote.sent_messages(rv.main.id) == []
    handler.handle_DATA = accept  # type: ignore[method-assign]
    svc.remote.send(rv.main.id, sam)
    assert len(handler.received) == 1
    assert [m.via for m in svc.remote.sent_messages(rv.main.id)] == ["smtp"]


def test_a_sign_in_without_the_mailbox_permission_says_so_instead_of_sign_in_again(
    world: World,  # noqa: F811
) -> None:
    """The admin granted only SMTP.Send (or a Google user unticked the mail box on the
    consent page): the token is fine, the mailbox refuses it. 'Meld opnieuw aan' alone
    would send the worker round in circles; they are told which permission is missing,
    nothing is fetched, sending still works, and the connection test names it."""
    rv, svc = world.rv, world.rv.svc
    world.idp.scope = "https://outlook.office.com/SMTP.Send"
    svc.mail_account.sign_out()
    svc.mail_account.sign_in(world.browser)
    svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))  # SMTP.Send was granted
    [sent] = world.smtp.handler.received
    world.imap.append(_reply(sent.data, "1 ja, 2 nee"))
    with pytest.raises(MailConnectionError) as caught:
        svc.mail_inbox.check()
    assert caught.value.kind == "permission"
    assert "IMAP" in caught.value.message and "toestemming" in caught.value.message
    assert svc.mail_inbox.waiting_count() == 0
    imap_line = svc.mail_account.test_connection()[-1]
    assert (imap_line.ok, imap_line.kind) == (False, "permission")
    # Granted only the mailbox, not sending: nothing is sent, nothing logged as sent.
    world.idp.scope = "https://outlook.office.com/IMAP.AccessAsUser.All"
    svc.mail_account.sign_out()
    svc.mail_account.sign_in(world.browser)
    with pytest.raises(SendError) as refused:
        svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id), reminder=True)
    assert refused.value.kind == "permission" and "Er is niets verzonden" in refused.value.message
    assert len(world.smtp.handler.received) == 1
    assert [m.kind for m in svc.remote.sent_messages(rv.main.id)] == ["request"]
    assert svc.mail_inbox.check().new == 1  # the mailbox permission is there now


class _StrippedImap(socketserver.StreamRequestHandler):
    """Someone between the desk and the mail server (a hotel network, a rogue access point)
    answers as the IMAP server and leaves STARTTLS out of the capabilities, hoping the
    client logs in in the clear. Records every command line it gets."""

    lines: ClassVar[list[bytes]] = []

    def handle(self) -> None:
        self.wfile.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2] ready\r\n")
        for line in self.rfile:
            type(self).lines.append(line)
            tag = line.split(b" ", 1)[0]
            if b"CAPABILITY" in line.upper():
                self.wfile.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2\r\n")
            self.wfile.write(tag + b" OK done\r\n")
            if b"LOGOUT" in line.upper():
                return


def test_a_mailbox_that_hides_starttls_gets_no_login_and_the_worker_hears_why(
    world: World,  # noqa: F811
) -> None:
    svc = world.rv.svc
    _StrippedImap.lines = []
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), _StrippedImap) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            port = server.server_address[1]
            svc.mail_account.set_imap_settings(world.imap.settings(port=port))
            with pytest.raises(MailConnectionError) as caught:
                svc.mail_inbox.check()
        finally:
            server.shutdown()
    assert caught.value.kind == "tls"
    assert "STARTTLS" in caught.value.message
    sent = b"".join(_StrippedImap.lines).upper()
    assert b"AUTHENTICATE" not in sent and b"LOGIN " not in sent  # no token in the clear
    assert svc.mail_inbox.last_checked() is None  # nothing counted as looked at
