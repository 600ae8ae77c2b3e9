"""The first morning with a new vault, keyboard only: no youths yet. The list and the page
beside it say what to do next (not "choose a youth in the list" over an empty list), the way
there is one key away (the focus starts on Jongere toevoegen… and Enter presses it), and on
a youth's page Enter on a focused button does what the button says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import NOW, PASSPHRASE

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window
from ui.consent.people import AddYouthDialog
from ui.main_window import MainWindow


@pytest.fixture
def empty_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    svc, _ = Service.create(
        tmp_path / "nieuw.tvault", "De Brug", "Anna", PASSPHRASE, FixedClock(NOW), kdf=KdfParams()
    )
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        yield window
    finally:
        if window.detail.dialog is not None:
            window.detail.dialog.reject()
        svc.close()


def test_an_empty_vault_says_what_to_do_first(empty_desk: MainWindow) -> None:
    notice = empty_desk.list_notice
    assert notice.isVisible()
    assert "Jongere toevoegen" in notice.text() and "importeren" in notice.text()
    placeholder = empty_desk.detail.placeholder_label.text()
    assert "Kies een jongere in de lijst" not in placeholder  # there is nothing to choose
    assert "Jongere toevoegen" in placeholder
    assert empty_desk.detail.placeholder_add_youth.isVisible()


def test_the_first_youth_is_one_enter_away(qtbot: QtBot, empty_desk: MainWindow) -> None:
    button = empty_desk.detail.placeholder_add_youth
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    dialog = empty_desk.detail.dialog
    assert isinstance(dialog, AddYouthDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is dialog  # typing goes to the form
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # changed nothing: Escape closes it
    assert not dialog.isVisible()


def test_enter_on_a_focused_page_button_presses_it(qtbot: QtBot, empty_desk: MainWindow) -> None:
    service = empty_desk.detail._service
    assert service is not None
    youth = service.people.add_youth(
        given_name="Sem", family_name="Jansen", birth_date="14-05-2008"
    )
    empty_desk.detail.show_youth(youth.id)
    for button in (empty_desk.detail.new_request_button, empty_desk.detail.add_rep_button):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        dialog = empty_desk.detail.dialog
        assert dialog is not None and dialog.isVisible(), button.text()
        dialog.reject()
        QApplication.processEvents()
