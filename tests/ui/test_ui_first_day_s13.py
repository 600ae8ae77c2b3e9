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
from toestemming.model import Youth
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
    assert "nog geen jongeren" in notice.text()  # short: the page beside it says the rest
    placeholder = empty_desk.detail.placeholder_label.text()
    assert "Kies een jongere in de lijst" not in placeholder  # there is nothing to choose
    assert "Jongere toevoegen" in placeholder and "Jongeren importeren (CSV)" in placeholder
    assert empty_desk.detail.placeholder_add_youth.isVisible()
    # Nothing to do today yet: the worklists (all 0) give the list their height.
    assert not empty_desk.today.isVisible()


def test_the_empty_list_says_it_whole_on_a_netbook_at_large_text(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """1024×600 with the system's text at 200 %: the notice under the empty list was cut
    off after four of its eight lines (the worklists below took the height)."""
    from PySide6.QtGui import QFont

    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    svc, _ = Service.create(
        tmp_path / "nieuw.tvault", "De Brug", "Anna", PASSPHRASE, FixedClock(NOW), kdf=KdfParams()
    )
    window = build_main_window(svc)
    qtbot.addWidget(window)
    try:
        window.resize(1020, 562)
        window.show()
        qtbot.waitExposed(window)
        for _ in range(4):
            QApplication.processEvents()
        notice, placeholder = window.list_notice, window.detail.placeholder_label
        for label in (notice, placeholder):
            assert label.isVisible()
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
            bottom = label.mapTo(window, label.rect().bottomLeft()).y()
            assert bottom <= window.centralWidget().geometry().bottom(), label.text()
            # Not under the list or another widget: the part of it that shows is all of it.
            assert label.visibleRegion().boundingRect().height() >= label.height() - 1
    finally:
        qapp.setFont(normal)
        svc.close()


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
    _service, _youth = _first_youth(empty_desk, "14-05-2008")
    for button in (empty_desk.detail.new_request_button, empty_desk.detail.add_rep_button):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        dialog = empty_desk.detail.dialog
        assert dialog is not None and dialog.isVisible(), button.text()
        dialog.reject()
        QApplication.processEvents()


def _first_youth(desk: MainWindow, born: str) -> tuple[Service, Youth]:
    """The first youth in the empty vault, her page open."""
    service = desk.detail._service
    assert service is not None
    youth = service.people.add_youth(given_name="Sem", family_name="Jansen", birth_date=born)
    desk.detail.show_youth(youth.id)
    return service, youth


def test_a_new_request_in_an_empty_vault_says_where_the_choices_come_from(
    qtbot: QtBot, empty_desk: MainWindow
) -> None:
    """A fresh vault has no recipients, purposes or kinds of data: Nieuw verzoek showed three
    empty lists and "choose purposes, recipients and data" without a word of where they come
    from; and with no parent registered for a 15-year-old, "Aanmaken en nu tekenen op de
    tablet" stayed clickable beside the greyed "Verzoek aanmaken"."""
    from ui.consent.new_request import NewRequestDialog

    service, youth = _first_youth(empty_desk, "14-05-2011")  # 15: the parents decide
    dialog = empty_desk.detail.open_new_request()
    assert isinstance(dialog, NewRequestDialog)
    QApplication.processEvents()
    assert dialog.error.isVisible() and dialog.error.kind == "warning"
    assert "Beheer → Instellingen" in dialog.error.text()
    assert not dialog.create_button.isEnabled()
    assert not dialog.create_and_sign_button.isEnabled()
    # A parent with gezag registered from the dialog: both ways of making it come back.
    service.people.add_representative(youth.id, "Fatima Jansen", "parent", True)
    dialog.refresh_requirement()
    assert dialog.create_button.isEnabled() and dialog.create_and_sign_button.isEnabled()
    assert "Beheer → Instellingen" in dialog.error.text()  # the lists are still empty
    dialog.reject()


def test_sharing_in_an_empty_vault_says_where_recipients_come_from(
    qtbot: QtBot, empty_desk: MainWindow
) -> None:
    """Gegevens delen with an empty catalogue: the answer names where recipients and purposes
    are filled in, and no caption shows a stray '&' (Gegevens had no box to point at)."""
    from PySide6.QtWidgets import QLabel

    _service, _youth = _first_youth(empty_desk, "14-05-2008")
    dialog = empty_desk.detail.open_disclose()
    assert dialog is not None
    QApplication.processEvents()
    assert "Beheer → Instellingen" in dialog.answer_reason.text()
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.buddy() is None:
            assert "&" not in label.text().replace("&&", ""), label.text()
    dialog.reject()
