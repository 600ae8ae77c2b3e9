"""The desk's backup banner on a 1024×600 netbook with 200 % text, read by a worker who uses
the keyboard (or a touch screen): the line was cut with "…" before the date of the last
backup, and the whole text was only in a tooltip (a mouse's hover; a tap showed it for a few
seconds). Now "Alles lezen" unfolds the banner to the whole text, and "Minder" folds it."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui.backup.banners import BackupBanner


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_keyboard_worker_reads_the_whole_cut_banner(
    qtbot: QtBot, qapp: QApplication, service: Service
) -> None:
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        column = QVBoxLayout(window)
        banner = BackupBanner(service)
        column.addWidget(banner)
        column.addStretch(1)
        window.resize(1024, 600)
        banner.refresh()
        window.show()
        qtbot.waitExposed(window)
        settle()
        text = banner.message_label
        assert banner.isVisible() and text.one_line
        assert text.shown_text() != text.text()  # cut on one line: the netbook's fold stays
        one_line_height = banner.height()
        more = banner.more_button
        assert more.isVisible() and more.text() == "Alles lezen"
        # Tab from the window to "Alles lezen", Space unfolds: every word on screen.
        window.activateWindow()
        window.setFocus()
        for _ in range(6):
            if more.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert more.hasFocus()
        qtbot.keyClick(more, Qt.Key.Key_Space)
        settle()
        if os.environ.get("UI22_SHOTS"):
            window.grab().save(os.path.join(os.environ["UI22_SHOTS"], "ui22_banner_open.png"))
        assert not text.one_line and text.shown_text() == text.text()
        assert text.height() >= text.heightForWidth(text.width())  # not cut at the bottom
        assert banner.height() > one_line_height
        assert more.isVisible() and more.hasFocus()
        # Space again: one line, as the netbook's desk needs it.
        qtbot.keyClick(more, Qt.Key.Key_Space)
        settle()
        assert text.one_line and banner.height() == one_line_height
    finally:
        qapp.setFont(normal)
