"""The tablet's tool row in Arabic reads from the right, as the page under it does.

A mother who reads Arabic taps العربية: the page mirrors (Ja on the right, the organisation's
name on the right), but the tools stayed in their Dutch order — A− at the far left of the row
and the language buttons after it, so her eye met "Begeleider" and the languages last-first.
Now the row is mirrored as a whole: A− is the tool nearest the reading side, then A+, then the
languages in their order, and "Begeleider" (the worker's button) at the far, left end. Back in
Dutch the row reads from the left again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode


@pytest.fixture
def mode(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[SigningMode]:
    three_item_request(service, seeded.odegaard, arabic=True)  # Sanne (17): signs alone
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, QSize(1280, 800)) as m:
        yield m


def _left(widget: QWidget, mode: SigningMode) -> int:
    return widget.mapTo(mode, widget.rect().topLeft()).x()


def _reading_order(mode: SigningMode) -> list[QWidget]:
    return [
        mode.smaller_button,
        mode.larger_button,
        *mode.language_buttons.values(),
        mode.staff_button,
    ]


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_the_tools_read_from_the_right_in_arabic(qtbot: QtBot, mode: SigningMode) -> None:
    click(qtbot, mode.language_buttons["ar"])
    settle()
    lefts = [_left(w, mode) for w in _reading_order(mode)]
    assert lefts == sorted(lefts, reverse=True), lefts  # each one left of the one before
    assert _left(mode.org_label, mode) > lefts[0]  # the organisation at the reading side
    click(qtbot, mode.language_buttons["nl"])
    settle()
    lefts = [_left(w, mode) for w in _reading_order(mode)]
    assert lefts == sorted(lefts), lefts
