"""OAuth 2.0 sign-in for the organisation's mailbox: Microsoft 365 (msal, public client) and
Google (installed-app flow), both with PKCE on a loopback redirect; Microsoft also by device
code. Only the refresh token is kept (by the caller, inside the vault); access tokens live in
memory for their short life.

Why our own loopback listener instead of msal's `acquire_token_interactive`: the UI opens the
browser itself (Qt's QDesktopServices) and the tests play the browser against a local token
endpoint; msal still builds the request (PKCE, state, nonce) and checks the answer.

Errors are Dutch `OAuthError`s; a refused or expired refresh token is `SignInAgain`. Neither
carries a token, an address or the identity provider's own text (that may name the account).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from ..errors import Param, ToestemmingError
from .settings import OAuthApp, Provider

_log = logging.getLogger(__name__)

MICROSOFT_HOST = "https://login.microsoftonline.com"
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
# msal adds openid, profile and offline_access itself (and refuses them in this list).
MICROSOFT_SCOPES = (
    "https://outlook.office.com/SMTP.Send",
    "https://outlook.office.com/IMAP.AccessAsUser.All",
)
GOOGLE_SCOPES = ("https://mail.google.com/",)
SIGN_IN_TIMEOUT = 300.0  # seconds the loopback listener waits for the browser


class OAuthError(ToestemmingError):
    """Signing in with the organisation's account did not work; nothing was changed."""

    code = "aanmelden"


class SignInAgain(OAuthError):
    """The stored sign-in was refused (expired, revoked, password changed): sign in again."""

    code = "opnieuw_aanmelden"
    # The message that could not be sent, as an .eml draft (X-Unsent: 1), when there was one.
    draft: bytes = b""

    def __init__(
        self,
        message: str = "",
        *,
        message_id: str = "error-oauth-sign-in-again",
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_at: datetime
    # What the provider says the token may do (its "scope"); () when it did not say. A
    # Google user can untick the mail box on the consent page, an admin can grant only
    # SMTP.Send: then the server's refusal would read as "sign in again", which never helps.
    scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:  # never print a token (tracebacks, logs)
        return f"Tokens(expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True)
class DeviceCode:
    """What the worker types at the identity provider's page (device code sign-in)."""

    user_code: str
    verification_uri: str
    message: str
    flow: dict[str, Any]


def xoauth2_string(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), for SMTP and IMAP."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


# -- the loopback redirect ----------------------------------------------------------------------
class _Catch(BaseHTTPRequestHandler):
    result: dict[str, str] | None = None
    done: threading.Event

    def do_GET(self) -> None:
        query = urllib.parse.urlsplit(self.path).query
        params = {k: v[0] for k, v in urllib.parse.parse_qs(query).items()}
        if "code" not in params and "error" not in params:
            self.send_response(404)
            self.end_headers()
            return
        type(self).result = params
        body = (
            b"<html><body><p>Aanmelden is klaar. U kunt dit venster sluiten en teruggaan naar "
            b"Toestemming.</p></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        type(self).done.set()

    def log_message(self, format: str, *args: Any) -> None:  # the query holds the code
        pass


@contextmanager
def _loopback() -> Iterator[tuple[str, type[_Catch]]]:
    """An HTTP listener on 127.0.0.1 (a free port) for the one redirect of a sign-in."""
    handler = type("Catch", (_Catch,), {"result": None, "done": threading.Event()})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # "localhost" is what Microsoft and Google register for native apps (any port).
        yield f"http://localhost:{server.server_address[1]}/", handler
    finally:
        server.shutdown()
        server.server_close()


def _wait(handler: type[_Catch], timeout: float) -> dict[str, str]:
    if not handler.done.wait(timeout) or handler.result is None:
        raise OAuthError(message_id="error-oauth-signing-browser-finished-try")
    result = handler.result
    if "error" in result:
        if result["error"] == "access_denied":
            raise OAuthError(message_id="error-oauth-signing-refused-cancelled-nothing")
        raise OAuthError(message_id="error-oauth-sign-page-gave-error")
    return result


# -- providers ----------------------------------------------------------------------------------
class OAuthClient:
    """What both providers can do. `now` comes from the caller's clock."""

    def sign_in(
        self, open_browser: Callable[[str], object], now: datetime, timeout: float
    ) -> Tokens:
        raise NotImplementedError

    def refresh(self, refresh_token: str, now: datetime) -> Tokens:
        raise NotImplementedError


def _tokens(result: dict[str, Any], now: datetime, old_refresh: str = "") -> Tokens:
    access = result.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError(message_id="error-oauth-no-access-token")
    refresh = result.get("refresh_token") or old_refresh
    try:
        seconds = int(result.get("expires_in", 3600))
    except (TypeError, ValueError):
        seconds = 3600
    granted = result.get("scope")
    if isinstance(granted, list | tuple):
        granted = " ".join(str(g) for g in granted)
    scopes = tuple(str(granted).split()[:50]) if isinstance(granted, str) else ()
    # A minute of slack: a token that expires during a send is refreshed before, not after.
    return Tokens(access, str(refresh), now + timedelta(seconds=max(seconds - 60, 0)), scopes)


# The permission each use needs, per provider (lower case; Microsoft may leave out the
# resource prefix).
_NEEDED = {
    ("microsoft", "smtp"): "smtp.send",
    ("microsoft", "imap"): "imap.accessasuser.all",
    ("google", "smtp"): "https://mail.google.com/",
    ("google", "imap"): "https://mail.google.com/",
}


def allows(tokens: Tokens, provider: str, use: str) -> bool:
    """Whether the token's granted scope covers `use` ("smtp" or "imap"). True when the
    provider did not say (the mail server decides then)."""
    need = _NEEDED.get((str(provider), use))
    if not tokens.scopes or need is None:
        return True
    return any(s.lower() == need or s.lower().endswith("/" + need) for s in tokens.scopes)


def _refused(result: dict[str, Any]) -> OAuthError:
    error = str(result.get("error", ""))
    _log.info("identity provider refused: %s", error)  # the error code only, never its text
    if error in {"invalid_grant", "interaction_required", "invalid_token", "unauthorized_client"}:
        return SignInAgain()
    if error == "invalid_client":
        return OAuthError(message_id="error-oauth-unknown-client-id")
    if error == "invalid_scope":
        return OAuthError(message_id="error-oauth-app-registration-lacks-permissions")
    return OAuthError(message_id="error-oauth-sign-in-failed")


class Microsoft(OAuthClient):
    """Microsoft 365 through msal's PublicClientApplication (no client secret)."""

    def __init__(self, app: OAuthApp, *, verify: str | bool = True) -> None:
        import msal  # imported here: msal pulls in requests, only needed when signing in

        host = (app.authority_host or MICROSOFT_HOST).rstrip("/")
        try:
            self._app = msal.PublicClientApplication(
                app.client_id,
                authority=f"{host}/{app.tenant}",
                # Only for an authority that is not Microsoft's (a national cloud, a test):
                # the standard host is known to msal and checked as usual.
                instance_discovery=False if app.authority_host else None,
                validate_authority=not app.authority_host,
                http_client=_session(verify),
            )
        except ValueError:
            raise OAuthError(message_id="error-oauth-address-invalid") from None
        except Exception as exc:  # requests' connection errors while reading the metadata
            raise _network(exc) from None
        self._scopes = list(MICROSOFT_SCOPES)

    def sign_in(
        self, open_browser: Callable[[str], object], now: datetime, timeout: float
    ) -> Tokens:
        with _loopback() as (redirect, handler):
            try:
                with warnings.catch_warnings():
                    # msal recommends form_post; a native app's loopback listener gets the
                    # code in the query (RFC 8252), guarded by PKCE and state.
                    warnings.simplefilter("ignore", UserWarning)
                    flow = self._app.initiate_auth_code_flow(
                        self._scopes, redirect_uri=redirect, prompt="select_account"
                    )
            except Exception as exc:
                raise _network(exc) from None
            open_browser(flow["auth_uri"])
            params = _wait(handler, timeout)
        try:
            result = self._app.acquire_token_by_auth_code_flow(flow, params, scopes=self._scopes)
        except ValueError:  # state mismatch: not the answer to our own request
            raise OAuthError(message_id="error-oauth-answer-not-ours") from None
        except Exception as exc:
            raise _network(exc) from None
        if "error" in result:
            raise _refused(result)
        return _tokens(result, now)

    def start_device_code(self) -> DeviceCode:
        try:
            flow = self._app.initiate_device_flow(scopes=self._scopes)
        except Exception as exc:
            raise _network(exc) from None
        if "user_code" not in flow:
            raise _refused(flow)
        return DeviceCode(
            str(flow["user_code"]),
            str(flow.get("verification_uri", "")),
            str(flow.get("message", "")),
            flow,
        )

    def finish_device_code(self, device: DeviceCode, now: datetime) -> Tokens:
        """Polls (msal waits the interval the server asks) until approved, refused or expired."""
        try:
            result = self._app.acquire_token_by_device_flow(dict(device.flow))
        except Exception as exc:
            raise _network(exc) from None
        if "error" in result:
            if result.get("error") in {"expired_token", "authorization_declined"}:
                raise OAuthError(message_id="error-oauth-code-expired-refused-ask")
            raise _refused(result)
        return _tokens(result, now)

    def refresh(self, refresh_token: str, now: datetime) -> Tokens:
        try:
            result = self._app.acquire_token_by_refresh_token(refresh_token, self._scopes)
        except Exception as exc:
            raise _network(exc) from None
        if "error" in result:
            raise _refused(result)
        return _tokens(result, now, refresh_token)


class Google(OAuthClient):
    """Google's installed-app flow: authorization code + PKCE (S256) on a loopback redirect.
    A desktop client's "secret" is not secret (Google says so); it is sent when set."""

    def __init__(self, app: OAuthApp, *, verify: str | bool = True) -> None:
        host = app.authority_host.rstrip("/")
        self._auth_url = f"{host}/o/oauth2/v2/auth" if host else GOOGLE_AUTH_URL
        self._token_url = f"{host}/token" if host else GOOGLE_TOKEN_URL
        self._app = app
        self._ctx = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)

    def sign_in(
        self, open_browser: Callable[[str], object], now: datetime, timeout: float
    ) -> Tokens:
        verifier = secrets.token_urlsafe(64)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        state = secrets.token_urlsafe(24)
        with _loopback() as (redirect, handler):
            query = urllib.parse.urlencode(
                {
                    "client_id": self._app.client_id,
                    "redirect_uri": redirect,
                    "response_type": "code",
                    "scope": " ".join(GOOGLE_SCOPES),
                    "state": state,
                    "code_challenge": challenge.decode().rstrip("="),
                    "code_challenge_method": "S256",
                    "access_type": "offline",  # ask for a refresh token
                    "prompt": "consent",
                }
            )
            open_browser(f"{self._auth_url}?{query}")
            params = _wait(handler, timeout)
        if not secrets.compare_digest(params.get("state", ""), state):
            raise OAuthError(message_id="error-oauth-answer-not-ours") from None
        result = self._post(
            {
                "grant_type": "authorization_code",
                "code": params.get("code", ""),
                "code_verifier": verifier,
                "redirect_uri": redirect,
            }
        )
        return _tokens(result, now)

    def refresh(self, refresh_token: str, now: datetime) -> Tokens:
        result = self._post({"grant_type": "refresh_token", "refresh_token": refresh_token})
        return _tokens(result, now, refresh_token)

    def _post(self, form: dict[str, str]) -> dict[str, Any]:
        form = {"client_id": self._app.client_id, **form}
        if self._app.client_secret:
            form["client_secret"] = self._app.client_secret
        request = urllib.request.Request(
            self._token_url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30, context=self._ctx) as response:
                result: dict[str, Any] = json.loads(response.read(1_000_000))
        except urllib.error.HTTPError as exc:
            try:
                result = json.loads(exc.read(100_000))
            except ValueError:
                result = {"error": f"http_{exc.code}"}
            raise _refused(result) from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise _network(exc) from None
        if "error" in result:
            raise _refused(result)
        return result


def _session(verify: str | bool) -> Any:
    """msal's HTTP client: a requests Session that passes `verify` with every request.
    Why: requests lets REQUESTS_CA_BUNDLE override a Session's own `verify`, so an
    organisation's CA file (the setting) would be ignored where that variable is set."""
    import requests

    class Session(requests.Session):
        def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("verify", verify)
            kwargs.setdefault("timeout", 30)
            return super().request(method, url, *args, **kwargs)

    session = Session()
    adapter = requests.adapters.HTTPAdapter(max_retries=1)
    session.mount("https://", adapter)
    return session


def _network(exc: BaseException) -> OAuthError:
    _log.info("identity provider not reachable: %s", type(exc).__name__)
    text = repr(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or isinstance(exc, ssl.SSLError):
        return OAuthError(message_id="error-oauth-certificate-not-trusted")
    return OAuthError(message_id="error-oauth-sign-server-reached-check")


def provider_for(app: OAuthApp, *, verify: str | bool = True) -> OAuthClient:
    if not app.client_id:
        raise OAuthError(message_id="error-oauth-no-client-id")
    if app.provider == Provider.MICROSOFT:
        return Microsoft(app, verify=verify)
    if app.provider == Provider.GOOGLE:
        return Google(app, verify=verify)
    raise OAuthError(message_id="error-oauth-when-sign-password-oauth")
