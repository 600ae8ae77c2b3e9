"""The screenshot script keeps working (it renders the demo vault's main screens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from toestemming.store.header import KdfParams
from ui.screenshots import SIZE, build_demo_vault, render_screenshots


def test_renders_the_main_screens(qtbot: QtBot, tmp_path: Path) -> None:
    path, clock = build_demo_vault(tmp_path, kdf=KdfParams())
    written = render_screenshots(tmp_path / "shots", path, clock)
    assert [p.name for p in written] == ["unlock.png", "unlock_error.png", "main_window.png"]
    main = QImage(str(written[2]))
    assert (main.width(), main.height()) == SIZE
    assert not QImage(str(written[0])).isNull()
