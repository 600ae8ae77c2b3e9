"""Gegevens delen with the weighing open, on the screen this process has (not collected by
itself: test_ui_s17_weighing_large_text.py runs it in a child with one offscreen screen).
Where the screen has the room, the dialog grows so that the steps show without scrolling;
it never grows past the room (the form scrolls there, the buttons stay)."""

from __future__ import annotations

import os

from consent_fixtures import activate, desk
from probe_screen_s9 import _weighing_shown, language, settle
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from ui.consent.disclose import DiscloseDialog
from ui.main_window import MainWindow
from ui.screen_fit import available

__all__ = ["desk", "language"]


def test_the_weighing_shows_whole_where_the_screen_has_room(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    dialog = _weighing_shown(desk, seeded)
    assert isinstance(dialog, DiscloseDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    settle()
    room = available(dialog)
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    bar = dialog._scroll.verticalScrollBar()
    if os.environ["PROBE_EXPECT"] == "whole":
        assert bar.maximum() == 0, f"scrolls {bar.maximum()} px in {dialog.size()} of {room}"
    else:
        assert dialog.height() >= room.height() - 2, (dialog.size(), room)
    dialog.reject()
