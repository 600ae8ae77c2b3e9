"""At 1280×800 (a tablet in landscape) and the default text size, a whole item — its text, the
special tick, Ja/Nee and the navigation — fits on the screen without scrolling, in Dutch and in
English; Ja and Nee stay equal and large, and the hint does not push anything down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.signing.mode import BASE_POINTS, SigningMode
from ui.signing.screenshots import NOW, PASSPHRASE, SIZE, _sample


def settle(mode: SigningMode) -> None:
    """Run the pending layout passes (word-wrapped labels settle over a few of them); a grab
    paints the window as the screen would."""
    for _ in range(3):
        QApplication.processEvents()
        mode.grab()


@pytest.fixture
def mode(qtbot: QtBot, tmp_path: Path) -> Iterator[SigningMode]:
    clock = FixedClock(NOW)
    svc, _ = Service.create(
        tmp_path / "fit.tvault",
        "Praktijkschool De Brug",
        "Anna",
        PASSPHRASE,
        clock,
        kdf=KdfParams(),
    )
    m = SigningMode(svc, _sample(svc), clock)
    qtbot.addWidget(m)
    m.present(full_screen=False)
    m.resize(*SIZE)
    qtbot.waitExposed(m)
    yield m
    m._unlocked = True
    m.idle.stop()
    svc.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_item_fits_without_scrolling(qtbot: QtBot, mode: SigningMode, language: str) -> None:
    assert mode.text_points == BASE_POINTS
    assert mode.stack.currentWidget() is mode.item_page  # one signer: opens on item 1
    mode.set_language(language)
    page = mode.item_page
    for index, item in enumerate(mode.items):
        mode.show_item(index)
        settle(mode)
        bar = page.text_scroll.verticalScrollBar()
        assert bar.maximum() == 0 and not bar.isVisible(), (language, index, bar.maximum())
        # Every line of the stored text is inside the visible area of the sheet.
        viewport = page.text_scroll.viewport()
        last = page.lines[-1]
        bottom = last.mapTo(viewport, last.rect().bottomLeft()).y()
        assert bottom <= viewport.height(), (language, index)
        assert page.special_box.isVisible() == item.special
        # Ja and Nee: equal, large, and fully on screen above the navigation.
        yes, no = page.yes_button, page.no_button
        assert yes.size() == no.size() and yes.height() >= 90 and yes.width() >= 500
        assert (
            yes.mapTo(mode, yes.rect().bottomLeft()).y()
            < page.next_button.mapTo(mode, page.next_button.rect().topLeft()).y()
        )
        assert page.next_button.mapTo(mode, page.next_button.rect().bottomLeft()).y() <= SIZE[1]
    # The hint shares the row of Vorige/Volgende: showing it does not change the text area.
    height = page.text_scroll.height()
    assert page.hint.isVisible()
    page.yes_button.click()
    if mode.items[-1].special:
        assert "vinkje" in page.hint.text() or "tick" in page.hint.text()
        page.special_box.setChecked(True)
    settle(mode)
    assert not page.hint.isVisible()
    assert page.text_scroll.height() == height


def test_thanks_screenshot_shows_the_mail_button(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from ui.signing.screenshots import render_thanks_screenshot

    path = render_thanks_screenshot(tmp_path / "shots", tmp_path, kdf=KdfParams())
    assert path.name == "signing_thanks.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
