"""Restoring from inside the open vault (Kluis › Reservekopie terugzetten) holds the backup
against that vault: a backup older than what the vault signed since is said in the result,
not only "teruggezet en gecontroleerd" (session 13, tests/test_attack_s13_backup_older.py).
And the copy restored there, opened after the desk was locked, is no rollback (review33
finding 2; tests/test_attack_s24_restore_while_open.py has the rest)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.app import build_main_window
from ui.backup import RestoreDialog


def _restored_in_the_open_desk(
    qtbot: QtBot, service: Service, tmp_path: Path, target: Path
) -> RestoreDialog:
    """Last week's backup, a youth added since, then restored to `target` from the window."""
    backup = service.backups.create(tmp_path / "oud.tbackup").path
    service.people.add_youth(given_name="Later", family_name="Kind", birth_date="02-02-2010")
    window = build_main_window(service)
    qtbot.addWidget(window)
    dialog = window.vault_care.open_restore()  # type: ignore[attr-defined]
    assert isinstance(dialog, RestoreDialog)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.backup_field.setText(str(backup))
    dialog.target_field.setText(str(target))
    dialog.secret_field.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: bool(restored) or bool(dialog.error_label.text()), timeout=60_000)
    assert restored == [target], dialog.error_label.text()
    return dialog


def test_restore_from_the_open_vault_says_the_backup_is_older(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    dialog = _restored_in_the_open_desk(qtbot, service, tmp_path, tmp_path / "terug.tvault")
    text = dialog.result_label.text()
    assert "teruggezet en gecontroleerd" in text
    assert "ouder dan de kluis die nu in gebruik is" in text, text
    dialog.close()


def test_the_copy_restored_from_the_open_desk_opens_as_a_writer(
    qtbot: QtBot, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    target = tmp_path / "terug" / "kluis.tvault"
    target.parent.mkdir()
    dialog = _restored_in_the_open_desk(qtbot, service, tmp_path, target)
    dialog.close()
    dialog.parent().close()  # (the main window)
    service.close()  # the desk is locked: its log, longer than the copy's, is recorded
    copy = Service.open(target, PASSPHRASE, clock=clock)
    try:
        assert copy.seen_head_problems == [] and not copy.read_only
    finally:
        copy.close()
