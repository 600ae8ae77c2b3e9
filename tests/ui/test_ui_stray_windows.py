"""No widget of the youth page ever becomes a window of its own.

A worker who clicks quickly from one youth to the next (or a refresh right after a change)
rebuilt the parents' lines twice before the event loop ran: the first lines, taken off the
page with setParent(None), were still due to be shown (Qt shows a widget added to a shown
layout on the next pass of the loop) and popped up as small windows of their own, each with
a parent's name or e-mail address, outside the desk and outside the lock. They also became
the active window, so the next error dialog was parented to one of them and vanished with it
(tests/ui/test_ui_error_language.py failed after test_ui_log_leak.py)."""

from __future__ import annotations

from consent_fixtures import desk
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from ui.main_window import MainWindow

__all__ = ["desk"]


def _visible_windows(desk: MainWindow) -> dict[int, str]:
    return {
        id(w): f"{type(w).__name__}: {getattr(w, 'text', lambda: '')()!r}"
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not desk and not isinstance(w, QMainWindow)
    }


def _stray_windows(desk: MainWindow, before: dict[int, str]) -> list[str]:
    """Windows that came up during the clicks (in a full run, an earlier test's window — a
    signing mode left open — may still be shown: not this page's doing)."""
    return [text for key, text in _visible_windows(desk).items() if key not in before]


def test_quick_clicks_between_youths_open_no_stray_windows(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    before = _visible_windows(desk)
    desk.detail.show_youth(seeded.zoe)  # two parents: four lines
    # Before the event loop runs: the hurried worker's next click, then back again.
    desk.detail.show_youth(seeded.mehmet)
    desk.detail.show_youth(seeded.zoe)
    desk.detail.show_youth(seeded.zoe)
    for _ in range(5):
        QApplication.processEvents()
    assert _stray_windows(desk, before) == []
    shown = [label.text() for label in desk.detail.rep_labels if label.isVisible()]
    assert any("Ayşe" in text for text in shown), shown
