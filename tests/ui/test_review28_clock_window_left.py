"""review28: the date window (a clock far ahead at unlock) asks the TSA in the background
(core25). The worker types the date, clicks Bevestigen, the TSA is slow — and she changes her
mind: "Alleen lezen" (or Esc). Before: when the TSA answered later, the window still recorded
her date (a clock.ahead_confirmed she withdrew), lifted the hold and ran the rest of the
unlock as if she had confirmed: the desk writable behind a choice for reading only. Now a
window left while the TSA is asked records nothing and goes on with nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_core25_clock_window import WRONG, _events, _held
from tsa_support import local_tsa

from ui.app import build_main_window
from ui.clock_ahead_dialog import ClockAheadDialog, ask_date_if_clock_ahead


def test_read_only_chosen_while_the_tsa_is_asked_records_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with local_tsa(at=WRONG) as tsa:
        svc = _held(tmp_path, tsa.url)
        tsa.gate = threading.Event()
        asked = tsa.count
        try:
            window = build_main_window(svc)
            qtbot.addWidget(window)
            went_on: list[bool] = []
            dialog = ask_date_if_clock_ahead(window, svc, lambda: went_on.append(True))
            assert isinstance(dialog, ClockAheadDialog)
            before = _events(svc)
            qtbot.keyClicks(dialog.date_field, "04-12-2031")
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            assert dialog.busy
            qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)  # changed her mind
            assert not dialog.isVisible()
            tsa.gate.set()
            # (not busy: the answer's slot has run — it would have confirmed right after)
            qtbot.waitUntil(lambda: tsa.count == asked + 1 and not dialog.busy, timeout=10_000)
            assert _events(svc) == before, "her date was recorded after she chose to only read"
            assert svc.read_only and went_on == []
        finally:
            svc.close()
