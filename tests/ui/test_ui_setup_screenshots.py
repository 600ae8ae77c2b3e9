"""The management screenshots keep rendering: set-up, recovery key, settings, CSV preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from toestemming.store.header import KdfParams
from ui.admin_screenshots import render_admin_screenshots
from ui.screenshots import SIZE


def test_renders_the_management_screens(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_admin_screenshots(tmp_path / "shots", tmp_path, kdf=KdfParams())
    assert [p.name for p in written] == [
        "setup.png",
        "recovery_key.png",
        "settings_recipients.png",
        "settings_purposes.png",
        "settings_policy.png",
        "settings_add_worker.png",
        "csv_preview.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
    for name in ("setup.png", "recovery_key.png", "settings_recipients.png", "csv_preview.png"):
        image = QImage(str(tmp_path / "shots" / name))
        assert (image.width(), image.height()) == SIZE
