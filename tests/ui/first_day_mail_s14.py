"""The first morning's e-mail, a step of first_day_screen_s9.py's walk (not collected by
itself): the worker sets up the school's mail server (a real SMTP server on 127.0.0.1),
makes a two-part request for the youth, mails it to the parent whose address nobody knew
yet (typed in the send dialog itself), and reads in her reply "1 ja 2 nee" and records it.
Clicks and typing only; at every step the next action is a visible, enabled button that
says it in Dutch, and every window fits the screen."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from mail_support import smtp_server
from probe_checks import no_sideways_scroll, text_not_cut
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_first_run import Actions

from toestemming.capture.settings import Security
from toestemming.model import ItemStatus
from toestemming.service import Service
from ui.consent.new_request import NewRequestDialog
from ui.main_window import MainWindow
from ui.remote import ImportReplyDialog, RemoteSettingsDialog, SendRequestDialog

PARENT_MAIL = "marit.jansen-van-den-berg@example.org"  # long, as real ones are
SCHOOL_MAIL = "balie@praktijkschool-debrug.example"


def _opened(desk: MainWindow, kind: type[QDialog], qtbot: QtBot) -> Any:
    dialog = desk.documents_menu.remote.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, kind), dialog
    qtbot.waitExposed(dialog)
    return dialog


def _button(dialog: QDialog, label: str) -> QPushButton:
    """The dialog's button that says `label` (the worker reads the label, not a name)."""
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == label]
    return button


def _rows_whole(table: QTableWidget) -> None:
    """Every part's title fits its row: the worker compares them before recording."""
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        text = table.item(row, 1).text()
        room = QRect(0, 0, table.columnWidth(1) - 8, 10_000)
        need = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        assert table.rowHeight(row) >= need, f"row {row + 1} cut off: {text!r}"


def _inside_its_view(label: QLabel) -> None:
    """All of the label's text lies inside the part of the page one can see (the page's
    column scrolls up and down only: what runs past its right edge is lost)."""
    view = label.parentWidget()
    while view is not None and not isinstance(view, QAbstractScrollArea):
        view = view.parentWidget()
    room = view.viewport() if view is not None else label.window()
    left = label.mapTo(room, label.rect().topLeft()).x()
    need = label.fontMetrics().horizontalAdvance(label.text()) + label.contentsMargins().left()
    assert label.wordWrap() or left + need <= room.width(), f"{label.text()!r} runs off"


def _reply_to(sent: bytes, body: str) -> bytes:
    """What the parent's mail program sends back: Re: the subject, quoting the Message-ID."""
    msg = email.message_from_bytes(sent, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    reply = EmailMessage()
    reply["From"] = f"Marit Jansen <{PARENT_MAIL}>"
    reply["To"] = str(msg["Reply-To"] or msg["From"])
    reply["Subject"] = "Re: " + str(msg["Subject"])
    reply["Date"] = str(msg["Date"])
    reply["Message-ID"] = "<antwoord-marit@example.org>"
    reply["In-Reply-To"] = str(msg["Message-ID"])
    reply.set_content(body)
    return bytes(reply)


def mail_and_read_the_reply(
    qtbot: QtBot, act: Actions, desk: MainWindow, service: Service, youth_id: int, tmp_path: Path
) -> None:
    # Imported here: the walk module imports this one.
    from first_day_screen_s9 import dutch_refusal, next_step, settle, shot, window_fits

    remote = desk.documents_menu.remote  # type: ignore[attr-defined]
    with smtp_server(Security.NONE) as server:
        # -- a. The school's mail server, once: Op afstand → Instellingen e-mail en app ------
        remote.update_enabled()
        assert remote.settings_action.isEnabled()
        remote.settings_action.trigger()
        settings = _opened(desk, RemoteSettingsDialog, qtbot)
        window_fits(settings)
        act.type(settings.host, "127.0.0.1", "mailserver")
        act.choose(settings.security, "Geen (alleen een server op deze computer)", "beveiliging")
        settings.port.selectAll()
        act.type(settings.port, str(server.port), "poort")
        act.type(settings.from_address, SCHOOL_MAIL, "afzenderadres")
        act.type(settings.reply_address, SCHOOL_MAIL, "antwoordadres")
        shot(settings, "18 mailserver")
        save_button = _button(settings, "Opslaan")
        next_step(save_button, "opslaan")
        act.click(save_button, "Opslaan (mailserver)")
        settle()
        assert service.remote.smtp_settings() is not None, settings.message.text()

        # -- b. A two-part request, to be answered by e-mail ---------------------------------
        act.click(desk.detail.new_request_button, "Nieuw verzoek (per e-mail)")
        request_dialog = desk.detail.dialog
        assert isinstance(request_dialog, NewRequestDialog)
        act.choose(
            request_dialog.template_combo, "Begeleiding naar werk (UWV/gemeente)", "sjabloon"
        )
        assert request_dialog.items_tree.topLevelItemCount() == 2, request_dialog.error.text()
        next_step(request_dialog.create_button)
        act.click(request_dialog.create_button, "Verzoek aanmaken")
        request = request_dialog.request
        assert request is not None and len(request.items) == 2
        window_fits(request_dialog)
        shot(request_dialog, "19 hoe verder")
        next_step(request_dialog.email_button, "mail")
        act.click(request_dialog.email_button, "Per e-mail")
        send = request_dialog.follow_up
        assert isinstance(send, SendRequestDialog)
        qtbot.waitExposed(send)
        window_fits(send)

        # -- c. Nobody has the mother's address yet: typed in right here, then sent ----------
        assert "geen e-mailadres" in send.to.currentText()
        assert not send.send_button.isEnabled()
        assert "Adres opslaan" in send.message.text()  # says where the address goes
        shot(send, "20 mailen zonder adres")
        next_step(send.save_email_button, "opslaan")
        act.type(send.new_email, "marit.jansen@", "e-mailadres (half)")
        act.click(send.save_email_button, "Adres opslaan (half)")
        dutch_refusal(send.message)
        send.new_email.clear()
        act.type(send.new_email, PARENT_MAIL, "e-mailadres")
        act.key(send.new_email, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "Enter")
        assert server.handler.received == [], "Enter in the address field sent the mail"
        assert PARENT_MAIL in send.to.currentText()
        assert request.reference_code in send.preview.toPlainText()
        window_fits(send)
        shot(send, "21 mailen met adres")
        next_step(send.send_button, "versturen")
        act.click(send.send_button, "Versturen")
        qtbot.waitUntil(lambda: send.message.kind in ("ok", "error"), timeout=15_000)
        assert send.message.kind == "ok", send.message.text()
        assert len(server.handler.received) == 1
        shot(send, "22 verstuurd")
        act.click(_button(send, "Sluiten"), "Sluiten (mail)")
        next_step(request_dialog.close_button)
        act.click(request_dialog.close_button, "Sluiten (verzoek)")
        settle()
        sent = server.handler.received[0].data

    # -- d. The next morning: her reply "1 ja 2 nee", read in and recorded ------------------
    reply = tmp_path / "antwoord-marit.eml"
    reply.write_bytes(_reply_to(sent, "1 ja 2 nee\n\nGroet, Marit"))
    remote.update_enabled()
    remote.import_action.trigger()
    reader = _opened(desk, ImportReplyDialog, qtbot)
    window_fits(reader)
    reader.load_file(reply)  # what dropping the saved mail on the dialog does
    qtbot.waitUntil(lambda: reader.proposal is not None, timeout=15_000)
    window_fits(reader)
    _rows_whole(reader.view.items)
    shot(reader, "23 antwoord voorstel")
    next_step(reader.confirm_button, "vastleggen")
    act.click(reader.confirm_button, "Vastleggen")
    assert reader.message.kind == "ok", reader.message.text()
    statuses = [service.consents.item_status(i.id).status for i in request.items]
    assert statuses == [ItemStatus.GIVEN, ItemStatus.REFUSED], statuses
    shot(reader, "24 vastgelegd")
    reader.accept()
    settle()
    QApplication.processEvents()
    # The youth's page shows what she answered, without the worker looking for a refresh.
    shown = {c.status for c in desk.detail.consents.cards}
    assert {ItemStatus.GIVEN, ItemStatus.REFUSED} <= shown, shown
    # Her address (typed in the mail dialog) shows whole on the page beside the list.
    settle()
    cut = no_sideways_scroll(desk.detail) + text_not_cut(desk.detail)
    assert not cut, cut
    assert any(PARENT_MAIL in t for t in desk.detail.representatives_text())
    for label in desk.detail.rep_labels:
        _inside_its_view(label)
    shot(desk, "25 antwoord op de pagina")
