"""Attack s26, the leak day's mailbox half: the request sent through a real SMTP server by
XOAUTH2, a reminder, the reply (its body and an attachment carrying canaries) fetched from a
real IMAP server (pymap, tests/test_mail_imap.py's world) and confirmed, a second check that
finds nothing new. HOME, the XDG folders and TMPDIR are this test's own (set before the
mailbox is signed in); the app's log file is attached at DEBUG.

Searched afterwards for every canary (the youth's name and address, the reference code, the
reply's words and attachment, the vault's passphrase, the OAuth access and refresh tokens the
identity provider issued) in every file under those folders and the vault's folder (but the
vault itself and the test servers' own files), the log, stdout/stderr and the records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from mail_corpus import SAM
from mail_support import PASSPHRASE
from test_attack_s25_leak_day import _forms, _leaks
from test_attack_s26_leak_mail_day import files_with, isolate
from test_mail_imap import World, _reply, cert, world  # noqa: F401  (fixtures)

from toestemming import applog
from toestemming.applog import configure_logging, remove_logging
from toestemming.model import ItemStatus, SignerRef


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    roots = isolate(tmp_path / "env", monkeypatch)
    configure_logging(roots["state"] / "log", level=logging.DEBUG)
    try:
        yield roots
    finally:
        remove_logging(roots["state"] / "log")


def _with_attachment(raw: bytes) -> bytes:
    import email
    from email import policy

    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    msg.add_attachment(
        b"Bijlage: Hooibergnaald\n", maintype="text", subtype="plain", filename="Hooibergnaald.txt"
    )
    return msg.as_bytes(policy=policy.SMTP)


def test_a_reply_fetched_by_imap_leaves_no_personal_data_behind(
    isolated: dict[str, Path],
    world: World,  # noqa: F811
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    rv, svc = world.rv, world.rv.svc
    sam = SignerRef.youth(rv.sam.id)
    sent = svc.remote.send(rv.main.id, sam)
    svc.remote.send(rv.main.id, sam, reminder=True)
    [got, _reminder] = world.smtp.handler.received
    world.imap.append(_with_attachment(_reply(got.data, "1 ja 2 nee Vuurtorenwachter")))
    rv.clock.advance(timedelta(hours=1))  # the reply was written 20 minutes after the mail
    assert svc.mail_inbox.check().new == 1
    [waiting] = svc.mail_inbox.waiting()
    svc.mail_inbox.confirm(waiting.inbox_id, waiting.proposal)
    assert svc.consents.item_status(rv.main.items[0].id).status == ItemStatus.GIVEN
    assert svc.mail_inbox.check().new == 0
    assert sent.message_id
    svc.close()

    values = {
        "youth": "Vries",
        "mail": SAM,
        "ref": rv.main.reference_code,
        "body": "Vuurtorenwachter",
        "attachment": "Hooibergnaald",
        "passphrase": PASSPHRASE,
    }
    tokens = world.idp.access_tokens | world.idp.refresh_tokens
    values |= {f"token{n}": t for n, t in enumerate(sorted(tokens))}
    assert tokens, "the identity provider issued tokens"
    canaries = {k: _forms(v) for k, v in values.items()}

    vault = tmp_path / "m.tvault"
    skip = {vault, vault.with_name("m.tvault-wal"), vault.with_name("m.tvault-shm")}
    skip |= {world.idp.tokens_file}  # the identity provider's (the test's) own file
    skip |= set(tmp_path.glob("imap-*.log"))  # the IMAP server's stderr
    found = dict(files_with(tmp_path, tmp_path, skip, canaries))
    assert not found, found
    assert list((isolated["state"] / "log").glob("toestemming.log*"))
    out, err = capfd.readouterr()
    assert _leaks(out.encode(), canaries) == [], out
    assert _leaks(err.encode(), canaries) == [], err
    # The program's own records at every level (they reach the file at any level); a
    # library's debug lines stay in memory (LibraryDebugFilter: the file above shows it).
    records = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}"
        for r in caplog.records
        if applog.LibraryDebugFilter().filter(r)
        and not r.name.startswith("mail.log")  # the test's own SMTP server
    )
    assert _leaks(records.encode(), canaries) == [], records
