"""The remote dialogs driven as a worker would: real widgets, a real vault, a real SMTP server
on localhost and real QR decoding of what is on screen."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import zxingcpp
from mail_support import Cert, self_signed, smtp_server
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.capture.settings import RemoteSettings, Security
from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest, ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.remote import (
    ImportReplyDialog,
    PendingRemoteDialog,
    QrDialog,
    RecordMessageDialog,
    RemoteMenu,
    RemoteSettingsDialog,
    SendRequestDialog,
)

MAIL = "mehmet@example.org"
PHONE = "06-11223344"
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@pytest.fixture
def request_(service: Service, seeded: Seeded) -> ConsentRequest:
    """Mehmet (17) decides himself; a two-item request with his address and number known."""
    service.people.update_youth(seeded.mehmet, email=MAIL, phone=PHONE)
    purposes = service.catalog.purposes()
    recipient = service.catalog.recipients()[0]
    category = service.catalog.categories()[0]
    service.remote.set_settings(
        RemoteSettings(reply_address="balie@testschool.example", app_number="+31 6 55566677")
    )
    return service.consents.create_request(
        seeded.mehmet, [ItemSpec(p.id, recipient.id, (category.id,)) for p in purposes[:2]]
    )


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("uicert"))


def _reply(request: ConsentRequest, clock: FixedClock, body: str, sender: str = MAIL) -> bytes:
    return (
        f"From: Mehmet <{sender}>\r\nTo: balie@testschool.example\r\n"
        f"Subject: Re: Vraag om toestemming - code {request.reference_code}\r\n"
        f"Date: {format_datetime(clock.now() - timedelta(minutes=5))}\r\n"
        f"Message-ID: <r{abs(hash(body))}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_send_dialog_previews_and_sends_over_starttls(
    qtbot: QtBot, service: Service, request_: ConsentRequest, cert: Cert
) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        service.remote.set_smtp_settings(server.settings())
        dialog = SendRequestDialog(service, request_.id)
        qtbot.addWidget(dialog)
        assert request_.reference_code in dialog.subject.text()
        assert request_.reference_code in dialog.preview.toPlainText()
        assert "Onderdeel 2" in dialog.preview.toPlainText()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.kind == "ok", timeout=15_000)
    assert len(server.handler.received) == 1
    assert dialog.last_sent is not None
    assert dialog.last_sent.message_id in dialog.message.text()
    assert [m.via for m in service.remote.sent_messages(request_.id)] == ["smtp"]


def test_new_worker_adds_the_missing_address_in_the_send_dialog_and_sends_at_once(
    qtbot: QtBot, service: Service, seeded: Seeded, cert: Cert
) -> None:
    """Mehmet's address is not known yet. A new worker opens 'Verzoek mailen', mistypes the
    address, corrects it and sends: all in this one dialog, no hunt for his card."""
    purposes = service.catalog.purposes()
    recipient = service.catalog.recipients()[0]
    category = service.catalog.categories()[0]
    service.remote.set_settings(RemoteSettings(reply_address="balie@testschool.example"))
    request = service.consents.create_request(
        seeded.mehmet, [ItemSpec(purposes[0].id, recipient.id, (category.id,))]
    )
    with smtp_server(Security.STARTTLS, cert) as server:
        service.remote.set_smtp_settings(server.settings())
        dialog = SendRequestDialog(service, request.id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "geen e-mailadres" in dialog.to.currentText()
        assert dialog.add_email_row.isVisible() and not dialog.send_button.isEnabled()
        qtbot.keyClicks(dialog.new_email, "mehmet@@example")
        qtbot.mouseClick(dialog.save_email_button, Qt.MouseButton.LeftButton)
        assert dialog.message.kind == "error" and "e-mailadres" in dialog.message.text().lower()
        assert "Traceback" not in dialog.message.text()
        assert service.people.youth(seeded.mehmet).email == ""  # nothing stored
        dialog.new_email.clear()
        qtbot.keyClicks(dialog.new_email, MAIL)
        qtbot.keyClick(dialog.new_email, Qt.Key.Key_Return)
        assert service.people.youth(seeded.mehmet).email == MAIL
        assert MAIL in dialog.to.currentText() and not dialog.add_email_row.isVisible()
        assert request.reference_code in dialog.preview.toPlainText()
        assert dialog.send_button.isEnabled()
        assert server.handler.received == []  # Enter saved the address, it sent nothing
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.message.kind == "ok" and "Verstuurd" in dialog.message.text(),
            timeout=15_000,
        )
    assert len(server.handler.received) == 1
    assert [m.via for m in service.remote.sent_messages(request.id)] == ["smtp"]


def test_send_dialog_without_smtp_offers_eml_and_mail_client(
    qtbot: QtBot, service: Service, request_: ConsentRequest, tmp_path: Path
) -> None:
    dialog = SendRequestDialog(service, request_.id, open_url=False)
    qtbot.addWidget(dialog)
    assert not dialog.send_button.isEnabled()
    dialog.save_eml(str(tmp_path / "verzoek.eml"))
    assert dialog.message.kind == "ok"
    assert request_.reference_code.encode() in (tmp_path / "verzoek.eml").read_bytes()
    qtbot.mouseClick(dialog.mailto_button, Qt.MouseButton.LeftButton)
    assert dialog.last_mailto.startswith("mailto:" + MAIL)
    assert [m.via for m in service.remote.sent_messages(request_.id)] == ["eml", "mailto"]


def test_import_shows_proposal_next_to_original_then_records(
    qtbot: QtBot, service: Service, request_: ConsentRequest, clock: FixedClock
) -> None:
    clock.advance(timedelta(hours=1))
    dialog = ImportReplyDialog(service)
    qtbot.addWidget(dialog)
    dialog.load_bytes(_reply(request_, clock, "Hoi!\n1 ja, 2 nee\nGroet"))
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10_000)
    assert "1 ja, 2 nee" in dialog.view.original.toPlainText()
    assert dialog.view.code.text() == request_.reference_code
    assert dialog.view.signer.text() == "jongere"
    answers = [dialog.view.items.item(r, 2).text() for r in range(dialog.view.items.rowCount())]
    assert answers == ["ja", "nee"]
    first, second = request_.items
    assert service.consents.item_status(first.id).status == ItemStatus.REQUESTED  # not yet
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "ok"
    assert service.consents.item_status(first.id).status == ItemStatus.GIVEN
    assert service.consents.item_status(second.id).status == ItemStatus.REFUSED


def test_import_of_a_doubtful_reply_cannot_be_confirmed(
    qtbot: QtBot, service: Service, request_: ConsentRequest, clock: FixedClock
) -> None:
    clock.advance(timedelta(hours=1))
    dialog = ImportReplyDialog(service)
    qtbot.addWidget(dialog)
    dialog.load_bytes(_reply(request_, clock, "ja", sender="vreemde@example.net"))
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10_000)
    assert not dialog.confirm_button.isEnabled()
    assert dialog.view.problems.kind == "error"
    assert "niet bekend" in dialog.view.problems.text()
    assert dialog.message.kind == "error"


def _decode_widget(widget: object) -> str:
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert len(results) == 1
    return str(results[0].text)


def test_qr_dialog_shows_a_code_that_decodes_on_screen(
    qtbot: QtBot, service: Service, request_: ConsentRequest
) -> None:
    dialog = QrDialog(service, request_.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.whatsapp.isChecked()
    assert _decode_widget(dialog.image) == dialog.links.whatsapp
    dialog.sms.setChecked(True)
    assert _decode_widget(dialog.image) == dialog.links.sms
    dialog.mail.setChecked(True)
    assert _decode_widget(dialog.image) == dialog.links.mailto
    qtbot.mouseClick(dialog.handed, Qt.MouseButton.LeftButton)
    assert [m.via for m in service.remote.sent_messages(request_.id)] == ["qr"]


def test_record_app_message_with_screenshot(
    qtbot: QtBot, service: Service, request_: ConsentRequest, clock: FixedClock, tmp_path: Path
) -> None:
    clock.advance(timedelta(hours=2))
    shot = tmp_path / "scherm.png"
    shot.write_bytes(PNG_1PX)
    dialog = RecordMessageDialog(service)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number, PHONE)
    dialog.text.setPlainText(f"{request_.reference_code}\n1 ja\n2 ja")
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-600))
    dialog.choose_screenshot(str(shot))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.proposal is not None and dialog.proposal.problems == ()
    assert dialog.confirm_button.isEnabled()
    dialog.text.setPlainText(dialog.text.toPlainText() + " ")  # an edit: read again first
    assert not dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "ok"
    for item in request_.items:
        assert service.consents.item_status(item.id).status == ItemStatus.GIVEN


def test_settings_dialog_saves_and_reloads(qtbot: QtBot, service: Service) -> None:
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.testschool.example")
    dialog.security.setCurrentIndex(dialog.security.findData(Security.SSL))
    assert dialog.port.value() == 465
    dialog.username.setText("balie")
    dialog.password.setText("geheim-wachtwoord")
    dialog.from_address.setText("balie@testschool.example")
    dialog.expiry.setValue(21)
    dialog.reminder.setValue(7)
    dialog.app_number.setText("+31 6 12121212")
    dialog.contact_en.setText("Desk: 030-1234567")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert service.remote.settings().contact_for("en") == "Desk: 030-1234567"
    smtp = service.remote.smtp_settings()
    assert smtp is not None and smtp.password == "geheim-wachtwoord" and smtp.port == 465
    assert service.remote.settings().expiry_days == 21
    again = RemoteSettingsDialog(service)
    qtbot.addWidget(again)
    assert again.password.echoMode() == again.password.EchoMode.Password
    assert again.host.text() == "smtp.testschool.example"
    assert again.contact_en.text() == "Desk: 030-1234567"
    again.reminder.setValue(30)  # after the expiry: refused inline, nothing saved
    again.save()
    assert again.message.kind == "error"
    assert service.remote.settings().reminder_after_days == 7


def test_pending_dialog_reminder_and_expiry(
    qtbot: QtBot, service: Service, request_: ConsentRequest, clock: FixedClock
) -> None:
    service.remote.export_eml(request_.id, SignerRef.youth(request_.youth_id))
    clock.advance(timedelta(days=6))
    dialog = PendingRemoteDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == request_.reference_code
    assert dialog.table.item(0, 3).text().startswith("6")
    reminder = dialog.reminder_dialog()
    assert reminder is not None and reminder.reminder.isChecked()
    qtbot.addWidget(reminder)
    assert "Herinnering" in reminder.subject.text()
    clock.advance(timedelta(days=9))
    qtbot.mouseClick(dialog.expire, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert service.remote.expired_at(request_.id) is not None


def test_menu_installs_and_follows_the_selection(
    qtbot: QtBot, service: Service, request_: ConsentRequest
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    chosen: list[int | None] = [None]
    menu = RemoteMenu(window, lambda: service, lambda: chosen[0])
    installed = menu.install(window.menuBar())
    assert installed.title() == "&Op afstand"
    menu.update_enabled()
    assert not menu.send_action.isEnabled() and menu.import_action.isEnabled()
    chosen[0] = request_.id
    menu.update_enabled()
    assert menu.send_action.isEnabled() and menu.qr_action.isEnabled()
    locked = RemoteMenu(window, lambda: None)
    locked.update_enabled()
    assert not locked.import_action.isEnabled()


@pytest.fixture
def shots(tmp_path: Path) -> Iterator[Path]:
    """Where the review pictures go: TOESTEMMING_SHOTS if set, else the test's tmp dir."""
    out = Path(os.environ.get("TOESTEMMING_SHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    yield out


def test_render_screenshots(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,
    clock: FixedClock,
    shots: Path,
    tmp_path: Path,
) -> None:
    """Renders every remote dialog (for review; the files are not part of the suite)."""
    clock.advance(timedelta(hours=1))
    send = SendRequestDialog(service, request_.id, open_url=False)
    imp = ImportReplyDialog(service)
    imp.load_bytes(_reply(request_, clock, "Hoi!\n1 ja\n2 nee, liever niet\n\nGroetjes Mehmet"))
    bad = ImportReplyDialog(service)
    bad.load_bytes(_reply(request_, clock, "1: ja / nee\n2: ja / nee"))
    qr = QrDialog(service, request_.id)
    msg = RecordMessageDialog(service)
    msg.number.setText(PHONE)
    msg.text.setPlainText(f"{request_.reference_code} ja voor alles")
    msg.read()
    settings = RemoteSettingsDialog(service)
    service.remote.export_eml(request_.id, SignerRef.youth(request_.youth_id))
    clock.advance(timedelta(days=6))
    pending = PendingRemoteDialog(service)
    qtbot.waitUntil(lambda: imp.proposal is not None and bad.proposal is not None, timeout=10_000)
    for name, widget, size in (
        ("send", send, (760, 640)),
        ("import", imp, (1000, 620)),
        ("import_bad", bad, (1000, 620)),
        ("qr", qr, (520, 640)),
        ("message", msg, (1000, 680)),
        ("settings", settings, (560, 620)),
        ("pending", pending, (820, 420)),
        ("import_small", imp, (800, 560)),
    ):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        image = widget.grab()
        assert not image.isNull()
        image.save(str(shots / f"{name}.png"))


def test_the_sender_check_server_is_saved_and_a_bad_name_refused(
    qtbot: QtBot, service: Service
) -> None:
    """Instellingen e-mail: IT fills in the organisation's receiving server (its name in the
    Authentication-Results header); the reply reader then refuses a reply that server calls
    forged (tests/test_mail_sender_check.py). A typo is refused in Dutch, nothing stored."""
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.testschool.example")
    dialog.username.setText("balie")
    dialog.password.setText("geheim-wachtwoord")
    dialog.from_address.setText("balie@testschool.example")
    dialog.account.imap_host.setText("imap.testschool.example")
    box = dialog.account.imap_sender_checked_by
    assert box.toolTip() and "Authentication-Results" in box.toolTip()
    box.setText("mx/testschool")
    dialog.save()
    assert dialog.message.kind == "error"
    assert "Authentication-Results" in dialog.message.text()
    # One refused field changes nothing: not the inbox, not the mail server above it either.
    assert service.mail_account.imap_settings() is None
    assert service.remote.smtp_settings() is None
    box.setText("  MX.Testschool.Example  ")
    dialog.save()
    imap = service.mail_account.imap_settings()
    assert imap is not None and imap.trusted_checkers() == ("mx.testschool.example",)
    again = RemoteSettingsDialog(service)
    qtbot.addWidget(again)
    assert again.account.imap_sender_checked_by.text() == "mx.testschool.example"


def test_testing_the_connection_with_a_bad_field_stores_nothing(
    qtbot: QtBot, service: Service
) -> None:
    """Verbinding testen saves what is on screen first (the test uses what is stored): a
    refused field there is said under the test button and leaves every setting as it was."""
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.testschool.example")
    dialog.username.setText("balie")
    dialog.password.setText("geheim-wachtwoord")
    dialog.from_address.setText("balie@testschool.example")
    dialog.account.imap_host.setText("imap.testschool.example")
    dialog.account.imap_sender_checked_by.setText("mx/testschool")
    dialog.account.test_button.click()
    assert dialog.account.message.kind == "error"
    assert "Authentication-Results" in dialog.account.message.text()
    assert service.remote.smtp_settings() is None
    assert service.mail_account.imap_settings() is None
    assert dialog.account.test_button.isEnabled()  # nothing started
