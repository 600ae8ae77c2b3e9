"""The English desk speaks English where a new worker must act: Gegevens wissen asked the
English worker to type the Dutch word WISSEN (the caption said "Type WISSEN:"), and the Help
menu stood in Dutch ("Bewijspakket controleren…": its texts were looked up under a context
the catalogue did not have)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from consent_fixtures import desk
from probe_screen_s6 import EXTRA
from probe_screen_s9 import MORE
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_dialog_sizes import DIALOGS
from ui_vault import Seeded

from toestemming.service import Service
from ui.background import wait_for_tasks
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


TS = Path(__file__).parents[2] / "ui" / "translations" / "toestemming_en.ts"


def _dutch_sources() -> set[str]:
    """Every Dutch text the catalogue has an English translation for (other than itself)."""
    import xml.etree.ElementTree as ET

    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation and source != translation and len(source) > 3:
            found.add(source)
    return found


def _texts(top: QWidget) -> list[str]:
    """What the window shows as text: title, labels, buttons, boxes, tabs, headings, menus."""
    out = [top.windowTitle()]
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.window() is not top:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            out += [
                str(w.model().headerData(i, w.orientation()))
                for i in range(w.count())
                if not w.isSectionHidden(i)
            ]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            out.append(action.text())
            if action.menu() is not None:
                out += [a.text() for a in action.menu().actions()]  # type: ignore[union-attr]
    return out


def test_no_window_the_probe_opens_shows_dutch_on_the_english_desk(
    english: None,
    qtbot: QtBot,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
) -> None:
    """A text the catalogue translates, shown in Dutch: its lookup missed (a wrong context,
    a text made before the catalogue was loaded)."""
    dutch = _dutch_sources()
    found: dict[str, list[str]] = {}
    desk.detail.show_youth(seeded.zoe)
    QApplication.processEvents()
    found["hoofdvenster"] = [t for t in _texts(desk) if t in dutch]
    for what, opener in sorted({**DIALOGS, **EXTRA, **MORE}.items()):
        desk.detail.show_youth(seeded.zoe)
        dialog = opener(desk, service, seeded, tmp_path) or desk.detail.dialog
        assert isinstance(dialog, QDialog), what
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_for_tasks(20)
        QApplication.processEvents()
        found[what] = [t for t in _texts(dialog) if t in dutch]
        if shiboken6.isValid(dialog):
            dialog.reject()
        QApplication.processEvents()
    found = {k: v for k, v in found.items() if v}
    assert not found, found
