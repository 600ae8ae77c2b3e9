"""Restoring from inside the open vault (Kluis › Reservekopie terugzetten) holds the backup
against that vault: a backup older than what the vault signed since is said in the result,
not only "teruggezet en gecontroleerd" (session 13, tests/test_attack_s13_backup_older.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE

from toestemming.service import Service
from ui.app import build_main_window
from ui.backup import RestoreDialog


def test_restore_from_the_open_vault_says_the_backup_is_older(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    backup = service.backups.create(tmp_path / "oud.tbackup").path
    service.people.add_youth(given_name="Later", family_name="Kind", birth_date="02-02-2010")
    window = build_main_window(service)
    qtbot.addWidget(window)
    dialog = window.vault_care.open_restore()  # type: ignore[attr-defined]
    assert isinstance(dialog, RestoreDialog)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.backup_field.setText(str(backup))
    dialog.target_field.setText(str(tmp_path / "terug.tvault"))
    dialog.secret_field.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: bool(restored) or bool(dialog.error_label.text()), timeout=60_000)
    assert restored == [tmp_path / "terug.tvault"], dialog.error_label.text()
    text = dialog.result_label.text()
    assert "teruggezet en gecontroleerd" in text
    assert "ouder dan de kluis die nu in gebruik is" in text, text
    dialog.close()
