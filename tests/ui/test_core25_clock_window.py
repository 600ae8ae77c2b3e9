"""The desk's date window (a clock far ahead at unlock) and the timestamp authority (core25).

Before: the TSA was asked on the GUI thread when the worker pressed "Bevestigen" — the whole
desk froze for up to the TSA's timeout (5 s) with no word why; and a desk without a TSA could
set up its only second opinion from the CLI alone (atk23 built the rule: the first TSA passes
the hold). Now the TSA is asked in the background, the button saying "Tijd navragen…", and the
window has a field to set up the first TSA, with a few Dutch words on what one is."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tsa_support import local_tsa

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window
from ui.clock_ahead_dialog import ClockAheadDialog, ask_date_if_clock_ahead

PASS = "correct horse battery staple"
CLOSED = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
WRONG = datetime(2031, 12, 4, 9, 0, tzinfo=UTC)


def _held(tmp_path: Path, url: str | None) -> Service:
    clock = FixedClock(CLOSED)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, clock, kdf=KdfParams())
    if url:
        svc.trusted_time.set_url(url)
    svc.close()
    clock.set(WRONG)
    return Service.open(path, PASS, clock=clock)


def _events(svc: Service) -> list[str]:
    return [str(k) for (k,) in svc.vault.db.query("SELECT kind FROM events ORDER BY seq")]


def test_a_slow_tsa_never_freezes_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """The TSA takes its time: the click comes back at once, the button says it waits, nothing
    is written yet; when the TSA answers (it agrees: the gap was real) the date is recorded."""
    with local_tsa(at=WRONG) as tsa:
        svc = _held(tmp_path, tsa.url)
        tsa.gate = threading.Event()
        asked = tsa.count  # (the checkpoints stamped when the vault was made)
        try:
            window = build_main_window(svc)
            qtbot.addWidget(window)
            went_on: list[bool] = []
            dialog = ask_date_if_clock_ahead(window, svc, lambda: went_on.append(True))
            assert isinstance(dialog, ClockAheadDialog)
            assert not dialog.tsa_box.isVisible()  # a TSA is set: nothing to set up
            before = _events(svc)
            qtbot.keyClicks(dialog.date_field, "04-12-2031")
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            # Back at once, while the TSA has not answered: the desk is not frozen.
            assert dialog.busy and not tsa.gate.is_set()
            assert not dialog.confirm_button.isEnabled()
            assert dialog.confirm_button.text() == "Tijd navragen…"
            dialog.grab().save(str(tmp_path / "clock_ahead_asking.png"))
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # impatient
            assert _events(svc) == before and svc.read_only
            tsa.gate.set()
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
            assert went_on == [True] and not svc.read_only
            assert _events(svc)[len(before) :] == ["clock.ahead_confirmed"]
            assert tsa.count == asked + 1  # asked once, however often she clicked
        finally:
            svc.close()


def test_the_first_tsa_is_set_up_in_the_window_and_holds_the_date(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """No TSA yet: the window explains what one is and takes its address. Set up (its time
    shown), it is the second opinion: the screen clock's 2031 is refused with the TSA's 2026."""
    with local_tsa(at=datetime(2026, 12, 4, 9, 0, tzinfo=UTC)) as tsa:
        svc = _held(tmp_path, None)
        try:
            window = build_main_window(svc)
            qtbot.addWidget(window)
            dialog = ask_date_if_clock_ahead(window, svc, lambda: None)
            assert isinstance(dialog, ClockAheadDialog)
            qtbot.waitExposed(dialog)
            assert dialog.tsa_box.isVisible()
            assert (
                "tijdstempeldienst (TSA)"
                in dialog.tsa_box.findChildren(type(dialog.reason_label))[0].text()
            )
            before = _events(svc)
            qtbot.mouseClick(dialog.tsa_button, Qt.MouseButton.LeftButton)  # no address typed
            assert "adres" in dialog.error_label.text() and _events(svc) == before
            qtbot.keyClicks(dialog.tsa_field, tsa.url)
            qtbot.mouseClick(dialog.tsa_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.tsa_label.isVisible(), timeout=10_000)
            assert "04-12-2026" in dialog.tsa_label.text()
            assert svc.trusted_time.url() == tsa.url
            assert svc.read_only  # the hold stays: the date is still to be confirmed
            dialog.grab().save(str(tmp_path / "clock_ahead_tsa_set.png"))

            qtbot.keyClicks(dialog.date_field, "04-12-2031")
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy)
            assert "04-12-2026" in dialog.error_label.text()
            assert dialog.isVisible() and svc.read_only
            assert "clock.ahead_confirmed" not in _events(svc)
        finally:
            svc.close()
