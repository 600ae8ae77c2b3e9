"""The thank-you screen of signing mode offers "E-mail sturen" only when a mail server is set up
and the signer's address is known; a click sends the receipt through a real SMTP server on
localhost (off the GUI thread) and shows where it went."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

import pytest
from mail_support import smtp_server
from pytestqt.qtbot import QtBot
from signing_support import click, mouse_stroke, three_item_request, zigzag

from toestemming.capture.settings import Security
from toestemming.service import Service
from ui.signing import SigningMode

ADDRESS = "lotte.visser@example.org"


def answer_all_and_sign(qtbot: QtBot, mode: SigningMode, language: str = "nl") -> None:
    assert mode.stack.currentWidget() is mode.item_page  # the only signer: no "Wie ben jij?"
    if language != "nl":
        click(qtbot, mode.language_buttons[language])
    page = mode.item_page
    for _ in mode.items:
        click(qtbot, page.no_button)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(60, 120))
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(80, 180))
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()


def youth(service: Service, email_address: str = "") -> int:
    return service.people.add_youth(
        given_name="Lotte", family_name="Visser", birth_date="2007-03-02", email=email_address
    ).id


def test_mail_button_sends_the_receipt_in_the_signers_language(
    qtbot: QtBot, opened, service: Service
) -> None:
    sample = three_item_request(service, youth(service, ADDRESS))
    with smtp_server(Security.NONE) as server:
        service.remote.set_smtp_settings(server.settings())
        mode = opened(sample.request_id)
        answer_all_and_sign(qtbot, mode, "en")
        thanks = mode.thanks_page
        assert thanks.mail_button.text() == "Send by e-mail"
        # Same size as the receipt button beside it: both are plain secondary buttons.
        assert thanks.mail_button.height() == thanks.receipt_button.height()
        click(qtbot, thanks.mail_button)
        qtbot.waitUntil(lambda: len(server.handler.received) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: mode.mail_task is None, timeout=10_000)
    assert thanks.mail_status.text() == f"The receipt was e-mailed to {ADDRESS}."
    assert not thanks.mail_button.isVisible()  # sent once; no double sending
    msg = email.message_from_bytes(
        server.handler.received[0].data, _class=EmailMessage, policy=policy.default
    )
    assert server.handler.received[0].rcpt_tos == [ADDRESS]
    assert str(msg["Subject"]).startswith("Your receipt – Testschool – code ")
    attachment = next(iter(msg.iter_attachments()))
    assert isinstance(attachment, EmailMessage)
    assert attachment.get_content() == mode.receipt_document()[0]
    db = service.vault.db
    assert db.scalar("SELECT count(*) FROM events WHERE kind = 'signing.receipt_sent'") == 1
    assert db.scalar("SELECT count(*) FROM evidence WHERE kind = 'eml'") == 1
    # The next person starts clean: the button is gone with the previous signer.
    click(qtbot, thanks.next_button)
    assert mode.stack.currentWidget() is mode.who_page


def test_failed_send_says_why_in_dutch_and_may_be_retried(
    qtbot: QtBot, opened, service: Service
) -> None:
    sample = three_item_request(service, youth(service, ADDRESS), english=False)
    with smtp_server(Security.NONE) as server:
        settings = server.settings()
    service.remote.set_smtp_settings(settings)  # the server has stopped: nothing listens
    mode = opened(sample.request_id)
    answer_all_and_sign(qtbot, mode)
    thanks = mode.thanks_page
    assert thanks.mail_button.text() == "E-mail sturen"
    click(qtbot, thanks.mail_button)
    qtbot.waitUntil(lambda: mode.mail_task is None, timeout=15_000)
    assert thanks.mail_status.text().startswith("Niet verstuurd: De mailserver is niet bereikbaar")
    assert thanks.mail_button.isVisible() and thanks.mail_button.isEnabled()
    assert service.vault.db.scalar("SELECT count(*) FROM evidence WHERE kind = 'eml'") == 0


@pytest.mark.parametrize("with_server", [False, True])
def test_no_mail_button_without_server_or_address(
    qtbot: QtBot, opened, service: Service, with_server: bool
) -> None:
    # With a server but no address, or with an address but no server: no button.
    sample = three_item_request(service, youth(service, "" if with_server else ADDRESS))
    with smtp_server(Security.NONE) as server:
        if with_server:
            service.remote.set_smtp_settings(server.settings())
        mode = opened(sample.request_id)
        answer_all_and_sign(qtbot, mode)
        assert not mode.thanks_page.mail_button.isVisible()
        assert mode.thanks_page.receipt_button.isVisible()
