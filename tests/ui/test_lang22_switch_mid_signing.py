"""A language switch in the middle of signing keeps the record honest: the text recorded as
shown is the text that was on screen, read to its end, in the language that is recorded.

Acted as a parent at a 1024×600 netbook with the system's text at 200 % (the item's text
does not fit): she reads item 1 in Dutch and answers Ja, then taps "English". The English
text is another text: "Next" waits until it has been read, as Ja and Nee do. And as a
hurried parent who reads every item in Dutch and, on the signature pad, taps "English" and
signs at once: the English texts were never on screen, so they are not signed as shown — the
tablet shows the first item in English first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lang22_support import answer_every_item_yes
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import (
    Sample,
    click,
    mode_with_large_text,
    mouse_stroke,
    read_to_end,
    three_item_request,
    zigzag,
)
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode
from ui.signing.words import word

NETBOOK = QSize(1024, 600)


@pytest.fixture
def netbook(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[tuple[SigningMode, Sample]]:
    sample = three_item_request(service, seeded.odegaard)  # Sanne (17): signs alone
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, NETBOOK) as mode:
        yield mode, sample


def test_after_a_switch_next_waits_until_the_new_text_is_read(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample]
) -> None:
    mode, sample = netbook
    page = mode.item_page
    read_to_end(mode)
    click(qtbot, page.yes_button)
    assert page.next_button.isEnabled()
    click(qtbot, mode.language_buttons["en"])
    # The English text starts at the top, below it the fold: it has not been read.
    assert page.reading.waiting
    assert page.text_scroll.verticalScrollBar().value() == 0
    assert not page.next_button.isEnabled()
    assert page.hint.text() == word("en", "read_first")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    mode.next_item()  # not through the back door either
    assert mode.stack.currentWidget() is page and mode.index == 0
    # Read to its end: the answer given (kept) may go on.
    read_to_end(mode)
    assert page.next_button.isEnabled()
    click(qtbot, page.next_button)
    assert mode.index == 1
    assert mode.model.seen[sample.items[0]] == "en"


def test_switching_language_on_the_signature_pad_shows_the_texts_first(
    qtbot: QtBot, netbook: tuple[SigningMode, Sample], service: Service
) -> None:
    mode, sample = netbook
    answer_every_item_yes(qtbot, mode)
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is mode.sign_page
    click(qtbot, mode.language_buttons["en"])
    # Not the pad with English texts nobody saw: the first item, in English, to read.
    assert mode.stack.currentWidget() is mode.item_page
    assert mode.index == 0 and mode.language == "en"
    texts = service.consents.item_texts(sample.request_id)
    assert mode.item_page.shown_text() == texts[sample.items[0]]["en"][0]
    assert mode.item_page.reading.waiting
    # Signing straight away is not possible from here; nothing was saved.
    mode.confirm()
    assert service.vault.db.scalar("SELECT count(*) FROM signing_sessions") == 0
    # Back to Dutch: every text was read in Dutch, the pad is open again and signs Dutch.
    click(qtbot, mode.language_buttons["nl"])
    for _ in mode.items:
        read_to_end(mode)
        click(qtbot, mode.item_page.next_button)
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is mode.sign_page
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(60, 120))
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(60, 180))
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    rows = service.vault.db.query(
        "SELECT item_id, language, text_sha256 FROM decisions WHERE item_id IN (?,?,?)",
        sample.items,
    )
    assert {(int(r[0]), r[1], r[2]) for r in rows} == {
        (i, "nl", texts[i]["nl"][1]) for i in sample.items
    }
