"""A worker who chose "Alleen lezen" at a clock far ahead (session 21, attack round 7).

Before: the 'Datum van vandaag' window (ui/clock_ahead_dialog.py) closed with "Alleen lezen"
left the desk read-only without a word why: no banner (the clock banner knew only a clock
behind the log), no way back to the question but locking and unlocking, and the backup action
greyed out although a backup is exactly what is wanted then — and the "damaged vault" banner
told the worker to restore the last backup.

Now: the clock banner says why (the clock's date, how many days after the log) and offers
"Datum van vandaag…" again; a backup can be made (not recorded); once the date is confirmed
the banner goes and the unlock goes on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window
from ui.clock_ahead_dialog import ClockAheadDialog

PASS = "correct horse battery staple"
CLOSED = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
WRONG = datetime(2031, 12, 4, 9, 0, tzinfo=UTC)


def test_read_only_after_the_date_question_says_why_and_asks_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FixedClock(CLOSED)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, clock, kdf=KdfParams())
    svc.people.add_youth(given_name="Noor", family_name="Bakker", birth_date="01-03-2012")
    svc.close()
    clock.set(WRONG)
    svc = Service.open(path, PASS, clock=clock)
    try:
        window = build_main_window(svc)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        care = window.vault_care  # type: ignore[attr-defined]
        care.after_unlock()
        dialog = care.clock_ahead
        assert isinstance(dialog, ClockAheadDialog)
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and svc.read_only
        banner = window.clock_banner  # type: ignore[attr-defined]
        assert banner.isVisible(), "read-only without a word why"
        # Not "beschadigd: zet een reservekopie terug" (that would throw away sound work).
        assert not care.damaged_banner.isVisible()
        text = banner.message_label.text()
        assert "04-12-2031" in text and "27-11-2026" in text and "Alleen-lezen" in text
        assert banner.date_button.isVisible() and not banner.confirm_button.isVisible()
        assert care.backup_action.isEnabled()
        window.grab().save(str(tmp_path / "clock_ahead_banner.png"))
        again = banner.ask_date()
        qtbot.waitExposed(again)
        qtbot.keyClicks(again.date_field, "04-12-2031")
        qtbot.mouseClick(again.confirm_button, Qt.MouseButton.LeftButton)
        assert not again.isVisible()
        assert not svc.read_only and not banner.isVisible()
        events = svc.vault.db.query("SELECT kind FROM events ORDER BY seq DESC LIMIT 3")
        assert "clock.ahead_confirmed" in [str(k) for (k,) in events]
    finally:
        svc.close()


def test_the_date_window_asks_the_timestamp_authority_before_it_confirms(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The worker copies "04-12-2031" off the screen's clock; the configured TSA says it is
    2026: refused with the TSA's time, nothing written, still read-only."""
    from tsa_support import local_tsa

    from ui.clock_ahead_dialog import ask_date_if_clock_ahead

    clock = FixedClock(CLOSED)
    path = tmp_path / "kluis.tvault"
    with local_tsa(at=datetime(2026, 12, 4, 9, 0, tzinfo=UTC)) as tsa:
        svc, _ = Service.create(path, "School", "Anna", PASS, clock, kdf=KdfParams())
        svc.trusted_time.set_url(tsa.url)
        svc.close()
        clock.set(WRONG)
        svc = Service.open(path, PASS, clock=clock)
        try:
            window = build_main_window(svc)
            qtbot.addWidget(window)
            dialog = ask_date_if_clock_ahead(window, svc, lambda: None)
            assert isinstance(dialog, ClockAheadDialog)
            before = svc.vault.db.scalar("SELECT count(*) FROM events")
            qtbot.keyClicks(dialog.date_field, "04-12-2031")
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            # (core25: the TSA is asked in the background; the window stays responsive)
            qtbot.waitUntil(lambda: dialog.error_label.isVisible())
            assert dialog.isVisible() and not dialog.busy
            assert "tijdstempeldienst" in dialog.error_label.text()
            assert "04-12-2026" in dialog.error_label.text()
            # The reason stays whole above the error (the window grows with it).
            label = dialog.reason_label
            assert label.height() >= label.heightForWidth(label.width())
            assert svc.read_only
            assert svc.vault.db.scalar("SELECT count(*) FROM events") == before
            dialog.grab().save(str(tmp_path / "clock_ahead_tsa.png"))
        finally:
            svc.close()
