"""The main window reaches every feature: the Documenten and Op afstand menus act on the
youth and consent item chosen on the page (disabled, with a reason, until one is chosen), the
cards' context menus offer the same, and the new request's last page mails or prints it.
Everything is driven through the real widgets on a real vault, and the effect is checked on
disk and in the vault."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from consent_fixtures import answer, click, compose_request, desk, parent_refs, show_youth
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.capture.settings import RemoteSettings
from toestemming.model import Answer, SignerRef
from toestemming.proof import verify
from toestemming.service import Service
from ui.consent.new_request import NewRequestDialog
from ui.consent.record_decision import RecordDecisionDialog
from ui.consent_list import CONFIRMATION, MAIL, PROOF
from ui.forms import PdfPreviewDialog, ProofExportDialog
from ui.forms.inzage_request import InzageRequestDialog
from ui.main_window import MainWindow
from ui.remote import SendRequestDialog

__all__ = ["desk"]  # the fixture, imported for pytest
pytestmark = pytest.mark.usefixtures("no_message_boxes")

MEHMET_MAIL = "mehmet@example.org"


def show(desk: MainWindow, youth_id: int) -> None:
    show_youth(desk, youth_id)


def shortcut(qtbot: QtBot, desk: MainWindow, key: Qt.Key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(desk.focusWidget() or desk, key, mods)


def menus(desk: MainWindow) -> dict[str, QMenu]:
    out = {}
    for action in desk.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        out[action.text()] = menu
    return out


def test_menus_are_dutch_and_every_action_has_its_own_accelerator(desk: MainWindow) -> None:
    bar = menus(desk)
    assert list(bar) == ["&Kluis", "Docu&menten", "Op &afstand", "&Beheer", "&Help"]
    letters = [t[t.index("&") + 1].lower() for t in bar]
    # Alt+letter of a menu must not also belong to a label or button of the window.
    assert "o" not in letters and "d" not in letters  # Z&oeken, Gegevens &delen
    assert len(set(letters)) == len(letters)
    for title, menu in bar.items():
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert all("&" in t for t in texts), (title, texts)
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(keys)) == len(keys), (title, texts)
    keys = {
        desk.documents_menu.proof_action: "Ctrl+E",  # type: ignore[attr-defined]
        desk.documents_menu.paper_action: "Ctrl+P",  # type: ignore[attr-defined]
        desk.documents_menu.remote.send_action: "Ctrl+M",  # type: ignore[attr-defined]
        desk.vault_care.backup_action: "Ctrl+Shift+B",  # type: ignore[attr-defined]
    }
    assert {a: a.shortcut().toString() for a in keys} == keys
    kluis = [a.text() for a in bar["&Kluis"].actions() if not a.isSeparator()]
    assert kluis[-4:] == [
        "&Reservekopie maken…",
        "Reservekopie &terugzetten op een nieuwe plek…",
        "A&utomatische reservekopieën…",
        "&Afsluiten",
    ]


def test_actions_follow_the_chosen_youth_and_item(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    docs = desk.documents_menu  # type: ignore[attr-defined]
    remote = docs.remote
    needs_item = (docs.proof_action, docs.paper_action, remote.send_action)
    for action in (*needs_item, docs.transition_action):
        assert not action.isEnabled()
    assert docs.transition_action.toolTip() == "Kies eerst een jongere in de lijst."
    assert "Kies eerst een toestemming" in docs.proof_action.toolTip()
    assert "Kies eerst een toestemming" in remote.send_action.toolTip()
    assert docs.scan_action.isEnabled() and docs.cert_export_action.isEnabled()

    show(desk, seeded.zoe)
    assert docs.transition_action.isEnabled() and docs.inzage_action.isEnabled()
    assert not docs.proof_action.isEnabled()
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    card.setFocus()  # the keyboard (or a click) on a card makes it the current item
    assert desk.detail.current_request_id() is not None
    assert all(a.isEnabled() for a in needs_item)
    assert not docs.confirmation_action.isEnabled()  # only for a withdrawn item
    assert "ingetrokken" in docs.confirmation_action.toolTip()

    show(desk, seeded.odegaard)  # another youth: nothing of Zoë stays chosen
    assert not any(a.isEnabled() for a in needs_item)


def test_proof_from_the_menu_shortcut_is_a_verifiable_package(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded, tmp_path: Path
) -> None:
    show(desk, seeded.zoe)
    assert desk.detail.consents.focus_item(seeded.given_item)
    shortcut(qtbot, desk, Qt.Key.Key_E)
    dialog = desk.detail.dialog
    assert isinstance(dialog, ProofExportDialog)
    dialog.path_field.setText(str(tmp_path / "bewijs.zip"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        click(qtbot, dialog.export_button)
    assert signal.args[0] == tmp_path / "bewijs.zip"
    assert verify(tmp_path / "bewijs.zip").ok


def test_mail_from_menu_and_card_writes_an_eml(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    service.people.update_youth(seeded.mehmet, email=MEHMET_MAIL)
    service.remote.set_settings(RemoteSettings(reply_address="balie@testschool.example"))
    show(desk, seeded.mehmet)
    dialog = compose_request(qtbot, desk, "Begeleiding", "UWV", ["Contactgegevens"])
    request = dialog.request
    assert request is not None
    click(qtbot, dialog.close_button)
    item_id = request.items[0].id
    assert desk.detail.consents.focus_item(item_id)

    # Op afstand → Verzoek mailen (Ctrl+M) …
    shortcut(qtbot, desk, Qt.Key.Key_M)
    mail = desk.documents_menu.remote.dialog  # type: ignore[attr-defined]
    assert isinstance(mail, SendRequestDialog)
    mail.save_eml(str(tmp_path / "verzoek.eml"))
    eml = (tmp_path / "verzoek.eml").read_bytes()
    assert request.reference_code.encode() in eml and MEHMET_MAIL.encode() in eml
    mail.reject()

    # … and the same from the card's context menu.
    card = desk.detail.consents.card(item_id)
    assert card is not None
    card.actions_by_key[MAIL].trigger()
    again = desk.detail.dialog
    assert isinstance(again, SendRequestDialog)
    again.save_eml(str(tmp_path / "nogmaals.eml"))
    assert [m.via for m in service.remote.sent_messages(request.id)] == ["eml", "eml"]


def test_new_request_last_page_mails_and_prints(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    service.people.update_youth(seeded.mehmet, email=MEHMET_MAIL)
    service.remote.set_settings(RemoteSettings(reply_address="balie@testschool.example"))
    show(desk, seeded.mehmet)
    dialog = compose_request(qtbot, desk, "Begeleiding", "UWV", ["Contactgegevens"])
    assert isinstance(dialog, NewRequestDialog) and dialog.request is not None
    assert "volgt" not in dialog.email_button.toolTip() + dialog.paper_button.toolTip()
    assert dialog.tablet_button.isEnabled()  # signing mode: tests/ui/test_ui_signing_handover.py

    click(qtbot, dialog.email_button)
    mail = dialog.follow_up
    assert isinstance(mail, SendRequestDialog) and mail.isVisible()
    assert dialog.request.reference_code in mail.subject.text()
    mail.save_eml(str(tmp_path / "nieuw.eml"))
    assert dialog.request.reference_code.encode() in (tmp_path / "nieuw.eml").read_bytes()
    mail.reject()

    click(qtbot, dialog.paper_button)
    paper = dialog.follow_up
    assert isinstance(paper, PdfPreviewDialog)
    assert paper.save(str(tmp_path / "papier.pdf"))
    doc = pdfium.PdfDocument(str(tmp_path / "papier.pdf"))
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert dialog.request.reference_code in text
    assert dialog.isVisible()  # the choices stay: mail and print the same request


def test_paper_form_printed_then_scan_read_in_records_with_the_scan(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    show(desk, seeded.zoe)
    assert desk.detail.consents.focus_item(seeded.requested_item)
    shortcut(qtbot, desk, Qt.Key.Key_P)
    paper = desk.detail.dialog
    assert isinstance(paper, PdfPreviewDialog)
    doc = pdfium.PdfDocument(paper.pdf)
    photo = tmp_path / "getekend.png"
    doc[0].render(scale=2).to_pil().save(photo)
    doc.close()
    paper.reject()

    show(desk, seeded.mehmet)  # the scan finds its youth by itself
    desk.documents_menu.import_scan(str(photo))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(desk.detail.dialog, RecordDecisionDialog))  # pool thread
    record = desk.detail.dialog
    assert isinstance(record, RecordDecisionDialog)
    assert desk.detail.youth_id == seeded.zoe
    assert record.paper_radio.isChecked() and record.scan_evidence_id is not None
    first = parent_refs(service, seeded.zoe)[0]
    assert answer(qtbot, record, first, {seeded.requested_item: Answer.YES})
    recorded = [
        e
        for e in service.consents.item_history(seeded.requested_item)
        if e["kind"] == "decisions.recorded"
    ]
    assert recorded[-1]["data"]["evidence"] == record.scan_evidence_id
    assert recorded[-1]["data"]["channel"] == "paper"


def test_withdrawal_confirmation_from_card_and_menu(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    parent = service.people.representatives(seeded.zoe)[0]
    service.withdrawals.withdraw([seeded.given_item], SignerRef.representative(parent.id), "desk")
    show(desk, seeded.zoe)
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None and CONFIRMATION in card.actions_by_key
    assert PROOF in card.actions_by_key and MAIL not in card.actions_by_key
    card.actions_by_key[CONFIRMATION].trigger()
    qtbot.waitUntil(lambda: isinstance(desk.detail.dialog, PdfPreviewDialog), timeout=10_000)
    pdf = desk.detail.dialog
    assert isinstance(pdf, PdfPreviewDialog)
    doc = pdfium.PdfDocument(pdf.pdf)
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    assert "ingetrokken" in text.lower()
    pdf.reject()

    docs = desk.documents_menu  # type: ignore[attr-defined]
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    card.setFocus()
    assert docs.confirmation_action.isEnabled()
    docs.confirmation_action.trigger()
    qtbot.waitUntil(lambda: isinstance(desk.detail.dialog, PdfPreviewDialog), timeout=10_000)


def test_documents_for_the_youth_and_certificate(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded, tmp_path: Path
) -> None:
    show(desk, seeded.zoe)
    docs = desk.documents_menu  # type: ignore[attr-defined]
    docs.inzage_action.trigger()
    asked = desk.detail.dialog  # who asked for it (ui24): Zoë herself
    assert isinstance(asked, InzageRequestDialog)
    asked.choose(SignerRef.youth(seeded.zoe))
    inzage = asked.make()
    assert isinstance(inzage, PdfPreviewDialog) and inzage.pdf.startswith(b"%PDF")
    docs.transition_action.trigger()  # one dialog at a time: the inzage closes
    assert not inzage.isVisible()
    assert type(desk.detail.dialog).__name__ == "TransitionFormDialog"
    assert docs.export_certificate(str(tmp_path / "org.pem")) == tmp_path / "org.pem"
    assert (tmp_path / "org.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_lock_closes_menu_dialogs_and_disables_the_menus(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    show(desk, seeded.zoe)
    assert desk.detail.consents.focus_item(seeded.requested_item)
    docs = desk.documents_menu  # type: ignore[attr-defined]
    docs.remote.qr_action.trigger()
    qr = docs.remote.dialog
    assert qr is not None and qr.isVisible()
    with qtbot.waitSignal(desk.locked):
        desk.lock()
    assert docs.remote.dialog is None and not qr.isVisible()
    actions: list[QAction] = [*docs.actions, docs.remote.send_action, docs.remote.import_action]
    assert not any(a.isEnabled() for a in actions)
