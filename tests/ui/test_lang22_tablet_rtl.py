"""The tablet in Arabic at 1920×1080 and at 1024×600 with the system's text at 200 %: the
special tick and the person buttons read right to left as a whole, nothing is cut off.

A mother who reads Arabic meets the tick "نعم، أوافق بشكل منفصل على مشاركة هذه المعلومات
الحساسة: Gezondheid." next to its box. Qt drew a check box's (and a button's) label as a
left-to-right line whatever the page's direction: the Dutch category name stood next to the
box, where her reading starts, and the sentence that says what she agrees to came after it.
Read here as she reads it: from the box leftwards, the words next to the box are the start
of the sentence, whatever the names at its end."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import pytest
from lang22_support import answer_every_item_yes
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import (
    click,
    mode_with_large_text,
    mouse_stroke,
    read_to_end,
    three_item_request,
    zigzag,
)
from ui_vault import Seeded

from toestemming.language import text
from toestemming.model import SignerRef
from toestemming.service import Service
from ui.signing import SigningMode
from ui.signing.words import word

SIZES = {"1920x1080": (QSize(1920, 1080), 1.0), "1024x600-200%": (QSize(1024, 600), 2.0)}


@pytest.fixture(params=list(SIZES))
def arabic(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    service: Service,
    seeded: Seeded,
) -> Iterator[SigningMode]:
    three_item_request(service, seeded.odegaard, arabic=True)  # Sanne (17): signs alone
    size, scale = SIZES[request.param]
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, scale, size) as mode:
        click(qtbot, mode.language_buttons["ar"])
        yield mode


def _to_special_item(qtbot: QtBot, mode: SigningMode) -> None:
    page = mode.item_page
    while not page.special_box.isVisible():
        read_to_end(mode)
        click(qtbot, page.yes_button)
        click(qtbot, page.next_button)
    read_to_end(mode)


def _strip(widget: QWidget, width: int) -> QImage:
    """The right-hand `width` pixels of what the widget shows: where an Arabic reader starts."""
    image = widget.grab().toImage()
    return image.copy(QRect(image.width() - width, 0, width, image.height()))


def test_the_special_tick_starts_with_its_sentence_next_to_the_box(
    qtbot: QtBot, arabic: SigningMode
) -> None:
    mode = arabic
    _to_special_item(qtbot, mode)
    box = mode.item_page.special_box
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert box.text() == word("ar", "special_tick", names="Gezondheid")
    # Wide enough for one line (also at 200 %), so the whole sentence is one line to compare.
    box.setText(word("ar", "special_tick", names="Gezondheid"))
    box.resize(4000, box.height())
    short = _strip(box, 420)
    box.setText(word("ar", "special_tick", names="Gezondheid, Strafrechtelijke gegevens"))
    box.resize(4000, box.height())
    long = _strip(box, 420)
    # Next to the box stands the start of the sentence, the same whatever names follow.
    assert short == long, "the names, not the sentence, stand next to the box"
    assert box.text().endswith("Strafrechtelijke gegevens.")  # the text as set, no marks


def test_arabic_pages_fit_and_read_right_to_left(qtbot: QtBot, arabic: SigningMode) -> None:
    mode = arabic
    page = mode.item_page
    window = mode.rect()
    for _ in mode.items:
        read_to_end(mode)
        for part in (page.yes_button, page.no_button, page.back_button, page.next_button):
            corner = part.mapTo(mode, part.rect().topLeft())
            assert window.contains(QRect(corner, part.size())), part.objectName()
            assert part.height() >= 48  # a finger's target
        # Mirrored: Ja (the first answer) and Vorige on the reading side, the right.
        assert page.yes_button.mapTo(mode, page.yes_button.rect().topLeft()).x() > (
            page.no_button.mapTo(mode, page.no_button.rect().topLeft()).x()
        )
        assert page.back_button.mapTo(mode, page.back_button.rect().topLeft()).x() > (
            page.next_button.mapTo(mode, page.next_button.rect().topLeft()).x()
        )
        click(qtbot, page.yes_button)
        if page.special_box.isVisible():
            page.special_box.setChecked(True)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    sign = mode.sign_page
    for part in (sign.pad, sign.confirm_button, sign.again_button):
        corner = part.mapTo(mode, part.rect().topLeft())
        assert window.contains(QRect(corner, part.size())), part.objectName()
    assert sign.pad.width() >= 400 and sign.pad.height() >= 120


@pytest.mark.parametrize("size", list(SIZES))
def test_a_long_refusal_on_the_pad_lies_over_nothing(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded, size: str
) -> None:
    """Sanne signs in Arabic while the worker records her same answers at the desk (she
    phoned): the refusal — in Arabic, with the reason for the worker — is long. It lay over
    the pad and the hint at 1024×600 with 200 % text; now every part has its own place and
    the refusal scrolls to its end."""
    sample = three_item_request(service, seeded.odegaard, arabic=True)
    screen, scale = SIZES[size]
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, scale, screen) as mode:
        click(qtbot, mode.language_buttons["ar"])
        answer_every_item_yes(qtbot, mode)
        click(qtbot, mode.summary_page.next_button)
        service.consents.record_decisions(
            sample.request_id,
            SignerRef.youth(seeded.odegaard),
            dict.fromkeys(sample.items, "yes"),
            "desk",
            special_ack=sample.items,
        )
        sign = mode.sign_page
        mouse_stroke(qtbot, sign.pad, zigzag(60, 50))
        mouse_stroke(qtbot, sign.pad, zigzag(60, 80))
        click(qtbot, sign.confirm_button)
        for _ in range(3):
            QApplication.processEvents()
        assert mode.stack.currentWidget() is sign
        assert sign.error.text().startswith(text("ar", "error-for-the-worker", reason="")[:12])
        # The strip the error stands in (the label itself, before it had one).
        strip = getattr(sign, "error_area", sign.error)
        parts = [p for p in (sign.title, sign.hint, sign.pad, strip) if p.isVisible()]
        parts += [sign.back_button, sign.again_button, sign.confirm_button]
        boxes = {p: QRect(p.mapTo(mode, p.rect().topLeft()), p.size()) for p in parts}
        for part, box in boxes.items():
            assert mode.rect().contains(box), f"{type(part).__name__} outside the window"
        for (a, box_a), (b, box_b) in combinations(boxes.items(), 2):
            assert not box_a.intersects(box_b), f"{type(a).__name__} over {type(b).__name__}"
        assert sign.error_area.height() >= sign.error.fontMetrics().lineSpacing()
        bar = sign.error_area.verticalScrollBar()
        bar.setValue(bar.maximum())  # the rest of the reason, for the worker, by scrolling
        last = sign.error.mapTo(sign.error_area.viewport(), QPoint(0, sign.error.height()))
        assert last.y() <= sign.error_area.viewport().height() + 1
        # Starting again: the error goes, whose signature this is is in view again.
        click(qtbot, sign.again_button)
        assert not sign.error_area.isVisible() and sign.hint.isVisible()
