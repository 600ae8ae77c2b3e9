"""The signing-mode screenshot script renders the who, item and signature screens at 1280×800."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from toestemming.store.header import KdfParams
from ui.signing.screenshots import SIZE, render_screenshots


def test_renders_signing_screens(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_screenshots(tmp_path / "shots", tmp_path, kdf=KdfParams())
    assert [p.name for p in written] == [
        "signing_who.png",
        "signing_item.png",
        "signing_signature.png",
        "signing_item_en.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
    # The signature screen shows ink: dark pixels inside the pad.
    sig = QImage(str(written[2]))
    dark = sum(
        1
        for x in range(100, 900, 4)
        for y in range(250, 500, 4)
        if sig.pixelColor(x, y).lightness() < 80
    )
    assert dark > 20
    # The English screen is a different picture from the Dutch one of the same item.
    assert QImage(str(written[3])) != QImage(str(written[1]))
