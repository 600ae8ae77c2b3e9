"""A worker saves the activity log's CSV and picks the vault's own key file in the save dialog
(the dialog asks "replace?", a hurried worker says yes): write_private replaced it and the vault
could never be opened again. Now the dialog shows the Dutch refusal and the file stays as it
was (session 14; the core rule is tests/test_attack_s14_cli_targets.py)."""

from __future__ import annotations

import hashlib

from consent_fixtures import desk
from pytestqt.qtbot import QtBot
from test_ui_privacy_view import open_log
from ui_vault import Seeded

from toestemming.service import Service
from toestemming.store.header import header_path
from ui.main_window import MainWindow

__all__ = ["desk"]


def test_saving_the_log_over_the_key_file_is_refused_in_the_dialog(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    dialog = open_log(qtbot, desk)
    keys = header_path(service.vault.path)
    before = hashlib.sha256(keys.read_bytes()).hexdigest()
    assert dialog.save_csv(keys) is None
    assert "bestand van een kluis" in dialog.message.text(), dialog.message.text()
    assert hashlib.sha256(keys.read_bytes()).hexdigest() == before
