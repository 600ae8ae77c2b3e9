"""The first-day screenshots keep rendering: wizard checklist, youth page, corrections, log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from toestemming.store.header import KdfParams
from ui.desk_screenshots import render_desk_screenshots


def test_renders_the_first_day_screens(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_desk_screenshots(tmp_path / "shots", tmp_path, kdf=KdfParams())
    assert [p.name for p in written] == [
        "setup_catalogus.png",
        "jongere_tablet_wijzigen.png",
        "gegevens_wijzigen.png",
        "gezag_gewijzigd.png",
        "logboek.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() == 1366
