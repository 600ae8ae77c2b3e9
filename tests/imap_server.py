"""A real IMAP server (pymap, in-memory "dict" backend) for the inbox tests, run as a child
process: STARTTLS with the test certificate, one account that logs in with a password
(LOGIN/PLAIN) or with XOAUTH2. An XOAUTH2 token is accepted only while it stands in the
tokens file that the local token endpoint (tests/oauth_support.py) writes when it issues one,
so a revoked or made-up token is refused like at Microsoft or Google.

    python tests/imap_server.py --port N --cert C --key K --user U --password P \
        --tokens-file F [--preload DIR]

--preload: a folder of *.eml files appended to INBOX before "READY" is printed (the bench's
10 000 unrelated messages, without 10 000 APPEND round trips).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import ssl
import sys
import weakref
from contextlib import AsyncExitStack, suppress
from datetime import UTC, datetime
from pathlib import Path

from pymap.backend.dict import Config, DictBackend, Login
from pymap.backend.dict import mailbox as dict_mailbox
from pymap.backend.dict.filter import FilterSet
from pymap.backend.dict.mailbox import MailboxSet
from pymap.exceptions import InvalidAuth
from pymap.imap import IMAPService
from pymap.interfaces.login import IdentityInterface
from pymap.parsing.message import AppendMessage
from pymap.user import UserMetadata
from pysasl import SASLAuth
from pysasl.creds.external import ExternalCredentials
from pysasl.creds.server import ServerCredentials

# A message's envelope, built once per message as a production server's header cache keeps it
# (Dovecot's dovecot.index.cache): pymap builds it anew for every SUBJECT/FROM/TO key it tries
# on every message, a missing Sender/Reply-To/Cc/Bcc/In-Reply-To raised as KeyError each time
# — 13 µs a key and message, 1.3 s of the bench's 10 codes among 10,000 messages, time no real
# server spends. Messages are immutable in IMAP; the cache dies with the message.
_envelopes: weakref.WeakKeyDictionary[object, object] = weakref.WeakKeyDictionary()
_build_envelope = dict_mailbox.LoadedMessage.get_envelope_structure


def _envelope(self: dict_mailbox.LoadedMessage) -> object:
    content = self._content
    if content is None:
        return _build_envelope(self)
    env = _envelopes.get(content)
    if env is None:
        env = _envelopes[content] = _build_envelope(self)
    return env


dict_mailbox.LoadedMessage.get_envelope_structure = _envelope  # type: ignore[method-assign,assignment]


class TokenLogin(Login):
    """Password logins as pymap does them; XOAUTH2 checks the bearer token against the file."""

    tokens_file: Path
    user: str

    async def authenticate(self, credentials: ServerCredentials) -> IdentityInterface:
        if isinstance(credentials, ExternalCredentials):
            token = credentials._token or ""  # pysasl keeps the bearer token here
            valid = (
                set(self.tokens_file.read_text().split()) if self.tokens_file.exists() else set()
            )
            if credentials.authzid != self.user or not token or token not in valid:
                raise InvalidAuth()
            return await super().authorize(self._identity(), credentials.authzid)
        return await super().authenticate(credentials)

    def _identity(self) -> IdentityInterface:
        from pymap.backend.dict import Identity

        return Identity(self.user, self, None, frozenset())


class OAuthConfig(Config):
    @property
    def tls_auth(self) -> SASLAuth:
        return SASLAuth.named([b"PLAIN", b"LOGIN", b"XOAUTH2"])


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--tokens-file", required=True)
    p.add_argument("--preload", default="")
    return p.parse_args()


async def _run(a: argparse.Namespace) -> None:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(a.cert, a.key)
    ns = argparse.Namespace(
        passlib_cfg=None,
        proxy_protocol=None,
        debug=False,
        demo_data=False,
        inherited_sockets=None,
        demo_user="demouser",
        demo_password="demopass",
    )
    config = OAuthConfig(
        ns,
        host="127.0.0.1",
        port=a.port,
        ssl_context=ctx,
        tls_enabled=True,
        demo_data=False,
        demo_user="demouser",
        demo_password="demopass",
        invalid_user_sleep=0.0,
        reject_dnsbl=False,
        bad_command_limit=None,
    )
    login = TokenLogin(config)
    login.tokens_file = Path(a.tokens_file)
    login.user = a.user
    hashed = await login._passwords.hash_password(a.password)
    login.users_dict[a.user] = UserMetadata(config, a.user, password=hashed)
    mailbox_set, filter_set = MailboxSet(), FilterSet()
    config.set_cache[a.user] = (mailbox_set, filter_set)
    if a.preload:
        inbox = await mailbox_set.get_mailbox("INBOX")
        when = datetime(2026, 11, 20, tzinfo=UTC)
        for path in sorted(Path(a.preload).glob("*.eml")):
            await inbox.append(AppendMessage(path.read_bytes(), when, frozenset()))
    backend = DictBackend(login, config)
    config.apply_context()
    service = IMAPService(backend, config)
    async with AsyncExitStack() as stack:
        await backend.start(stack)
        await service.start(stack)
        print("READY", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
        with suppress(asyncio.CancelledError):
            await stop.wait()


if __name__ == "__main__":
    asyncio.run(_run(_args()))
    sys.exit(0)
