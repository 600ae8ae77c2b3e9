"""The read gate at the seams sign22's tests leave (review21): the signer reads item 1 to its
end on a 1024×600 netbook at 200 % text, goes on, comes back with Terug (still read: no
second scroll for a text already in view), then switches the tablet to English — a text not
yet seen in that language waits again; and the keyboard's End opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import Sample, mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode


@pytest.fixture
def netbook(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[tuple[SigningMode, Sample]]:
    sample = three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, QSize(1024, 600)) as mode:
        yield mode, sample


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_terug_keeps_an_item_read_and_another_language_is_read_again(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample]
) -> None:
    mode, _ = netbook
    page = mode.item_page
    bar = page.text_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and not page.yes_button.isEnabled()
    bar.setValue(bar.maximum())
    _settle()
    qtbot.mouseClick(page.yes_button, Qt.MouseButton.LeftButton)
    first = mode.model.item.item_id
    assert mode.answers == {first: "yes"}
    mode.next_item()
    _settle()
    assert mode.model.item.item_id != first
    mode.previous_item()  # Terug
    _settle()
    assert mode.model.item.item_id == first
    assert page.yes_button.isEnabled() and page.no_button.isEnabled()
    assert page.yes_button.isChecked()  # the answer is still there
    mode.set_language("en")
    _settle()
    assert mode.language == "en"
    assert not page.yes_button.isEnabled() and not page.no_button.isEnabled()
    qtbot.mouseClick(page.no_button, Qt.MouseButton.LeftButton)
    assert mode.answers == {first: "yes"}  # not changed unread
    page.text_scroll.setFocus()
    qtbot.keyClick(page.text_scroll, Qt.Key.Key_End)
    _settle()
    assert page.no_button.isEnabled()
    qtbot.mouseClick(page.no_button, Qt.MouseButton.LeftButton)
    assert mode.answers == {first: "no"}
