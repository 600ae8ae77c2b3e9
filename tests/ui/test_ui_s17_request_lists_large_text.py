"""Nieuw verzoek with the system's text at 200 %: the three lists (Doelen, Ontvangers,
Gegevens) cut their names off with "…" ("Begeleiding naar…", "Contactgegeven…") and the
tooltip only gave the description, so a worker could not read which data kind she ticks.
Now a name wraps at its spaces and each list is at least as wide as its longest word."""

from __future__ import annotations

from consent_fixtures import desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.checklist import CheckList
from ui.main_window import MainWindow

__all__ = ["desk"]


def _tick_room(view: CheckList) -> int:
    """A line's pixels that are not its text (tick box, spacing, margins), from the style."""
    style = view.style()
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
    spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return box + spacing + 4 * margin


def test_names_in_the_request_lists_are_whole_at_200_percent(
    qtbot: QtBot, large_text: None, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    service.catalog.add_category(
        "support", "Ondersteuningsbehoefte", "Welke hulp je nodig hebt.", "wat", False
    )
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    for view in (dialog.purpose_list, dialog.recipient_list, dialog.category_list):
        assert isinstance(view, CheckList)
        metrics = view.fontMetrics()
        line = metrics.height()
        for i in range(view.count()):
            item = view.item(i)
            place = view.visualItemRect(item)
            text_room = place.width() - _tick_room(view)
            words = item.text().split()
            assert max(metrics.horizontalAdvance(w) for w in words) <= text_room, item.text()
            lines = metrics.boundingRect(
                0, 0, text_room, 10_000, Qt.TextFlag.TextWordWrap, item.text()
            ).height()
            # As many lines as the name needs at this width: wrapped, never cut with "…".
            assert place.height() >= lines, (item.text(), place, lines, line)
            assert place.right() <= view.viewport().width(), (item.text(), place)
    dialog.reject()
