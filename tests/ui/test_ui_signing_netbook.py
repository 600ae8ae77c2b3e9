"""The summary and the thanks page on a 1024×600 netbook at the usual text size.

Looked at in session 17: on the summary each answer, "Ja, dat mag", stood a word per line
beside "Wijzigen". On the thanks page the receipt, "E-mail sturen" and "Volgende persoon"
stood one under the other below the result, which was left a strip of 100 px: the signer
saw "Dank je wel!" and half a line, not the heading of what they had chosen. And once the
mail had gone, the line "Het ontvangstbewijs is gemaild naar …" made the window 612 px high
on a 600 px screen, with "Volgende persoon" partly below it."""

from __future__ import annotations

from mail_support import smtp_server
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, mode_with_large_text, mouse_stroke, three_item_request, zigzag
from ui_vault import Seeded

from toestemming.capture.settings import Security
from toestemming.service import Service
from ui.signing import SigningMode

NETBOOK = QSize(1024, 600)


def settle(mode: SigningMode) -> None:
    for _ in range(4):
        QApplication.processEvents()
        mode.grab()


def read_and_answer(qtbot: QtBot, mode: SigningMode) -> None:
    page = mode.item_page
    for _ in mode.items:
        bar = page.text_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())  # read to the end (Ja/Nee wait for it)
        settle(mode)
        click(qtbot, page.no_button)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(40, 40, width=300))
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    settle(mode)


def in_window(widget: QWidget, mode: SigningMode) -> bool:
    return mode.rect().contains(QRect(widget.mapTo(mode, QPoint(0, 0)), widget.size()))


def test_the_signer_sees_the_choices_and_the_mail_keeps_the_screen(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    service.people.update_youth(seeded.odegaard, email="sanne@example.org")
    three_item_request(service, seeded.odegaard)
    with smtp_server(Security.NONE) as server:
        service.remote.set_smtp_settings(server.settings())
        with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, NETBOOK) as mode:
            read_and_answer(qtbot, mode)
            thanks = mode.thanks_page
            viewport = thanks.scroll_area.viewport()
            # "Dank je wel!", the hint and "Dit heb je gekozen:" are in view without scrolling.
            for part in (thanks.title, thanks.hint, thanks.heading):
                place = QRect(part.mapTo(viewport, QPoint(0, 0)), part.size())
                assert viewport.rect().contains(place), (part.text(), place, viewport.size())
            assert thanks.mail_button.isVisible()
            click(qtbot, thanks.mail_button)
            qtbot.waitUntil(lambda: len(server.handler.received) == 1, timeout=10_000)
            qtbot.waitUntil(lambda: mode.mail_task is None, timeout=10_000)
            settle(mode)
            assert thanks.mail_status.isVisible()
            assert mode.size() == NETBOOK, mode.size()
            assert mode.minimumSizeHint().height() <= NETBOOK.height()
            assert in_window(thanks.next_button, mode)
            assert in_window(thanks.mail_status, mode) or thanks.short


def test_summary_says_each_answer_on_one_line(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, NETBOOK) as mode:
        page = mode.item_page
        for answer in ("yes", "no", "yes"):
            bar = page.text_scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle(mode)
            click(qtbot, page.yes_button if answer == "yes" else page.no_button)
            if answer == "yes" and page.special_box.isVisible():
                page.special_box.setChecked(True)
            click(qtbot, page.next_button)
        summary = mode.summary_page
        assert mode.stack.currentWidget() is summary
        settle(mode)
        verdicts = [
            label for label in summary.findChildren(QLabel) if label.objectName() == "verdict"
        ]
        assert [v.text() for v in verdicts] == ["Ja, dat mag", "Nee", "Ja, dat mag"]
        for verdict in verdicts:
            one_line = verdict.heightForWidth(10_000)
            # Its lines at the width it has: one, not a word per line.
            assert verdict.heightForWidth(verdict.width()) == one_line, verdict.width()


def test_signature_page_keeps_the_whole_hint_and_the_pad_off_the_buttons(
    qtbot: QtBot, qapp: QApplication, service: Service
) -> None:
    """1024×600 at 200 %, in English, a long name: "You are signing as …" took three lines,
    the page cut it to two and laid the pad over Back / Start again / Confirm."""
    youth = service.people.add_youth(
        given_name="Anne-Fleur Ayşe",
        family_name="Çelik-Yılmaz van den Boogaard",
        birth_date="2008-03-02",
    ).id
    three_item_request(service, youth)
    with mode_with_large_text(qtbot, qapp, service, youth, 2, NETBOOK) as mode:
        click(qtbot, mode.language_buttons["en"])
        page = mode.item_page
        for _ in mode.items:
            bar = page.text_scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle(mode)
            click(qtbot, page.no_button)
            click(qtbot, page.next_button)
        click(qtbot, mode.summary_page.next_button)
        sign = mode.sign_page
        assert mode.stack.currentWidget() is sign
        settle(mode)
        for label in (sign.title, sign.hint):
            need = label.heightForWidth(label.width())
            assert label.height() >= need - 1, (label.text(), label.height(), need)
        pad = QRect(sign.pad.mapTo(mode, QPoint(0, 0)), sign.pad.size())
        assert sign.pad.height() >= 120, pad
        for button in (sign.back_button, sign.again_button, sign.confirm_button):
            assert in_window(button, mode), button.text()
            spot = QRect(button.mapTo(mode, QPoint(0, 0)), button.size())
            assert not pad.intersects(spot), (pad, button.text(), spot)
        # Signed in the room there is, it is saved.
        mouse_stroke(qtbot, sign.pad, zigzag(30, 20, width=300))
        click(qtbot, sign.confirm_button)
        assert mode.stack.currentWidget() is mode.thanks_page, sign.error.text()


def test_yes_stays_on_one_line_and_leaves_the_text_room_at_200_percent(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """1024×600 at 200 %, in English: "Yes, that's fine" in the answers' larger size took two
    lines, and the text the signer agrees to was left a strip of two lines."""
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, NETBOOK) as mode:
        click(qtbot, mode.language_buttons["en"])
        settle(mode)
        page = mode.item_page
        for button in (page.yes_button, page.no_button):
            shown = QPushButton.text(button)  # the lines as wrapped on screen
            assert "\n" not in shown, (shown, button.width())
            assert button.height() >= 64  # still a large target for a finger
        line = page.lines[0].fontMetrics().height()
        view = page.text_scroll.viewport().height()
        assert view >= 3 * line, (view, line)
