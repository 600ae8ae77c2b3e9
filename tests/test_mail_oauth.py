"""OAuth mail: signing in with Microsoft 365 (msal) and Google against a local identity
provider on 127.0.0.1, sending with SMTP XOAUTH2, and what happens when the sign-in runs out
or is revoked (a clear "meld opnieuw aan", nothing lost)."""

from __future__ import annotations

import email
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest
from mail_support import PASSPHRASE, Cert, RemoteVault, build_remote_vault, self_signed
from mailbox_support import MAILBOX, OAuthSmtp, oauth_smtp_server
from oauth_support import (
    CLIENT_ID,
    GOOGLE_CLIENT_ID,
    GOOGLE_SECRET,
    TENANT,
    Browser,
    IdP,
    identity_provider,
)

from toestemming.capture.oauth import OAuthError, SignInAgain
from toestemming.capture.settings import OAUTH_TOKEN_META_KEY, OAuthApp, Provider, Security
from toestemming.errors import ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def idp(cert: Cert, tmp_path: Path) -> Iterator[IdP]:
    with identity_provider(cert.cert, cert.key, tmp_path / "tokens.txt") as server:
        yield server


@pytest.fixture
def smtp(cert: Cert, idp: IdP) -> Iterator[OAuthSmtp]:
    with oauth_smtp_server(cert, idp) as server:
        yield server


@dataclass
class Setup:
    rv: RemoteVault
    idp: IdP
    smtp: OAuthSmtp
    browser: Browser
    path: Path


def _microsoft(idp: IdP) -> OAuthApp:
    return OAuthApp(Provider.MICROSOFT, CLIENT_ID, TENANT, "", idp.authority_host)


def _google(idp: IdP) -> OAuthApp:
    return OAuthApp(Provider.GOOGLE, GOOGLE_CLIENT_ID, "", GOOGLE_SECRET, idp.authority_host)


@pytest.fixture
def ms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, idp: IdP, smtp: OAuthSmtp, cert: Cert
) -> Iterator[Setup]:
    path = tmp_path / "m.tvault"
    rv = build_remote_vault(path, monkeypatch)
    rv.svc.remote.set_smtp_settings(smtp.settings(Provider.MICROSOFT))
    rv.svc.mail_account.set_oauth_app(_microsoft(idp))
    try:
        yield Setup(rv, idp, smtp, Browser(cert.cert), path)
    finally:
        if rv.svc.is_open:
            rv.svc.close()


def _sam(s: Setup) -> SignerRef:
    return SignerRef.youth(s.rv.sam.id)


def test_microsoft_sign_in_with_pkce_then_send_with_xoauth2(ms: Setup) -> None:
    svc = ms.rv.svc
    assert not svc.mail_account.signed_in()
    svc.mail_account.sign_in(ms.browser)
    assert svc.mail_account.signed_in()
    # What the "browser" was sent to: PKCE S256, a loopback redirect, the mail scopes.
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(ms.browser.opened[0]).query))
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) >= 43
    assert query["redirect_uri"].startswith("http://localhost:")
    scopes = query["scope"].split()
    assert "https://outlook.office.com/SMTP.Send" in scopes
    assert "https://outlook.office.com/IMAP.AccessAsUser.All" in scopes
    assert "offline_access" in scopes
    sent = svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.smtp.handler.logins == ["ok"]
    [received] = ms.smtp.handler.received
    msg = email.message_from_bytes(received.data, policy=policy.default)
    assert ms.rv.main.reference_code in str(msg["Subject"])
    assert svc.remote.sent_messages(ms.rv.main.id)[0].message_id == sent.message_id


def test_refresh_token_lives_only_in_the_encrypted_vault(ms: Setup, tmp_path: Path) -> None:
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    [refresh] = ms.idp.refresh_tokens
    [access] = ms.idp.access_tokens
    svc.close()
    for file in tmp_path.rglob("*"):
        if file.is_file() and file.name != "tokens.txt":  # the IdP's own list of access tokens
            data = file.read_bytes()
            assert refresh.encode() not in data, file.name
            assert access.encode() not in data, file.name
    # Reopened, the stored sign-in still sends (a new process has no access token in memory).
    svc2 = Service.open(ms.path, PASSPHRASE, clock=ms.rv.clock)
    try:
        assert svc2.mail_account.signed_in()
        svc2.remote.send(ms.rv.main.id, _sam(ms))
        assert ms.idp.grants("refresh_token") == 1
        assert ms.smtp.handler.logins == ["ok"]
    finally:
        svc2.close()


def test_expired_access_token_is_refreshed_and_the_rotated_refresh_token_kept(ms: Setup) -> None:
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    first_refresh = next(iter(ms.idp.refresh_tokens))
    svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.idp.grants("refresh_token") == 0  # the token from the sign-in is still fresh
    ms.idp.expire_access_tokens()
    ms.rv.clock.advance(timedelta(hours=2))
    svc.remote.send(ms.rv.main.id, _sam(ms), reminder=True)
    assert ms.idp.grants("refresh_token") == 1
    assert len(ms.smtp.handler.received) == 2
    stored = svc._ctx.meta(OAUTH_TOKEN_META_KEY)  # the vault's own table (encrypted)
    assert stored is not None and first_refresh not in stored  # the rotated one replaced it
    assert next(iter(ms.idp.refresh_tokens)) in stored


def test_token_refused_by_the_mail_server_is_tried_fresh_once(ms: Setup) -> None:
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    ms.idp.expire_access_tokens()  # revoked at the server before its own expiry time
    svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.smtp.handler.logins == ["refused", "ok"]


def test_revoked_sign_in_says_sign_in_again_and_loses_nothing(ms: Setup) -> None:
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    ms.idp.revoke_all()  # the admin revoked the sessions / the password was changed
    ms.rv.clock.advance(timedelta(hours=2))
    with pytest.raises(SignInAgain) as caught:
        svc.remote.send(ms.rv.main.id, _sam(ms))
    text = caught.value.message
    assert "opnieuw aan" in text and "Traceback" not in text
    assert "AADSTS" not in text and "@" not in text  # no provider text, no account
    assert ms.smtp.handler.received == []
    assert svc.remote.sent_messages(ms.rv.main.id) == []  # nothing logged as sent
    # The message is kept as a draft for the worker's own mail program.
    draft = email.message_from_bytes(caught.value.draft, policy=policy.default)
    assert draft["X-Unsent"] == "1"
    assert ms.rv.main.reference_code in str(draft["Subject"])
    # The stored sign-in is kept (no data thrown away); a new sign-in replaces it and the
    # same request can be sent.
    svc.mail_account.sign_in(ms.browser)
    svc.remote.send(ms.rv.main.id, _sam(ms))
    assert len(ms.smtp.handler.received) == 1


def test_without_sign_in_nothing_is_sent_and_the_message_says_sign_in(ms: Setup) -> None:
    with pytest.raises(SignInAgain, match="Meld eerst aan"):
        ms.rv.svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.smtp.handler.received == [] and ms.smtp.handler.logins == []


def test_refused_in_the_browser_changes_nothing(ms: Setup) -> None:
    ms.idp.deny_next = True
    with pytest.raises(OAuthError, match="geweigerd"):
        ms.rv.svc.mail_account.sign_in(ms.browser)
    assert not ms.rv.svc.mail_account.signed_in()


def test_an_answer_for_another_sign_in_is_refused(ms: Setup, cert: Cert) -> None:
    """A redirect with a code but a forged state (another tab, an attacker's link)."""

    def forged(url: str) -> None:
        ms.browser(url.replace("state=", "state=x"))

    with pytest.raises(OAuthError, match="hoort niet bij"):
        ms.rv.svc.mail_account.sign_in(forged)
    assert not ms.rv.svc.mail_account.signed_in()


def test_device_code_sign_in(ms: Setup) -> None:
    svc = ms.rv.svc
    device = svc.mail_account.start_device_sign_in()
    assert device.user_code and device.verification_uri.endswith("/devicelogin")
    ms.idp.approve_device(device.user_code)  # the worker typed it on their phone
    svc.mail_account.finish_device_sign_in(device)
    assert svc.mail_account.signed_in()
    svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.smtp.handler.logins == ["ok"]


def test_google_installed_app_flow_with_pkce(ms: Setup) -> None:
    svc = ms.rv.svc
    svc.remote.set_smtp_settings(ms.smtp.settings(Provider.GOOGLE))
    svc.mail_account.set_oauth_app(_google(ms.idp))
    svc.mail_account.sign_in(ms.browser)
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(ms.browser.opened[0]).query))
    assert query["scope"] == "https://mail.google.com/"
    assert query["code_challenge_method"] == "S256" and query["access_type"] == "offline"
    svc.remote.send(ms.rv.main.id, _sam(ms))
    assert ms.smtp.handler.logins == ["ok"]
    ms.idp.revoke_all()
    ms.rv.clock.advance(timedelta(hours=2))
    with pytest.raises(SignInAgain):
        svc.remote.send(ms.rv.main.id, _sam(ms), reminder=True)


def test_changing_the_registration_forgets_the_old_sign_in(ms: Setup) -> None:
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    svc.mail_account.set_oauth_app(_google(ms.idp))
    assert not svc.mail_account.signed_in()
    assert svc._ctx.meta(OAUTH_TOKEN_META_KEY) is None


@pytest.mark.parametrize(
    ("app", "field"),
    [
        (OAuthApp(Provider.MICROSOFT, "", TENANT), "client_id"),
        (OAuthApp(Provider.MICROSOFT, "id met spatie", TENANT), "client_id"),
        (OAuthApp(Provider.MICROSOFT, CLIENT_ID, "a/b"), "tenant"),
        (
            OAuthApp(Provider.MICROSOFT, CLIENT_ID, TENANT, "", "http://evil.example"),
            "authority_host",
        ),
        (OAuthApp(Provider.PASSWORD, CLIENT_ID, TENANT), "provider"),
    ],
)
def test_bad_registration_settings_are_refused_in_dutch(
    ms: Setup, app: OAuthApp, field: str
) -> None:
    before = ms.rv.svc.mail_account.oauth_app()
    with pytest.raises(ValidationError) as caught:
        ms.rv.svc.mail_account.set_oauth_app(app)
    assert caught.value.field == field
    assert ms.rv.svc.mail_account.oauth_app() == before


def test_oauth_needs_tls_and_the_mailbox_address(ms: Setup) -> None:
    with pytest.raises(ValidationError):
        ms.rv.svc.remote.set_smtp_settings(
            ms.smtp.settings(security=Security.NONE, host="localhost")
        )
    with pytest.raises(ValidationError, match="adres van de mailbox"):
        ms.rv.svc.remote.set_smtp_settings(ms.smtp.settings(username=""))


def test_eml_draft_carries_x_unsent(ms: Setup) -> None:
    data, sent = ms.rv.svc.remote.export_eml(ms.rv.main.id, _sam(ms))
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert sent.via == "eml"
    # The evidence is exactly the file handed out.
    assert sent.evidence_id is not None
    assert ms.rv.svc.evidence.content(sent.evidence_id) == data
    assert MAILBOX in str(msg["From"])


def test_logs_name_no_token_no_address(ms: Setup, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from mail_corpus import SAM

    caplog.set_level(logging.DEBUG, logger="toestemming")
    svc = ms.rv.svc
    svc.mail_account.sign_in(ms.browser)
    tokens = set(ms.idp.refresh_tokens) | set(ms.idp.access_tokens)
    svc.remote.send(ms.rv.main.id, _sam(ms))
    ms.idp.revoke_all()
    ms.rv.clock.advance(timedelta(hours=2))
    with pytest.raises(SignInAgain):
        svc.remote.send(ms.rv.main.id, _sam(ms))
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("toestemming"))
    assert "invalid_grant" in ours  # the provider's error code is logged …
    for secret in (*tokens, MAILBOX, SAM, ms.rv.main.reference_code, "AADSTS"):
        assert secret not in ours  # … never a token, an address, a code or its text
