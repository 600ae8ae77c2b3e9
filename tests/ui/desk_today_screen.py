"""Vandaag on the screen this process has (not collected by itself: test_ui_s17_today_lines.py
runs it in a child process with one offscreen screen and PROBE_FONT the system's text size):
the main window maximised as a worker opens it, before and after choosing a youth. Vandaag
must show its heading and at least LINES lines of its worklists whole, not one line."""

from __future__ import annotations

import os
from pathlib import Path

from consent_fixtures import desk
from desk_fold_screen import maximise
from probe_screen_s9 import language, settle
from PySide6.QtWidgets import QTreeWidgetItemIterator
from ui_vault import Seeded

from ui.main_window import MainWindow

__all__ = ["desk", "language"]

LINES = 3


def test_vandaag_shows_several_lines(desk: MainWindow, seeded: Seeded) -> None:
    maximise(desk)
    for step in ("list", "page"):
        if step == "page":
            desk.detail.show_youth(seeded.zoe)
            settle()
        if os.environ.get("PROBE_SHOTS"):
            desk.grab().save(str(Path(os.environ["PROBE_SHOTS"]) / f"today_{step}.png"))
        tree = desk.today.tree
        assert tree.isVisible()
        viewport = tree.viewport().rect()
        whole = 0
        it = QTreeWidgetItemIterator(tree)
        while it.value() is not None:
            place = tree.visualItemRect(it.value())
            if place.isValid() and viewport.contains(place.adjusted(0, 0, -place.width() + 1, 0)):
                whole += 1
            it += 1
        assert whole >= LINES, f"{step}: Vandaag shows {whole} whole lines in {viewport}"
        # The list of youths keeps its rows too: a few names in view.
        table = desk.table
        rows = table.viewport().height() // max(1, table.rowHeight(0))
        assert rows >= LINES, f"{step}: the youth list shows {rows} rows"
