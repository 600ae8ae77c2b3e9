"""A tablet held upright (800 px wide) with the system's text at 150 %: every page of signing
mode fits the width (the signature page, with Vorige, Opnieuw and Bevestigen beside each
other and 64 px margins, needed 829 px, so the window was wider than the screen and
Bevestigen partly off it). The offscreen screen of these tests is 800 px wide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from signing_support import mode_with_large_text
from ui_vault import Seeded

from toestemming.service import Service


def test_every_page_fits_an_upright_tablet_with_large_text(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None and screen.availableGeometry().width() == 800
    with mode_with_large_text(qtbot, qapp, service, seeded.zoe, 1.5, QSize(800, 1280)) as mode:
        steps: list[tuple[str, Callable[[], object]]] = [
            ("wie ben jij", lambda: None),
            ("onderdeel", lambda: mode.choose_signer(mode.model.people[0])),
            ("samenvatting", mode.show_summary),
            ("ondertekenen", mode._enter_signature),
            ("intrekken", mode.start_withdrawal),
        ]
        for what, step in steps:
            step()
            for _ in range(3):
                QApplication.processEvents()
            need = mode.minimumSizeHint().width()
            assert need <= 800, f"{what}: needs {need} px"
            confirm = mode.sign_page.confirm_button
            if confirm.isVisible():
                right = confirm.mapTo(mode, confirm.rect().topRight()).x()
                assert right <= 800, f"Bevestigen ends at {right} px"
