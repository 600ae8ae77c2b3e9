"""What the session-9 probe found, tested on its own: on the tablet Tab reaches Nee as well
as Ja (a QButtonGroup let Tab stop at one of them only, so a signer using a keyboard could
only say yes), and the probe's list of windows is read from the code."""

from __future__ import annotations

from consent_fixtures import activate
from probe_s9 import window_classes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.backup.banners import DamagedVaultBanner
from ui.main_window import MainWindow
from ui.settings.categories import EnglishNameDialog
from ui.settings.form_dialog import FormDialog
from ui.signing import SigningMode


def test_tab_reaches_nee_and_space_answers_no(
    qtbot: QtBot, opened: object, service: Service, seeded: Seeded
) -> None:
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    mode: SigningMode = opened(request)  # type: ignore[operator]
    mode.choose_signer(mode.model.people[0])
    activate(mode)  # type: ignore[arg-type]
    page = mode.item_page
    page.yes_button.setFocus()
    reached = []
    for _ in range(6):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert page.no_button in reached
    page.no_button.setFocus()
    qtbot.keyClick(page.no_button, Qt.Key.Key_Space)
    item = mode.items[mode.index].item_id
    assert mode.answers[item] == "no"
    assert page.no_button.isChecked() and not page.yes_button.isChecked()
    page.yes_button.setFocus()
    qtbot.keyClick(page.yes_button, Qt.Key.Key_Space)
    assert mode.answers[item] == "yes"
    assert page.yes_button.isChecked() and not page.no_button.isChecked()


def test_the_probe_finds_the_windows_in_the_code(qapp: QApplication) -> None:
    found = window_classes()
    assert {MainWindow, SigningMode, EnglishNameDialog} <= found
    assert FormDialog not in found  # a base: its subclasses are the windows
    assert DamagedVaultBanner not in found  # a banner that opens a message box
