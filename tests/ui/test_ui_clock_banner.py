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
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window

ANNA = "correct horse battery staple"
RIGHT = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def _with_backup_folder(tmp_path: Path, clock: FixedClock) -> tuple[Service, Path]:
    """A new vault whose automatic backups go to a folder of their own."""
    service, _ = Service.create(
        tmp_path / "kluis.tvault", "School", "Anna", ANNA, clock, KdfParams()
    )
    folder = tmp_path / "kopieen"
    folder.mkdir()
    service.backups.set_folder(folder)
    return service, folder


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
        dialog = care.open_backup()  # the backup first: made, and said not to be recorded
        assert dialog is not None
        dialog.path_field.setText(str(tmp_path / "kopie.tbackup"))
        dialog.start()
        qtbot.waitUntil(lambda: "Niet vastgelegd" in dialog.result_label.text(), timeout=60_000)
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


def test_a_last_backup_dated_ahead_does_not_hold_off_the_schedule(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The automatic backup waits SCHEDULE_HOURS after the last one; one dated a month ahead
    (the clock ran ahead, was put right) held it off for that month."""
    clock = FixedClock(RIGHT + timedelta(days=30))
    service, folder = _with_backup_folder(tmp_path, clock)
    path = service.vault.path
    try:
        service.backups.create(folder / "vooruit.tbackup")
        window = build_main_window(service)
        qtbot.addWidget(window)
        care = window.vault_care  # type: ignore[attr-defined]
        assert not care.check_schedule()  # just made
        clock.set(RIGHT + timedelta(days=30, minutes=-3))  # a little drift: still just made
        assert not care.check_schedule()
    finally:
        service.close()
    clock.set(RIGHT)  # put right; the clock stated right, so the vault writes again
    service = Service.open(path, ANNA, clock=clock)
    try:
        service.clock_right.confirm()
        window = build_main_window(service)
        qtbot.addWidget(window)
        care = window.vault_care  # type: ignore[attr-defined]
        assert care.check_schedule()  # due: that date says nothing about its age
        task = care.scheduled_task
        with qtbot.waitSignal(task.succeeded, timeout=60_000):
            pass
    finally:
        service.close()


def test_a_clock_set_back_while_the_desk_is_open_shows_the_banner_and_backs_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Session 17: the clock set back while the desk is open. The next write is refused (the
    same words as at open), the banner comes up with its way out, the damaged banner does not,
    and the automatic backup still runs — once, not recorded, not again at the next poll."""
    clock = FixedClock(RIGHT)
    service, _ = _with_backup_folder(tmp_path, clock)
    try:
        window = build_main_window(service)
        qtbot.addWidget(window)
        window.show()
        banner = window.clock_banner  # type: ignore[attr-defined]
        care = window.vault_care  # type: ignore[attr-defined]
        assert not banner.isVisible()
        clock.set(RIGHT - timedelta(days=7))
        before = _events(service)
        with pytest.raises(ToestemmingError) as refused:
            service.people.add_youth(given_name="Terug", family_name="Kind", birth_date="1-1-2011")
        assert "teruggezet" in str(refused.value)
        qtbot.waitUntil(banner.isVisible, timeout=5_000)
        assert "04-12-2026" in banner.message_label.text()
        assert not care.damaged_banner.isVisible()
        assert care.backup_action.isEnabled()
        assert care.check_schedule()  # read-only for the clock alone: the backup runs
        with qtbot.waitSignal(care.scheduled_task.succeeded, timeout=60_000):
            pass
        qtbot.waitUntil(lambda: care.scheduled_task is None, timeout=5_000)
        assert care.last_scheduled_backup.recorded is False
        assert not care.check_schedule()  # made just now (in memory): not at every poll
        assert _events(service) == before
    finally:
        service.close()
