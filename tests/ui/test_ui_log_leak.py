"""The window's demo flows leave no personal value in the log, and an unexpected exception goes
through the one excepthook: a Dutch dialog, a log entry without its text, the app usable.

The demo vault is opened in the main window; every menu action and every button on a youth's
page is triggered once (each dialog closed again, as the installed app's self-test does), and a bug is
simulated in a slot with a name in its exception message. Then the log is searched for every
personal value of the demo data (tests/test_applog.py collects them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from toestemming.devtools.demo import DEMO_PASSPHRASE, create_demo_vault
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui import crash
from ui.app import build_main_window
from ui.selftest import _click_every_page_button, _Closer, _Links, _trigger_every_action

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_applog import hits, log_dir, personal_values, read_log

__all__ = ["log_dir"]  # the fixture, imported for pytest


def test_window_flows_and_a_bug_leave_no_personal_value_in_the_log(
    qtbot: QtBot, tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = create_demo_vault(tmp_path / "demo.tvault", kdf=KdfParams())
    values = personal_values(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install_excepthook()

    service = Service.open(path, DEMO_PASSPHRASE)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    links = _Links()
    keep = {id(window)}
    closer = _Closer(lambda: keep)
    try:
        window.table.setCurrentIndex(window.model.index(0, 0))
        QApplication.processEvents()
        assert _trigger_every_action(window, keep, closer.seen) > 15
        window.table.setCurrentIndex(window.model.index(0, 0))
        assert _click_every_page_button(window, keep, closer.seen) >= 3
        youth = window.model.youth_at(0)
        assert youth is not None

        # A bug in a slot, with a name and a date of birth in the exception message.
        def buggy_slot() -> None:
            raise KeyError(f"{youth.given_name} {youth.family_name} {youth.birth_date}")

        QTimer.singleShot(0, buggy_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        closer.stop()
        links.restore()
    # Every window the flows opened is closed again, signing mode included: one left up stayed
    # on top and took the next test's error dialog (test_ui_error_language after this one).
    others = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and not isinstance(w, QMenu)
    ]
    assert others == []
    # The dialog: Dutch, the code, no details; and the app goes on.
    assert "Er ging onverwacht iets mis" in shown[-1] and "Foutcode: KeyError" in shown[-1]
    assert youth.given_name not in shown[-1]
    window.refresh()
    assert window.model.rowCount() > 0 and window.isVisible()
    window.close_now()

    text = read_log(log_dir)
    assert "onverwachte fout: KeyError" in text and "tekst weggelaten" in text
    assert hits(text, values) == []
