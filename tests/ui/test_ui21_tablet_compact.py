"""The tablet's item page on a 1024×600 netbook with 200 % text, as a hurried parent meets it.

Session 18 looked: with three languages on the tablet (Nederlands, العربية, English) the bar
took two rows of 32 pt tools, the recipient and "Onderdeel 1 van 3" the rest, and the text the
signer agrees to was a strip of one line (174 px) between them and Ja/Nee, the hint and
Vorige/Volgende. Now the bar keeps to one row, the compact page has narrower margins and puts
the hint beside Vorige/Volgende; the recipient and "1 van 3" scroll away with the text; Ja/Nee
and Vorige/Volgende stay in view; and Ja waits until the text's end was on screen.

And an upright tablet at 150 % that grew to its size from the window's first one: the read
gate counted the text read while the page's margins were changing (a size the window was
leaving, where it fitted), so Ja worked for a text running on below the fold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode

NETBOOK = QSize(1024, 600)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def in_window(widget: QWidget, mode: SigningMode) -> bool:
    return mode.rect().contains(QRect(widget.mapTo(mode, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_netbook_at_200_percent_gives_the_text_room(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded, language: str
) -> None:
    three_item_request(service, seeded.odegaard, arabic=True)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, NETBOOK) as mode:
        assert len(mode.language_buttons) == 3
        if language != "nl":
            click(qtbot, mode.language_buttons[language])
        settle()
        page = mode.item_page
        assert page.compact
        # The tools in one row: every one at the same height in the bar.
        tops = {
            b.y() for b in (mode.smaller_button, mode.staff_button, *mode.language_buttons.values())
        }
        assert len(tops) == 1, tops
        # The text the signer agrees to gets at least five lines of its size on screen.
        body_line = page.lines[-1].fontMetrics().height()
        viewport = page.text_scroll.viewport()
        assert viewport.height() >= 5 * body_line, (viewport.height(), body_line)
        # The recipient and "1 van 3" scroll with the text (the compact header).
        for part in (page.recipient, page.progress):
            assert page.text_scroll.isAncestorOf(part)
        # Ja/Nee and Vorige/Volgende stay in view and a finger high, outside the scrolling part.
        for button in (page.yes_button, page.no_button, page.back_button, page.next_button):
            assert in_window(button, mode) and button.height() >= 44, button.text()
            assert not page.text_scroll.isAncestorOf(button)
        assert page.hint.isVisible() and in_window(page.hint, mode)
        # A hurried parent taps Ja at once: nothing is taken, Ja does not look chosen.
        assert page.reading.waiting and not page.yes_button.isEnabled()
        qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
        assert mode.answers == {} and not page.yes_button.isChecked()
        # Read to the end: the header has scrolled away, Ja works.
        bar = page.text_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle()
        assert page.recipient.visibleRegion().isEmpty()
        click(qtbot, page.yes_button)
        assert list(mode.answers.values()) == ["yes"]


def test_upright_tablet_grown_to_its_size_keeps_ja_waiting(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """Shown first at a netbook's size (compact: narrow margins), then at 800×1280 at 150 %:
    the text does not fit, so Ja and Nee wait for it to be read, and a tap right away takes
    nothing."""
    three_item_request(service, seeded.odegaard, arabic=True)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1.5, QSize(1024, 400)) as mode:
        page = mode.item_page
        mode.resize(800, 1280)  # no events between: a tap may come first
        qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
        assert mode.answers == {}
        settle()
        # Runs below the fold by more than a line (the bar's two rows since ui22 leave room
        # for a little more than its three did: no longer a whole last paragraph).
        line = page.lines[-1].fontMetrics().height()
        assert page.text_scroll.verticalScrollBar().maximum() > 2 * line
        assert page.reading.waiting
        assert not page.yes_button.isEnabled() and not page.no_button.isEnabled()
        assert not page.yes_button.isChecked()


def test_a_plus_stops_while_the_text_still_has_room(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """A parent taps A+ again and again on the netbook at 200 %: at 60 pt the item's text was
    a strip of two lines. A+ now stops while about nine lines fit; A− goes back."""
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, NETBOOK) as mode:
        page = mode.item_page
        taps = 0
        while mode.larger_button.isEnabled() and taps < 10:
            click(qtbot, mode.larger_button)
            taps += 1
        settle()
        assert taps >= 1  # one step larger is still possible there
        assert page.text_scroll.viewport().height() >= 4 * page.lines[-1].fontMetrics().height()
        assert in_window(page.yes_button, mode) and in_window(page.next_button, mode)
        mode.set_text_step(6)  # not by another route either
        assert mode.step == taps
        click(qtbot, mode.smaller_button)
        assert mode.step == taps - 1 and mode.larger_button.isEnabled()
