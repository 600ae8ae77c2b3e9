"""Ja and Nee wait until the item's whole text has been in view (ui/signing/read_gate.py).

On a 1024×600 netbook with the system's text at 200 % the item's own text — what the signer
agrees to — started below the fold, and a hurried parent could tap "Ja, dat mag" at once.
Acted here as that parent (tap Ja, tap Nee, at once), as a careful one (scroll down with the
wheel, then answer), as a keyboard user (Tab to the text, End, Tab to Ja, Space) and as the
next parent, who must read again. When the text fits, Ja works at once, as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import Sample, mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode
from ui.signing.words import word

NETBOOK = QSize(1024, 600)


@pytest.fixture
def netbook(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[tuple[SigningMode, Sample]]:
    """Sanne (17, signs alone) at a 1024×600 netbook with the system's text at 200 %: item 1
    at once, its text below the fold."""
    sample = three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, NETBOOK) as mode:
        yield mode, sample


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def in_window(widget: QWidget, mode: SigningMode) -> bool:
    corner = widget.mapTo(mode, QPoint(0, 0))
    return mode.rect().contains(corner) and mode.rect().contains(
        corner + QPoint(widget.width() - 1, widget.height() - 1)
    )


def wheel_down(widget: QWidget) -> None:
    """One notch of a mouse wheel (or a two-finger swipe) down over `widget`."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_hurried_parent_cannot_say_yes_before_the_text_was_in_view(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample]
) -> None:
    mode, _ = netbook
    page = mode.item_page
    assert mode.stack.currentWidget() is page  # Sanne (17) signs alone: item 1 at once
    bar = page.text_scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the text fits: this test needs one below the fold"
    last = page.lines[-1]
    assert last.mapTo(page.text_scroll.viewport(), QPoint(0, last.height())).y() > (
        page.text_scroll.viewport().height()
    )
    # Tapped at once, both answers: nothing is recorded, nothing is checked.
    qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.no_button, Qt.MouseButton.LeftButton)
    mode.answer("yes")  # not through the back door either
    assert mode.answers == {}
    assert not page.yes_button.isChecked() and not page.no_button.isChecked()
    assert not page.yes_button.isEnabled() and not page.no_button.isEnabled()
    assert not page.next_button.isEnabled()
    # Why they wait is on screen, in the window, in the signer's language.
    assert page.hint.isVisible() and page.hint.text() == word("nl", "read_first")
    assert in_window(page.hint, mode)
    # Half-way is not the end.
    bar.setValue(bar.maximum() // 2)
    settle()
    qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
    assert mode.answers == {}
    # At the end the buttons open, and the hint says what to do next.
    bar.setValue(bar.maximum())
    settle()
    assert page.yes_button.isEnabled() and page.no_button.isEnabled()
    assert page.hint.text() == word("nl", "choose")
    qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
    assert list(mode.answers.values()) == ["yes"]
    # Back to the top, the answer may still be changed: the text was read.
    bar.setValue(0)
    settle()
    qtbot.mouseClick(page.no_button, Qt.MouseButton.LeftButton)
    assert list(mode.answers.values()) == ["no"]


def test_careful_parent_scrolls_with_the_wheel_and_answers(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample]
) -> None:
    mode, sample = netbook
    page = mode.item_page
    for item_id in sample.items:
        viewport = page.text_scroll.viewport()
        for _ in range(40):
            if page.yes_button.isEnabled():
                break
            wheel_down(viewport)
            settle()
        assert page.yes_button.isEnabled(), "scrolled to the end, Ja still waits"
        assert page.text_scroll.verticalScrollBar().value() > 0
        qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
        if page.special_box.isVisible():
            page.special_box.setChecked(True)
        assert mode.answers[item_id] == "yes"
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.summary_page
    # "Wijzigen" on the summary: the item was read, Ja and Nee work at once.
    mode.summary_page.change.emit(0)
    assert mode.stack.currentWidget() is page
    assert page.no_button.isEnabled()
    qtbot.mouseClick(page.no_button, Qt.MouseButton.LeftButton)
    assert mode.answers[sample.items[0]] == "no"
    # In English it is another text: read that one too.
    mode.set_language("en")
    assert not page.yes_button.isEnabled()
    assert page.hint.text() == word("en", "read_first")


def test_keyboard_user_reaches_the_end_and_the_answers(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample]
) -> None:
    mode, sample = netbook
    page = mode.item_page
    area = page.text_scroll
    # A screen reader says what the text is and why the answers wait.
    assert area.accessibleName() == word("nl", "text_name")
    assert area.accessibleDescription() == word("nl", "read_first_why")
    assert page.yes_button.accessibleDescription() == word("nl", "read_first_why")
    # Tab from "Vorige" reaches the text (Ja and Nee are not Tab stops while they wait).
    page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(8):
        if QApplication.focusWidget() is area:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is area, QApplication.focusWidget()
    qtbot.keyClick(area, Qt.Key.Key_End)
    settle()
    assert page.yes_button.isEnabled()
    assert page.yes_button.accessibleDescription() == ""
    # Tab on to Ja, Space answers it.
    for _ in range(8):
        if QApplication.focusWidget() is page.yes_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.yes_button
    qtbot.keyClick(page.yes_button, Qt.Key.Key_Space)
    assert mode.answers == {sample.items[0]: "yes"}


def test_page_down_reads_to_the_end(qtbot: QtBot, netbook: tuple[SigningMode, Sample]) -> None:
    mode, _ = netbook
    page = mode.item_page
    area = page.text_scroll
    area.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(30):
        if page.yes_button.isEnabled():
            break
        qtbot.keyClick(area, Qt.Key.Key_PageDown)
        settle()
    assert page.yes_button.isEnabled()


def test_the_next_parent_reads_again(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    three_item_request(service, seeded.zoe)  # Zoë (15): both parents (and Zoë) decide
    with mode_with_large_text(qtbot, qapp, service, seeded.zoe, 2, NETBOOK) as mode:
        mode.choose_signer(mode.model.people[0])
        page = mode.item_page
        bar = page.text_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle()
        assert page.yes_button.isEnabled()
        mode.restart()  # "Volgende persoon" (or the idle timeout): someone else
        mode.choose_signer(mode.model.people[1])
        assert mode.stack.currentWidget() is page
        assert not page.yes_button.isEnabled()
        qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
        assert mode.answers == {}


def test_a_text_that_fits_is_answered_at_once(qtbot: QtBot, opened, service: Service) -> None:
    """1280×800 at the usual text size: every item fits, Ja works the moment it shows."""
    youth = service.people.add_youth(
        given_name="Lotte", family_name="Visser", birth_date="2007-03-02"
    ).id
    sample = three_item_request(service, youth)
    mode = opened(sample.request_id)
    page = mode.item_page
    for item_id in sample.items:
        assert not page.reading.waiting, page.text_scroll.verticalScrollBar().maximum()
        assert page.yes_button.isEnabled()
        assert page.hint.text() == word("nl", "choose")
        page.yes_button.click()
        if page.special_box.isVisible():
            page.special_box.setChecked(True)
        assert mode.answers[item_id] == "yes"
        page.next_button.click()
    assert mode.stack.currentWidget() is mode.summary_page
