"""The tablet as it opens, for a signer with a keyboard, a switch or a screen reader.

The worker hands over the tablet; the focus stood on A− (the first tool). A screen reader
started by reading the toolbar ("A−, A+, Nederlands, English, Begeleider") instead of what is
asked, and a keyboard user had to Tab through every tool before the text. Now the focus opens
on the page: the item's text when the signer is known (Sanne, 17, signs alone), the first name
on "Wie ben jij?" when several people may sign (Zoë, 15: her two parents) — and again so for
the next person after "Volgende persoon" and after the tablet went back to its start."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import three_item_request
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.signing import SigningMode


@contextmanager
def handed_over(qtbot: QtBot, service: Service, youth: int) -> Iterator[SigningMode]:
    """As the desk opens it: full screen, the window active."""
    mode = SigningMode(
        service, service.consents.requests_for_youth(youth)[0].id, FixedClock(service.clock.now())
    )
    qtbot.addWidget(mode)
    try:
        mode.present(full_screen=True)
        qtbot.waitExposed(mode)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        yield mode
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()


def test_focus_opens_on_the_text_to_read(qtbot: QtBot, service: Service, seeded: Seeded) -> None:
    three_item_request(service, seeded.odegaard)
    with handed_over(qtbot, service, seeded.odegaard) as mode:
        assert mode.stack.currentWidget() is mode.item_page
        focused = QApplication.focusWidget()
        assert focused is mode.item_page.text_scroll, focused
        assert focused.accessibleName()  # what a screen reader says first


def test_focus_opens_on_the_first_name_when_several_may_sign(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    with handed_over(qtbot, service, seeded.zoe) as mode:
        assert mode.stack.currentWidget() is mode.who_page
        first = mode.who_page.buttons[0]
        assert QApplication.focusWidget() is first, QApplication.focusWidget()
        # Away to a tool and back to the start (as after the idle time): on the names again.
        mode.smaller_button.setFocus()
        mode.on_idle()
        assert QApplication.focusWidget() is mode.who_page.buttons[0]
