"""Gegevens delen when no consent covers it, with the system's text at 200 %: the weighing
(stappenplan) opens under the answer. Before, the dialog squeezed its four steps over each
other (the dialog was taller than the screen and had nothing to scroll), and the check box
"Stap 3: alleen buitenkantinformatie …" stayed one line of 887 px (a QCheckBox never
wraps), wider than its column. Now the form scrolls above fixed buttons and the check box
wraps; it still ticks by a click on its words and by the space bar, and keeps its Alt+B."""

from __future__ import annotations

from pathlib import Path

import pytest
from consent_fixtures import activate, desk
from probe_checks import no_overlap, rect_in, text_not_cut
from probe_child import run_on_screen
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from ui.consent.disclose import DiscloseDialog
from ui.main_window import MainWindow
from ui.screen_fit import available

__all__ = ["desk"]


def _weighing(qtbot: QtBot, desk: MainWindow, seeded: Seeded) -> DiscloseDialog:
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_disclose()
    assert isinstance(dialog, DiscloseDialog)
    for combo, text in (
        (dialog.recipient_combo, "RBL Utrecht"),
        (dialog.purpose_combo, "Overstap"),
    ):
        combo.setCurrentIndex(combo.findText(text))
    next(iter(dialog.category_boxes.values())).setChecked(True)  # asked, not given: no cover
    qtbot.waitExposed(dialog)
    activate(dialog)
    qtbot.waitUntil(dialog.weighing.isVisible, timeout=2000)
    for _ in range(3):
        QApplication.processEvents()
    return dialog


def test_the_weighing_at_200_percent_fits_and_nothing_lies_over_anything(
    qtbot: QtBot, large_text: None, desk: MainWindow, seeded: Seeded
) -> None:
    dialog = _weighing(qtbot, desk, seeded)
    room = available(dialog)
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert dialog.minimumSizeHint().height() <= room.height(), dialog.minimumSizeHint()
    assert no_overlap(dialog) == []
    assert text_not_cut(dialog) == []
    box = dialog.dat_only_box
    column = box.parentWidget()
    assert column is not None
    assert rect_in(box, column).right() <= column.width(), (box.width(), column.width())
    # The buttons stay in view while the weighing scrolls.
    window = dialog.rect()
    assert window.contains(rect_in(dialog.save_button, dialog))


def test_the_wrapped_check_box_still_ticks_by_mouse_and_keyboard(
    qtbot: QtBot, large_text: None, desk: MainWindow, seeded: Seeded
) -> None:
    dialog = _weighing(qtbot, desk, seeded)
    box = dialog.dat_only_box
    assert isinstance(box, QCheckBox)
    assert box.accessibleName() == (
        "Stap 3: alleen buitenkantinformatie (dát de jongere bekend is, niet wát)"
    )
    assert box.height() > 2 * box.fontMetrics().height()  # it wraps at this width
    # A click on a word of its second line ticks it, as on a check box's own text.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 3, box.height() - 8))
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert box.shortcut().toString() == "Alt+B"  # its mnemonic survives the wrapping
    dialog.reject()


@pytest.mark.parametrize(
    "width, height, text_size, expect",
    [(1920, 1080, 1.0, "whole"), (1920, 1080, 1.5, "scrolls"), (1366, 768, 2.0, "scrolls")],
)
def test_the_dialog_grows_for_the_weighing_within_the_screen(
    width: int, height: int, text_size: float, expect: str, tmp_path: Path
) -> None:
    """Before, the scrolling form stayed at the dialog's 640 px where the room was taller
    (1920×1080 with 150 % text), the weighing behind a scroll bar; now the dialog takes the
    room it has (and scrolls only past it); at the usual text the weighing shows whole."""
    env = {
        "PROBE_SCREEN": f"{width}x{height}",
        "PROBE_LANG": "nl",
        "PROBE_FONT": str(text_size),
        "PROBE_EXPECT": expect,
    }
    done = run_on_screen("disclose_weighing_screen.py", width, height, tmp_path, env)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
