"""The youth page as a workplace: keyboard paths to every action, refreshing only what changed,
locking with a dialog open, and the screenshot script."""

from __future__ import annotations

from pathlib import Path

import pytest
from consent_fixtures import add_youth, click, desk, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.consent.disclose import DiscloseDialog
from ui.consent.history import HistoryDialog
from ui.consent.new_request import NewRequestDialog
from ui.consent.record_decision import RecordDecisionDialog
from ui.consent.screenshots import SIZE, render_consent_screenshots
from ui.consent.withdraw import WithdrawDialog
from ui.consent_list import SHARE, WITHDRAW
from ui.main_window import MainWindow
from ui.screenshots import build_demo_vault

__all__ = ["desk"]

PERSONAL = ("Zoë", "Çelik", "Ayşe", "Ömer")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def show_zoe(qtbot: QtBot, desk: MainWindow, seeded: Seeded) -> None:
    desk.activateWindow()
    qtbot.waitActive(desk)
    type_text(qtbot, desk.search_field, "Zoë")
    desk.flush_search()
    desk.table.setFocus()
    desk.table.setCurrentIndex(desk.model.index(0, 0))
    assert desk.detail.youth_id == seeded.zoe


def key(
    qtbot: QtBot,
    widget: QWidget,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, k, mod)


def close_dialog(qtbot: QtBot, desk: MainWindow) -> None:
    """Close the page's dialog; the window becomes active again, as after Escape."""
    dialog = desk.detail.dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: desk.detail.dialog is None)
    desk.activateWindow()
    qtbot.waitActive(desk)


def tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    out, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.isVisible()
        ):
            widget = widget.nextInFocusChain()
        out.append(widget)
    return out


def test_every_page_action_is_on_the_keyboard(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    show_zoe(qtbot, desk, seeded)
    detail = desk.detail
    given, asked = (detail.consents.card(i) for i in (seeded.given_item, seeded.requested_item))
    assert given is not None and asked is not None
    # Tab: list → the consent cards in order → disclosures → the page's buttons → today.
    assert tab_chain(desk.table, 12) == [
        detail.consents,
        given,
        asked,
        detail.disclosures,
        detail.new_request_button,
        detail.disclose_button,
        detail.add_rep_button,
        detail.proof_button,
        detail.correct_button,
        detail.merge_button,
        detail.add_youth_button,
        desk.today.tree,
    ]
    # Page shortcuts work from the youth list.
    shortcuts = {
        detail.new_request_action: "Ctrl+N",
        detail.disclose_action: "Ctrl+D",
        detail.add_rep_action: "Ctrl+Shift+O",
        detail.youth_proof_action: "Ctrl+Shift+K",
        detail.correct_action: "Ctrl+Shift+E",
        detail.merge_action: "Ctrl+Shift+J",
        detail.add_youth_action: "Ctrl+Shift+N",
    }
    assert {a: a.shortcut().toString() for a in shortcuts} == shortcuts
    key(qtbot, desk.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(detail.dialog, NewRequestDialog)
    assert detail.dialog.purpose_list.count() == 2
    close_dialog(qtbot, desk)

    # On a card: Up/Down move, Ctrl+B decides, Ctrl+Shift+I withdraws, Enter shows the history,
    # Ctrl+D shares under that item; the Menu key lists the same actions.
    given.setFocus()
    key(qtbot, given, Qt.Key.Key_Down)
    assert asked.hasFocus()
    assert [a.text() for a in asked.actions()] == [
        "Beslissing vastleggen…",
        "Op de tablet…",  # signing mode for this request (Ctrl+Shift+G)
        "Intrekken…",
        "Geschiedenis",
        "",  # the context menu's separator, then the document and e-mail actions
        "Verzoek mailen…",
        "Papieren formulier afdrukken…",
        "Mening van de jongere…",  # under 16 the parents decide; her own view (cases23)
        "Intrekken op de tablet…",
        "Bewijs exporteren…",
    ]
    assert asked.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    key(qtbot, asked, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    record = detail.dialog
    assert isinstance(record, RecordDecisionDialog)
    assert record.request.id == asked.view.request_id
    close_dialog(qtbot, desk)
    asked.setFocus()
    key(qtbot, asked, Qt.Key.Key_I, CTRL_SHIFT)
    assert isinstance(detail.dialog, WithdrawDialog)
    assert detail.dialog.item.id == seeded.requested_item
    close_dialog(qtbot, desk)
    asked.setFocus()
    key(qtbot, asked, Qt.Key.Key_Up)
    assert given.hasFocus()
    key(qtbot, given, Qt.Key.Key_Return)
    assert isinstance(detail.dialog, HistoryDialog)
    close_dialog(qtbot, desk)
    given.setFocus()
    key(qtbot, given, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    share = detail.dialog
    assert isinstance(share, DiscloseDialog)
    assert share.recipient_combo.currentText() == "UWV – Werkbedrijf"
    assert share.answer_title.text() == "Mag ik delen? Ja — gedekt door toestemming"


def test_recording_a_decision_with_the_keyboard_only(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    show_zoe(qtbot, desk, seeded)
    asked = desk.detail.consents.card(seeded.requested_item)
    assert asked is not None
    asked.setFocus()
    key(qtbot, asked, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    record = desk.detail.dialog
    assert isinstance(record, RecordDecisionDialog)
    qtbot.waitActive(record)
    assert record.focusWidget() is record.signer_combo
    row = record.rows[seeded.requested_item]
    widget = record.focusWidget()
    for _ in range(12):  # Tab until the item's "Nee"
        if widget is row.no:
            break
        key(qtbot, widget, Qt.Key.Key_Tab)
        widget = record.focusWidget()
    assert widget is row.no
    key(qtbot, row.no, Qt.Key.Key_Space)
    assert row.no.isChecked() and not row.yes.isChecked()
    key(qtbot, row.no, Qt.Key.Key_Return)  # the default button: Vastleggen
    assert record.message.kind == "ok", record.message.text()
    first = service.people.representatives(seeded.zoe)[0]
    assert record.recorded_for == [SignerRef.representative(first.id)]
    assert service.consents.item_status(seeded.requested_item).status == ItemStatus.REFUSED


def test_writes_refresh_only_what_changed(
    qtbot: QtBot,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_zoe(qtbot, desk, seeded)
    detail = desk.detail
    calls: list[str] = []
    for name in ("refresh_consents", "refresh_disclosures", "refresh_people"):
        original = getattr(detail, name)
        monkeypatch.setattr(detail, name, lambda n=name, f=original: (calls.append(n), f())[1])
    today_refresh = desk.today.refresh
    monkeypatch.setattr(desk.today, "refresh", lambda: (calls.append("today"), today_refresh())[1])

    card = detail.consents.card(seeded.given_item)
    assert card is not None
    click(qtbot, card.buttons[SHARE])
    share = detail.dialog
    assert isinstance(share, DiscloseDialog)
    click(qtbot, share.save_button)
    assert calls == ["refresh_disclosures"]
    assert detail.consents.card(seeded.given_item) is card  # the cards were not rebuilt

    calls.clear()
    click(qtbot, card.buttons[WITHDRAW])
    dialog = detail.dialog
    assert isinstance(dialog, WithdrawDialog)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.confirm_button)
    assert calls == ["refresh_consents", "today"]

    calls.clear()
    dialog.reject()
    qtbot.waitUntil(lambda: detail.dialog is None)
    rep = detail.open_add_representative()
    assert rep is not None
    type_text(qtbot, rep.name_field, "Oma Çelik")
    # Beside Zoë's two parents with gezag Oma holds none (a voogd too would be a third holder
    # of gezag, which people.add_representative refuses since session 18).
    rep.role_combo.setCurrentIndex(0)  # ouder
    rep.gezag_box.setChecked(False)
    click(qtbot, rep.save_button)
    assert rep.message.text() == ""
    assert calls == ["refresh_people", "refresh_consents", "today"]
    assert "Oma Çelik" in detail.representatives_text()


def test_adding_a_youth_shows_the_page_and_says_so(qtbot: QtBot, desk: MainWindow) -> None:
    with qtbot.waitSignal(desk.detail.youth_added) as signal:
        youth = add_youth(qtbot, desk, "Senna", "Dekker", "02-02-2008")
    assert signal.args == [youth.id]
    assert desk.detail.name_label.text() == "Senna Dekker"
    assert desk.detail.representatives_text() == ["Geen vastgelegd."]
    assert "Nog geen toestemming gevraagd." in [
        label.text() for label in desk.detail.consents.findChildren(QLabel)
    ]


def test_lock_closes_the_open_dialog_and_forgets_everything(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    show_zoe(qtbot, desk, seeded)
    record = desk.detail.open_record_decision(seeded.requested_item)
    assert record is not None
    first = service.people.representatives(seeded.zoe)[0]
    record.choose_signer(SignerRef.representative(first.id))
    record.set_answer(seeded.requested_item, Answer.YES)
    with qtbot.waitSignal(desk.locked):
        desk.lock()
    assert desk.detail.dialog is None and not record.isVisible()
    assert record.parent() is None  # out of the window's widget tree
    texts = [w.text() for w in desk.findChildren(QLabel) + desk.findChildren(QAbstractButton)]
    assert [t for t in texts if any(p in t for p in PERSONAL)] == []
    visible_dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert visible_dialogs == []
    assert not desk.detail.new_request_action.isEnabled()
    assert not desk.detail.add_youth_action.isEnabled()
    assert not service.is_open
    assert desk.detail.open_new_request() is None


def test_screenshot_script_renders_the_consent_screens(qtbot: QtBot, tmp_path: Path) -> None:
    path, clock = build_demo_vault(tmp_path, kdf=KdfParams())
    written = render_consent_screenshots(tmp_path / "shots", path, clock)
    assert [p.name for p in written] == [
        "youth_page.png",
        "new_request.png",
        "new_request_done.png",
        "record_decision.png",
        "disclose.png",
        "withdraw_done.png",
        "history.png",
    ]
    for p in written:
        image = QImage(str(p))
        assert (image.width(), image.height()) == SIZE
