"""On a 1024×600 netbook with the system's text at 200 % the youth list and Vandaag scrolled
sideways: a new worker saw "Wacht op antwoo" and "Zoë Çelik wacht o", and neither the age
nor what a line was about without scrolling. Now the columns give way in order of
importance (each row's tooltip says the whole row) and Vandaag stacks name and what in one
wrapping column when they do not fit side by side; with room, all columns are back."""

from __future__ import annotations

from consent_fixtures import desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_vault import Seeded

from toestemming.service import Service
from ui.app import build_main_window
from ui.main_window import MainWindow
from ui.today_panel import TodayPanel
from ui.youth_model import YouthTableModel

__all__ = ["desk"]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _netbook(qtbot: object, service: Service) -> MainWindow:
    win = build_main_window(service)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1004, 524)  # 1024×600 less the frame, title bar and taskbar
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    _settle()
    return win


def test_the_lists_do_not_scroll_sideways_on_a_netbook_with_large_text(
    large_text: None, qtbot: object, service: Service, seeded: Seeded
) -> None:
    win = _netbook(qtbot, service)
    win.detail.show_youth(seeded.zoe)
    _settle()
    table, tree = win.table, win.today.tree
    assert table.horizontalScrollBar().maximum() == 0
    assert tree.horizontalScrollBar().maximum() == 0
    # The name is there, and what the hidden columns say is in the row's tooltip.
    header = table.horizontalHeader()
    assert not header.isSectionHidden(YouthTableModel.NAME)
    row = win.model.row_of(seeded.zoe)
    assert row is not None
    zoe = service.people.youth(seeded.zoe)
    tip = win.model.index(row, YouthTableModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert zoe.display_name in tip and f"{zoe.birth_date:%d-%m-%Y}" in tip
    # Vandaag: what the line is about is on the screen, not behind a sideways scroll.
    lines = win.today._lines()
    assert lines
    first = lines[0]
    detail = win.today.line_at(first).detail  # type: ignore[union-attr]
    shown_text = " ".join(first.text(c) for c in range(3) if not tree.header().isSectionHidden(c))
    assert detail in shown_text
    if tree.header().isSectionHidden(TodayPanel.DETAIL):  # stacked: the line wraps whole
        rect = tree.visualItemRect(first)
        need = tree.fontMetrics().boundingRect(
            0, 0, rect.width() - 8, 10_000, Qt.TextFlag.TextWordWrap, first.text(0)
        )
        assert rect.height() >= need.height(), (rect, need)
    assert detail in first.toolTip(TodayPanel.NAME)


def test_with_room_every_column_shows(desk: MainWindow, seeded: Seeded) -> None:
    desk.resize(1900, 1000)
    _settle()
    header = desk.table.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(4))
    today = desk.today.tree.header()
    assert not any(today.isSectionHidden(c) for c in range(3))
    assert desk.today.tree.headerItem().text(TodayPanel.NAME) == "Jongere"
    # Each column at least as wide as its heading, and together the list's width.
    assert sum(header.sectionSize(c) for c in range(4)) == desk.table.viewport().width()
