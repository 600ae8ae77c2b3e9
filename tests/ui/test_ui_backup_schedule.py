"""The automatic backup on a schedule: due when the last verified backup is a day old (by the
injected clock), made off the GUI thread into the chosen folder, not repeated before it is
due again, never in a read-only vault or without a folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.app import build_main_window
from ui.vault_care import SCHEDULE_HOURS, VaultCare


def test_scheduled_backup_runs_when_due_and_only_then(
    qtbot: QtBot, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    window = build_main_window(service)
    qtbot.addWidget(window)
    care = window.vault_care  # type: ignore[attr-defined]
    assert isinstance(care, VaultCare)
    assert not care.check_schedule()  # no folder chosen: nothing to do

    folder = tmp_path / "kopieen"
    folder.mkdir()
    service.backups.set_folder(folder)
    assert care.check_schedule()  # never backed up: due now
    task = care.scheduled_task
    assert task is not None
    assert not care.check_schedule()  # one at a time
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        pass
    assert care.scheduled_task is None and len(list(folder.glob("*.tbackup"))) == 1
    assert service.backups.status().last_verified_at == clock.now()
    assert "reservekopie" in window.statusBar().currentMessage()

    clock.advance(timedelta(hours=SCHEDULE_HOURS - 1))
    assert not care.check_schedule()  # not yet a day old
    clock.advance(timedelta(hours=1))
    assert care.check_schedule()
    second = care.scheduled_task
    assert second is not None
    with qtbot.waitSignal(second.succeeded, timeout=60_000):
        pass
    assert len(list(folder.glob("*.tbackup"))) == 2
    with qtbot.waitSignal(window.closed, timeout=60_000):  # closing makes one more backup
        window.close()
    assert len(list(folder.glob("*.tbackup"))) == 3
