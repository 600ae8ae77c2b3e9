"""The desk's way out of a vault held read-only by a clock that ran ahead (session 16): the
banner says why with both moments, the Kluis menu still makes a backup, and 'De klok klopt
nu…' — after a yes — records it and lets the worker write again. A 'no' writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window

ANNA = "correct horse battery staple"
RIGHT = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_the_worker_states_the_clock_is_right_and_works_on(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    clock = FixedClock(RIGHT + timedelta(days=1))  # the laptop ran a day ahead
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    svc.close()
    clock.set(RIGHT)  # and was put right
    service = Service.open(path, ANNA, clock=clock)
    try:
        window = build_main_window(service)
        qtbot.addWidget(window)
        window.show()
        banner = window.clock_banner  # type: ignore[attr-defined]
        assert banner.isVisible()
        text = banner.message_label.text()
        assert "05-12-2026" in text and "04-12-2026" in text, text
        care = window.vault_care  # type: ignore[attr-defined]
        assert care.backup_action.isEnabled()
        # Not "damaged, restore the last backup": that advice would throw sound work away.
        assert not care.damaged_banner.isVisible()
        reply = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
        monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: reply)
        before = _events(service)
        recorded = banner.ask()
        assert recorded is (answer == "yes")
        assert _events(service) == before + (1 if recorded else 0)
        assert banner.isVisible() is not recorded
        assert service.read_only is not recorded
        if recorded:
            service.people.add_youth(given_name="Nu", family_name="Kind", birth_date="1-1-2011")
    finally:
        service.close()
