"""What the session-9 probe found, tested on its own: on the tablet Tab reaches Nee as well
as Ja (a QButtonGroup let Tab stop at one of them only, so a signer using a keyboard could
only say yes), the probe's list of windows is read from the code, and the transitieformulier's
development perspectives read English on an English desk (they were the core's Dutch words)."""

from __future__ import annotations

from pathlib import Path

from consent_fixtures import activate
from probe_s9 import window_classes
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.backup.banners import DamagedVaultBanner
from ui.forms import TransitionFormDialog
from ui.i18n import remove_translators, switch_language
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


def test_the_transition_forms_perspectives_read_english_on_an_english_desk(
    qapp: QApplication, qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, "en")
    try:
        dialog = TransitionFormDialog(service, seeded.zoe)
        qtbot.addWidget(dialog)
        shown = {b.text() for b in dialog.perspective_buttons.values()}
    finally:
        switch_language(qapp, "nl")
        remove_translators(qapp)
    assert shown == {
        "not known yet",
        "work (a job)",
        "day activities",
        "education (further learning)",
    }
