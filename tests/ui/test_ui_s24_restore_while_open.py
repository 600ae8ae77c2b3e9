"""A restore made from the open desk (Kluis › Reservekopie terugzetten) to a new place, then the
desk locked, then the restored copy opened: no "oudere kopie … teruggezet", not read-only
(review33 finding 2; tests/test_attack_s24_restore_while_open.py has the rest)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.app import build_main_window
from ui.backup import RestoreDialog


def test_the_copy_restored_from_the_open_desk_opens_as_a_writer(
    qtbot: QtBot, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    backup = service.backups.create(tmp_path / "oud.tbackup").path
    service.people.add_youth(given_name="Later", family_name="Kind", birth_date="02-02-2010")
    window = build_main_window(service)
    qtbot.addWidget(window)
    dialog = window.vault_care.open_restore()  # type: ignore[attr-defined]
    assert isinstance(dialog, RestoreDialog)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    target = tmp_path / "terug" / "kluis.tvault"
    target.parent.mkdir()
    dialog.backup_field.setText(str(backup))
    dialog.target_field.setText(str(target))
    dialog.secret_field.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: bool(restored) or bool(dialog.error_label.text()), timeout=60_000)
    assert restored == [target], dialog.error_label.text()
    dialog.close()
    window.close()
    service.close()  # the desk is locked: its log, longer than the copy's, is recorded
    copy = Service.open(target, PASSPHRASE, clock=clock)
    try:
        assert copy.seen_head_problems == [] and not copy.read_only
    finally:
        copy.close()
