"""The Logboek on a narrow window (an 800 px tablet, or a laptop with large text): the last
column, Verzoek, holds codes like TS-58HT-ZV10-F2QK. Wrapped in a one-line row, a code was
broken in the middle and only its first part shown; now a cell that does not fit ends in
"…" and its tooltip holds all of it."""

from __future__ import annotations

from probe_s9 import words_whole
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui.activity_log import ActivityLogDialog


def test_codes_are_never_broken_and_always_readable(qtbot: QtBot, service: Service) -> None:
    dialog = ActivityLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(560, 500)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    codes = [
        table.item(row, 4)
        for row in range(table.rowCount())
        if table.item(row, 4) is not None and table.item(row, 4).text().startswith("TS-")
    ]
    assert codes, "the seeded vault logs requests with a code"
    assert words_whole(dialog) == []
    for item in codes:
        assert item.toolTip() == item.text()
