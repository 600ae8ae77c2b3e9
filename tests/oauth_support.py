"""A local OAuth 2.0 identity provider on 127.0.0.1 (HTTPS with the test certificate) standing
in for Microsoft's and Google's sign-in servers, so msal and our Google client run their real
code against it:

- OpenID metadata at /{tenant}/v2.0/.well-known/openid-configuration (what msal reads);
- /{tenant}/oauth2/v2.0/authorize and /o/oauth2/v2/auth: the "browser" page. It approves at
  once (or refuses, `deny_next`) and redirects to the app's loopback address with code+state;
- /{tenant}/oauth2/v2.0/token and /token: authorization_code (PKCE S256 is checked),
  refresh_token (rotated; a revoked or unknown one → invalid_grant) and device_code;
- /{tenant}/oauth2/v2.0/devicecode: device code sign-in (pending until `approve_device`).

Every access token issued is written to `tokens_file` (the IMAP test server reads it) and kept
in `access_tokens` (the SMTP authenticator checks it). `revoke_all()` is the admin or the user
pressing "sign out everywhere": refresh and access tokens stop working.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

TENANT = "testschool.example"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
GOOGLE_CLIENT_ID = "1234-test.apps.googleusercontent.com"
GOOGLE_SECRET = "GOCSPX-not-really-secret"


@dataclass
class IdP:
    base: str  # https://localhost:PORT
    tokens_file: Path
    access_tokens: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    devices: dict[str, bool] = field(default_factory=dict)  # device_code → approved
    user_codes: dict[str, str] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    deny_next: bool = False
    # What each token is granted, as Microsoft 365 answers after full admin consent.
    scope: str = (
        "https://outlook.office.com/SMTP.Send https://outlook.office.com/IMAP.AccessAsUser.All"
    )
    scopes_of: dict[str, str] = field(default_factory=dict)  # access token → its scope
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def authority_host(self) -> str:
        return self.base

    def issue(self, client: str = "") -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
        scope = "https://mail.google.com/" if client == GOOGLE_CLIENT_ID else self.scope
        with self.lock:
            self.scopes_of[access] = scope
            self.access_tokens.add(access)
            self.refresh_tokens.add(refresh)
            self._write()
        return {
            "token_type": "Bearer",
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": 3600,
            "scope": scope,
        }

    def revoke_all(self) -> None:
        with self.lock:
            self.access_tokens.clear()
            self.refresh_tokens.clear()
            self._write()

    def expire_access_tokens(self) -> None:
        """Access tokens run out (an hour passed); refresh tokens still work."""
        with self.lock:
            self.access_tokens.clear()
            self._write()

    def approve_device(self, user_code: str) -> None:
        with self.lock:
            self.devices[self.user_codes[user_code]] = True

    def allows(self, token: str, use: str) -> bool:
        """Whether a live token was granted `use` ("SMTP" or "IMAP"), as the servers check."""
        scope = self.scopes_of.get(token, "") if token in self.access_tokens else ""
        return use in scope or "mail.google.com" in scope

    def _write(self) -> None:
        # Read by the IMAP server (a child process): only tokens granted the mailbox.
        imap = sorted(t for t in self.access_tokens if self.allows(t, "IMAP"))
        self.tokens_file.write_text("\n".join(imap) + "\n")

    def grants(self, kind: str) -> int:
        return sum(1 for path, form in self.requests if form.get("grant_type") == kind)


def _handler(idp: IdP) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
            if url.path.endswith("/.well-known/openid-configuration"):
                tenant = url.path.split("/")[1]
                root = f"{idp.base}/{tenant}"
                self._json(
                    200,
                    {
                        "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
                        "token_endpoint": f"{root}/oauth2/v2.0/token",
                        "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
                        "issuer": f"{root}/v2.0",
                        "response_types_supported": ["code"],
                    },
                )
                return
            if url.path.endswith("/oauth2/v2.0/authorize") or url.path == "/o/oauth2/v2/auth":
                idp.requests.append((url.path, q))
                redirect = q.get("redirect_uri", "")
                if not redirect.startswith("http://localhost:"):
                    self._json(400, {"error": "invalid_request"})
                    return
                if idp.deny_next:
                    idp.deny_next = False
                    params = {"error": "access_denied", "state": q.get("state", "")}
                else:
                    code = secrets.token_urlsafe(16)
                    idp.codes[code] = q
                    params = {"code": code, "state": q.get("state", "")}
                self.send_response(302)
                self.send_header("Location", redirect + "?" + urllib.parse.urlencode(params))
                self.end_headers()
                return
            self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {
                k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()
            }
            path = urllib.parse.urlsplit(self.path).path
            idp.requests.append((path, form))
            if path.endswith("/devicecode"):
                device, user = secrets.token_urlsafe(16), secrets.token_hex(4).upper()
                idp.devices[device] = False
                idp.user_codes[user] = device
                self._json(
                    200,
                    {
                        "device_code": device,
                        "user_code": user,
                        "verification_uri": f"{idp.base}/devicelogin",
                        "expires_in": 900,
                        "interval": 0,  # the test approves before msal polls
                        "message": f"Ga naar {idp.base}/devicelogin en typ {user}.",
                    },
                )
                return
            if not (path.endswith("/token")):
                self._json(404, {"error": "not_found"})
                return
            self._token(form)

        def _token(self, form: dict[str, str]) -> None:
            grant = form.get("grant_type", "")
            client = form.get("client_id", "")
            if client not in (CLIENT_ID, GOOGLE_CLIENT_ID):
                self._json(400, {"error": "invalid_client"})
                return
            if client == GOOGLE_CLIENT_ID and form.get("client_secret") != GOOGLE_SECRET:
                self._json(401, {"error": "invalid_client"})
                return
            if grant == "authorization_code":
                asked = idp.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                challenge = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                    .decode()
                    .rstrip("=")
                )
                if (
                    asked is None
                    or asked.get("code_challenge_method") != "S256"
                    or asked.get("code_challenge") != challenge
                    or asked.get("redirect_uri") != form.get("redirect_uri")
                    or asked.get("client_id") != client
                ):
                    self._json(400, {"error": "invalid_grant"})
                    return
                self._json(200, idp.issue(client))
                return
            if grant == "refresh_token":
                token = form.get("refresh_token", "")
                with idp.lock:
                    known = token in idp.refresh_tokens
                    idp.refresh_tokens.discard(token)  # rotated: each one works once
                if not known:
                    self._json(
                        400,
                        {
                            "error": "invalid_grant",
                            "error_description": "AADSTS70008: token expired for user x@y",
                        },
                    )
                    return
                self._json(200, idp.issue(client))
                return
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                approved = idp.devices.get(form.get("device_code", ""))
                if approved is None:
                    self._json(400, {"error": "expired_token"})
                elif not approved:
                    self._json(400, {"error": "authorization_pending"})
                else:
                    idp.devices.pop(form["device_code"])
                    self._json(200, idp.issue(client))
                return
            self._json(400, {"error": "unsupported_grant_type"})

    return Handler


@contextmanager
def identity_provider(cert: Path, key: Path, tokens_file: Path) -> Iterator[IdP]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(IdP("", tokens_file)))
    idp = IdP(f"https://localhost:{server.server_address[1]}", tokens_file)
    server.RequestHandlerClass = _handler(idp)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    tokens_file.write_text("")
    try:
        yield idp
    finally:
        server.shutdown()
        server.server_close()


class Browser:
    """Plays the user's browser: opens the sign-in page (the IdP approves or refuses) and
    follows the one redirect to the app's loopback listener, like a real browser would."""

    def __init__(self, ca_file: Path) -> None:
        self._ctx = ssl.create_default_context(cafile=str(ca_file))
        self.opened: list[str] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: Any, **kwargs: Any) -> None:
                return None

        opener = urllib.request.build_opener(
            NoRedirect, urllib.request.HTTPSHandler(context=self._ctx)
        )
        try:
            opener.open(url, timeout=10)
            raise AssertionError("the sign-in page did not redirect")
        except urllib.error.HTTPError as exc:
            location = exc.headers["Location"]
        assert location.startswith("http://localhost:")
        with urllib.request.urlopen(location, timeout=10) as response:
            assert response.status == 200
