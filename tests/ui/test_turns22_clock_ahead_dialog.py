"""At unlock with the computer's clock years ahead (turns22): today's date is asked before
anything is expired or written; a wrong date is refused with the reason, the right one lets
the unlock go on (ui/clock_ahead_dialog.py, toestemming/usecases/clock_ahead.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.clock_ahead_dialog import ClockAheadDialog, ask_date_if_clock_ahead

PASS = "correct horse battery staple"
CLOSED = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
WRONG = datetime(2031, 12, 4, 9, 0, tzinfo=UTC)


def _vault(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, clock, kdf=KdfParams())
    svc.people.add_youth(given_name="Noor", family_name="Bakker", birth_date="01-03-2012")
    svc.close()
    return path


def test_unlock_with_a_clock_years_ahead_asks_todays_date_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FixedClock(CLOSED)
    path = _vault(tmp_path, clock)
    clock.set(WRONG)
    svc = Service.open(path, PASS, clock=clock)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        went_on: list[bool] = []
        dialog = ask_date_if_clock_ahead(window, svc, lambda: went_on.append(True))
        assert isinstance(dialog, ClockAheadDialog)
        qtbot.waitExposed(dialog)
        assert svc.read_only
        assert "dagen na het laatste moment" in dialog.reason_label.text()
        dialog.grab().save(str(tmp_path / "clock_ahead.png"))
        # The hurried worker types the real date (2026): refused, the clock must be put right.
        qtbot.keyClicks(dialog.date_field, "05-12-2026")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "04-12-2031" in dialog.error_label.text()
        assert svc.read_only and not went_on
        dialog.date_field.clear()
        qtbot.keyClicks(dialog.date_field, "04-12-2031")  # the gap was real after all
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and went_on == [True]
        assert not svc.read_only
    finally:
        svc.close()


def test_unlock_with_a_clock_that_is_right_asks_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FixedClock(CLOSED)
    path = _vault(tmp_path, clock)
    svc = Service.open(path, PASS, clock=clock)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        assert ask_date_if_clock_ahead(window, svc, lambda: None) is None
        assert not svc.read_only
    finally:
        svc.close()
