"""The tablet's "Wie ben jij?" at 1280×720 (a laptop or a wide tablet) with the system's text
at 200 %: both of Zoë's parents must decide, and the second name needed a scroll to be seen
(session 15). Every name must be in view without scrolling; a screenshot is saved for review
(TOESTEMMING_SHOTS=folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import mode_with_large_text
from ui_vault import Seeded

from toestemming.service import Service


def _in_view(widget: QWidget, viewport: QWidget) -> bool:
    corner = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768), QSize(1280, 800)])
def test_both_parents_in_view_on_a_wide_short_screen_with_200_percent_text(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded, size: QSize
) -> None:
    with mode_with_large_text(qtbot, qapp, service, seeded.zoe, 2, size) as mode:
        page = mode.who_page
        shots = os.environ.get("TOESTEMMING_SHOTS")
        if shots:
            mode.grab().save(str(Path(shots) / f"who_{size.width()}x{size.height()}_200.png"))
        assert len(page.buttons) == 2
        viewport = page.people_scroll.viewport()
        for button in page.buttons:
            assert _in_view(button, viewport), f"{button.text()!r} below the fold"
        assert page.people_scroll.verticalScrollBar().value() == 0
        assert _in_view(page.title, viewport) and _in_view(page.about, viewport)
        assert page.hint.isVisible() and page.withdraw_button.isVisible()
        last = page.buttons[-1]
        if page.hint.y() > last.y():  # the short arrangement: the hint right under the names
            assert page.hint.y() - (last.y() + last.height()) <= 24
