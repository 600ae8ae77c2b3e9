"""The mailbox settings and the replies on *Vandaag*, driven as a worker would: real widgets,
a real vault, a local identity provider, SMTP (XOAUTH2) and IMAP (pymap) servers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from mail_support import Cert, self_signed
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
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.capture.settings import OAuthApp, Provider, RemoteSettings
from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.remote import RemoteSettingsDialog
from ui.remote.inbox_dialog import InboxDialog
from ui.remote.mail_account_box import HELP
from ui.today_panel import TodayPanel

MAIL = "mehmet@example.org"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("uicert"))


@dataclass
class Servers:
    idp: IdP
    smtp: OAuthSmtp
    imap: ImapServer
    browser: Browser


@pytest.fixture
def servers(cert: Cert, tmp_path: Path) -> Iterator[Servers]:
    require_imap_server()
    tokens = tmp_path / "tokens.txt"
    with (
        identity_provider(cert.cert, cert.key, tokens) as idp,
        oauth_smtp_server(cert, idp) as smtp,
        imap_server(cert, tokens) as imap,
    ):
        yield Servers(idp, smtp, imap, Browser(cert.cert))


def _fill_dialog(dialog: RemoteSettingsDialog, s: Servers) -> None:
    dialog.host.setText("localhost")
    dialog.port.setValue(s.smtp.port)
    dialog.username.setText(MAILBOX)
    dialog.from_address.setText(MAILBOX)
    dialog.ca_file.setText(str(s.smtp.cert.cert))
    box = dialog.account
    box.auth.setCurrentIndex(box.auth.findData(Provider.MICROSOFT))
    box.client_id.setText(CLIENT_ID)
    box.tenant.setText(TENANT)
    box.imap_host.setText("localhost")
    box.imap_security.setCurrentIndex(box.imap_security.findData(s.imap.settings().security))
    box.imap_port.setValue(s.imap.port)
    box.interval.setValue(5)


def test_every_option_is_explained_in_plain_dutch(qtbot: QtBot, service: Service) -> None:
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    shown = {
        label.objectName()[len("help_") :]
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("help_")
    }
    assert shown == set(HELP)
    for key, text in HELP.items():
        assert len(text) > 30 and text[0].isupper(), key
    for widget in (dialog.host, dialog.password, dialog.account.client_id, dialog.account.interval):
        assert widget.toolTip()


def test_sign_in_from_the_settings_then_test_the_connection(
    qtbot: QtBot, service: Service, servers: Servers, clock: FixedClock
) -> None:
    # The registration points at the local identity provider (as a national cloud would).
    service.mail_account.set_oauth_app(
        OAuthApp(Provider.MICROSOFT, CLIENT_ID, TENANT, "", servers.idp.authority_host)
    )
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    _fill_dialog(dialog, servers)
    assert dialog.account.oauth_box.isVisibleTo(dialog)
    assert not dialog.password.isEnabled()  # nothing to type with Microsoft sign-in
    # Play the browser instead of opening one on the test machine.
    dialog.account.opener.open.disconnect()
    dialog.account.opener.open.connect(servers.browser)
    dialog.account.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.account.message.kind == "ok", timeout=20_000)
    assert service.mail_account.signed_in()
    assert "Aangemeld" in dialog.account.signed_in_label.text()

    dialog.account.test_button.click()
    qtbot.waitUntil(lambda: dialog.account.test_button.isEnabled(), timeout=20_000)
    lines = dialog.account.test_result.text().splitlines()
    assert len(lines) == 3 and all(line.startswith("✓") for line in lines), lines

    servers.idp.revoke_all()  # the sign-in was revoked: the test says so, in words
    clock.advance(timedelta(hours=2))
    dialog.account.test_button.click()
    qtbot.waitUntil(lambda: dialog.account.test_button.isEnabled(), timeout=20_000)
    text = dialog.account.test_result.text()
    assert text.startswith("✗ aanmelden") and "opnieuw aan" in text
    assert "Traceback" not in text and "AADSTS" not in text
    assert dialog.account.message.kind == "error"


def _request(service: Service, seeded: Seeded) -> ConsentRequest:
    service.people.update_youth(seeded.mehmet, email=MAIL)
    purposes = service.catalog.purposes()
    recipient = service.catalog.recipients()[0]
    category = service.catalog.categories()[0]
    service.remote.set_settings(RemoteSettings(reply_address=MAILBOX))
    return service.consents.create_request(
        seeded.mehmet, [ItemSpec(purposes[0].id, recipient.id, (category.id,))]
    )


def _reply(code: str, clock: FixedClock, body: str, n: int) -> bytes:
    return (
        f"From: Mehmet <{MAIL}>\r\nTo: {MAILBOX}\r\n"
        f"Subject: Re: Vraag om toestemming - code {code}\r\n"
        f"Date: {format_datetime(clock.now() + timedelta(minutes=n))}\r\n"
        f"Message-ID: <r{n}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_vandaag_says_how_many_replies_wait_and_the_worker_confirms_one(
    qtbot: QtBot, service: Service, seeded: Seeded, servers: Servers, clock: FixedClock
) -> None:
    from toestemming.capture.settings import Security, SmtpSettings

    request = _request(service, seeded)
    service.remote.export_eml(request.id, SignerRef.youth(seeded.mehmet))
    service.remote.set_smtp_settings(
        SmtpSettings(
            "localhost", 587, Security.STARTTLS, MAILBOX, IMAP_PASSWORD, MAILBOX, "",
            str(servers.imap.cert.cert),
        )
    )  # fmt: skip
    service.mail_account.set_imap_settings(servers.imap.settings(interval_minutes=5))
    servers.imap.append(_reply(request.reference_code, clock, "ja", 1))
    servers.imap.append(_reply(request.reference_code, clock, "misschien", 2))
    clock.advance(timedelta(hours=1))
    panel = TodayPanel(service)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.inbox_button.text() == "0 antwoorden wachten op bevestiging"
    assert "kijkt elke 5 minuten" in panel.inbox_status.text()
    assert panel.poll_timer.isActive() and panel.poll_timer.interval() == 5 * 60_000
    panel.check_mailbox()  # what the timer does
    qtbot.waitUntil(lambda: panel._check_task is None, timeout=20_000)
    assert panel.inbox_button.text() == "2 antwoorden wachten op bevestiging"
    assert "laatst bekeken om" in panel.inbox_status.text()

    dialog = InboxDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(0)  # "ja": can be confirmed
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.confirm_button.click()
    assert dialog.list.count() == 1
    assert not dialog.confirm_button.isEnabled()  # "misschien": nothing to record
    dialog.aside_button.click()
    assert dialog.list.count() == 0
    panel.refresh()
    assert panel.inbox_button.text() == "0 antwoorden wachten op bevestiging"


def test_a_failed_look_is_shown_under_the_count_not_as_a_traceback(
    qtbot: QtBot, service: Service, seeded: Seeded, servers: Servers
) -> None:
    from toestemming.capture.settings import Security, SmtpSettings

    service.remote.set_smtp_settings(
        SmtpSettings(
            "localhost", 587, Security.STARTTLS, MAILBOX, "fout", MAILBOX, "",
            str(servers.imap.cert.cert),
        )
    )  # fmt: skip
    service.mail_account.set_imap_settings(servers.imap.settings(interval_minutes=0))
    panel = TodayPanel(service)
    qtbot.addWidget(panel)
    panel.refresh()
    assert not panel.poll_timer.isActive()
    assert "alleen met de knop" in panel.inbox_status.text()
    panel.check_mailbox()
    qtbot.waitUntil(lambda: panel._check_task is None, timeout=20_000)
    assert "wachtwoord" in panel.inbox_status.text()
    assert "Traceback" not in panel.inbox_status.text()
