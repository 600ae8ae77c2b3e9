"""The desk screenshots for the README render: signing mode at the tablet sizes (the window
keeps the screen's size also at 200 % text) and the duplicate/merge/import screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from toestemming.store.header import KdfParams
from ui.desk_layout_screenshots import TABLET_SHOTS, render_desk, render_tablet


def test_tablet_screenshots_have_the_screen_size(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    paths = render_tablet(tmp_path / "out", tmp_path, kdf=KdfParams())
    assert [p.name for p in paths] == [name for name, _, _ in TABLET_SHOTS]
    for path, (_, size, _) in zip(paths, TABLET_SHOTS, strict=True):
        image = QImage(str(path))
        assert (image.width(), image.height()) == size, path.name


def test_desk_screenshots_render(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    paths = render_desk(tmp_path / "out", tmp_path, kdf=KdfParams())
    assert [p.name for p in paths] == [
        "jongere_toevoegen_mogelijk_dubbel.png",
        "samenvoegen.png",
        "csv_import_mogelijk_dubbel.png",
    ]
    assert all(not QImage(str(p)).isNull() for p in paths)
