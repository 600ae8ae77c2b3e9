"""The probe's words_whole check (probe_s9.py) sees what it is for: a wrapping table whose
narrow last column would break "ouders/vertegenwoordigers" in the middle is reported; the
same table with room for the word is not."""

from __future__ import annotations

from probe_s9 import words_whole
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot


def _window(qtbot: QtBot, last_column: int) -> QWidget:
    window = QWidget()  # the probe looks at what a window holds
    qtbot.addWidget(window)
    table = QTableWidget(1, 2)
    QVBoxLayout(window).addWidget(table)
    table.setWordWrap(True)
    table.setItem(0, 0, QTableWidgetItem("Gemeente Utrecht"))
    table.setItem(0, 1, QTableWidgetItem("gedeeld met ouders/vertegenwoordigers"))
    table.setColumnWidth(0, 140)
    table.setColumnWidth(1, last_column)
    window.resize(140 + last_column + 80, 200)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_word_wider_than_its_column_is_reported(qtbot: QtBot) -> None:
    problems = words_whole(_window(qtbot, 70))
    assert len(problems) == 1 and "ouders/vertegenwoordigers" in problems[0]


def test_a_column_with_room_for_every_word_passes(qtbot: QtBot) -> None:
    window = _window(qtbot, 60)
    table = window.findChild(QTableWidget)
    word = table.fontMetrics().horizontalAdvance("ouders/vertegenwoordigers")
    table.setColumnWidth(1, word + 20)
    assert words_whole(window) == []
