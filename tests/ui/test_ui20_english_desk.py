"""The English desk speaks English where a new worker must act: Gegevens wissen asked the
English worker to type the Dutch word WISSEN (the caption said "Type WISSEN:"), and the Help
menu stood in Dutch ("Bewijspakket controleren…": its texts were looked up under a context
the catalogue did not have)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from consent_fixtures import desk
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.i18n import remove_translators, switch_language
from ui.main_window import MainWindow
from ui.retention import EraseDialog

__all__ = ["desk"]


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, "en")
    yield
    switch_language(qapp, "nl")
    remove_translators(qapp)


def _caption(dialog: EraseDialog) -> str:
    form = dialog.confirm.parentWidget().layout()
    for layout in dialog.findChildren(QFormLayout):
        label = layout.labelForField(dialog.confirm)
        if isinstance(label, QLabel):
            return label.text()
    raise AssertionError(f"no caption for the confirm field in {form}")


def test_the_english_erase_dialog_asks_for_an_english_word_and_names_it(
    english: None, qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = EraseDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    assert _caption(dialog) == "&Type ERASE:"
    assert dialog.confirm.placeholderText() == "ERASE"
    assert "ERASE" in dialog.confirm.accessibleName()
    qtbot.keyClicks(dialog.confirm, "WISSEN")  # the Dutch word is not this desk's word
    assert not dialog.erase_button.isEnabled()
    dialog.erase()  # Enter anyway: a message in English, nothing erased
    assert dialog.message.kind == "error" and dialog.message.text() == "Type ERASE to confirm."
    assert not service.people.youth(seeded.odegaard).erased
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "ERASE")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=2000):
        dialog.erase_button.click()
    assert service.people.youth(seeded.odegaard).erased


def test_the_dutch_erase_dialog_still_asks_for_wissen(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = EraseDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    assert _caption(dialog) == "&Typ WISSEN:"
    qtbot.keyClicks(dialog.confirm, "ERASE")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "WISSEN")
    assert dialog.erase_button.isEnabled()


def test_the_english_help_menu_is_english(english: None, desk: MainWindow) -> None:
    texts = [a.text() for a in desk.help_menu.menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]
    assert texts == [
        "&Check proof package…",
        "&Open log folder",
        "&Send log…",
        "&About Toestemming…",
    ]
