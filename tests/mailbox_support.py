"""Servers for the OAuth mail tests, all on 127.0.0.1 and all real: an SMTP server (aiosmtpd)
whose XOAUTH2 authenticator accepts only access tokens the local identity provider issued, and
an IMAP server (pymap, tests/imap_server.py) in a child process."""

from __future__ import annotations

import base64
import os
import selectors
import ssl
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from mail_corpus import ORG
from mail_support import Cert, Handler, _free_port
from oauth_support import IdP

from toestemming.capture.settings import ImapSettings, Provider, Security, SmtpSettings

MAILBOX = ORG  # the organisation's shared mailbox: the sender and where replies arrive
IMAP_PASSWORD = "Imap-wachtwoord-2026"
HERE = Path(__file__).resolve().parent


@dataclass
class XOAuth2:
    user: str
    token: str


@dataclass
class OAuthHandler(Handler):
    """Records messages; speaks AUTH XOAUTH2 (one initial response, as Exchange Online does)."""

    logins: list[str] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        if len(args) < 2:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False)
        else:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except ValueError:
                return AuthResult(success=False)
        parts = blob.split(b"\x01")
        # user=<address> ^A auth=Bearer <token> ^A ^A
        if len(parts) != 4 or not parts[0].startswith(b"user=") or parts[2:] != [b"", b""]:
            self.logins.append("malformed")
            return AuthResult(success=False, handled=False)
        auth = parts[1].decode()
        if not auth.startswith("auth=Bearer "):
            self.logins.append("malformed")
            return AuthResult(success=False, handled=False)
        data = XOAuth2(parts[0][5:].decode(), auth[len("auth=Bearer ") :])
        return server._authenticate("XOAUTH2", data)


@dataclass
class OAuthSmtp:
    handler: OAuthHandler
    port: int
    cert: Cert

    def settings(self, provider: Provider = Provider.MICROSOFT, **over: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "localhost",
            "port": self.port,
            "security": Security.STARTTLS,
            "username": MAILBOX,
            "password": "",
            "from_address": MAILBOX,
            "from_name": "Testschool Balie",
            "ca_file": str(self.cert.cert),
            "timeout_seconds": 10,
            "auth": provider,
        }
        values.update(over)
        return SmtpSettings(**values)


@contextmanager
def oauth_smtp_server(cert: Cert, idp: IdP) -> Iterator[OAuthSmtp]:
    """STARTTLS required, then XOAUTH2 with a token the IdP issued for MAILBOX."""
    handler = OAuthHandler()

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            mechanism == "XOAUTH2"
            and isinstance(data, XOAuth2)
            and data.user == MAILBOX
            and idp.allows(data.token, "SMTP")
        )
        handler.logins.append("ok" if ok else "refused")
        return AuthResult(success=ok, handled=False)

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert.cert, cert.key)
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_required=True,
        tls_context=ctx,
        require_starttls=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],  # like Exchange with basic auth off
    )
    controller.start()
    try:
        yield OAuthSmtp(handler, port, cert)
    finally:
        controller.stop()


# -- IMAP ---------------------------------------------------------------------------------------
@dataclass
class ImapServer:
    port: int
    cert: Cert
    process: subprocess.Popen[bytes]

    def settings(self, **over: Any) -> ImapSettings:
        values: dict[str, Any] = {
            "host": "localhost",
            "port": self.port,
            "security": Security.STARTTLS,
            "folder": "INBOX",
            "interval_minutes": 5,
        }
        values.update(over)
        return ImapSettings(**values)

    def client(self) -> Any:
        """A second, independent client (the "rest of the world"): password login."""
        from imapclient import IMAPClient

        ctx = ssl.create_default_context(cafile=str(self.cert.cert))
        c = IMAPClient("localhost", port=self.port, ssl=False, timeout=30)
        c.starttls(ctx)
        c.login(MAILBOX, IMAP_PASSWORD)
        return c

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        c = self.client()
        try:
            c.append(folder, raw)
        finally:
            c.logout()


def require_imap_server() -> None:
    try:
        import pymap  # noqa: F401
    except ImportError:
        pytest.skip(
            "pymap (the IMAP server for the inbox tests) is not installed; "
            "`pip install -e .[test]` brings it"
        )


@contextmanager
def imap_server(cert: Cert, tokens_file: Path, preload: Path | None = None) -> Iterator[ImapServer]:
    require_imap_server()
    port = _free_port()
    args = [
        sys.executable,
        str(HERE / "imap_server.py"),
        "--port", str(port),
        "--cert", str(cert.cert),
        "--key", str(cert.key),
        "--user", MAILBOX,
        "--password", IMAP_PASSWORD,
        "--tokens-file", str(tokens_file),
    ]  # fmt: skip
    if preload is not None:
        args += ["--preload", str(preload)]
    # stderr to a file, not a pipe nobody reads (a full pipe would stall the server).
    log_path = tokens_file.parent / f"imap-{port}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=log, env={**os.environ, "FQDN": "localhost"}
    )
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    # Waits for the child's READY line (an event, not a guess); 10 000 preloaded messages
    # take a while on a busy 2-core machine.
    ready = sel.select(timeout=300) and proc.stdout.readline().strip() == b"READY"
    sel.close()
    if not ready:
        proc.kill()
        proc.wait()
        log.close()
        err = log_path.read_text(errors="replace")
        raise AssertionError("IMAP server did not start: " + err[-2000:])
    try:
        yield ImapServer(port, cert, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
