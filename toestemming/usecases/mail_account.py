"""The organisation's mailbox account: OAuth sign-in (Microsoft 365, Google), the IMAP
settings, sending with the right login, and "Verbinding testen".

The refresh token is kept only in the vault's `meta` (OAUTH_TOKEN_META_KEY), written in a
transaction like every other setting; the access token is kept in memory on the Context for
its short life and refreshed when it runs out. A refused refresh token raises `SignInAgain`;
the stored one stays until a new sign-in replaces it (nothing is thrown away on a hiccup).
"""

from __future__ import annotations

import email
import json
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from ..capture.imap import Account, MailConnectionError, imap_session
from ..capture.oauth import (
    SIGN_IN_TIMEOUT,
    DeviceCode,
    Microsoft,
    OAuthError,
    SignInAgain,
    Tokens,
    allows,
    provider_for,
)
from ..capture.sender_auth import parse as parse_auth
from ..capture.settings import (
    IMAP_META_KEY,
    OAUTH_APP_META_KEY,
    OAUTH_TOKEN_META_KEY,
    SMTP_META_KEY,
    ImapSettings,
    OAuthApp,
    Provider,
    SmtpSettings,
)
from ..capture.smtp import SendError, send_message, smtp_session
from ..errors import Said, ValidationError
from ..store.turns import one_turn
from .context import Context

if TYPE_CHECKING:
    from imapclient import IMAPClient

_log = logging.getLogger(__name__)


def _part(name: str) -> Said:
    """Which part a check line is about: sign-in, smtp or imap (made when checked: the catalog
    is loaded on first use, not when the app starts)."""
    return Said(f"mail-check-part-{name}")


@dataclass(frozen=True)
class ConnectionCheck:
    """One line of "Verbinding testen": which part, whether it worked, and what to do."""

    part: str  # _part("sign-in"), _part("smtp"), _part("imap")
    ok: bool
    kind: str  # "" when ok; else dns, tls, auth, permission, timeout, connect, sign_in, …
    message: str


class MailAccount:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- settings -------------------------------------------------------------------------------
    def oauth_app(self) -> OAuthApp | None:
        raw = self._ctx.meta(OAUTH_APP_META_KEY)
        return OAuthApp.from_json(raw) if raw else None

    @one_turn
    def set_oauth_app(self, app: OAuthApp) -> OAuthApp:
        clean = app.validated()
        with self._ctx.db.transaction():
            self.store_oauth_app(clean)
        self._ctx.mail_tokens.clear()
        return clean

    def store_oauth_app(self, clean: OAuthApp) -> None:
        """Write a validated registration inside the caller's transaction."""
        old = self.oauth_app()
        self._ctx.set_meta(OAUTH_APP_META_KEY, clean.to_json())
        if old is not None and (old.provider, old.client_id, old.tenant) != (
            clean.provider,
            clean.client_id,
            clean.tenant,
        ):
            # A token of another registration is useless for this one.
            self._ctx.db.execute("DELETE FROM meta WHERE key = ?", (OAUTH_TOKEN_META_KEY,))
        self._ctx.event(
            "mail.oauth_app_changed",
            {"provider": str(clean.provider), "tenant": clean.tenant},
        )

    def imap_settings(self) -> ImapSettings | None:
        raw = self._ctx.meta(IMAP_META_KEY)
        return ImapSettings.from_json(raw) if raw else None

    @one_turn
    def set_imap_settings(self, settings: ImapSettings) -> ImapSettings:
        clean = settings.validated()
        with self._ctx.db.transaction():
            self.store_imap_settings(clean)
        return clean

    def store_imap_settings(self, clean: ImapSettings) -> None:
        """Write validated inbox settings inside the caller's transaction."""
        self._ctx.set_meta(IMAP_META_KEY, clean.to_json())
        self._ctx.event(
            "mail.imap_changed",
            {
                "host": clean.host,
                "port": clean.port,
                "security": str(clean.security),
                "interval_minutes": clean.interval_minutes,
                "sender_checked_by": clean.sender_checked_by,
            },
        )

    def _smtp(self) -> SmtpSettings | None:
        raw = self._ctx.meta(SMTP_META_KEY)
        return SmtpSettings.from_json(raw) if raw else None

    def _verify(self) -> str | bool:
        smtp = self._smtp()
        return smtp.ca_file if smtp is not None and smtp.ca_file else True

    # -- signing in -----------------------------------------------------------------------------
    def signed_in(self) -> bool:
        return bool(self._stored_token())

    def _stored_token(self) -> str:
        raw = self._ctx.meta(OAUTH_TOKEN_META_KEY)
        if not raw:
            return ""
        app = self.oauth_app()
        data = json.loads(raw)
        if app is None or data.get("provider") != str(app.provider):
            return ""
        return str(data.get("refresh_token", ""))

    def _app(self) -> OAuthApp:
        app = self.oauth_app()
        if app is None:
            raise OAuthError(message_id="error-mail-set-which-service-mailbox")
        return app

    def sign_in(
        self, open_browser: Callable[[str], object], *, timeout: float = SIGN_IN_TIMEOUT
    ) -> None:
        """Authorization code + PKCE on a loopback redirect; `open_browser` shows the URL."""
        app = self._app()
        client = provider_for(app, verify=self._verify())
        tokens = client.sign_in(open_browser, self._ctx.clock.now(), timeout)
        self._store(app, tokens, "browser")

    def start_device_sign_in(self) -> DeviceCode:
        """Microsoft only: a code to type at microsoft.com/devicelogin on any device."""
        app = self._app()
        client = provider_for(app, verify=self._verify())
        if not isinstance(client, Microsoft):
            raise OAuthError(message_id="error-mail-signing-code-only-works")
        self._device_client = client
        return client.start_device_code()

    def finish_device_sign_in(self, device: DeviceCode) -> None:
        app = self._app()
        client = getattr(self, "_device_client", None)
        if not isinstance(client, Microsoft):
            raise OAuthError(message_id="error-mail-ask-code-first")
        tokens = client.finish_device_code(device, self._ctx.clock.now())
        self._store(app, tokens, "device_code")

    @one_turn
    def sign_out(self) -> None:
        with self._ctx.db.transaction():
            self._ctx.db.execute("DELETE FROM meta WHERE key = ?", (OAUTH_TOKEN_META_KEY,))
            self._ctx.event("mail.signed_out", {})
        self._ctx.mail_tokens.clear()

    @one_turn
    def _store(self, app: OAuthApp, tokens: Tokens, how: str) -> None:
        if not tokens.refresh_token:
            raise OAuthError(message_id="error-mail-no-refresh-token")
        with self._ctx.db.transaction():
            self._save_refresh(app, tokens.refresh_token)
            self._ctx.event("mail.signed_in", {"provider": str(app.provider), "via": how})
        self._ctx.mail_tokens["access"] = tokens

    @one_turn  # (only this write is tried again, never the provider's refresh before it)
    def _keep_refresh(self, app: OAuthApp, refresh_token: str) -> None:
        with self._ctx.db.transaction():
            self._save_refresh(app, refresh_token)

    def _save_refresh(self, app: OAuthApp, refresh_token: str) -> None:
        self._ctx.set_meta(
            OAUTH_TOKEN_META_KEY,
            json.dumps({"provider": str(app.provider), "refresh_token": refresh_token}),
        )

    def access_token(self) -> str:
        """A valid access token: the one in memory, or a fresh one from the refresh token.
        Raises SignInAgain when there is none or the provider refuses it."""
        cached = self._ctx.mail_tokens.get("access")
        now = self._ctx.clock.now()
        if isinstance(cached, Tokens) and cached.expires_at > now:
            return cached.access_token
        app = self._app()
        stored = self._stored_token()
        if not stored:
            raise SignInAgain(message_id="error-smtp-sign-mailbox-mail-settings")
        client = provider_for(app, verify=self._verify())
        try:
            tokens = client.refresh(stored, now)
        except SignInAgain:
            self._ctx.mail_tokens.clear()
            raise
        if tokens.refresh_token != stored and not self._ctx.db.read_only_reason:
            # Microsoft rotates refresh tokens: keep the newest (the old one may stop working).
            self._keep_refresh(app, tokens.refresh_token)
        self._ctx.mail_tokens["access"] = tokens
        return tokens.access_token

    # -- using the account ----------------------------------------------------------------------
    def _token_for(self, smtp: SmtpSettings) -> str:
        if smtp.auth == Provider.PASSWORD:
            return ""
        token = self.access_token()
        if not self._granted(smtp.auth, "smtp"):
            raise SendError(message_id="error-smtp-sign-in-lacks-permission", kind="permission")
        return token

    def _granted(self, provider: Provider, use: str) -> bool:
        """Whether the token in memory was granted `use` (see oauth.allows)."""
        tokens = self._ctx.mail_tokens.get("access")
        return not isinstance(tokens, Tokens) or allows(tokens, provider, use)

    def send(
        self, smtp: SmtpSettings, message: EmailMessage, tls: ssl.SSLContext | None = None
    ) -> None:
        """Send with the account's login. A token the server refuses is dropped from memory
        once and tried fresh; a second refusal is SignInAgain (the message was not sent)."""
        try:
            send_message(smtp, message, tls, access_token=self._token_for(smtp))
        except SignInAgain:
            if smtp.auth == Provider.PASSWORD or not self.forget_access_token():
                raise
            send_message(smtp, message, tls, access_token=self._token_for(smtp))

    def forget_access_token(self) -> bool:
        """Drop the access token in memory (a server refused it before its expiry time);
        True when there was one, so the caller tries once more with a fresh one."""
        had = "access" in self._ctx.mail_tokens
        self._ctx.mail_tokens.clear()
        return had

    def imap_account(self) -> tuple[ImapSettings, Account, str]:
        """The IMAP settings, the login to use and the CA file; raises when not set up."""
        imap = self.imap_settings()
        smtp = self._smtp()
        if imap is None or smtp is None:
            raise ValidationError(message_id="error-mail-set-up-mail-server")
        user = imap.username or smtp.username
        if smtp.auth != Provider.PASSWORD:
            account = Account(user, access_token=self.access_token(), provider=smtp.auth)
            if not self._granted(smtp.auth, "imap"):
                raise MailConnectionError(
                    "permission", message_id="error-imap-sign-in-lacks-permission"
                )
        else:
            account = Account(user, password=imap.password or smtp.password)
        return imap, account, smtp.ca_file

    def test_connection(self, tls: ssl.SSLContext | None = None) -> list[ConnectionCheck]:
        """Try each part in turn and say in Dutch what failed: sign-in, SMTP, IMAP."""
        out: list[ConnectionCheck] = []
        smtp = self._smtp()
        if smtp is None:
            return [ConnectionCheck(_part("smtp"), False, "settings", Said("mail-check-not-set"))]
        if smtp.auth != Provider.PASSWORD:
            try:
                self._ctx.mail_tokens.clear()  # really ask the identity provider
                self.access_token()
                out.append(
                    ConnectionCheck(_part("sign-in"), True, "", Said("mail-check-sign-in-ok"))
                )
            except SignInAgain as exc:
                out.append(ConnectionCheck(_part("sign-in"), False, "sign_in", Said.of(exc)))
                return out
            except OAuthError as exc:
                out.append(ConnectionCheck(_part("sign-in"), False, "oauth", Said.of(exc)))
                return out
        try:
            with smtp_session(smtp, tls, access_token=self._token_for(smtp)):
                pass
            out.append(ConnectionCheck(_part("smtp"), True, "", Said("mail-check-smtp-ok")))
        except SignInAgain as exc:
            out.append(ConnectionCheck(_part("smtp"), False, "sign_in", Said.of(exc)))
        except SendError as exc:
            out.append(ConnectionCheck(_part("smtp"), False, exc.kind, Said.of(exc)))
        if self.imap_settings() is None:
            return out
        try:
            imap, account, ca = self.imap_account()
            timeout = float(smtp.timeout_seconds)
            with imap_session(imap, account, ca_file=ca, context=tls, timeout=timeout) as client:
                client.select_folder(imap.folder, readonly=True)
                out.append(ConnectionCheck(_part("imap"), True, "", Said("mail-check-imap-ok")))
                if imap.trusted_checkers():
                    out.append(sender_check_line(client, imap.trusted_checkers()))
        except SignInAgain as exc:
            out.append(ConnectionCheck(_part("imap"), False, "sign_in", Said.of(exc)))
        except MailConnectionError as exc:
            out.append(ConnectionCheck(_part("imap"), False, exc.kind, Said.of(exc)))
        except Exception as exc:  # select_folder errors
            _log.info("IMAP folder check failed: %s", type(exc).__name__)
            out.append(
                ConnectionCheck(
                    _part("imap"),
                    False,
                    "folder",
                    Said("mail-check-folder-missing"),
                )
            )
        return out


# The newest messages the connection test looks at for the sender check's server name.
SENDER_CHECK_SAMPLE = 20


def sender_check_line(client: IMAPClient, trusted: tuple[str, ...]) -> ConnectionCheck:
    """Whether the newest messages in the folder carry a sender check (Authentication-Results)
    written under one of the names in "Afzender gecontroleerd door". A misspelt name makes
    every reply "not checked"; the line names the servers that did write checks, so the
    worker can copy the right one. Headers are read with BODY.PEEK: nothing is marked read."""
    part = Said("mail-check-part-sender")
    try:
        uids = sorted(int(u) for u in client.search(["ALL"]))[-SENDER_CHECK_SAMPLE:]
        fetched = client.fetch(uids, [_AUTH_HEADERS]) if uids else {}
    except Exception as exc:  # a server that refuses SEARCH/FETCH here: say so, nothing else
        _log.info("sender check sample failed: %s", type(exc).__name__)
        return ConnectionCheck(part, False, "sender_check", Said("mail-check-sender-unread"))
    if not uids:
        return ConnectionCheck(part, True, "", Said("mail-check-sender-empty"))
    wanted = {t.strip().lower() for t in trusted}
    seen: set[str] = set()
    for data in fetched.values():
        raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"")
        message = email.message_from_bytes(raw if isinstance(raw, bytes) else b"")
        for value in message.get_all("Authentication-Results") or []:
            authserv, _results = parse_auth(str(value))
            if authserv:
                seen.add(authserv)
    if seen & wanted:
        return ConnectionCheck(
            part, True, "", Said("mail-check-sender-seen", servers=", ".join(sorted(seen & wanted)))
        )
    if seen:
        return ConnectionCheck(
            part,
            False,
            "sender_check",
            Said("mail-check-sender-other", servers=", ".join(sorted(seen)[:5])),
        )
    return ConnectionCheck(part, False, "sender_check", Said("mail-check-sender-none"))


_AUTH_HEADERS = "BODY.PEEK[HEADER.FIELDS (AUTHENTICATION-RESULTS)]"
