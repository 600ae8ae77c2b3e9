"""A desk whose system font is given in pixels (a Linux desktop's 16 px, a style sheet's
"font-size: 16px"): QFont.pointSizeF() is then -1. Every title made "1.3 × the body" asked Qt
for -1.3 points (a warning, nothing larger): Kluis ontgrendelen, Nieuwe kluis maken, the youth's
name on the page, Wat wilt u nu doen? and the verify outcome were as small as the body text;
the tablet read a 24 px (18 pt, 200 %) system font as the usual size, and the probe's tiny-text
check compared with -1 and so never found anything. Seen in session 24's text probe in Arabic
at a 16 px font (the QFont::setPointSizeF warnings in its output)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from consent_fixtures import desk
from probe_checks import no_tiny_text
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import VaultFiles

from toestemming.service import Service
from ui.backup import banners
from ui.backup.banners import BackupBanner
from ui.consent.next_steps import NextStepsPage
from ui.main_window import MainWindow
from ui.setup.create_vault import CreateVaultDialog
from ui.signing.style import system_text_scale
from ui.unlock import UnlockDialog
from ui.verify_view import VerifyDialog

__all__ = ["desk"]


@pytest.fixture
def pixel_font(qapp: QApplication) -> Iterator[int]:
    normal = qapp.font()
    pixels = QFont(normal)
    pixels.setPixelSize(16)
    qapp.setFont(pixels)
    yield 16
    qapp.setFont(normal)


def _px(label: QWidget) -> int:
    return QFontInfo(label.font()).pixelSize()


def test_unlock_title_larger_than_its_text(
    pixel_font: int, qtbot: QtBot, vault: VaultFiles
) -> None:
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    assert _px(dialog.title_label) >= round(pixel_font * 1.3) - 1
    assert _px(dialog.file_label) == pixel_font


def test_new_vault_title_larger_than_its_text(
    pixel_font: int, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = CreateVaultDialog(tmp_path / "nieuw.tvault")
    qtbot.addWidget(dialog)
    (title,) = [w for w in dialog.findChildren(QLabel) if w.text() == "Nieuwe kluis maken"]
    assert _px(title) >= round(pixel_font * 1.3) - 1


def test_youth_name_stands_out_on_the_page(pixel_font: int, desk: MainWindow) -> None:
    assert _px(desk.detail.name_label) >= round(pixel_font * 1.4) - 1


def test_next_steps_title_larger(pixel_font: int, qtbot: QtBot) -> None:
    page = NextStepsPage()
    qtbot.addWidget(page)
    assert _px(page.title) > _px(page.who)


def test_verify_outcome_larger(pixel_font: int, qtbot: QtBot, tmp_path: Path) -> None:
    window = VerifyDialog(tmp_path / "geen.tbewijs")
    qtbot.addWidget(window)
    assert _px(window.headline) > pixel_font
    window.close()


def test_tablet_reads_a_large_pixel_font_as_large(qapp: QApplication) -> None:
    normal = qapp.font()
    large = QFont(normal)
    large.setPixelSize(24)  # 18 pt: twice the usual 9 pt
    qapp.setFont(large)
    try:
        assert system_text_scale() == pytest.approx(2.0)
    finally:
        qapp.setFont(normal)


def test_probe_finds_tiny_text_under_a_pixel_font(pixel_font: int, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tiny = QLabel("kleine lettertjes")
    small = QFont(tiny.font())
    small.setPixelSize(8)
    tiny.setFont(small)
    QVBoxLayout(window).addWidget(tiny)
    window.show()
    qtbot.waitExposed(window)
    assert no_tiny_text(window), "an 8 px text under a 16 px system font"
    window.close()


def test_banner_read_all_button_has_its_width_after_narrowing(
    pixel_font: int, qtbot: QtBot, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window opened wide, then narrowed (maximised on a netbook): the backup banner's line
    is cut and "Alles lezen" appears — shown from inside the row's layout pass, it stayed
    0 px wide, there and clickable for nobody (session 24's probe, 1024×600 at 16 px)."""
    monkeypatch.setattr(banners, "few_lines", lambda _w: True)  # a netbook's few lines
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    banner = BackupBanner(service)
    layout.addWidget(banner)
    layout.addStretch(1)
    banner.refresh()  # no verified backup yet: the banner shows
    window.resize(1366, 700)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    assert not banner.more_button.isVisible()
    window.resize(1000, 560)
    for _ in range(5):
        QApplication.processEvents()
    button = banner.more_button
    assert button.isVisible()
    assert button.width() >= button.minimumSizeHint().width(), button.size()
    window.close()
