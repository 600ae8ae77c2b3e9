"""The backup UI: warning banner, 'make a backup now', restore into a new place, and the banner
of a damaged vault opened read-only. Real vault, real widgets (offscreen), real files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles, damaged_copy

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.backup import BackupBanner, BackupDialog, DamagedVaultBanner, RestoreDialog


def test_banner_warns_until_a_backup_is_made(
    qtbot: QtBot, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    banner = BackupBanner(service)
    qtbot.addWidget(banner)
    banner.resize(900, 60)
    banner.refresh()
    assert not banner.isHidden()
    assert "nog geen geverifieerde reservekopie" in banner.message_label.text()

    dialog = BackupDialog(service, directory=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path_field.text().endswith(".tbackup")
    made: list[object] = []
    dialog.backup_made.connect(made.append)
    dialog.start()
    qtbot.waitUntil(lambda: bool(made) or bool(dialog.error_label.text()), timeout=30_000)
    assert made and dialog.error_label.text() == ""
    assert "gemaakt en gecontroleerd" in dialog.result_label.text()
    assert Path(dialog.path_field.text()).is_file()
    dialog.resize(620, 260)

    banner.refresh()
    assert banner.isHidden()
    clock.advance(timedelta(days=8))
    banner.refresh()
    assert not banner.isHidden()
    assert "ouder dan 7 dagen" in banner.message_label.text()
    requested: list[bool] = []
    banner.backup_requested.connect(lambda: requested.append(True))
    banner.backup_button.click()
    assert requested == [True]


def test_backup_dialog_shows_a_dutch_error(qtbot: QtBot, service: Service, tmp_path: Path) -> None:
    (tmp_path / "bezet.tbackup").write_bytes(b"x")
    dialog = BackupDialog(service, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_field.setText(str(tmp_path / "bezet.tbackup"))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30_000)
    assert "nieuwe naam" in dialog.error_label.text()
    assert dialog.make_button.isEnabled()


def test_restore_dialog_restores_into_a_new_place(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    backup = service.backups.create(tmp_path / "kopie.tbackup").path
    dialog = RestoreDialog(directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(640, 300)
    dialog.backup_field.setText(str(backup))
    dialog.target_field.setText(str(tmp_path / "terug.tvault"))
    dialog.secret_field.setText("niet de goede wachtwoordzin")
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30_000)
    assert "wachtwoordzin klopt niet" in dialog.error_label.text()
    assert not (tmp_path / "terug.tvault").exists()

    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.secret_field.setText(PASSPHRASE)
    dialog.start()
    assert dialog.secret_field.text() == ""  # the secret does not stay in the widget
    qtbot.waitUntil(lambda: bool(restored) or bool(dialog.error_label.text()), timeout=30_000)
    assert restored == [tmp_path / "terug.tvault"]
    assert "teruggezet en gecontroleerd" in dialog.result_label.text()
    again = Service.open(tmp_path / "terug.tvault", PASSPHRASE, check=True)
    try:
        assert again.health_report is not None and again.health_report.ok
    finally:
        again.close()


def test_damaged_vault_banner(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, tmp_path: Path
) -> None:
    damaged = damaged_copy(vault, tmp_path)
    svc = Service.open(damaged, PASSPHRASE, clock=clock, check=True)
    try:
        banner = DamagedVaultBanner(svc)
        qtbot.addWidget(banner)
        banner.resize(900, 70)
        banner.refresh()
        assert svc.read_only and not banner.isHidden()
        assert "alleen-lezen" in banner.message_label.text()
        assert "Reservekopie terugzetten" in banner.details_text()
        asked: list[bool] = []
        banner.restore_requested.connect(lambda: asked.append(True))
        banner.restore_button.click()
        assert asked == [True]
    finally:
        svc.close()
