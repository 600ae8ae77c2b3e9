"""Signing mode driven like a signer and a worker would, on the real test vault (offscreen):
a full session with a language switch and pen + mouse strokes, two parents, locking (Escape,
close, minimise, wrong passphrase), the idle timeout, withdrawal, text size, read-aloud."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from signing_support import (
    click,
    mouse_stroke,
    pen_stroke,
    read_to_end,
    three_item_request,
    zigzag,
)
from ui_vault import PASSPHRASE, Seeded

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.signing import SigningMode, open_signing_mode


def sign(qtbot: QtBot, mode: SigningMode) -> None:
    pad = mode.sign_page.pad
    pen_stroke(pad, [(40 + 12 * i, 80 + (25 if i % 2 else 0), 0.2 + i / 40) for i in range(25)])
    mouse_stroke(qtbot, pad, zigzag(60, 160))
    click(qtbot, mode.sign_page.confirm_button)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_full_session_with_language_switch_tablet_and_mouse(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.daan)  # Daan is 18: decides alone
    texts = service.consents.item_texts(sample.request_id)
    mode = opened(sample.request_id)
    # Daan is the only one who can sign: no "Wie ben jij?" to tap, item 1 at once.
    assert mode.stack.currentWidget() is mode.item_page and mode.signer is not None
    assert mode.signer.name == "Daan de Vries"
    assert set(mode.language_buttons) == {"nl", "en"}
    click(qtbot, mode.item_page.back_button)  # "Vorige" on item 1: the start page
    assert mode.stack.currentWidget() is mode.who_page
    assert [b.text() for b in mode.who_page.buttons] == ["Daan de Vries  (jongere)"]
    assert mode.who_page.withdraw_button.isVisible()
    click(qtbot, mode.who_page.buttons[0])

    page = mode.item_page
    a, b, special = sample.items
    # Item 1: nothing pre-selected, Ja and Nee equal, text exactly as stored.
    assert not page.yes_button.isChecked() and not page.no_button.isChecked()
    assert not page.next_button.isEnabled()
    assert page.yes_button.size() == page.no_button.size()
    assert page.yes_button.font() == page.no_button.font()
    assert page.yes_button.styleSheet() == page.no_button.styleSheet()
    assert page.yes_button.objectName() == page.no_button.objectName()
    assert sha(page.shown_text()) == texts[a]["nl"][1]
    assert "UWV Test – Werkbedrijf (arbeid)" in page.recipient.text()
    assert not page.special_box.isVisible()
    click(qtbot, page.yes_button)
    click(qtbot, page.next_button)
    # Item 2 in English after a switch: the English stored text is on screen.
    click(qtbot, mode.language_buttons["en"])
    assert sha(page.shown_text()) == texts[b]["en"][1]
    assert page.yes_button.text() == "Yes, that's fine"
    click(qtbot, page.no_button)
    click(qtbot, page.next_button)
    # Item 3: special category — Ja alone is not enough.
    assert page.special_box.isVisible()
    click(qtbot, page.yes_button)
    assert not page.next_button.isEnabled()
    assert "tick" in page.hint.text()
    page.special_box.setChecked(True)
    assert page.next_button.isEnabled()
    # Go back and change the answer on item 2, then forward again.
    click(qtbot, page.back_button)
    assert page.no_button.isChecked() and not page.yes_button.isChecked()
    click(qtbot, page.yes_button)
    click(qtbot, page.no_button)  # changed mind back to no
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert mode.stack.currentWidget() is mode.summary_page
    assert len(mode.summary_page.change_buttons) == 3
    # Item 1 was read in Dutch only: before signing it is shown again in English.
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is page and mode.index == 0
    assert sha(page.shown_text()) == texts[a]["en"][1]
    assert page.yes_button.isChecked()  # the signer's own answer, kept
    for _ in range(3):
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is mode.sign_page

    # Empty, then trivially small: refused in the signer's language (English), nothing saved.
    click(qtbot, mode.sign_page.confirm_button)
    assert "Please sign in the box first" in mode.sign_page.error.text()
    mouse_stroke(qtbot, mode.sign_page.pad, [(50, 50), (53, 51)])
    click(qtbot, mode.sign_page.confirm_button)
    assert "too small" in mode.sign_page.error.text()
    assert service.vault.db.scalar("SELECT count(*) FROM signing_sessions") == 0
    click(qtbot, mode.sign_page.again_button)
    assert mode.sign_page.pad.is_empty()
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    assert "UWV Test" in mode.thanks_page.lines.text()

    db = service.vault.db
    rows = db.query(
        "SELECT item_id, answer, language, text_sha256, channel FROM decisions "
        "WHERE item_id IN (?,?,?) ORDER BY item_id",
        sample.items,
    )
    assert [(r[0], r[1]) for r in rows] == [(a, "yes"), (b, "no"), (special, "yes")]
    assert all(r[2] == "en" and r[4] == "tablet" for r in rows)
    assert [r[3] for r in rows] == [texts[i]["en"][1] for i in sample.items]
    strokes_id, png_id = db.query_one(
        "SELECT strokes_evidence_id, signature_evidence_id FROM signing_sessions"
    )
    strokes = json.loads(service.evidence.content(int(strokes_id)))
    assert strokes["device"] == "mouse+tablet"
    pen, mouse = strokes["strokes"][:2]
    assert pen[0][3] == pytest.approx(0.2) and pen[-1][3] == pytest.approx(0.8)
    assert all(p[3] == 1.0 for p in mouse)
    assert service.evidence.content(int(png_id)).startswith(b"\x89PNG")
    statuses = [service.consents.item_status(i).status for i in sample.items]
    assert statuses == [ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.GIVEN]
    assert mode.receipt_document()[0].startswith(b"%PDF")
    assert service.verify_audit().ok


def test_under_16_both_parents_sign_separately(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.zoe, english=False)
    mode = opened(sample.request_id)
    assert mode.stack.currentWidget() is mode.who_page  # two deciders: who signs is asked
    assert [b.text().split("  ")[0] for b in mode.who_page.buttons] == ["Ayşe Çelik", "Ömer Çelik"]
    assert mode.language_buttons == {}
    for n in range(2):
        click(qtbot, mode.who_page.buttons[n])
        for answer in ("yes", "yes", "no"):
            click(qtbot, getattr(mode.item_page, f"{answer}_button"))
            click(qtbot, mode.item_page.next_button)
        click(qtbot, mode.summary_page.next_button)
        sign(qtbot, mode)
        assert mode.stack.currentWidget() is mode.thanks_page
        first = [service.consents.item_status(i).status for i in sample.items]
        if n == 0:
            assert first == [ItemStatus.REQUESTED, ItemStatus.REQUESTED, ItemStatus.REFUSED]
            click(qtbot, mode.thanks_page.next_button)
            assert "✓" in mode.who_page.buttons[0].text()
            assert "✓" not in mode.who_page.buttons[1].text()
        else:
            assert first == [ItemStatus.GIVEN, ItemStatus.GIVEN, ItemStatus.REFUSED]


def test_leaving_needs_the_worker_passphrase(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    desk = QMainWindow()
    qtbot.addWidget(desk)
    desk.show()
    sample = three_item_request(service, seeded.daan, english=False)
    mode = open_signing_mode(desk, service, sample.request_id, clock)
    assert isinstance(mode, SigningMode)
    qtbot.waitExposed(mode)
    assert mode.isFullScreen() or mode.windowState() & Qt.WindowState.WindowFullScreen
    assert not desk.isVisible()  # the rest of the app is out of reach

    QApplication.sendEvent(
        mode, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )
    assert mode.isVisible() and mode.is_locked
    assert not mode.close()  # Alt+F4 / the window manager's close
    close = QCloseEvent()
    QApplication.sendEvent(mode, close)
    assert not close.isAccepted() and mode.isVisible()
    assert mode.stack.currentWidget() is mode.unlock_page
    mode.showMinimized()
    qtbot.waitUntil(lambda: not mode.windowState() & Qt.WindowState.WindowMinimized, timeout=2000)
    assert mode.isVisible()

    mode.unlock_page.field.setText("niet de goede zin")
    click(qtbot, mode.unlock_page.unlock_button)
    assert mode.isVisible() and mode.is_locked and not desk.isVisible()
    assert "klopt niet" in mode.unlock_page.error.text()
    assert mode.unlock_page.field.text() == ""
    click(qtbot, mode.unlock_page.back_button)
    assert mode.stack.currentWidget() is mode.item_page  # back where the signer was

    with qtbot.waitSignal(mode.left, timeout=2000):
        click(qtbot, mode.staff_button)
        mode.unlock_page.field.setText(PASSPHRASE)
        click(qtbot, mode.unlock_page.unlock_button)
    assert not mode.is_locked
    assert desk.isVisible()


def test_worker_takes_the_tablet_back_on_the_thanks_page(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    """The passphrase field is on the thanks page itself: a wrong passphrase (a curious youth)
    is refused there and the mode stays; the worker's passphrase + Enter leaves."""
    desk = QMainWindow()
    qtbot.addWidget(desk)
    desk.show()
    sample = three_item_request(service, seeded.daan, english=False)
    mode = open_signing_mode(desk, service, sample.request_id, clock)
    qtbot.waitExposed(mode)
    for answer in ("yes", "no", "no"):
        read_to_end(mode)  # full screen on a small test screen: the text scrolls
        click(qtbot, getattr(mode.item_page, f"{answer}_button"))
        click(qtbot, mode.item_page.next_button)
    click(qtbot, mode.summary_page.next_button)
    sign(qtbot, mode)
    thanks = mode.thanks_page
    assert mode.stack.currentWidget() is thanks, mode.sign_page.error.text()
    field = thanks.worker.field
    assert field.isVisible() and thanks.worker.unlock_button.isVisible()
    assert field.echoMode() == field.EchoMode.Password
    assert not field.hasFocus()  # no on-screen keyboard pops up while the signer reads

    field.setFocus()
    qtbot.keyClicks(field, "1234")
    click(qtbot, thanks.worker.unlock_button)
    assert mode.is_locked and mode.isVisible() and not desk.isVisible()
    assert "klopt niet" in thanks.worker.error.text() and thanks.worker.error.isVisible()
    assert field.text() == "" and mode.stack.currentWidget() is thanks

    with qtbot.waitSignal(mode.left, timeout=2000):
        qtbot.keyClicks(field, PASSPHRASE)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not mode.is_locked and desk.isVisible()


def test_idle_timeout_discards_unsigned_answers(
    qtbot: QtBot, opened, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    sample = three_item_request(service, seeded.daan, english=False)
    mode = opened(sample.request_id)
    click(qtbot, mode.item_page.yes_button)
    click(qtbot, mode.item_page.next_button)
    assert mode.answers and mode.index == 1
    clock.advance(timedelta(seconds=60))
    assert not mode.idle.check_now()  # not idle long enough yet
    clock.advance(timedelta(seconds=61))
    assert mode.idle.check_now()
    # Back to the start: for the only signer that is item 1 again, with nothing answered.
    assert mode.stack.currentWidget() is mode.item_page and mode.index == 0
    assert mode.answers == {}
    assert mode.idle.is_active  # watching again for the next person
    assert not mode.item_page.yes_button.isChecked() and not mode.item_page.no_button.isChecked()
    assert (
        service.vault.db.scalar(
            "SELECT count(*) FROM decisions WHERE item_id = ?", (sample.items[0],)
        )
        == 0
    )


def test_withdrawal_screen_with_signature(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.daan, english=False)
    a, b, special = sample.items
    service.consents.record_decisions(
        sample.request_id, SignerRef.youth(seeded.daan), {a: "yes", b: "yes", special: "no"}, "desk"
    )
    mode = opened(sample.request_id)
    click(qtbot, mode.who_page.withdraw_button)
    assert mode.stack.currentWidget() is mode.withdraw_who_page
    click(qtbot, mode.withdraw_who_page.buttons[0])
    pick = mode.withdraw_pick_page
    assert [item.item_id for _, item in pick.boxes] == [a, b]
    click(qtbot, pick.next_button)
    assert "minstens" in pick.error.text()
    pick.boxes[1][0].setChecked(True)
    click(qtbot, pick.next_button)
    assert mode.stack.currentWidget() is mode.sign_page
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    assert service.consents.item_status(b).status == ItemStatus.WITHDRAWN
    assert service.consents.item_status(a).status == ItemStatus.GIVEN
    w = service.vault.db.query_one(
        "SELECT channel, evidence_id FROM withdrawals WHERE item_id = ?", (b,)
    )
    assert w is not None and w[0] == "tablet" and w[1] is not None
    assert mode.thanks_page.lines.text() == "• Stage regelen — Bakkerij De Korenschoof"
    pdf, name = mode.receipt_document()
    assert pdf.startswith(b"%PDF") and name == "bevestiging-intrekking.pdf"


def test_withdrawal_in_english_is_listed_and_confirmed_in_english(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    import io

    from pypdf import PdfReader

    sample = three_item_request(service, seeded.daan, english=True)
    a, b, special = sample.items
    service.consents.record_decisions(
        sample.request_id, SignerRef.youth(seeded.daan), {a: "yes", b: "yes", special: "no"}, "desk"
    )
    # The purpose is revised after the request: the list must show what was agreed to.
    stage = service.catalog.purposes()
    revised = next(p for p in stage if p.code == "stage-s")
    service.catalog.revise_purpose(revised.id, "Stage (nieuwe tekst)", "Anders.", "nl")
    service.catalog.revise_purpose(revised.id, "Placement (new text)", "Other.", "en")
    mode = opened(sample.request_id)
    click(qtbot, mode.language_buttons["en"])
    click(qtbot, mode.who_page.withdraw_button)
    click(qtbot, mode.withdraw_who_page.buttons[0])
    pick = mode.withdraw_pick_page
    texts = [box.text() for box, _ in pick.boxes]
    assert texts[1].startswith("Arranging an internship — Bakkerij De Korenschoof")
    pick.boxes[1][0].setChecked(True)
    click(qtbot, pick.next_button)
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    assert mode.thanks_page.lines.text() == "• Arranging an internship — Bakkerij De Korenschoof"
    pdf, name = mode.receipt_document()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert name == "withdrawal-confirmation.pdf"
    assert "Confirmation: consent withdrawn" in text and "Arranging an internship" in text
    assert "Placement (new text)" not in text


def test_text_size_and_read_aloud_hidden_without_a_voice(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    from ui.signing.speech import make_reader

    sample = three_item_request(service, seeded.daan, english=False)
    mode = opened(sample.request_id)
    # Offscreen CI has no speech engine: the button is hidden, not broken.
    assert make_reader(mode) is None
    assert mode.read_button.isHidden()
    assert mode.stack.currentWidget() is mode.item_page  # the only signer: item 1 at once
    before = mode.item_page.lines[1].fontInfo().pixelSize()
    click(qtbot, mode.larger_button)
    click(qtbot, mode.larger_button)
    assert mode.text_points == 22
    assert mode.item_page.lines[1].fontInfo().pixelSize() > before
    for _ in range(6):
        if mode.smaller_button.isEnabled():
            click(qtbot, mode.smaller_button)
    assert mode.text_points == 14 and not mode.smaller_button.isEnabled()


def test_request_without_open_items_shows_nothing_to_sign(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    req = service.consents.create_request(
        seeded.daan,
        [
            ItemSpec(
                service.catalog.purposes()[0].id,
                service.catalog.recipients()[0].id,
                (service.catalog.categories()[0].id,),
            )
        ],
    )
    service.consents.act_on_item(req.items[0].id, "revoke", "Doel vervallen")
    mode = opened(req.id)
    assert mode.who_page.buttons == []
    assert "niets meer" in mode.who_page.hint.text()
